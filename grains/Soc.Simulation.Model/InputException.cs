namespace Soc.Simulation.Model;

/// <summary>
/// A mistake in what the user gave the tool (a file, a row, a JSON path, a flag). Its message names the place
/// and what was expected; the command line prints it without a stack trace and exits with code 2.
/// </summary>
public sealed class InputException(string message) : Exception(message);
