
using Soc.Simulation.Client.Cli;

namespace Soc.Simulation.Client.Commands;

/// <summary>Every <c>socsim</c> command, in the order <c>socsim --help</c> lists them. A new command is one line here.</summary>
public static class CommandRegistry
{
    public static IReadOnlyList<SocSimCommand> All =>
    [
        new RunCommand(),
        new CompareCommand(),
        new ProjectCommand(),
        new BackTestCommand(),
        new PortfolioCommand(),
        new SweepCommand(),
        new PlanCommand(),
        new DesignCommand(),
        new SensitivityCommand(),
        new CalibrateCommand(),
        new GenerateRegisterCommand(),
        new StatusCommand(),
        new FetchCommand(),
        new ForgetCommand(),
        new ServeCommand(),
    ];
}
