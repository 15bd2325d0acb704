namespace Soc.Simulation.Client.Cli;

public static class Usage
{
    public const string Run = "socsim run <scenario.json> --registry <register.csv> [--out DIR] [--set path=value]...";
    public const string GenerateRegister = "socsim generate-register --out <register.csv> [--rows N] [--seed S]";

    public static string Text =>
        $"""
        socsim: simulate active employment policies and grant calls (Soc.Simulation).

        usage:
          {Run}
              Decide every application of a register under the call's rules and write
              awards.csv, results.json and budget.png to DIR (default: out).
          {GenerateRegister}
              Write a synthetic register of the 2023 30 Plus call (default 3000 rows, seed 2023).

        Scenario fields can be overridden by their JSON path: --set call.budgetEur=30000.
        Exit codes: 0 done, 2 bad input (the message says where), 1 internal error.
        """;
}
