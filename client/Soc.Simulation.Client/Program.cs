using Soc.Simulation.Client.Commands;

// Ctrl+C ends the process at once: outputs are staged beside their folder and committed only at the end, so an
// interrupted command leaves the folder as it was (the next command sweeps the staging folder away).
return await SocSim.MainAsync(args, Console.Out, Console.Error);
