using Soc.Simulation.Client.Cli;
using Soc.Simulation.Client.Output;
using Soc.Simulation.Register;

namespace Soc.Simulation.Client.Commands;

/// <summary><c>socsim generate-register</c>: writes the synthetic register (see <see cref="SampleRegisterGenerator"/>).</summary>
public static class GenerateRegisterCommand
{
    public static int Run(Arguments args, TextWriter stdout)
    {
        string target = args.Option("out") ?? throw new InputException($"generate-register: --out <register.csv> is required\nusage: {Usage.GenerateRegister}");
        int rows = args.IntOption("rows", 3000, 1, 1_000_000);
        int seed = args.IntOption("seed", 2023, 0, int.MaxValue);
        args.RejectUnknown(0, Usage.GenerateRegister);

        var files = new OutputFiles();
        files.Add(Path.GetFileName(target), RegisterWriter.Write(SampleRegisterGenerator.Generate(rows, (ulong)seed)));
        string dir = Path.GetDirectoryName(Path.GetFullPath(target))!;
        stdout.WriteLine($"wrote {files.Commit(dir)[0]} ({rows} applications, seed {seed})");
        return 0;
    }
}
