namespace Soc.Simulation.Tests; public class Smoke { [Fact] public void T() => Assert.True(true); }
