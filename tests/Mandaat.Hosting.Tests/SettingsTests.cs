using Mandaat.Missions;
using Mandaat.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Mandaat.Hosting.Tests;

/// <summary>Settings are bound by the names people set and checked at start: a wrong one is one line that says what to fix.</summary>
public sealed class SettingsTests
{
    [Fact]
    public void Unset_settings_take_the_defaults_of_the_contract()
    {
        using var services = Validated([]);

        Assert.Equal("mandaat.db", services.GetRequiredService<IOptions<MandaatOptions>>().Value.Store);
        var web = services.GetRequiredService<IOptions<WebOptions>>().Value;
        Assert.Equal((null, 120, 50L * 1024 * 1024), (web.WriteToken, web.SearchesPerMinute, web.MaxUploadBytes));
    }

    [Fact]
    public void Settings_are_bound_by_their_environment_names()
    {
        using var services = Validated(new()
        {
            ["MANDAAT_DB"] = "postgres://web@db/mandaat",
            ["MANDAAT_TOKEN"] = "geheim",
            ["MANDAAT_SEARCH_PER_MINUTE"] = "30",
            ["MANDAAT_UPLOAD_MB"] = "5",
        });

        Assert.True(services.GetRequiredService<StoreLocation>().IsPostgres);
        var web = services.GetRequiredService<IOptions<WebOptions>>().Value;
        Assert.Equal(("geheim", 30, 5L * 1024 * 1024), (web.WriteToken, web.SearchesPerMinute, web.MaxUploadBytes));
    }

    [Fact]
    public void The_limits_on_a_file_are_bound_by_their_environment_names_and_reach_the_processor()
    {
        using var services = Validated(new() { ["MANDAAT_MAX_UNPACKED_MB"] = "512", ["MANDAAT_MAX_FACTS"] = "7" });

        var limits = services.GetRequiredService<Mandaat.Core.Limits.DocumentLimits>();
        Assert.Equal((512, 7, 256), (limits.MaxUnpackedMegabytes, limits.MaxFacts, limits.MaxXmlDepth));
    }

    [Fact]
    public void An_empty_store_or_token_is_no_setting()
    {
        using var services = Validated(new() { ["MANDAAT_DB"] = " ", ["MANDAAT_TOKEN"] = string.Empty });

        Assert.Equal("mandaat.db", services.GetRequiredService<IOptions<MandaatOptions>>().Value.Store);
        Assert.False(new WriteToken(services.GetRequiredService<IOptions<WebOptions>>()).Configured);
    }

    [Theory]
    [InlineData("MANDAAT_DB", "postgres://bad host", "the PostgreSQL address is not valid: postgres://bad host; write it as postgres://user@host:port/database")]
    [InlineData("MANDAAT_SEARCH_PER_MINUTE", "0", "MANDAAT_SEARCH_PER_MINUTE is 0; give the searches a client may make a minute, 1 or more (default 120)")]
    [InlineData("MANDAAT_UPLOAD_MB", "0", "MANDAAT_UPLOAD_MB is 0; give the largest upload in MB, from 1 to 256 (default 50)")]
    [InlineData("MANDAAT_UPLOAD_MB", "1000", "MANDAAT_UPLOAD_MB is 1000; give the largest upload in MB, from 1 to 256 (default 50)")]
    [InlineData("MANDAAT_MISSIONS", "/nowhere/missions.json", "MANDAAT_MISSIONS names no file: /nowhere/missions.json; give the path of a missions file or leave it unset")]
    [InlineData("MANDAAT_SEARCH_PER_MINUTE", "veel", "MANDAAT_SEARCH_PER_MINUTE is 'veel', not a whole number")]
    [InlineData("MANDAAT_UPLOAD_MB", "", "MANDAAT_UPLOAD_MB is '', not a whole number")]
    [InlineData("MANDAAT_MAX_RATIO", "0", "MANDAAT_MAX_RATIO is 0; give a whole number from 1 to 100000 (default 200)")]
    [InlineData("MANDAAT_MAX_XML_DEPTH", "100000", "MANDAAT_MAX_XML_DEPTH is 100000; give a whole number from 1 to 2000 (default 256)")]
    [InlineData("MANDAAT_MAX_FACTS", "-1", "MANDAAT_MAX_FACTS is -1; give a whole number from 1 to 10000000 (default 50000)")]
    [InlineData("MANDAAT_MAX_ENTRIES", "veel", "MANDAAT_MAX_ENTRIES is 'veel', not a whole number")]
    [InlineData("MANDAAT_MAX_WORDS", "0", "MANDAAT_MAX_WORDS is 0; give a whole number from 1 to 100000000 (default 2000000)")]
    [InlineData("MANDAAT_MAX_WORDS", "veel", "MANDAAT_MAX_WORDS is 'veel', not a whole number")]
    public void A_wrong_setting_fails_at_start_with_one_line_that_says_what_to_fix(string setting, string value, string message)
    {
        var error = Assert.Throws<OptionsValidationException>(() => MandaatServices.Validate(Configuration(new() { [setting] = value })));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_missions_file_that_is_no_catalogue_fails_at_start_naming_it_and_what_is_wrong()
    {
        var file = Path.Combine(Path.GetTempPath(), $"mandaat-missions-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{"missions": [{"name": "Zonder id"}]}""");
        try
        {
            var error = Assert.Throws<OptionsValidationException>(() => MandaatServices.Validate(Configuration(new() { ["MANDAAT_MISSIONS"] = file })));

            Assert.Equal($"MANDAAT_MISSIONS names a file that is no mission catalogue: the mission catalogue '{file}': mission 1 has no \"id\" or no \"name\"; give a file of the shape of missions.json or leave it unset", error.Message);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void The_services_tag_and_answer_with_the_catalogue_the_missions_file_extends()
    {
        var file = Path.Combine(Path.GetTempPath(), $"mandaat-missions-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{"missions": [{"id": "zeemeeuw", "name": "Operatie Zeemeeuw"}]}""");
        try
        {
            using var services = Validated(new() { ["MANDAAT_MISSIONS"] = file });

            var catalog = services.GetRequiredService<MissionCatalog>();
            Assert.Equal("Operatie Zeemeeuw", catalog.Find("zeemeeuw")?.Name);
            Assert.NotNull(catalog.Find("anti-isis"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Several_wrong_settings_are_named_together_on_one_line()
    {
        var error = Assert.Throws<OptionsValidationException>(() => MandaatServices.Validate(Configuration(new() { ["MANDAAT_DB"] = "postgres://bad host", ["MANDAAT_UPLOAD_MB"] = "0" })));

        Assert.Contains("PostgreSQL address is not valid", error.Message, StringComparison.Ordinal);
        Assert.Contains("MANDAAT_UPLOAD_MB is 0", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Overrides_stand_over_the_environment_and_are_checked_before_the_services_are_built()
    {
        var error = Assert.Throws<OptionsValidationException>(() => MandaatServices.Build(new Dictionary<string, string?> { ["MANDAAT_DB"] = "postgres://bad host" }));

        Assert.StartsWith("the PostgreSQL address is not valid", error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    private static ServiceProvider Validated(Dictionary<string, string?> settings)
    {
        var configuration = Configuration(settings);
        MandaatServices.Validate(configuration);
        return new ServiceCollection().AddMandaat(configuration).BuildServiceProvider();
    }
}
