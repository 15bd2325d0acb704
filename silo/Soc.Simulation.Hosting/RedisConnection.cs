using StackExchange.Redis;

namespace Soc.Simulation.Hosting;

/// <summary>Reading a Redis connection string and checking, before Orleans starts, that Redis answers.</summary>
public static class RedisConnection
{
    /// <summary>How long a start waits for Redis before it says it cannot reach it.</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The options Orleans' Redis providers use; they reconnect on their own when Redis comes back.</summary>
    public static ConfigurationOptions Options(string connection, string setting)
    {
        ConfigurationOptions options;
        try
        {
            options = ConfigurationOptions.Parse(connection);
        }
        catch (ArgumentException e)
        {
            throw new SetupException($"{setting}: expected a Redis connection string such as 127.0.0.1:6379, got '{connection}' ({e.Message})");
        }

        if (options.EndPoints.Count == 0) throw new SetupException($"{setting}: expected a Redis connection string such as 127.0.0.1:6379, got '{connection}'");
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = (int)ConnectTimeout.TotalMilliseconds;
        return options;
    }

    /// <summary>
    /// Fails fast with a clear message when Redis does not answer: without it Orleans would retry its membership
    /// table for minutes and the user would see a hang or a stack trace.
    /// </summary>
    public static async Task EnsureReachableAsync(string connection, string setting)
    {
        ConfigurationOptions options = Options(connection, setting);
        options.AbortOnConnectFail = true;
        options.ConnectRetry = 1;
        try
        {
            await using ConnectionMultiplexer redis = await ConnectionMultiplexer.ConnectAsync(options);
            await redis.GetDatabase().PingAsync();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            throw new SetupException(
                $"{setting}: cannot reach Redis at {string.Join(", ", options.EndPoints)} within {ConnectTimeout.TotalSeconds:0} s ({Reason(e)}); is redis-server running there?", e);
        }
    }

    /// <summary>The first sentence of the error, without StackExchange.Redis's advice to programmers.</summary>
    private static string Reason(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is System.Net.Sockets.SocketException socket) return socket.Message;
        }

        string first = e.Message.Split('\n')[0];
        int stop = first.IndexOf(". ", StringComparison.Ordinal);
        return (stop > 0 ? first[..stop] : first).Trim().TrimEnd('.');
    }
}
