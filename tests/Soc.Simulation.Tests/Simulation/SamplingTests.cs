using MathNet.Numerics.Distributions;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Services;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Model.Simulation;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Model.Replicates;

namespace Soc.Simulation.Tests.Simulation;

/// <summary>
/// Replicates of the Barcelona scenario run with the Model alone, keeping each cohort's report (counts by
/// group), which the KPIs do not carry. Guidance places are made plentiful (budget 100 M €) so that its
/// uptake is the only thing deciding who gets it.
/// </summary>
public sealed class SampledReplicates : IAsyncLifetime
{
    public const ulong Seed = 20230;
    public const int Count = 4;

    public Scenario Scenario { get; } = Barcelona.Load("services[0].budgetEur=100000000");

    public ReplicateResult[] Results { get; private set; } = [];

    /// <summary>Per replicate, the cohort reports merged over districts.</summary>
    public CohortReport[][] Cohorts { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var runs = await Task.WhenAll(Enumerable.Range(0, Count).Select(r => Task.Run(async () =>
        {
            var setup = new SimulationSetup(Scenario, Seed, r);
            var backend = new DirectBackend(setup);
            ReplicateResult result = await SimulationLoop.RunAsync(setup, backend);
            return (result, await backend.CohortReportsAsync());
        })));
        Results = [.. runs.Select(x => x.result)];
        Cohorts = [.. runs.Select(x => x.Item2)];
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static int Sum(CohortReport[] cohorts, Func<CohortReport, Dictionary<string, int>> pick, string group) =>
        cohorts.Sum(c => pick(c).GetValueOrDefault(group));
}

/// <summary>
/// The simulated arrivals, age mix, permanent share and guidance usage match their parameters within sampling
/// error. Every check is a two-sided test at significance level <see cref="Alpha"/> = 0.001: with a correct
/// model, a seed fails it with probability at most 0.001 per test (the seed is fixed, so the outcome is
/// reproducible). Pooled over the replicates (~110,000 participants, ~50,000 insertions) the standard error of a
/// share is 0.1 to 0.25 percentage points, so a parameter off by one point gives p below 0.001 (checked by hand
/// by shifting each expected value: arrivals by 1 %, age shares, permanent share and uptake by one point).
/// </summary>
public class SamplingTests(SampledReplicates runs) : IClassFixture<SampledReplicates>
{
    private const double Alpha = 0.001;

    private Population Population => runs.Scenario.Population!;

    [Fact]
    public void Arrivals_are_Poisson_with_the_monthly_mean_over_the_arrival_months_and_none_after()
    {
        int arrivalMonths = runs.Scenario.Horizon!.ArrivalMonths;
        // Each district draws Poisson(monthlyArrivals × share) a month; the sum over districts is Poisson(λ).
        double lambda = (double)Population.Districts.Values.Sum(share => Population.MonthlyArrivals * share);
        var counts = new List<int>();
        foreach (ReplicateResult r in runs.Results)
        {
            double[] arrivals = r.Series("arrivals");
            Assert.All(arrivals.Skip(arrivalMonths), a => Assert.Equal(0, a));
            counts.AddRange(arrivals.Take(arrivalMonths).Select(a => (int)a));
            Assert.Equal(arrivals.Sum(), r.Kpi("participants"));
        }

        // (1) The total over all replicates and arrival months is Poisson(λ × n): exact two-sided test.
        int n = counts.Count;
        int total = counts.Sum();
        double pTotal = PoissonTwoSided(total, lambda * n);
        Assert.True(pTotal > Alpha, $"{total} arrivals in {n} months, expected Poisson({lambda * n:F0}): p = {pTotal:G3}");

        // (2) Dispersion: Σ (x − λ)² / λ over the n months is ~ χ²(n) for Poisson counts (λ ≈ 2,400, so the
        // normal limit holds). Two-sided: catches counts too regular (a rounded mean) as well as too spread.
        double dispersion = counts.Sum(x => (x - lambda) * (x - lambda) / lambda);
        double below = ChiSquared.CDF(n, dispersion);
        double pDispersion = 2 * Math.Min(below, 1 - below);
        Assert.True(pDispersion > Alpha, $"dispersion statistic {dispersion:F1} on {n} degrees of freedom: p = {pDispersion:G3}");

        // (3) Each replicate's total alone, Bonferroni-corrected over the replicates.
        foreach (ReplicateResult r in runs.Results)
        {
            int own = (int)r.Kpi("participants");
            double p = PoissonTwoSided(own, lambda * arrivalMonths);
            Assert.True(p > Alpha / runs.Results.Length, $"replicate {r.Replicate}: {own} arrivals, expected Poisson({lambda * arrivalMonths:F0}): p = {p:G3}");
        }
    }

    [Fact]
    public void Age_mix_of_the_arrivals_matches_the_age_bands()
    {
        string[] bands = ProfileNames.AgeBands;
        double[] shares = [.. bands.Select(b => (double)Population.AgeBands[b])];
        var observed = new int[bands.Length];
        foreach (CohortReport[] cohorts in runs.Cohorts)
        {
            int[] own = [.. bands.Select(b => SampledReplicates.Sum(cohorts, c => c.Participants, b))];
            Assert.Equal(SampledReplicates.Sum(cohorts, c => c.Participants, "all"), own.Sum());
            for (int i = 0; i < bands.Length; i++) observed[i] += own[i];
        }

        // Pearson's chi-square goodness of fit, k − 1 = 2 degrees of freedom; the smallest expected count is
        // thousands, far above the usual minimum of 5.
        int n = observed.Sum();
        double chi2 = bands.Select((_, i) => Math.Pow(observed[i] - n * shares[i], 2) / (n * shares[i])).Sum();
        double p = 1 - ChiSquared.CDF(bands.Length - 1, chi2);
        Assert.True(p > Alpha,
            $"age bands {string.Join("/", observed)} of {n}, expected shares {string.Join("/", shares)}: chi2 = {chi2:F2}, p = {p:G3}");
    }

    [Fact]
    public void Permanent_share_of_the_insertions_matches_the_behaviour_parameter()
    {
        double expected = (double)runs.Scenario.Behaviour!.PermanentShare;
        int permanent = 0, insertions = 0;
        for (int r = 0; r < runs.Results.Length; r++)
        {
            int own = SampledReplicates.Sum(runs.Cohorts[r], c => c.Insertions, "all");
            int ownPermanent = runs.Cohorts[r].Sum(c => c.PermanentInsertions);
            Assert.Equal((double)ownPermanent / own, runs.Results[r].Kpi("permanentShare"), 12);
            permanent += ownPermanent;
            insertions += own;
        }

        // Each hire is permanent with probability permanentShare, independently of everything else, so given the
        // number of insertions n, the permanent ones are Binomial(n, permanentShare): exact two-sided test.
        double p = BinomialTwoSided(permanent, insertions, expected);
        Assert.True(p > Alpha, $"{permanent} permanent of {insertions} insertions ({(double)permanent / insertions:P2}), expected {expected:P2}: p = {p:G3}");
    }

    [Fact]
    public void Guidance_usage_is_the_guidance_uptake_when_places_are_plentiful()
    {
        int guidance = runs.Scenario.Services!.Select((s, i) => (s, i)).Single(x => x.s.Area == ServiceArea.Guidance).i;
        ServiceProgramme spec = runs.Scenario.Services![guidance];
        Assert.Equal(0, spec.Eligibility.MinAge); // everyone is eligible, so uptake alone decides
        double uptake = (double)spec.Uptake;
        int users = 0, participants = 0;
        for (int r = 0; r < runs.Results.Length; r++)
        {
            CohortReport[] cohorts = runs.Cohorts[r];
            int own = SampledReplicates.Sum(cohorts, c => c.Participants, "all");
            int ownUsers = cohorts.Sum(c => c.GuidanceUsers);
            Assert.Equal((double)ownUsers / own, runs.Results[r].Kpi("guidanceUsage"), 12);
            // Plentiful: no district used more than half of its guidance places.
            foreach (CohortReport c in cohorts)
            {
                int capacity = new ProgrammePlaces(runs.Scenario.Services!, Population.Districts[c.District]).Capacity[guidance];
                Assert.True(c.PlacesUsed[guidance] < capacity / 2, $"{c.District}: {c.PlacesUsed[guidance]} of {capacity} guidance places used");
            }

            users += ownUsers;
            participants += own;
        }

        // Each arrival takes guidance with probability uptake: Binomial(participants, uptake), exact two-sided test.
        double p = BinomialTwoSided(users, participants, uptake);
        Assert.True(p > Alpha, $"{users} guidance users of {participants} ({(double)users / participants:P2}), uptake {uptake:P2}: p = {p:G3}");
    }

    [Fact]
    public async Task Guidance_usage_stops_at_the_places_when_they_are_scarce()
    {
        // 600,000 € / 120 € = 5,000 places against ~8,000 takers: every district fills its share of places exactly.
        Scenario scarce = Barcelona.Load("population.monthlyArrivals=800", "services[0].budgetEur=600000");
        var setup = new SimulationSetup(scarce, 3, 0);
        var backend = new DirectBackend(setup);
        ReplicateResult result = await SimulationLoop.RunAsync(setup, backend);
        CohortReport[] cohorts = await backend.CohortReportsAsync();

        int places = cohorts.Sum(c => new ProgrammePlaces(scarce.Services!, scarce.Population!.Districts[c.District]).Capacity[0]);
        int participants = (int)result.Kpi("participants");
        Assert.True(places < 0.8 * participants * (double)scarce.Services![0].Uptake, "the places are not scarce");
        Assert.Equal(places, cohorts.Sum(c => c.GuidanceUsers));
        Assert.Equal((double)places / participants, result.Kpi("guidanceUsage"), 12);
    }

    /// <summary>Two-sided p-value of an exact test: twice the smaller tail, at most 1.</summary>
    private static double PoissonTwoSided(int k, double mean) =>
        Math.Min(1, 2 * Math.Min(Poisson.CDF(mean, k), 1 - Poisson.CDF(mean, k - 1)));

    private static double BinomialTwoSided(int k, int n, double p) =>
        Math.Min(1, 2 * Math.Min(Binomial.CDF(p, n, k), 1 - Binomial.CDF(p, n, k - 1)));
}
