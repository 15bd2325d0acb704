using Xunit.Abstractions;
using Xunit.Sdk;

namespace Soc.Simulation.Tests.TestSupport;

/// <summary>
/// A fact that needs a browser: it runs on the system Chromium (<see cref="Chromium.Path"/>) and is reported as
/// skipped, with how to install one, on a machine without it. .ci/run installs chromium and fails on any skip.
/// Put its class in <see cref="ChromiumCollection"/>, so that the test output says which browser ran or why none did.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null) Skip = Chromium.Missing;
    }
}

/// <summary>Where the system Chromium is: Debian's chromium on PATH, or at /usr/bin/chromium.</summary>
public static class Chromium
{
    public const string Missing = "install chromium to run: apt-get install chromium";

    public const string Debian = "/usr/bin/chromium";

    /// <summary>The browser for tests that open a page (headless, or driven by Playwright's ExecutablePath), or null.</summary>
    public static string? Path { get; } = Find(Environment.GetEnvironmentVariable("PATH"), Debian);

    public static string? Find(string? path, string fallback) =>
        Executables.OnPath("chromium", path) ?? (Executables.IsExecutable(fallback) ? fallback : null);
}

/// <summary>The browser tests: one at a time (each browser takes both cores), after one line that names the browser.</summary>
[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<ChromiumCollection.Announcement>
{
    public const string Name = "chromium";

    /// <summary>Says in the test output (an xUnit diagnostic message) which Chromium the tests use, or why they are skipped.</summary>
    public sealed class Announcement
    {
        public Announcement(IMessageSink diagnostics) => diagnostics.OnMessage(new DiagnosticMessage(Chromium.Path is null
            ? $"browser tests: no chromium on PATH or at {Chromium.Debian}, so they are skipped ({Chromium.Missing})"
            : $"browser tests: {Chromium.Path}"));
    }
}
