using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CadoxtonPolicyBot.Tests.Ship;

public sealed partial class ManifestTests
{
    private const string SampleBotId = "3f2a9c4e-5b7d-4e1f-8a2b-6c9d0e1f2a3b";
    private const string SampleDomain = "app-cadoxton-policy-bot.azurewebsites.net";

    private static readonly string ManifestDirectory = RepositoryPaths.Combine("manifest");

    [Fact]
    public async Task Manifest_template_is_valid_against_the_bundled_v1_30_schema()
    {
        var tools = RepositoryPaths.RequireNodeTools();

        var result = await ExternalTool.RunAsync(
            "node", [Path.Combine(tools, "validate-manifest.mjs"), Path.Combine(ManifestDirectory, "manifest.json")], RepositoryPaths.Root);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("valid against the Teams v1.30 schema", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.24")]
    [InlineData("1.16")]
    public async Task The_documented_fallback_to_an_older_manifest_version_is_valid_as_it_is(string version)
    {
        // deploy/README.md step 10: if the admin centre refuses v1.30, only the two version fields change.
        var tools = RepositoryPaths.RequireNodeTools();
        using var scratch = new TemporaryDirectory("manifest-");
        var older = Path.Combine(scratch.Path, "manifest.json");
        var text = await File.ReadAllTextAsync(Path.Combine(ManifestDirectory, "manifest.json"));
        await File.WriteAllTextAsync(older, text
            .Replace("/teams/v1.30/", $"/teams/v{version}/", StringComparison.Ordinal)
            .Replace("\"manifestVersion\": \"1.30\"", $"\"manifestVersion\": \"{version}\"", StringComparison.Ordinal));

        var result = await ExternalTool.RunAsync("node", [Path.Combine(tools, "validate-manifest.mjs"), older], RepositoryPaths.Root);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"valid against the Teams v{version} schema", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schema_validation_rejects_the_lowercase_groupchat_scope_of_old_samples()
    {
        var tools = RepositoryPaths.RequireNodeTools();
        using var scratch = new TemporaryDirectory("manifest-");
        var broken = Path.Combine(scratch.Path, "manifest.json");
        var text = await File.ReadAllTextAsync(Path.Combine(ManifestDirectory, "manifest.json"));
        await File.WriteAllTextAsync(broken, text.Replace("\"groupChat\"", "\"groupchat\"", StringComparison.Ordinal));

        var result = await ExternalTool.RunAsync("node", [Path.Combine(tools, "validate-manifest.mjs"), broken], RepositoryPaths.Root);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("/bots/0/scopes/2", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bot_is_offered_in_personal_team_and_group_chat_scopes_and_accepts_files()
    {
        var bot = ReadManifest().GetProperty("bots")[0];

        Assert.Equal(["personal", "team", "groupChat"], Strings(bot.GetProperty("scopes")));
        Assert.True(bot.GetProperty("supportsFiles").GetBoolean());
        Assert.Equal("${{BOT_ID}}", bot.GetProperty("botId").GetString());
    }

    [Fact]
    public void Personal_command_list_offers_every_staff_and_head_teacher_command()
    {
        var commandLists = ReadManifest().GetProperty("bots")[0].GetProperty("commandLists").EnumerateArray().ToList();
        var personal = commandLists.Single(list => Strings(list.GetProperty("scopes")).Contains("personal"));

        Assert.Equal(
            ["help", "ask", "read the policy", "acknowledge", "report a concern", "start acknowledgement round"],
            personal.GetProperty("commands").EnumerateArray().Select(c => c.GetProperty("title").GetString()!));
    }

    [Fact]
    public void Channel_and_group_chat_commands_leave_out_the_head_teachers_round_launch()
    {
        var commandLists = ReadManifest().GetProperty("bots")[0].GetProperty("commandLists").EnumerateArray().ToList();
        var shared = commandLists.Single(list => Strings(list.GetProperty("scopes")).Contains("team"));

        Assert.Equal(["team", "groupChat"], Strings(shared.GetProperty("scopes")));
        Assert.DoesNotContain(
            "start acknowledgement round",
            shared.GetProperty("commands").EnumerateArray().Select(c => c.GetProperty("title").GetString()));
    }

    [Fact]
    public void Web_application_info_names_the_bots_own_app_registration()
    {
        var manifest = ReadManifest();
        var webApplicationInfo = manifest.GetProperty("webApplicationInfo");

        Assert.Equal("${{BOT_ID}}", manifest.GetProperty("id").GetString());
        Assert.Equal("${{BOT_ID}}", webApplicationInfo.GetProperty("id").GetString());
        // api://<client id> is an application ID URI form Entra accepts (api://botid-<id> is not); the bot has no SSO.
        Assert.Equal("api://${{BOT_ID}}", webApplicationInfo.GetProperty("resource").GetString());
        Assert.Contains("${{BOT_DOMAIN}}", Strings(manifest.GetProperty("validDomains")));
    }

    [Fact]
    public void The_only_valid_domain_is_the_bots_own_host()
    {
        // token.botframework.com is only needed for OAuth/SSO sign-in cards, which the bot does not use.
        Assert.Equal(["${{BOT_DOMAIN}}"], Strings(ReadManifest().GetProperty("validDomains")));
    }

    [Fact]
    public void The_package_asks_for_no_resource_specific_permissions()
    {
        // Rosters come from the Bot Connector's paged members call, which needs none; unused RSC permissions only add a
        // consent prompt to every install.
        Assert.False(ReadManifest().TryGetProperty("authorization", out _));
    }

    [Fact]
    public void Color_icon_is_192_pixels_square_and_opaque()
    {
        var icon = PngImage.Read(Path.Combine(ManifestDirectory, "color.png"));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.All(icon.Pixels(), p => Assert.Equal(255, p.Color.A));
        Assert.Equal((0x1B, 0x4F, 0x8C, 255), ((int)icon.Pixel(0, 0).R, (int)icon.Pixel(0, 0).G, (int)icon.Pixel(0, 0).B, (int)icon.Pixel(0, 0).A));
    }

    [Fact]
    public void Color_icon_keeps_its_symbol_inside_the_48_pixel_padding()
    {
        var icon = PngImage.Read(Path.Combine(ManifestDirectory, "color.png"));
        var background = icon.Pixel(0, 0);

        var symbol = icon.Pixels().Where(p => p.Color != background).ToList();

        Assert.NotEmpty(symbol);
        Assert.All(symbol, p => Assert.True(p.X is >= 48 and < 144 && p.Y is >= 48 and < 144, $"symbol pixel at ({p.X},{p.Y})"));
    }

    [Fact]
    public void Outline_icon_is_32_pixels_of_white_on_transparent()
    {
        var icon = PngImage.Read(Path.Combine(ManifestDirectory, "outline.png"));

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.True(icon.HasAlpha, $"outline.png must have an alpha channel (colour type {icon.ColorType})");
        Assert.All(icon.Pixels(), p => Assert.True(
            p.Color.A == 0 || (p.Color.R, p.Color.G, p.Color.B) == (255, 255, 255),
            $"pixel ({p.X},{p.Y}) is {p.Color}: neither white nor fully transparent"));
        Assert.Contains(icon.Pixels(), p => p.Color.A == 255);
        Assert.Contains(icon.Pixels(), p => p.Color.A == 0);
    }

    [Fact]
    public async Task Package_script_builds_a_flat_zip_with_every_placeholder_filled()
    {
        using var outputDirectory = new TemporaryDirectory("app-package-");
        var output = outputDirectory.Path;

        var result = await RunPackageScriptAsync(output, SampleBotId, SampleDomain);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var zip = ZipFile.OpenRead(Path.Combine(output, "appPackage.zip"));
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        string manifestText;
        using (var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open()))
        {
            manifestText = await reader.ReadToEndAsync();
        }

        Assert.DoesNotContain("${{", manifestText, StringComparison.Ordinal);
        using var manifest = JsonDocument.Parse(manifestText);
        Assert.Equal(SampleBotId, manifest.RootElement.GetProperty("id").GetString());
        Assert.Equal(SampleBotId, manifest.RootElement.GetProperty("bots")[0].GetProperty("botId").GetString());
        Assert.Equal($"api://{SampleBotId}", manifest.RootElement.GetProperty("webApplicationInfo").GetProperty("resource").GetString());
        Assert.Contains(SampleDomain, Strings(manifest.RootElement.GetProperty("validDomains")));
        // The developer links are the bot's own information pages (bot/Hosting/InformationPages.cs).
        var developer = manifest.RootElement.GetProperty("developer");
        Assert.Equal($"https://{SampleDomain}/", developer.GetProperty("websiteUrl").GetString());
        Assert.Equal($"https://{SampleDomain}/privacy", developer.GetProperty("privacyUrl").GetString());
        Assert.Equal($"https://{SampleDomain}/terms", developer.GetProperty("termsOfUseUrl").GetString());
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(ManifestDirectory, "color.png")), await ReadEntryAsync(zip, "color.png"));
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(ManifestDirectory, "outline.png")), await ReadEntryAsync(zip, "outline.png"));
    }

    [Fact]
    public async Task Packaged_manifest_is_valid_against_the_schema()
    {
        var tools = RepositoryPaths.RequireNodeTools();
        using var outputDirectory = new TemporaryDirectory("app-package-");
        var output = outputDirectory.Path;
        var built = await RunPackageScriptAsync(output, SampleBotId, SampleDomain);
        Assert.True(built.ExitCode == 0, built.ToString());
        var extracted = Path.Combine(output, "extracted");
        await ZipFile.ExtractToDirectoryAsync(Path.Combine(output, "appPackage.zip"), extracted);

        var result = await ExternalTool.RunAsync(
            "node", [Path.Combine(tools, "validate-manifest.mjs"), Path.Combine(extracted, "manifest.json")], RepositoryPaths.Root);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task Package_script_gives_the_same_bytes_for_the_same_inputs()
    {
        using var firstDirectory = new TemporaryDirectory("app-package-");
        var first = firstDirectory.Path;
        using var secondDirectory = new TemporaryDirectory("app-package-");
        var second = secondDirectory.Path;

        Assert.Equal(0, (await RunPackageScriptAsync(first, SampleBotId, SampleDomain)).ExitCode);
        Assert.Equal(0, (await RunPackageScriptAsync(second, SampleBotId, SampleDomain)).ExitCode);

        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(first, "appPackage.zip")), await File.ReadAllBytesAsync(Path.Combine(second, "appPackage.zip")));
    }

    [Theory]
    [InlineData("not-a-guid", SampleDomain)]
    [InlineData(SampleBotId, "https://app.example.org/api/messages")]
    public async Task Package_script_refuses_a_bot_id_or_domain_it_cannot_put_in_the_manifest(string botId, string domain)
    {
        using var outputDirectory = new TemporaryDirectory("app-package-");
        var output = outputDirectory.Path;

        var result = await RunPackageScriptAsync(output, botId, domain);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.False(File.Exists(Path.Combine(output, "appPackage.zip")));
    }

    private static Task<ToolResult> RunPackageScriptAsync(string outputDirectory, string botId, string domain) =>
        ExternalTool.RunAsync(
            "bash",
            [Path.Combine(ManifestDirectory, "build-package.sh"), botId, domain],
            RepositoryPaths.Root,
            new Dictionary<string, string> { ["PACKAGE_OUTPUT_DIR"] = outputDirectory });

    private static async Task<byte[]> ReadEntryAsync(ZipArchive zip, string name)
    {
        using var buffer = new MemoryStream();
        await using (var entry = zip.GetEntry(name)!.Open())
        {
            await entry.CopyToAsync(buffer);
        }

        return buffer.ToArray();
    }

    private static JsonElement ReadManifest()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(ManifestDirectory, "manifest.json")));
        return document.RootElement.Clone();
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();
}
