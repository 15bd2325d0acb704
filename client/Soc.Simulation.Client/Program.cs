using Soc.Simulation.Client;
using Soc.Simulation.Client.Cli;
using Soc.Simulation.Client.Commands;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Hosting;

return await SocSim.MainAsync(args, Console.Out, Console.Error);

namespace Soc.Simulation.Client
{
    /// <summary>The <c>socsim</c> entry point: user mistakes are one clear line and exit code 2, never a stack trace.</summary>
    public static class SocSim
    {
        public static async Task<int> MainAsync(string[] args, TextWriter stdout, TextWriter stderr)
        {
            try
            {
                if (args is [] or ["help" or "--help" or "-h"])
                {
                    stdout.WriteLine(Usage.Text);
                    return args.Length == 0 ? 2 : 0;
                }

                Arguments parsed = Arguments.Parse(args);
                return parsed.Command switch
                {
                    "run" => await RunCommand.RunAsync(parsed, stdout),
                    "generate-register" => GenerateRegisterCommand.Run(parsed, stdout),
                    "calibrate" => CalibrateCommand.Run(parsed, stdout, stderr),
                    "compare" => await CompareCommand.RunAsync(parsed, stdout),
                    "project" => ProjectCommand.Run(parsed, stdout),
                    "backtest" => BackTestCommand.Run(parsed, stdout),
                    "sensitivity" => await SensitivityCommand.RunAsync(parsed, stdout),
                    "plan" => await PlanCommand.RunAsync(parsed, stdout),
                    "sweep" => await SweepCommand.RunAsync(parsed, stdout),
                    "status" => await StatusCommand.RunAsync(parsed, stdout),
                    "fetch" => await FetchCommand.RunAsync(parsed, stdout),
                    _ => throw new InputException($"unknown command '{parsed.Command}'\n\n{Usage.Text}"),
                };
            }
            catch (Exception e) when (e is InputException or SetupException)
            {
                stderr.WriteLine($"error: {e.Message}");
                return 2;
            }
            catch (ExperimentFailedException e)
            {
                stderr.WriteLine($"error: {e.Message}");
                return 1;
            }
        }
    }
}
