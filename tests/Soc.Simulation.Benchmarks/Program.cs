using System.Diagnostics;
using System.Globalization;
using Soc.Simulation.Client.Hosting;
using Soc.Simulation.GrantCall;
using Soc.Simulation.Register;
using Soc.Simulation.Scenarios;

// Register replay: the Model alone against the same Model behind the grains on an embedded silo, in one
// process and one run, so the ratio does not depend on the machine's speed that day.
string root = args.Length > 0 ? args[0] : ".";
int rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
Scenario scenario = ScenarioFile.Load(Path.Combine(root, "scenarios", "30plus-2023.json"));
IReadOnlyList<Application> register = RegisterReader.ReadFile(Path.Combine(root, "scenarios", "registers", "sample-2023.csv"));

double directMs = Measure(rounds, () =>
{
    DirectReplay.Run(scenario, register);
    return Task.CompletedTask;
});

await using EmbeddedSilo silo = await EmbeddedSilo.StartAsync();
double orleansMs = Measure(rounds, () => GrainReplay.RunAsync(silo.Grains, scenario, register, Guid.NewGuid().ToString("N")));

Console.WriteLine($"register replay, {register.Count} applications, {rounds} rounds after 3 warm-up rounds, {Environment.ProcessorCount} cores");
Console.WriteLine($"direct (Model only):     {directMs,8:0.0} ms/replay  {register.Count / directMs * 1000,10:N0} applications/s");
Console.WriteLine($"orleans (embedded silo): {orleansMs,8:0.0} ms/replay  {register.Count / orleansMs * 1000,10:N0} applications/s");
Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0):0} MiB");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"orleans_vs_direct_ratio={directMs / orleansMs:0.000}"));

static double Measure(int rounds, Func<Task> replay)
{
    for (int i = 0; i < 3; i++) replay().GetAwaiter().GetResult();
    var clock = Stopwatch.StartNew();
    for (int i = 0; i < rounds; i++) replay().GetAwaiter().GetResult();
    return clock.Elapsed.TotalMilliseconds / rounds;
}
