using System.CommandLine;
using Soc.Simulation.Client.Cli;
using Soc.Simulation.Client.Output;
using Soc.Simulation.Model.Register;

namespace Soc.Simulation.Client.Commands;

/// <summary><c>socsim generate-register</c>: writes the synthetic register (see <see cref="SampleRegisterGenerator"/>).</summary>
public sealed class GenerateRegisterCommand : SocSimCommand
{
    private readonly Option<string> _out = new("--out") { Description = "The register file to write (CSV).", HelpName = "file", Required = true };
    private readonly Option<int> _rows = CommonOptions.WholeNumber("--rows", 3000, 1, 1_000_000, "How many applications.", "n");
    private readonly Option<int> _seed = CommonOptions.Seed(2023);

    private readonly Option<string> _profile = CommonOptions.Choice("--profile", "flat",
        "The shape of demand (DemandProfile): flat (the original), ramp (starts grow as promoters recruit), surge (last-minute filing and a hiring rush before the hiring end) or frontload (pent-up demand at opening).",
        [.. DemandProfile.Shipped.Select(p => p.Name)]);

    private readonly Option<int> _yearsLater = CommonOptions.WholeNumber("--years-later", 0, 0, 10,
        "Move every date this many years later, for a later edition's calendar (the 2023-24 edition: 1); ids and employers stay, so editions share employers.", "n");

    public override string Name => "generate-register";

    public override string Summary => "Write a synthetic register of the 2023 30 Plus call, with cases on both sides of every rule's edge.";

    public override IReadOnlyList<string> Examples => ["socsim generate-register --out scenarios/registers/sample-2023.csv", "socsim generate-register --rows 100000 --seed 7 --out big.csv", "socsim generate-register --profile ramp --seed 11 --out ramp.csv", "socsim generate-register --seed 2024 --years-later 1 --out scenarios/registers/sample-2023-24.csv"];

    public override void Define(Command command)
    {
        command.Add(_out);
        command.Add(_rows);
        command.Add(_seed);
        command.Add(_profile);
        command.Add(_yearsLater);
    }

    public override Task<int> RunAsync(ParseResult parsed, CommandIo io)
    {
        string target = parsed.GetValue(_out)!;
        int rows = parsed.GetValue(_rows), seed = parsed.GetValue(_seed);
        DemandProfile profile = DemandProfile.Named(parsed.GetValue(_profile)!)!;
        int yearsLater = parsed.GetValue(_yearsLater);
        string csv = RegisterWriter.Write(RegisterShift.YearsLater(SampleRegisterGenerator.Generate(rows, (ulong)seed, profile), yearsLater));
        OutputFiles.CommitFile(target, new System.Text.UTF8Encoding(false).GetBytes(csv));
        io.Out.WriteLine($"wrote {target} ({rows} applications, seed {seed}, profile {profile.Name})");
        return Task.FromResult(ExitCodes.Done);
    }
}
