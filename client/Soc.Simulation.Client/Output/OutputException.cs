namespace Soc.Simulation.Client.Output;

/// <summary>
/// An output that cannot be written (a folder not writable, a directory where a file goes, a full disk): one line
/// naming the path and what failed, exit code 2, and whatever was in the output folder before is left as it was.
/// </summary>
public sealed class OutputException(string message, Exception? inner = null) : Exception(message, inner);
