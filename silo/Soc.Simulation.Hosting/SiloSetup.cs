using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Persistence;
using Orleans.Serialization;
using Orleans.Storage;
using Soc.Simulation.Grains.Experiments;

namespace Soc.Simulation.Hosting;

/// <summary>
/// The one place a silo is set up from its <see cref="SiloSettings"/>: the standalone silo, the client's embedded
/// silo and the tests' silos all go through it, so they cannot drift apart.
/// </summary>
public static class SiloSetup
{
    /// <summary>
    /// The longest call inside the cluster is one replicate (a Catalonia replicate takes under a second here); a
    /// loaded machine can stretch it far past Orleans' default 30 s. A silo that dies does not wait for this:
    /// Orleans fails the calls to it as soon as membership declares it dead.
    /// </summary>
    public static readonly TimeSpan CallTimeout = TimeSpan.FromMinutes(30);

    public static ISiloBuilder Apply(this ISiloBuilder silo, SiloSettings settings)
    {
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = settings.ClusterId;
            o.ServiceId = settings.ServiceId;
        });
        if (settings.Clustering == "redis")
        {
            silo.UseRedisClustering(o => o.ConfigurationOptions = RedisConnection.Options(settings.Redis, "Silo:Redis"));
            silo.ConfigureEndpoints(settings.Address, settings.SiloPort, settings.GatewayPort, listenOnAnyHostAddress: !IPAddress.IsLoopback(settings.Address));
        }
        else
        {
            silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, serviceId: settings.ServiceId, clusterId: settings.ClusterId);
        }

        return silo.AddSimulationServices(settings);
    }

    /// <summary>
    /// Everything but the clustering: for test clusters, which bring their own membership. Experiments and their
    /// reminders (which wake an experiment whose silo died, and delete it after the retention) are kept in Redis or
    /// in the silos' memory.
    /// </summary>
    public static ISiloBuilder AddSimulationServices(this ISiloBuilder silo, SiloSettings settings)
    {
        if (settings.Storage == "redis")
        {
            silo.AddRedisGrainStorage(ExperimentGrain.StorageName, o =>
            {
                o.ConfigurationOptions = RedisConnection.Options(settings.Redis, "Silo:Redis");
                // Forgetting an experiment deletes its keys, rather than leaving them empty.
                o.DeleteStateOnClear = true;
            });
            // Orleans' own binary format: doubles, NaN and the records round-trip exactly, with no JSON contract.
            silo.Services.AddOptions<RedisStorageOptions>(ExperimentGrain.StorageName)
                .Configure<Serializer>((o, serializer) => o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer));
            silo.UseRedisReminderService(o => o.ConfigurationOptions = RedisConnection.Options(settings.Redis, "Silo:Redis"));
        }
        else
        {
            silo.AddMemoryGrainStorage(ExperimentGrain.StorageName);
            // The same binary format as in Redis: the default JSON one cost a replicate more to store and fetch than
            // the grain calls of its run.
            silo.Services.AddOptions<MemoryGrainStorageOptions>(ExperimentGrain.StorageName)
                .Configure<Serializer>((o, serializer) => o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer));
            silo.UseInMemoryReminderService();
        }

        silo.Services.AddSingleton(new ExperimentOptions(settings.ReplicateRetryLimit, settings.ExperimentRetention));
        // The strongly consistent directory (still marked experimental): with the default one, a replicate's grain
        // registered in a killed silo's part of the directory was activated a second time, empty, on a live silo, and
        // the replicate failed ("cohort … is not initialised"; README "Running on a cluster").
#pragma warning disable ORLEANSEXP003
        silo.AddDistributedGrainDirectory();
#pragma warning restore ORLEANSEXP003
        silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = CallTimeout);
        return silo;
    }
}
