using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.GrantCall;
using Soc.Simulation.Model.Randomness;

namespace Soc.Simulation.Model.Register;

/// <summary>
/// Makes a synthetic but plausible register for the 2023 call, so that the tool shows something real without
/// the confidential one. Every rule of domain.md F gets cases on both sides of its edge: ages 29 and a 30th
/// birthday on the contract start, contracts before and after the hiring window, late filings, short and
/// part-time contracts, employers with more than 5 hires or near the de minimis cap (road transport too),
/// early ends and renunciations; and enough eligible demand (about 1.3 times the budget) that the call runs
/// out and freed money is reassigned (with the default 3,000 rows and seed 2023). The proportions are illustrative, not estimates.
/// </summary>
public static class SampleRegisterGenerator
{
    private static readonly DateOnly FirstStart = new(2022, 9, 20);
    private static readonly DateOnly LastStart = new(2023, 4, 10);

    public static IReadOnlyList<Application> Generate(int rows, ulong seed) => Generate(rows, seed, DemandProfile.Flat);

    /// <summary>A register whose contract starts and filing delays follow <paramref name="profile"/> (see <see cref="DemandProfile"/>).</summary>
    public static IReadOnlyList<Application> Generate(int rows, ulong seed, DemandProfile profile)
    {
        var rng = RandomStream.For(seed, 0, "sample-register", "applications");
        List<Employer> employers = MakeEmployers(Math.Max(1, rows / 2), rng);
        var applications = new List<Application>(rows);
        for (int i = 0; i < rows; i++)
        {
            Employer employer = employers[PickEmployer(employers.Count, rng)];
            applications.Add(MakeApplication(i + 1, employer, profile, rng));
        }

        return [.. applications.OrderBy(a => a, RegistryOrder.Comparer)];
    }

    private sealed record Employer(string Id, EmployerType Type, bool RoadTransport, decimal PriorDeMinimisEur);

    private static List<Employer> MakeEmployers(int count, RandomStream rng)
    {
        var list = new List<Employer>(count);
        for (int i = 1; i <= count; i++)
        {
            var type = (EmployerType)rng.Pick([0.70, 0.12, 0.06, 0.12]);
            bool road = type == EmployerType.Company && rng.Chance(0.05);
            double u = rng.NextDouble();
            // Most employers have no prior aid; a few sit just under their cap, so one grant crosses it (A6).
            decimal cap = road ? 100_000m : 200_000m;
            decimal prior = u < 0.80 ? 0m
                : u < 0.985 ? Money.Cents((decimal)rng.NextDouble() * cap * 0.5m)
                : cap - Money.Cents(1_000m + (decimal)rng.NextDouble() * 9_000m);
            list.Add(new Employer($"EMP-{i:00000}", type, road, prior));
        }

        return list;
    }

    /// <summary>A skewed choice: a few employers hire many participants (more than the 5 of B4).</summary>
    private static int PickEmployer(int count, RandomStream rng)
    {
        double u = rng.NextDouble();
        return (int)(count * u * u);
    }

    private static Application MakeApplication(int n, Employer employer, DemandProfile profile, RandomStream rng)
    {
        DateOnly start = profile.DrawStart(rng, FirstStart, LastStart);
        int ageAtStart = rng.Chance(0.03) ? 29 : rng.Next(30, 65);
        DateOnly birth = rng.Chance(0.01)
            ? start.AddYears(-30) // a 30th birthday on the contract start: eligible (A2)
            : start.AddYears(-ageAtStart).AddDays(-rng.Next(1, 365));

        bool permanent = rng.Chance(0.42);
        int? months = permanent
            ? (rng.Chance(0.5) ? null : 12)
            : rng.Pick([0.04, 0.40, 0.16, 0.40]) switch { 0 => rng.Next(3, 6), 1 => 6, 2 => 9, _ => 12 };
        decimal hours = rng.Pick([0.70, 0.20, 0.05, 0.05]) switch
        {
            0 => 40m,
            1 => 20m + rng.Next(0, 40) / 2m,
            2 => 30m,
            _ => 10m + rng.Next(0, 19) / 2m,
        };

        // Most file within the 2 months of A11; some file late.
        int delay = rng.Chance(0.04) ? rng.Next(62, 95) : profile.DrawOnTimeDelay(rng);
        DateOnly filed = profile.FilingDay(start.AddDays(delay), start, rng);
        if (filed < new DateOnly(2022, 10, 1)) filed = new DateOnly(2022, 10, 1);
        var registeredAt = filed.ToDateTime(new TimeOnly(rng.Next(8, 20), rng.Next(0, 60), rng.Next(0, 60)));

        DateOnly? ended = rng.Chance(0.10) ? start.AddDays(rng.Next(30, 240)) : null;
        DateOnly? renounced = rng.Chance(0.05) ? filed.AddDays(rng.Next(0, 150)) : null;
        return new Application(
            ApplicationId: $"APP-{n:000000}",
            RegisteredAt: registeredAt,
            EmployerId: employer.Id,
            EmployerType: employer.Type,
            RoadTransport: employer.RoadTransport,
            PriorDeMinimisEur: employer.PriorDeMinimisEur,
            ParticipantId: $"P-{n:000000}",
            BirthDate: birth,
            Unemployed: rng.Chance(0.98),
            ContractStart: start,
            ContractMonths: months,
            WeeklyHours: hours,
            Permanent: permanent,
            EndedOn: ended,
            RenouncedOn: renounced);
    }
}
