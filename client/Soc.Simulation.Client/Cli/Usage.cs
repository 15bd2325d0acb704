namespace Soc.Simulation.Client.Cli;

public static class Usage
{
    public const string Run = "socsim run <scenario.json> [--registry <register.csv>] [--replicates N] [--seed S] [--out DIR] [--set path=value]... [--backend orleans|direct | --cluster redis://host:port] [--quiet true] [--json true]";
    public const string Compare = "socsim compare <base.json> [<alt.json>…] [--alt \"name:path=value,path=value\"]… [--replicates N] [--seed S] [--out DIR] [--set path=value]… [--backend orleans|direct | --cluster redis://host:port] [--json true] [--quiet true]";
    public const string Project = "socsim project <scenario.json> --registry <register-so-far.csv> --as-of <YYYY-MM-DD> [--replicates N] [--seed S] [--out DIR] [--set path=value]… [--json true]";
    public const string BackTest = "socsim backtest <scenario.json> --registry <complete-register.csv> [--cuts d1,d2,…] [--replicates N] [--seed S] [--out DIR]";
    public const string Sensitivity = "socsim sensitivity <scenario.json> [--params p1,p2,…] [--delta 10%] [--kpi subsidyCommittedEur] [--method oat|morris] [--trajectories R] [--replicates N] [--seed S] [--out DIR] [--set path=value]… [--backend orleans|direct | --cluster redis://host:port] [--quiet true] [--json true]";
    public const string Plan = "socsim plan <scenario.json> --vary <path> --goal <goal> [--range low:high] [--accuracy a] [--replicates N] [--seed S] [--out DIR] [--set path=value]… [--backend orleans|direct | --cluster redis://host:port] [--quiet true] [--json true]";
    public const string Sweep = "socsim sweep <scenario.json> --param <path> (--values a,b,c | --range from:to:steps) [--param … ]… [--replicates N] [--seed S] [--out DIR] [--resume true] [--set path=value]… [--backend orleans|direct | --cluster redis://host:port] [--quiet true] [--json true]";
    public const string Calibrate = "socsim calibrate <scenario.json> [--out calibrated.json] [--replicates R] [--seed S] [--iterations N] [--set path=value]...";
    public const string Status = "socsim status <experiment-id> --cluster redis://host:port [--json true]";
    public const string Fetch = "socsim fetch <experiment-id> --cluster redis://host:port [--out DIR] [--quiet true] [--json true]";
    public const string GenerateRegister = "socsim generate-register --out <register.csv> [--rows N] [--seed S]";

    public static string Text =>
        $"""
        socsim: simulate active employment policies and grant calls (Soc.Simulation).

        usage:
          {Run}
              With --registry: decide every application of the register under the call's rules and
              write awards.csv, results.json and budget.png to DIR (default: out).
              Without: run N Monte Carlo replicates (default 20, seed 1) of a policy scenario and
              write results.json (KPIs with 95% CIs, monthly series) and replicates.csv.
          {Compare}
              Run the base and each alternative with the same seeds (common random numbers) and write
              compare.json and compare.csv: every KPI per scenario and the paired difference to the base
              with its 95% CI and the probability that the alternative is better.
          {Project}
              Decide the applications registered up to the date and simulate the rest of the call at the
              rates seen so far; write projection.json and projection.csv (committed, paid, refunded by
              month and budget line, P10–P90), with the exhaustion date and the money left unspent.
          {BackTest}
              Project a complete register from several cuts and compare with its known outcome.
          {Sensitivity}
              Rank the parameters by their effect on a KPI (default subsidyCommittedEur), one at a time:
              each at value × (1 ∓ delta) with the same seeds; write sensitivity.json, sensitivity.csv,
              the tornado chart and report.html. Default parameters: the numbers under call, behaviour,
              services and population that can move alone. --method morris screens them by elementary
              effects instead (R random trajectories, default 10; μ*, μ, σ).
          {Sweep}
              The KPIs with 95% CIs along one or more levers (several --param form a grid); each point is
              saved as it finishes, and --resume true continues an interrupted sweep.
          {Plan}
              Goal-seek one lever of the next call: e.g. --vary call.budgetEur --goal "refusal-risk<=0.1",
              --vary call.monthlyAmountEur --goal "within-budget>=0.9", --goal "subsidised-insertions>=400".
              Goals: prob(kpi>x)<=p, prob(kpi>x)>=q, mean(kpi)>=n, mean(kpi)<=n and the aliases above.
          {Status}
              How far an experiment on a cluster is: replicates done, resumed after a lost silo, retried.
          {Fetch}
              Re-attach to an experiment on a cluster (its id is printed when it starts): wait for it, then
              write the same files as the run that started it.
          {Calibrate}
              Fit the job-finding hazards and programme effects to the 2023 targets (domain.md E)
              and write the calibrated scenario; prints target / simulated / 95% CI.
          {GenerateRegister}
              Write a synthetic register of the 2023 30 Plus call (default 3000 rows, seed 2023).

        Scenario fields can be overridden by their JSON path: --set call.budgetEur=30000.
        Replicates run on a silo inside the command; --cluster redis://host:port runs them on running silos
        instead (scripts/cluster.sh, README "Running on a cluster"), with the same results for the same seed.
        Exit codes: 0 done, 2 bad input (the message says where), 1 internal error.
        """;
}
