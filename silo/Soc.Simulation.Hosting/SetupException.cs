namespace Soc.Simulation.Hosting;

/// <summary>
/// A mistake in how a silo or a client was set up (a bad setting, an unreachable Redis, no silo running):
/// shown to the user as one clear line, never as a stack trace.
/// </summary>
public sealed class SetupException(string message, Exception? inner = null) : Exception(message, inner);
