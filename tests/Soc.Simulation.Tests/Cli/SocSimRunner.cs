using Soc.Simulation.Client.Cli;

namespace Soc.Simulation.Tests.Cli;

/// <summary>Runs the socsim command line in-process and captures what it prints.</summary>
internal static class SocSimRunner
{
    public static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = await SocSim.MainAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
