using System.Text.Json;
using System.Text.RegularExpressions;

namespace CadoxtonPolicyBot.Tests.Ship;

public sealed partial class BicepTests
{
    private const string TenantId = "11111111-1111-4111-8111-111111111111";
    private const string SubscriptionId = "22222222-2222-4222-8222-222222222222";

    private static readonly string DeployDirectory = RepositoryPaths.Combine("deploy");

    [Fact]
    public async Task Main_template_builds_without_errors_or_warnings()
    {
        using var output = new TemporaryDirectory("bicep-build-");

        var result = await BicepCli.RunAsync(DeployDirectory, "build", "main.bicep", "--outdir", output.Path);

        Assert.True(BicepCli.Problems(result).Count == 0, result.ToString());
        Assert.True(File.Exists(Path.Combine(output.Path, "main.json")));
    }

    [Fact]
    public async Task Main_template_and_modules_lint_clean()
    {
        var result = await BicepCli.RunAsync(DeployDirectory, "lint", "main.bicep");

        Assert.True(BicepCli.Problems(result).Count == 0, result.ToString());
    }

    [Fact]
    public async Task Example_parameters_file_builds_against_the_template()
    {
        using var output = new TemporaryDirectory("bicep-params-");

        var result = await BicepCli.RunAsync(
            DeployDirectory, "build-params", "main.bicepparam", "--outfile", Path.Combine(output.Path, "main.parameters.json"));

        Assert.True(BicepCli.Problems(result).Count == 0, result.ToString());
    }

    [Fact]
    public async Task A_warning_fails_the_check_even_though_bicep_exits_with_zero()
    {
        using var copy = CopyOfDeployDirectory();
        var module = Path.Combine(copy.Path, "modules", "bot.bicep");
        var text = await File.ReadAllTextAsync(module);
        await File.WriteAllTextAsync(module, text.Replace("    isStreamingSupported: false", "    isStreamingSupported: false\n    notAProperty: true", StringComparison.Ordinal));

        var result = await BicepCli.RunAsync(copy.Path, "build", "main.bicep", "--stdout");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(BicepCli.Problems(result), line => line.Contains("BCP037", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bot_registration_is_single_tenant_with_the_teams_channel()
    {
        var resources = await PredictedResourcesAsync();

        var bot = resources.Single(r => Type(r) == "Microsoft.BotService/botServices");
        Assert.Equal("SingleTenant", bot.GetProperty("properties").GetProperty("msaAppType").GetString());
        Assert.Equal(TenantId, bot.GetProperty("properties").GetProperty("msaAppTenantId").GetString());
        var teams = resources.Single(r => Type(r) == "Microsoft.BotService/botServices/channels");
        Assert.Equal("MsTeamsChannel", teams.GetProperty("properties").GetProperty("channelName").GetString());
        Assert.True(teams.GetProperty("properties").GetProperty("properties").GetProperty("isEnabled").GetBoolean());
    }

    [Fact]
    public async Task The_bots_tenant_can_differ_from_the_subscriptions_while_everything_else_stays_in_the_subscriptions_tenant()
    {
        const string HwbTenant = "33333333-3333-4333-8333-333333333333";
        var resources = await PredictedResourcesAsync(parameters => parameters
            .Replace("param botTenantId = ''", $"param botTenantId = '{HwbTenant}'", StringComparison.Ordinal)
            .Replace("param botCredentialType = 'FederatedManagedIdentity'", "param botCredentialType = 'KeyVaultCertificate'", StringComparison.Ordinal));

        // The Bot Service and the bot's own sign-in use the app registration's tenant...
        Assert.Equal(HwbTenant, resources.Single(r => Type(r) == "Microsoft.BotService/botServices").GetProperty("properties").GetProperty("msaAppTenantId").GetString());
        Assert.Equal(HwbTenant, AppSettings(resources.Single(r => Type(r) == "Microsoft.Web/sites"))["MicrosoftAppTenantId"]);
        // ...while the managed identity's world (PostgreSQL's Entra sign-in and administrators, Key Vault) stays in the
        // subscription's tenant, where the identity lives.
        var server = resources.Single(r => Type(r) == "Microsoft.DBforPostgreSQL/flexibleServers");
        Assert.Equal(TenantId, server.GetProperty("properties").GetProperty("authConfig").GetProperty("tenantId").GetString());
        Assert.Equal(TenantId, resources.Single(r => Type(r) == "Microsoft.DBforPostgreSQL/flexibleServers/administrators").GetProperty("properties").GetProperty("tenantId").GetString());
        Assert.Equal(TenantId, resources.Single(r => Type(r) == "Microsoft.KeyVault/vaults").GetProperty("properties").GetProperty("tenantId").GetString());
    }

    [Fact]
    public async Task By_default_the_bot_signs_in_to_the_subscriptions_own_tenant()
    {
        var resources = await PredictedResourcesAsync();

        Assert.Equal(TenantId, AppSettings(resources.Single(r => Type(r) == "Microsoft.Web/sites"))["MicrosoftAppTenantId"]);
    }

    [Fact]
    public async Task A_restored_server_named_in_the_parameters_becomes_the_bots_database_server()
    {
        var resources = await PredictedResourcesAsync(parameters => parameters.Replace(
            "param postgresServerName = ''", "param postgresServerName = 'psql-cadoxton-bot-restored'", StringComparison.Ordinal));

        var server = resources.Single(r => Type(r) == "Microsoft.DBforPostgreSQL/flexibleServers");
        Assert.Equal("psql-cadoxton-bot-restored", server.GetProperty("name").GetString());
        // The restored server gets the delete lock, the administrators and the Azure-services firewall rule again (a
        // point-in-time restore copies no firewall rules), and the bot's connection string points at it.
        Assert.Single(resources, r => Type(r) == "Microsoft.Authorization/locks" && r.GetProperty("id").GetString()!.StartsWith(server.GetProperty("id").GetString() + "/", StringComparison.Ordinal));
        Assert.Single(resources, r => Type(r) == "Microsoft.DBforPostgreSQL/flexibleServers/firewallRules");
        Assert.Contains("psql-cadoxton-bot-restored", AppSettings(resources.Single(r => Type(r) == "Microsoft.Web/sites"))["ConnectionStrings__Bot"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Web_app_runs_as_the_managed_identity_with_https_and_a_health_check()
    {
        var site = (await PredictedResourcesAsync()).Single(r => Type(r) == "Microsoft.Web/sites");

        Assert.Equal("UserAssigned", site.GetProperty("identity").GetProperty("type").GetString());
        Assert.True(site.GetProperty("properties").GetProperty("httpsOnly").GetBoolean());
        var siteConfig = site.GetProperty("properties").GetProperty("siteConfig");
        Assert.Equal("/healthz", siteConfig.GetProperty("healthCheckPath").GetString());
        Assert.Equal("DOTNETCORE|10.0", siteConfig.GetProperty("linuxFxVersion").GetString());
        Assert.Equal("Disabled", siteConfig.GetProperty("ftpsState").GetString());
    }

    [Fact]
    public async Task No_secret_is_deployed_anywhere()
    {
        var site = (await PredictedResourcesAsync()).Single(r => Type(r) == "Microsoft.Web/sites");
        var settings = AppSettings(site);

        Assert.DoesNotContain("MicrosoftAppPassword", settings.Keys);
        // The default credential is the managed identity's federated token: the same identity the Azure SDK signs in as.
        Assert.Equal(settings["AZURE_CLIENT_ID"], settings["BotCredentials__FederatedIdentityClientId"]);
        Assert.DoesNotContain(settings.Keys, name => name.StartsWith("BotCredentials__Certificate", StringComparison.Ordinal));
        Assert.DoesNotContain("Password", settings["ConnectionStrings__Bot"], StringComparison.OrdinalIgnoreCase);
        Assert.Equal("true", settings["Persistence__UseManagedIdentityToken"]);
        using var compiled = JsonDocument.Parse((await BicepCli.RunAsync(DeployDirectory, "build", "main.bicep", "--stdout")).Output);
        Assert.All(
            compiled.RootElement.GetProperty("parameters").EnumerateObject(),
            p => Assert.NotEqual("securestring", p.Value.GetProperty("type").GetString(), StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Both_encryption_keys_are_key_vault_references_resolved_by_the_managed_identity()
    {
        var resources = await PredictedResourcesAsync();
        var site = resources.Single(r => Type(r) == "Microsoft.Web/sites");
        var settings = AppSettings(site);
        var vaultId = Id(resources, "Microsoft.KeyVault/vaults");
        var identityId = Id(resources, "Microsoft.ManagedIdentity/userAssignedIdentities");

        // Each value is a reference to a secret of the deployment's own vault, never the key itself.
        Assert.Equal((vaultId, "data-protection-key-encryption-key"), KeyVaultReference(settings["DataProtection__KeyEncryptionKey"]));
        Assert.Equal((vaultId, "concerns-encryption-key-k1"), KeyVaultReference(settings["Concerns__EncryptionKey"]));
        Assert.Equal("k1", settings["Concerns__EncryptionKeyId"]);
        Assert.DoesNotContain(settings.Keys, name => name.StartsWith("Concerns__PreviousEncryptionKeys__", StringComparison.Ordinal));
        // The deployment only points at the secrets: it creates none, so no key passes through it.
        Assert.DoesNotContain(resources, r => Type(r) == "Microsoft.KeyVault/vaults/secrets");
        // App Service resolves the references as the user-assigned identity, which may read the vault's secrets.
        Assert.Equal(identityId, site.GetProperty("properties").GetProperty("keyVaultReferenceIdentity").GetString());
        var secretsUser = RoleAssignmentsOn(resources, vaultId).Single(a => RoleDefinition(a) == KeyVaultSecretsUserRoleId);
        Assert.Contains($"reference('{identityId}'", secretsUser.GetProperty("principalId").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(RoleAssignmentsOn(resources, vaultId), a => RoleDefinition(a) == KeyVaultSecretsOfficerRoleId);
    }

    [Fact]
    public async Task Rotating_the_concerns_key_keeps_the_old_key_readable_under_its_id()
    {
        var resources = await PredictedResourcesAsync(parameters => parameters
            .Replace("param concernsEncryptionKeyId = 'k1'", "param concernsEncryptionKeyId = 'k2'", StringComparison.Ordinal)
            .Replace("param concernsPreviousEncryptionKeyIds = []", "param concernsPreviousEncryptionKeyIds = ['k1']", StringComparison.Ordinal));
        var settings = AppSettings(resources.Single(r => Type(r) == "Microsoft.Web/sites"));
        var vaultId = Id(resources, "Microsoft.KeyVault/vaults");

        Assert.Equal("k2", settings["Concerns__EncryptionKeyId"]);
        Assert.Equal((vaultId, "concerns-encryption-key-k2"), KeyVaultReference(settings["Concerns__EncryptionKey"]));
        Assert.Equal((vaultId, "concerns-encryption-key-k1"), KeyVaultReference(settings["Concerns__PreviousEncryptionKeys__k1"]));
        Assert.Equal((vaultId, "data-protection-key-encryption-key"), KeyVaultReference(settings["DataProtection__KeyEncryptionKey"]));
    }

    [Fact]
    public async Task Nobody_holds_a_role_on_the_vault_but_the_bots_identity()
    {
        var resources = await PredictedResourcesAsync();

        var onVault = RoleAssignmentsOn(resources, Id(resources, "Microsoft.KeyVault/vaults")).ToList();

        Assert.Equal([KeyVaultSecretsUserRoleId], onVault.Select(RoleDefinition));
        Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", onVault[0].GetProperty("principalId").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Microsoft.DBforPostgreSQL/flexibleServers")]
    [InlineData("Microsoft.KeyVault/vaults")]
    public async Task The_database_server_and_the_vault_are_locked_against_deletion(string type)
    {
        var resources = await PredictedResourcesAsync();

        var target = Id(resources, type);
        var locks = resources.Where(r => Type(r) == "Microsoft.Authorization/locks"
            && r.GetProperty("id").GetString()!.StartsWith(target + "/providers/Microsoft.Authorization/locks/", StringComparison.Ordinal)).ToList();

        Assert.Equal("CanNotDelete", Assert.Single(locks).GetProperty("properties").GetProperty("level").GetString());
    }

    [Fact]
    public async Task Postgres_keeps_35_days_of_geo_redundant_backups_and_grows_its_storage()
    {
        var properties = (await PredictedResourcesAsync()).Single(r => Type(r) == "Microsoft.DBforPostgreSQL/flexibleServers").GetProperty("properties");

        Assert.Equal("Enabled", properties.GetProperty("backup").GetProperty("geoRedundantBackup").GetString());
        Assert.Equal(35, properties.GetProperty("backup").GetProperty("backupRetentionDays").GetInt32());
        Assert.Equal("Enabled", properties.GetProperty("storage").GetProperty("autoGrow").GetString());
        Assert.Equal(32, properties.GetProperty("storage").GetProperty("storageSizeGB").GetInt32());
    }

    [Fact]
    public async Task A_redeploy_keeps_the_storage_the_server_has_grown_to()
    {
        // deploy/scripts/deploy.sh reads the server's size and hands it over as POSTGRES_STORAGE_SIZE_GB.
        var resources = await PredictedResourcesAsync(parameters => parameters.Replace(
            "int(readEnvironmentVariable('POSTGRES_STORAGE_SIZE_GB', '32'))", "int(readEnvironmentVariable('POSTGRES_STORAGE_SIZE_GB', '128'))", StringComparison.Ordinal));

        var storage = resources.Single(r => Type(r) == "Microsoft.DBforPostgreSQL/flexibleServers").GetProperty("properties").GetProperty("storage");
        Assert.Equal(128, storage.GetProperty("storageSizeGB").GetInt32());
    }

    [Theory]
    [InlineData("global")]
    [InlineData("westeurope")]
    public async Task The_bot_registrations_location_is_a_parameter_for_data_residency(string location)
    {
        var resources = await PredictedResourcesAsync(parameters => parameters.Replace(
            "param botLocation = 'global'", $"param botLocation = '{location}' // chosen", StringComparison.Ordinal));

        Assert.Equal(location, resources.Single(r => Type(r) == "Microsoft.BotService/botServices").GetProperty("location").GetString());
        Assert.Equal(location, resources.Single(r => Type(r) == "Microsoft.BotService/botServices/channels").GetProperty("location").GetString());
    }

    [Fact]
    public async Task The_privacy_notice_names_the_backup_and_log_retention_the_deployment_applies()
    {
        var resources = await PredictedResourcesAsync();
        var backupDays = resources.Single(r => Type(r) == "Microsoft.DBforPostgreSQL/flexibleServers")
            .GetProperty("properties").GetProperty("backup").GetProperty("backupRetentionDays").GetInt32();
        var logDays = resources.Single(r => Type(r) == "Microsoft.OperationalInsights/workspaces")
            .GetProperty("properties").GetProperty("retentionInDays").GetInt32();
        var appInsightsDays = resources.Single(r => Type(r) == "Microsoft.Insights/components")
            .GetProperty("properties").GetProperty("RetentionInDays").GetInt32();

        var notice = CadoxtonPolicyBot.Hosting.InformationPages.Privacy(6);

        Assert.Equal(logDays, appInsightsDays);
        Assert.Contains($"{backupDays} days", notice, StringComparison.Ordinal);
        Assert.Contains($"{logDays} days", notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_key_store_script_creates_every_secret_the_deployment_refers_to()
    {
        var settings = AppSettings((await PredictedResourcesAsync()).Single(r => Type(r) == "Microsoft.Web/sites"));
        var script = await File.ReadAllTextAsync(RepositoryPaths.Combine("deploy", "scripts", "store-encryption-keys.sh"));

        var referenced = settings.Values.Where(v => v.Contains("@Microsoft.KeyVault(", StringComparison.Ordinal))
            .Select(v => KeyVaultReference(v).Secret).Order(StringComparer.Ordinal).ToList();
        // The script's default key id is k1, the deployment's too.
        var created = SecretCreatedByScript().Match(script).Groups["names"].Value
            .Replace("\"concerns-encryption-key-$key_id\"", "concerns-encryption-key-k1", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["concerns-encryption-key-k1", "data-protection-key-encryption-key"], referenced);
        Assert.Equal(referenced, created);
        Assert.Contains("key_id=\"${positional[3]:-k1}\"", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_several_instances_each_gets_its_share_of_the_tenant_rate()
    {
        var single = AppSettings((await PredictedResourcesAsync()).Single(r => Type(r) == "Microsoft.Web/sites"));
        var two = AppSettings((await PredictedResourcesAsync(parameters => parameters.Replace(
            "param instanceCount = 1", "param instanceCount = 2", StringComparison.Ordinal))).Single(r => Type(r) == "Microsoft.Web/sites"));

        Assert.DoesNotContain("Acknowledgements__TenantRequestsPerSecond", single.Keys);
        Assert.Equal("15", two["Acknowledgements__TenantRequestsPerSecond"]);
    }

    [Fact]
    public async Task Certificate_credential_imports_the_key_vault_certificate_and_points_the_bot_at_its_linux_file()
    {
        var resources = await PredictedResourcesAsync(parameters => parameters.Replace(
            "param botCredentialType = 'FederatedManagedIdentity'", "param botCredentialType = 'KeyVaultCertificate'", StringComparison.Ordinal));

        var certificate = resources.Single(r => Type(r) == "Microsoft.Web/certificates").GetProperty("properties");
        Assert.EndsWith("/providers/Microsoft.KeyVault/vaults/" + Name(resources, "Microsoft.KeyVault/vaults"), certificate.GetProperty("keyVaultId").GetString(), StringComparison.Ordinal);
        Assert.Equal("bot-app-registration", certificate.GetProperty("keyVaultSecretName").GetString());
        Assert.EndsWith("/providers/Microsoft.Web/serverfarms/" + Name(resources, "Microsoft.Web/serverfarms"), certificate.GetProperty("serverFarmId").GetString(), StringComparison.Ordinal);
        var settings = AppSettings(resources.Single(r => Type(r) == "Microsoft.Web/sites"));
        // App Service on Linux writes loaded certificates to /var/ssl/private/<thumbprint>.p12; it has no certificate store.
        Assert.Contains(".thumbprint", settings["WEBSITE_LOAD_CERTIFICATES"], StringComparison.Ordinal);
        Assert.StartsWith("[format('/var/ssl/private/{0}.p12'", settings["BotCredentials__CertificatePath"], StringComparison.Ordinal);
        Assert.DoesNotContain("BotCredentials__FederatedIdentityClientId", settings.Keys);
        Assert.DoesNotContain("BotCredentials__CertificateThumbprint", settings.Keys);
    }

    [Fact]
    public async Task Roles_are_written_as_the_indexed_lists_the_bot_binds()
    {
        var settings = AppSettings((await PredictedResourcesAsync()).Single(r => Type(r) == "Microsoft.Web/sites"));

        Assert.Equal("00000000-0000-0000-0000-000000000001", settings["Roles__HeadTeacherIds__0"]);
        Assert.Equal(
            [
                ("00000000-0000-0000-0000-000000000001", "Head teacher"),
                ("00000000-0000-0000-0000-000000000002", "Deputy head and designated safeguarding lead"),
                ("00000000-0000-0000-0000-000000000003", "Chair of governors"),
            ],
            Enumerable.Range(0, 3).Select(i => (settings[$"Roles__ConcernHandlers__{i}__AadObjectId"], settings[$"Roles__ConcernHandlers__{i}__Role"])));
        Assert.DoesNotContain("Roles__ConcernHandlers__3__AadObjectId", settings.Keys);
    }

    [Fact]
    public async Task Postgres_accepts_entra_tokens_only()
    {
        var server = (await PredictedResourcesAsync()).Single(r => Type(r) == "Microsoft.DBforPostgreSQL/flexibleServers");

        var authConfig = server.GetProperty("properties").GetProperty("authConfig");
        Assert.Equal("Enabled", authConfig.GetProperty("activeDirectoryAuth").GetString());
        Assert.Equal("Disabled", authConfig.GetProperty("passwordAuth").GetString());
        Assert.False(server.GetProperty("properties").TryGetProperty("administratorLoginPassword", out _));
    }

    [Fact]
    public async Task Deployment_includes_key_vault_identity_and_monitoring()
    {
        var types = (await PredictedResourcesAsync()).Select(Type).ToHashSet();

        Assert.Superset(
            new HashSet<string?>
            {
                "Microsoft.ManagedIdentity/userAssignedIdentities",
                "Microsoft.KeyVault/vaults",
                "Microsoft.OperationalInsights/workspaces",
                "Microsoft.Insights/components",
                "Microsoft.Web/serverfarms",
            },
            types);
    }

    [Fact]
    public async Task Every_app_setting_the_deployment_writes_exists_in_appsettings_sample()
    {
        var site = (await PredictedResourcesAsync()).Single(r => Type(r) == "Microsoft.Web/sites");
        var sample = AppSettingsSample.Load();

        var missing = AppSettings(site).Keys
            .Where(name => !AppSettingsSample.IsReadByAppServiceItself(name))
            .Select(AppSettingsSample.FromEnvironmentName)
            .Where(path => !sample.Contains(path))
            .ToList();

        Assert.True(missing.Count == 0, $"Not in appsettings.sample.json: {string.Join(", ", missing)}");
    }

    private static async Task<List<JsonElement>> PredictedResourcesAsync(Func<string, string>? editParameters = null)
    {
        // `bicep snapshot` expands the template with the example parameters, offline, into the resources ARM would
        // deploy, so the tests read what would really be deployed rather than the template text.
        using var copy = CopyOfDeployDirectory();
        if (editParameters is not null)
        {
            var parametersFile = Path.Combine(copy.Path, "main.bicepparam");
            var original = await File.ReadAllTextAsync(parametersFile);
            var edited = editParameters(original);
            Assert.NotEqual(original, edited);
            await File.WriteAllTextAsync(parametersFile, edited);
        }

        var result = await BicepCli.RunAsync(
            copy.Path, "snapshot", "main.bicepparam", "--mode", "overwrite", "--tenant-id", TenantId,
            "--subscription-id", SubscriptionId, "--resource-group", "rg-cadoxton-bot", "--location", "uksouth");
        Assert.True(BicepCli.Problems(result).Count == 0, result.ToString());
        using var snapshot = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(copy.Path, "main.snapshot.json")));
        return snapshot.RootElement.GetProperty("predictedResources").EnumerateArray().Select(r => r.Clone()).ToList();
    }

    private static TemporaryDirectory CopyOfDeployDirectory()
    {
        var copy = new TemporaryDirectory("deploy-");
        foreach (var file in Directory.EnumerateFiles(DeployDirectory, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(DeployDirectory, file);
            if (relative.StartsWith("out", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(copy.Path, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }

    private const string KeyVaultSecretsUserRoleId = "4633458b-17de-408a-b874-0445c86b69e6";
    private const string KeyVaultSecretsOfficerRoleId = "b86a8fe4-44ce-4948-aee5-eccb2c155cd7";

    private static string Id(List<JsonElement> resources, string type) =>
        resources.Single(r => Type(r) == type).GetProperty("id").GetString()!;

    private static IEnumerable<JsonElement> RoleAssignmentsOn(List<JsonElement> resources, string scopeId) =>
        resources.Where(r => Type(r) == "Microsoft.Authorization/roleAssignments"
                && r.GetProperty("id").GetString()!.StartsWith(scopeId + "/providers/Microsoft.Authorization/roleAssignments/", StringComparison.Ordinal))
            .Select(r => r.GetProperty("properties"));

    private static string RoleDefinition(JsonElement assignment) =>
        assignment.GetProperty("roleDefinitionId").GetString()!.Split('/')[^1];

    /// <summary>
    /// The vault (resource id) and secret an app setting refers to. The snapshot leaves the vault's URI as the ARM
    /// expression that reads it at deployment time; the reference must name no secret version, so that a new version
    /// is picked up.
    /// </summary>
    private static (string Vault, string Secret) KeyVaultReference(string value)
    {
        var match = KeyVaultReferenceExpression().Match(value);
        Assert.True(match.Success, $"Not a Key Vault reference to a secret's latest version: {value}");
        return (match.Groups["vault"].Value, match.Groups["secret"].Value);
    }

    [GeneratedRegex(@"^\[format\('@Microsoft\.KeyVault\(SecretUri=\{0\}secrets/\{1\}\)', reference\('(?<vault>[^']+)', '[^']+'\)\.vaultUri, '(?<secret>[A-Za-z0-9-]+)'\)\]$")]
    private static partial Regex KeyVaultReferenceExpression();

    [GeneratedRegex(@"for secret in (?<names>[^;]+); do")]
    private static partial Regex SecretCreatedByScript();

    private static string? Type(JsonElement resource) => resource.GetProperty("type").GetString();

    private static string Name(List<JsonElement> resources, string type) =>
        resources.Single(r => Type(r) == type).GetProperty("name").GetString()!;

    private static Dictionary<string, string> AppSettings(JsonElement site) =>
        site.GetProperty("properties").GetProperty("siteConfig").GetProperty("appSettings").EnumerateArray()
            .ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("value").GetString() ?? string.Empty);
}
