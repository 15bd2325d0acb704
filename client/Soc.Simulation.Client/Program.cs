using Soc.Simulation.Client.Commands;

// A command that runs replicates stops on the first Ctrl+C: its experiment starts no more replicates, and the command
// exits 130 with nothing written (outputs are committed only at the end). Any other command, and a second Ctrl+C, end
// the process at once; an output staged beside its folder is swept away by the next command writing there.
using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = !interrupt.IsCancellationRequested && SocSim.StopsOnCancel(args);
    interrupt.Cancel();
};
return await SocSim.MainAsync(args, Console.Out, Console.Error, interrupt.Token);
