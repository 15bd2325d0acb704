using System.Text.Json;
using StackExchange.Redis;

namespace Soc.Simulation.Tests.RedisCluster;

/// <summary>
/// What Orleans keeps in Redis, read by the tests straight from Redis: no call to a silo, which could wake a grain.
/// </summary>
internal static class RedisTables
{
    /// <summary>The membership table of Orleans' Redis clustering: one JSON row per silo, by silo port.</summary>
    public static async Task<(int Port, SiloStatus Status)[]> MembersAsync(IDatabase redis, string serviceId, string clusterId)
    {
        HashEntry[] rows = await redis.HashGetAllAsync($"{serviceId}/members/{clusterId}");
        return [.. rows.Where(r => r.Name != "Version").Select(r =>
        {
            using JsonDocument row = JsonDocument.Parse(r.Value.ToString());
            string address = row.RootElement.GetProperty("SiloAddress").GetProperty("SiloAddress").GetString()!;
            string endpoint = address.Split('@')[0];
            return (int.Parse(endpoint[(endpoint.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture),
                (SiloStatus)row.RootElement.GetProperty("Status").GetInt32());
        })];
    }

    /// <summary>
    /// The keys Orleans' Redis grain storage holds for an experiment: "{service}/state/{grain type}/{key}/…", the key
    /// being the experiment id (its plan and progress) or "{id}/{replicate}" (a replicate's record).
    /// </summary>
    public static async Task<string[]> ExperimentKeysAsync(ConnectionMultiplexer redis, string serviceId, string experimentId)
    {
        IServer server = redis.GetServer(redis.GetEndPoints()[0]);
        var keys = new List<string>();
        await foreach (RedisKey key in server.KeysAsync(pattern: $"{serviceId}/state/*/{experimentId}*")) keys.Add(key.ToString());
        return [.. keys];
    }

    /// <summary>Whether Orleans' Redis reminder table (one sorted set per service) still has a reminder of the experiment's grain.</summary>
    public static async Task<bool> HasReminderAsync(IDatabase redis, string serviceId, string experimentId) =>
        (await redis.SortedSetRangeByRankAsync($"{serviceId}/reminders")).Any(r => r.ToString().Contains($"experiment/{experimentId}", StringComparison.Ordinal));
}
