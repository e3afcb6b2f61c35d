using System.ComponentModel;
using Mandaat.Core.Limits;
using Mandaat.Missions;
using Mandaat.Pipeline;
using Mandaat.Register.Commitments;
using Mandaat.Register.Missions;
using Mandaat.Search.Query;
using Mandaat.Store;
using Mandaat.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mandaat.Hosting;

/// <summary>
/// The composition root: the services every interface of Mandaat runs on, put together in this one place for
/// the command line, the web server and the bench. Settings come from configuration (the environment, with
/// --db over it) as options that are checked at start; the store they name is opened on first use.
/// </summary>
public static class MandaatServices
{
    // Settings bound as whole numbers; a value that is not one stops the binder before any check could name it.
    private static readonly string[] WholeNumberSettings =
    [
        WebOptions.SearchesPerMinuteSetting, WebOptions.UploadMegabytesSetting, DocumentLimits.UnpackedMegabytesSetting,
        DocumentLimits.CompressionRatioSetting, DocumentLimits.EntriesSetting, DocumentLimits.XmlDepthSetting,
        DocumentLimits.TextCharactersSetting, DocumentLimits.WordsSetting, DocumentLimits.ParagraphsSetting, DocumentLimits.FactsSetting,
    ];

    public static IServiceCollection AddMandaat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MandaatOptions>()
            .Bind(configuration)
            // An empty MANDAAT_DB is no setting at all: the default file, as without it.
            .PostConfigure(o => o.Store = string.IsNullOrWhiteSpace(o.Store) ? StoreLocation.DefaultPath : o.Store)
            .ValidateOnStart();
        services.AddOptions<WebOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MandaatOptions>, SettingsValidator>();
        services.AddOptions<LimitOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebOptions>, SettingsValidator>();
        services.AddSingleton<IValidateOptions<LimitOptions>, SettingsValidator>();
        services.AddSingleton(s => s.GetRequiredService<IOptions<LimitOptions>>().Value.ToLimits());

        services.AddSingleton(s => StoreLocation.Parse(s.GetRequiredService<IOptions<MandaatOptions>>().Value.Store).Value);
        // The store writes each saved document's register entry in the save's transaction (docs/MISSIONS.md).
        services.AddSingleton(s => new LazyStore(() => s.GetRequiredService<StoreLocation>().OpenAsync(
            CancellationToken.None, s.GetRequiredService<QueryAliases>(), s.GetRequiredService<MissionRegister>().Materialised.Projection)));
        // One catalogue per process: the extractor tags facts with the missions the register answers on, and a
        // search for one of a mission's names finds the others.
        services.AddSingleton(s => MissionCatalog.Load(s.GetRequiredService<IOptions<MandaatOptions>>().Value.MissionsFile));
        services.AddSingleton(s => MissionQueryAliases.Of(s.GetRequiredService<MissionCatalog>()));
        services.AddSingleton(s => DefaultPipeline.CreateProcessor(s.GetRequiredService<MissionCatalog>(), s.GetRequiredService<DocumentLimits>()));
        services.AddSingleton<IngestService>();
        services.AddSingleton(s => new MissionRegister(s.GetRequiredService<MissionCatalog>()));
        services.AddSingleton(s => new CommitmentTracker(s.GetRequiredService<MissionCatalog>()));
        services.AddLogging();
        return services;
    }

    /// <summary>
    /// The services of one command: the environment's settings with <paramref name="overrides"/> (the command
    /// line's) over them, checked before anything is built, logging on stderr as <see cref="LogOutput"/> says.
    /// Disposed asynchronously, with the store, after it.
    /// </summary>
    public static ServiceProvider Build(IReadOnlyDictionary<string, string?> overrides, bool verbose = false)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(overrides).Build();
        Validate(configuration);
        var services = new ServiceCollection().AddMandaat(configuration);
        var format = configuration[MandaatOptions.LogFormatSetting];
        services.AddLogging(logs => LogOutput.Configure(logs, string.IsNullOrWhiteSpace(format) ? LogOutput.Text : format, verbose, server: false));

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>
    /// Checks every setting of the configuration as the services would bind it; a wrong one throws an
    /// OptionsValidationException whose message is one line naming each setting to fix.
    /// </summary>
    public static void Validate(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var numbers = TypeDescriptor.GetConverter(typeof(int));
        var unreadable = WholeNumberSettings
            .Where(setting => configuration[setting] is { } value && !numbers.IsValid(value))
            .Select(setting => $"{setting} is '{configuration[setting]}', not a whole number")
            .ToList();
        if (unreadable.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(WebOptions), unreadable);
        }

        using var services = new ServiceCollection().AddMandaat(configuration).BuildServiceProvider();
        try
        {
            services.GetRequiredService<IStartupValidator>().Validate();
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OptionsValidationException))
        {
            // Settings of more than one options type are wrong: every failure, in one line.
            throw new OptionsValidationException(Options.DefaultName, typeof(MandaatOptions), ex.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures));
        }
    }
}
