using MathNet.Numerics.Distributions;
using Soc.Simulation.Abstractions.GrantCall;

namespace Soc.Simulation.Model.Projection;

/// <summary>
/// The daily rate of contract starts in the hiring window (the demand behind the registrations, H7), estimated on the
/// as-of day. A day's starts are Poisson; the register shows each one with the probability that its filing has come
/// (<see cref="FilingDelays"/>), so the fit uses that completeness as an offset and recent starts are not mistaken for
/// a fall in demand. The model over the last <see cref="FitDays"/> days is
/// <c>log rate = α + β·weeks + log weekday(s) + log history(s)</c>, fitted by Poisson maximum likelihood with a weak
/// prior on the trend; the Pearson dispersion inflates the covariance (quasi-Poisson). Weekday effects are estimated
/// on every day whose filings are mostly in. Each replicate draws (α, β) from their approximate posterior, a
/// persistence of the trend and a random-walk level (a Bayesian local level), so the bands carry the uncertainty of
/// the rate, not only Poisson noise.
/// </summary>
public sealed class StartRate
{
    /// <summary>ASSUMPTION: the trend is the one of the last 6 weeks whose filings are at least <see cref="MinCompleteness"/> in.</summary>
    public const int FitDays = 42;

    /// <summary>ASSUMPTION: days with most of their filings still to come say more about the delays than about the rate; they are not fitted.</summary>
    public const double MinCompleteness = 0.05;

    /// <summary>ASSUMPTION: a weekly growth or fall beyond ±15 % is rare (the prior sd of β, per week).</summary>
    private const double TrendPriorSd = 0.15;

    /// <summary>ASSUMPTION: a rising rate keeps rising linearly (promoters add recruits) but to no more than 3 times its level.</summary>
    private const double MaxGrowth = 3;

    private readonly double[] _completeness;
    private readonly double[] _weekday = new double[7];
    private readonly double[] _shape;
    private readonly double[] _mean = new double[2];
    private readonly double[] _chol = new double[3];

    public StartRate(IReadOnlyList<Application> known, DateOnly asOf, CallParameters call, FilingDelays delays, HistoryShape? history)
    {
        First = call.HiringStart;
        Days = Math.Max(0, call.HiringEnd.DayNumber - call.HiringStart.DayNumber + 1);
        AsOf = asOf;
        Observed = new int[Days];
        foreach (Application a in known)
        {
            int i = a.ContractStart.DayNumber - First.DayNumber;
            if (i >= 0 && i < Days) Observed[i]++;
        }

        _completeness = [.. Enumerable.Range(0, Days).Select(i => Completeness(delays.Cdf, FilingDelays.Truncation(First.AddDays(i), asOf, call)))];
        _shape = [.. Enumerable.Range(0, Days).Select(i => history?.At(First.AddDays(i)) ?? 1)];
        int last = Math.Min(asOf.DayNumber - First.DayNumber, Days - 1);
        FitEnd = last;
        while (FitEnd > 0 && _completeness[FitEnd] < MinCompleteness) FitEnd--;
        FitStart = Math.Max(0, FitEnd - FitDays + 1);
        EstimateWeekdays();
        Fit();
        LevelSd = EstimateLevelSd();
    }

    public DateOnly First { get; }

    public int Days { get; }

    public DateOnly AsOf { get; }

    /// <summary>Known applications by contract-start day of the hiring window.</summary>
    public int[] Observed { get; }

    /// <summary>The first and last day index of the fit (the last is the as-of day, or the end of hiring).</summary>
    public int FitStart { get; }

    public int FitEnd { get; }

    /// <summary>Fitted contract starts a day at the end of the fit, weekday effects averaged out.</summary>
    public double Level => Math.Exp(_mean[0]) * _shape[Math.Max(0, FitEnd)];

    /// <summary>Fitted trend: the change of the log rate per week.</summary>
    public double TrendPerWeek => _mean[1];

    public double Dispersion { get; private set; } = 1;

    /// <summary>The sd of the weekly random-walk steps of the log level (ASSUMPTION: from 0.04 to 0.25 a week).</summary>
    public double LevelSd { get; }

    public IReadOnlyList<double> WeekdayEffects => _weekday;

    /// <summary>P(filed by the as-of day) for a contract that started <paramref name="truncation"/> days before it.</summary>
    public static double Completeness(double[] cdf, int truncation) => truncation < 0 ? 0 : cdf[Math.Min(truncation, cdf.Length - 1)];

    /// <summary>One replicate's expected contract starts by day of the hiring window (all days, past and future).</summary>
    public double[] Draw(Random random)
    {
        double z0 = Normal.Sample(random, 0, 1), z1 = Normal.Sample(random, 0, 1);
        double alpha = _mean[0] + _chol[0] * z0, beta = _mean[1] + _chol[1] * z0 + _chol[2] * z1;
        // ASSUMPTION: how far the recent trend carries on is uncertain: from a quarter of it to a quarter more.
        double persistence = 0.25 + random.NextDouble();
        var rate = new double[Days];
        double level = 0;
        for (int i = 0; i < Days; i++)
        {
            double weeks = (i - FitEnd) / 7.0;
            double trend;
            if (weeks <= 0) trend = beta * weeks;
            else
            {
                if ((i - FitEnd) % 7 == 1) level += Normal.Sample(random, 0, LevelSd);
                double b = beta * persistence;
                trend = (b > 0 ? Math.Log(Math.Min(MaxGrowth, 1 + b * weeks)) : b * weeks) + level;
            }

            rate[i] = Math.Exp(alpha + trend) * _weekday[(int)First.AddDays(i).DayOfWeek] * _shape[i];
        }

        return rate;
    }

    /// <summary>The completeness of each start day as seen with one replicate's filing delays.</summary>
    public double[] CompletenessWith(double[] cdf, CallParameters call) =>
        [.. Enumerable.Range(0, Days).Select(i => Completeness(cdf, FilingDelays.Truncation(First.AddDays(i), AsOf, call)))];

    private void EstimateWeekdays()
    {
        var sum = new double[7];
        var n = new int[7];
        for (int i = 0; i <= FitEnd; i++)
        {
            if (_completeness[i] < 0.5) continue;
            int d = (int)First.AddDays(i).DayOfWeek;
            sum[d] += Observed[i] / _completeness[i] / _shape[i];
            n[d]++;
        }

        double[] raw = [.. sum.Select((s, d) => n[d] == 0 ? double.NaN : s / n[d])];
        double mean = raw.Where(double.IsFinite).DefaultIfEmpty(0).Average();
        // Too few days, or none with applications: no weekday effect (ASSUMPTION); else never below 5 % of the mean.
        for (int d = 0; d < 7; d++) _weekday[d] = mean <= 0 || n.Min() < 2 || !double.IsFinite(raw[d]) ? 1 : Math.Max(0.05, raw[d] / mean);
        double norm = _weekday.Average();
        for (int d = 0; d < 7; d++) _weekday[d] /= norm;
    }

    /// <summary>Newton–Raphson on the Poisson log-likelihood with offset log(completeness × weekday × history) and a Normal(0, 0.15²) prior on β.</summary>
    private void Fit()
    {
        if (FitEnd < 0)
        {
            _mean[0] = Math.Log(0.5);
            _chol[0] = 1;
            _chol[2] = TrendPriorSd;
            return;
        }

        int count = FitEnd - FitStart + 1;
        double[] x = new double[count], offset = new double[count], y = new double[count];
        double sumY = 0, sumO = 0;
        for (int k = 0; k < count; k++)
        {
            int i = FitStart + k;
            x[k] = (i - FitEnd) / 7.0;
            offset[k] = _completeness[i] * _weekday[(int)First.AddDays(i).DayOfWeek] * _shape[i];
            y[k] = Observed[i];
            sumY += y[k];
            sumO += offset[k];
        }

        // ASSUMPTION: with nothing seen yet, half an application over the days fitted.
        double a = Math.Log(Math.Max(sumY, 0.5) / Math.Max(sumO, 1e-9)), b = 0;
        double i00 = 0, i01 = 0, i11 = 0;
        for (int iteration = 0; iteration < 30; iteration++)
        {
            double u0 = 0, u1 = -b / (TrendPriorSd * TrendPriorSd);
            i00 = 0;
            i01 = 0;
            i11 = 1 / (TrendPriorSd * TrendPriorSd);
            for (int k = 0; k < count; k++)
            {
                double mu = offset[k] * Math.Exp(a + b * x[k]);
                u0 += y[k] - mu;
                u1 += (y[k] - mu) * x[k];
                i00 += mu;
                i01 += mu * x[k];
                i11 += mu * x[k] * x[k];
            }

            if (i00 <= 1e-12) break;
            double det = i00 * i11 - i01 * i01;
            double da = (i11 * u0 - i01 * u1) / det, db = (i00 * u1 - i01 * u0) / det;
            a += da;
            b += db;
            if (Math.Abs(da) + Math.Abs(db) < 1e-10) break;
        }

        double pearson = 0;
        int used = 0;
        for (int k = 0; k < count; k++)
        {
            double mu = offset[k] * Math.Exp(a + b * x[k]);
            if (mu < 0.5) continue;
            pearson += (y[k] - mu) * (y[k] - mu) / mu;
            used++;
        }

        Dispersion = used > 2 ? Math.Max(1, pearson / (used - 2)) : 1;
        _mean[0] = a;
        _mean[1] = b;
        // Covariance = dispersion × inverse information; its Cholesky factor [[c0, 0], [c1, c2]].
        double d2 = i00 * i11 - i01 * i01;
        double v00 = i00 <= 1e-12 ? 1 : Dispersion * i11 / d2, v01 = i00 <= 1e-12 ? 0 : -Dispersion * i01 / d2, v11 = i00 <= 1e-12 ? TrendPriorSd * TrendPriorSd : Dispersion * i00 / d2;
        _chol[0] = Math.Sqrt(v00);
        _chol[1] = v01 / _chol[0];
        _chol[2] = Math.Sqrt(Math.Max(1e-12, v11 - _chol[1] * _chol[1]));
    }

    /// <summary>The spread of week-on-week changes of the nowcast weekly starts, less their Poisson part and their mean (the trend).</summary>
    private double EstimateLevelSd()
    {
        var weeks = new List<double>();
        for (int end = FitEnd; end - 6 >= 0; end -= 7)
        {
            double total = 0, completeness = 0;
            for (int i = end - 6; i <= end; i++)
            {
                total += Observed[i];
                completeness += _completeness[i] * _weekday[(int)First.AddDays(i).DayOfWeek] * _shape[i];
            }

            if (completeness / 7 < 0.7 || total < 5) continue;
            weeks.Add(total / completeness);
        }

        if (weeks.Count < 4) return 0.1;
        double[] diff = [.. weeks.Zip(weeks.Skip(1), (later, earlier) => Math.Log(later / earlier))];
        double mean = diff.Average();
        double variance = diff.Sum(d => (d - mean) * (d - mean)) / (diff.Length - 1);
        double poisson = weeks.Average(w => 2 / (w * 7));
        return Math.Clamp(Math.Sqrt(Math.Max(0, variance - poisson)), 0.04, 0.25);
    }
}
