using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CadoxtonPolicyBot.Tests.Ship;

/// <summary>
/// Every shell script the runbook runs, run for real: under shellcheck, and against a stub az (StubAz) that records
/// each call and answers with canned JSON, twice where a contractor might run it twice. The Azure side is only
/// shape-tested here; deploy/README.md cites the Microsoft page each call follows.
/// </summary>
public sealed partial class ScriptTests
{
    private const string BotId = "3f2a9c4e-5b7d-4e1f-8a2b-6c9d0e1f2a3b";
    private const string GraphAppId = "00000003-0000-0000-c000-000000000000";
    private const string TenantId = "11111111-1111-4111-8111-111111111111";
    private const string PrincipalId = "44444444-4444-4444-8444-444444444444";
    private const string ClientId = "55555555-5555-4555-8555-555555555555";
    private const string ResourceGroupId = "/subscriptions/22222222-2222-4222-8222-222222222222/resourceGroups/rg-cadoxton-bot";

    private const string OtherTenantId = "77777777-7777-4777-8777-777777777777";
    private const string Thumbprint = "A1B2C3D4E5F60718293A4B5C6D7E8F9012345678";

    // The scripts look each permission's id up by name in Graph's service principal, so these ids only need to be distinct.
    private static readonly Dictionary<string, string> GraphRoleIds = new(StringComparer.Ordinal)
    {
        ["TeamsAppInstallation.ReadWriteSelfForUser.All"] = "74ef0291-ca83-4d02-8c7e-d2391e6a444f",
        ["GroupMember.ReadBasic.All"] = "c0a1b2c3-0000-4000-8000-00000000b45c",
        ["User.Read.All"] = "df021288-bdef-4463-88db-98f22de89214",
    };

    // What an older registration requested instead of GroupMember.ReadBasic.All.
    private const string OldGroupMemberReadAllId = "98830695-27a2-44f7-8c18-0c3ebc9698f6";

    public static TheoryData<string> Scripts()
    {
        var data = new TheoryData<string>();
        foreach (var script in Directory.EnumerateFiles(RepositoryPaths.Combine("deploy"), "*.sh", SearchOption.AllDirectories)
                     .Concat(Directory.EnumerateFiles(RepositoryPaths.Combine("manifest"), "*.sh"))
                     .Append(RepositoryPaths.Combine("test.sh"))
                     .Select(p => Path.GetRelativePath(RepositoryPaths.Root, p).Replace('\\', '/'))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(script);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Every_script_passes_shellcheck(string script)
    {
        var result = await ExternalTool.RunAsync("shellcheck", ["--severity=style", "--external-sources", script], RepositoryPaths.Root);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task Preflight_registers_a_missing_provider_checks_region_and_quota_and_a_second_run_changes_nothing()
    {
        using var az = PreflightStub(providerState: "NotRegistered", coresUsed: 2);

        var first = await az.RunAsync("deploy/scripts/preflight.sh", ["uksouth"]);
        var registered = az.CallsOf("provider register");
        az.Reset();
        PreflightRules(az, providerState: "Registered", coresUsed: 3);
        var second = await az.RunAsync("deploy/scripts/preflight.sh", ["uksouth"]);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(9, registered.Count);
        Assert.All(registered, c => Assert.Contains("--wait", c.Args));
        Assert.Contains("ok: App Service P0V3 (Linux) is offered in uksouth", first.Output, StringComparison.Ordinal);
        Assert.Contains("ok: PostgreSQL quota standardBSFamily in uksouth: 0 of 10 vCores used, 1 needed", first.Output, StringComparison.Ordinal);
        Assert.Contains("ok: App Service on Linux offers .NET 10 (DOTNETCORE|10.0)", first.Output, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(9, az.CallsOf("provider register").Count);
        var quota = az.CallsOf("rest")[^1].Option("--url");
        Assert.Equal("https://management.azure.com/subscriptions/22222222-2222-4222-8222-222222222222/providers/Microsoft.DBforPostgreSQL/locations/uksouth/resourceType/flexibleServers/usages?api-version=2023-06-01-preview", quota);
    }

    [Fact]
    public async Task Preflight_checks_that_app_service_offers_dotnet_10_on_linux()
    {
        using var az = new StubAz();
        az.On("webapp list-runtimes", stdout: """[{"runtime": "DOTNETCORE:9.0"}, {"runtime": "NODE:22-lts"}]""", with: ["--os", "linux"]);
        PreflightRules(az, providerState: "Registered", coresUsed: 0);

        var result = await az.RunAsync("deploy/scripts/preflight.sh", ["uksouth"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("PROBLEM: App Service on Linux does not list .NET 10 (DOTNETCORE|10.0)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preflight_says_who_must_register_a_provider_it_may_not_register_and_checks_the_rest()
    {
        using var az = new StubAz();
        az.On("provider register", exitCode: 1, stderr: "(AuthorizationFailed) The client does not have authorization to perform action 'Microsoft.BotService/register/action'", with: ["Microsoft.BotService"]);
        PreflightRules(az, providerState: "NotRegistered", coresUsed: 0);

        var result = await az.RunAsync("deploy/scripts/preflight.sh", ["uksouth"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("PROBLEM: resource provider Microsoft.BotService is not registered and you may not register it: ask an Owner or Contributor of the whole subscription", result.Output, StringComparison.Ordinal);
        Assert.Contains("ok: resource provider Microsoft.Web is registered", result.Output, StringComparison.Ordinal);
        Assert.Contains("ok: PostgreSQL flexible server Standard_B1ms is offered in uksouth", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 check(s) failed.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preflight_fails_when_the_region_has_no_postgres_vcores_left()
    {
        using var az = PreflightStub(providerState: "Registered", coresUsed: 10);

        var result = await az.RunAsync("deploy/scripts/preflight.sh", ["uksouth"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("PROBLEM: PostgreSQL quota cores in uksouth: 10 of 10 vCores used, 1 needed", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task App_registration_is_created_once_and_found_again_on_a_second_run()
    {
        using var az = new StubAz();
        AppRegistrationRules(az, existing: "");
        az.On("ad app create", stdout: BotId + "\n", with: ["--sign-in-audience", "AzureADMyOrg"])
            .On("ad sp show", exitCode: 3, with: ["--id", BotId], stderr: "Resource does not exist")
            .On("ad sp create", with: ["--id", BotId]);

        var first = await az.RunAsync("deploy/scripts/create-app-registration.sh", ["Cadoxton social media policy bot"]);
        az.Reset();
        AppRegistrationRules(az, existing: BotId + "\n");
        az.On("ad sp show", with: ["--id", BotId, "--output", "none"]);
        var second = await az.RunAsync("deploy/scripts/create-app-registration.sh", ["Cadoxton social media policy bot"]);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(BotId, LastLine(first.StandardOutput));
        Assert.Equal(BotId, LastLine(second.StandardOutput));
        Assert.Single(az.CallsOf("ad app create"));
        Assert.Single(az.CallsOf("ad sp create"));
        Assert.All(az.CallsOf("ad app list"), c => Assert.Equal("displayName eq 'Cadoxton social media policy bot'", c.Option("--filter")));
        // The identifier URI is api://<client id>, an allowed form; never the api://botid- one.
        var uris = az.CallsOf("ad app update").Where(c => c.Args.Contains("--identifier-uris")).Select(c => c.Option("--identifier-uris")).ToList();
        Assert.Equal([$"api://{BotId}", $"api://{BotId}"], uris);
        // Both runs write exactly the three Graph application permissions.
        var manifests = az.CallsOf("ad app update").Where(c => c.Args.Contains("--required-resource-accesses")).Select(c => c.Files.Values.Single()).ToList();
        Assert.Equal(2, manifests.Count);
        Assert.All(manifests, m => Assert.Equal(GraphRoleIds.Values.Order(StringComparer.Ordinal), RequestedRoles(m).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task App_registration_refuses_to_choose_between_two_with_the_same_name()
    {
        using var az = new StubAz();
        AppRegistrationRules(az, existing: BotId + "\n" + "99999999-9999-4999-8999-999999999999\n");

        var result = await az.RunAsync("deploy/scripts/create-app-registration.sh", []);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("There are 2 app registrations named 'Cadoxton social media policy bot'", result.Output, StringComparison.Ordinal);
        Assert.Empty(az.CallsOf("ad app create"));
        Assert.Empty(az.CallsOf("ad app update"));
    }

    [Fact]
    public async Task Admin_consent_grants_each_missing_permission_once_and_prints_permission_names()
    {
        using var az = new StubAz();
        var roles = string.Join('\n', GraphRoleIds.Values) + "\n";
        AdminConsentRules(az, requested: roles);
        az.On("rest", stdout: "", with: ["get"], times: 1)
            .On("rest", stdout: roles, with: ["get"])
            .On("rest", with: ["post"]);

        var first = await az.RunAsync("deploy/scripts/grant-admin-consent.sh", [BotId]);
        var grantsAfterFirst = az.CallsOf("rest").Count(c => c.Option("--method") == "post");
        var second = await az.RunAsync("deploy/scripts/grant-admin-consent.sh", [BotId]);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(3, grantsAfterFirst);
        Assert.Equal(3, az.CallsOf("rest").Count(c => c.Option("--method") == "post"));
        var post = az.CallsOf("rest").First(c => c.Option("--method") == "post");
        Assert.Equal("https://graph.microsoft.com/v1.0/servicePrincipals/graph-sp-object-id/appRoleAssignedTo", post.Option("--url"));
        using (var body = JsonDocument.Parse(post.Option("--body")!))
        {
            Assert.Equal("bot-sp-object-id", body.RootElement.GetProperty("principalId").GetString());
            Assert.Equal("graph-sp-object-id", body.RootElement.GetProperty("resourceId").GetString());
        }

        foreach (var name in GraphRoleIds.Keys)
        {
            Assert.Contains($"granted: {name}", first.Output, StringComparison.Ordinal);
            Assert.Contains($"already granted: {name}", second.Output, StringComparison.Ordinal);
            Assert.Contains($"  {name}", second.Output, StringComparison.Ordinal);
        }

        Assert.DoesNotMatch(GuidPattern(), first.Output + second.Output);
    }

    [Theory]
    [InlineData("")]
    [InlineData(OldGroupMemberReadAllId)]
    public async Task Admin_consent_refuses_a_registration_that_does_not_request_exactly_the_bots_permissions(string requested)
    {
        // A registration made by hand requests nothing; an older one requested GroupMember.Read.All.
        using var az = new StubAz();
        AdminConsentRules(az, requested: requested == "" ? "" : $"{GraphRoleIds["TeamsAppInstallation.ReadWriteSelfForUser.All"]}\n{requested}\n{GraphRoleIds["User.Read.All"]}\n");
        az.On("rest", with: ["get"]).On("rest", with: ["post"]);

        var result = await az.RunAsync("deploy/scripts/grant-admin-consent.sh", [BotId]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("but the bot needs exactly: TeamsAppInstallation.ReadWriteSelfForUser.All GroupMember.ReadBasic.All User.Read.All.", result.Output, StringComparison.Ordinal);
        Assert.Contains("Nothing was granted. Run deploy/scripts/create-app-registration.sh", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(az.CallsOf("rest"), c => c.Option("--method") == "post");
    }

    [Fact]
    public async Task Federated_credential_is_created_then_kept_then_corrected_for_a_new_identity()
    {
        using var az = new StubAz();
        az.On("account show", stdout: TenantId + "\n")
            .On("ad app federated-credential list", stdout: "", times: 1)
            .On("ad app federated-credential list", stdout: $"https://login.microsoftonline.com/{TenantId}/v2.0\t{PrincipalId}\n", times: 1)
            .On("ad app federated-credential list", stdout: $"https://login.microsoftonline.com/{TenantId}/v2.0\told-identity\n")
            .On("ad app federated-credential create")
            .On("ad app federated-credential update");

        var created = await az.RunAsync("deploy/scripts/add-federated-credential.sh", [BotId, PrincipalId]);
        var kept = await az.RunAsync("deploy/scripts/add-federated-credential.sh", [BotId, PrincipalId]);
        var corrected = await az.RunAsync("deploy/scripts/add-federated-credential.sh", [BotId, PrincipalId]);

        Assert.All([created, kept, corrected], r => Assert.True(r.ExitCode == 0, r.ToString()));
        Assert.Single(az.CallsOf("ad app federated-credential create"));
        Assert.Single(az.CallsOf("ad app federated-credential update"));
        Assert.Contains("already trusts", kept.Output, StringComparison.Ordinal);
        using var parameters = JsonDocument.Parse(az.CallsOf("ad app federated-credential create")[0].Option("--parameters")!);
        Assert.Equal(PrincipalId, parameters.RootElement.GetProperty("subject").GetString());
        Assert.Equal($"https://login.microsoftonline.com/{TenantId}/v2.0", parameters.RootElement.GetProperty("issuer").GetString());
        Assert.Equal("api://AzureADTokenExchange", parameters.RootElement.GetProperty("audiences")[0].GetString());
    }

    [Fact]
    public async Task Credential_smoke_test_passes_when_every_link_holds_and_reads_only()
    {
        using var az = new StubAz();
        CredentialCheckRules(az, federatedSubject: PrincipalId);

        var first = await az.RunAsync("deploy/scripts/check-bot-credential.sh", ["rg-cadoxton-bot", BotId]);
        var second = await az.RunAsync("deploy/scripts/check-bot-credential.sh", ["rg-cadoxton-bot", BotId]);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(10, Regex.Count(first.Output, "^ok: ", RegexOptions.Multiline));
        Assert.Contains("ok: the federated credential trusts the bot's managed identity", first.Output, StringComparison.Ordinal);
        Assert.Contains("ok: admin consent covers exactly the bot's Microsoft Graph permissions", first.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(az.Calls, c => c.Args.Any(a => a is "create" or "update" or "delete" or "set") || c.Option("--method") is "post" or "put" or "patch");
    }

    [Fact]
    public async Task Credential_smoke_test_names_the_broken_link()
    {
        using var az = new StubAz();
        CredentialCheckRules(az, federatedSubject: "some-other-identity");

        var result = await az.RunAsync("deploy/scripts/check-bot-credential.sh", ["rg-cadoxton-bot", BotId]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("PROBLEM: the federated credential trusts the bot's managed identity", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 link(s) broken", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Credential_smoke_test_reports_missing_or_extra_graph_permissions_by_name()
    {
        using var az = new StubAz();
        az.On("rest", stdout: $"{GraphRoleIds["TeamsAppInstallation.ReadWriteSelfForUser.All"]}\n{OldGroupMemberReadAllId}\n{GraphRoleIds["User.Read.All"]}\n", with: ["get"]);
        CredentialCheckRules(az, federatedSubject: PrincipalId);

        var result = await az.RunAsync("deploy/scripts/check-bot-credential.sh", ["rg-cadoxton-bot", BotId]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(
            "PROBLEM: admin consent covers exactly the bot's Microsoft Graph permissions: expected 'GroupMember.ReadBasic.All TeamsAppInstallation.ReadWriteSelfForUser.All User.Read.All', found 'GroupMember.Read.All TeamsAppInstallation.ReadWriteSelfForUser.All User.Read.All'",
            result.Output,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Credential_smoke_test_checks_the_certificate_instead_when_the_deployment_uses_one()
    {
        using var az = new StubAz();
        CredentialCheckRules(az, federatedSubject: PrincipalId, credentialType: "KeyVaultCertificate");

        var first = await az.RunAsync("deploy/scripts/check-bot-credential.sh", ["rg-cadoxton-bot", BotId]);
        var second = await az.RunAsync("deploy/scripts/check-bot-credential.sh", ["rg-cadoxton-bot", BotId]);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("ok: App Service loads the bot's certificate", first.Output, StringComparison.Ordinal);
        Assert.Contains("ok: the web app reads the certificate from its Linux file", first.Output, StringComparison.Ordinal);
        Assert.Contains("ok: the app registration accepts the bot's certificate", first.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("federated", first.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(az.CallsOf("ad app federated-credential list"));
    }

    [Fact]
    public async Task Across_tenants_the_smoke_test_checks_the_azure_side_and_lists_what_the_bots_tenant_must_confirm()
    {
        using var az = new StubAz();
        CredentialCheckRules(az, federatedSubject: PrincipalId, credentialType: "KeyVaultCertificate", botTenant: OtherTenantId);

        var result = await az.RunAsync("deploy/scripts/check-bot-credential.sh", ["rg-cadoxton-bot", BotId]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("ok: the Azure Bot is this single-tenant registration", result.Output, StringComparison.Ordinal);
        Assert.Contains($"ok: the web app signs in to the registration's tenant", result.Output, StringComparison.Ordinal);
        Assert.Contains($"not checked here (you are signed in to {TenantId}, the app registration is in {OtherTenantId})", result.Output, StringComparison.Ordinal);
        Assert.Contains(Thumbprint, result.Output, StringComparison.Ordinal);
        Assert.Empty(az.CallsOf("ad app show"));
        Assert.Empty(az.CallsOf("rest"));
    }

    [Fact]
    public async Task A_federated_credential_across_tenants_is_reported_as_impossible()
    {
        using var az = new StubAz();
        CredentialCheckRules(az, federatedSubject: PrincipalId, botTenant: OtherTenantId);

        var result = await az.RunAsync("deploy/scripts/check-bot-credential.sh", ["rg-cadoxton-bot", BotId]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("PROBLEM: the managed identity and the app registration are in the same tenant (a federated credential needs it)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_are_created_only_when_missing_escrowed_each_run_and_the_temporary_role_is_always_removed()
    {
        using var az = new StubAz();
        using var escrow = new TemporaryDirectory("escrow-");
        KeyStoreRules(az, existingSecrets: "");

        var first = await az.RunAsync("deploy/scripts/store-encryption-keys.sh", ["rg-cadoxton-bot", "kv-cadoxton-abc", escrow.Path], QuickVault);
        var setAfterFirst = az.CallsOf("keyvault secret set").Select(c => c.Option("--name")).ToList();
        az.Reset();
        KeyStoreRules(az, existingSecrets: "data-protection-key-encryption-key\nconcerns-encryption-key-k1\n");
        var second = await az.RunAsync("deploy/scripts/store-encryption-keys.sh", ["rg-cadoxton-bot", "kv-cadoxton-abc", escrow.Path], QuickVault);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(["data-protection-key-encryption-key", "concerns-encryption-key-k1"], setAfterFirst);
        Assert.Equal(2, az.CallsOf("keyvault secret set").Count);
        Assert.Contains("kept: concerns-encryption-key-k1 already exists (never overwritten)", second.Output, StringComparison.Ordinal);
        // Each key's value is 32 random bytes in base64, handed over in a file only its owner could read (never on a
        // command line), deleted once set, and never shown.
        Assert.All(az.CallsOf("keyvault secret set"), c =>
        {
            Assert.Null(c.Option("--value"));
            var file = c.Option("--file")!;
            Assert.Equal(32, Convert.FromBase64String(c.Files[file]).Length);
            Assert.False(File.Exists(file), $"{file} was left behind");
            Assert.Equal("none", c.Option("--output"));
        });
        var firstKey = az.CallsOf("keyvault secret set")[0];
        Assert.DoesNotContain(firstKey.Files[firstKey.Option("--file")!], first.Output, StringComparison.Ordinal);
        Assert.Equal(4, az.CallsOf("keyvault secret backup").Count);
        Assert.Equal(
            ["concerns-encryption-key-k1.keyvault-backup", "data-protection-key-encryption-key.keyvault-backup"],
            Directory.GetFiles(escrow.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        // The role is given on the resource group (the vault's delete lock would block removing one on the vault) and taken away.
        Assert.All(az.CallsOf("role assignment create"), c => Assert.Equal(ResourceGroupId, c.Option("--scope")));
        Assert.All(az.CallsOf("role assignment create"), c => Assert.Equal("Key Vault Secrets Officer", c.Option("--role")));
        Assert.Equal(2, az.CallsOf("role assignment delete").Count);
        Assert.All(az.CallsOf("role assignment delete"), c => Assert.Equal("temporary-assignment", c.Option("--ids")));
    }

    [Fact]
    public async Task A_vault_role_the_user_already_held_is_left_as_it_was()
    {
        using var az = new StubAz();
        using var escrow = new TemporaryDirectory("escrow-");
        az.On("role assignment list", stdout: "an-assignment-made-before\n");
        KeyStoreRules(az, existingSecrets: "data-protection-key-encryption-key\nconcerns-encryption-key-k1\n");

        var first = await az.RunAsync("deploy/scripts/store-encryption-keys.sh", ["rg-cadoxton-bot", "kv-cadoxton-abc", escrow.Path], QuickVault);
        var second = await az.RunAsync("deploy/scripts/store-encryption-keys.sh", ["rg-cadoxton-bot", "kv-cadoxton-abc", escrow.Path], QuickVault);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("You already hold the Key Vault Secrets Officer role on rg-cadoxton-bot; it is left as it was", first.Output, StringComparison.Ordinal);
        Assert.Empty(az.CallsOf("role assignment create"));
        Assert.Empty(az.CallsOf("role assignment delete"));
        Assert.Equal(4, az.CallsOf("keyvault secret backup").Count);
    }

    [Fact]
    public async Task A_deleted_key_is_never_replaced_by_a_new_one_the_user_is_told_to_recover_it()
    {
        using var az = new StubAz();
        using var escrow = new TemporaryDirectory("escrow-");
        az.On("keyvault secret set", exitCode: 1, with: ["--name", "data-protection-key-encryption-key"],
            stderr: "(Conflict) Secret data-protection-key-encryption-key is currently in a deleted but recoverable state, and its name cannot be reused; in this state, the secret can only be recovered or purged.\nCode: Conflict\nInner error: {\"code\": \"ObjectIsDeletedButRecoverable\"}");
        KeyStoreRules(az, existingSecrets: "");

        var result = await az.RunAsync("deploy/scripts/store-encryption-keys.sh", ["rg-cadoxton-bot", "kv-cadoxton-abc", escrow.Path], QuickVault);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("The secret data-protection-key-encryption-key was deleted and Key Vault still keeps it. Do not make a new key", result.Output, StringComparison.Ordinal);
        Assert.Contains("az keyvault secret recover --vault-name kv-cadoxton-abc --name data-protection-key-encryption-key", result.Output, StringComparison.Ordinal);
        Assert.Single(az.CallsOf("keyvault secret set"));
        Assert.Empty(az.CallsOf("keyvault secret backup"));
        Assert.Single(az.CallsOf("role assignment delete"));
    }

    [Fact]
    public async Task The_plaintext_key_sheet_holds_every_key_is_readable_by_its_owner_only_and_keeps_the_keys_off_the_screen()
    {
        using var az = new StubAz();
        using var escrow = new TemporaryDirectory("escrow-");
        using var sheetFolder = new TemporaryDirectory("sheet-");
        var sheet = Path.Combine(sheetFolder.Path, "cadoxton-bot-keys.txt");
        var dataProtectionKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var concernsKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        az.On("keyvault secret show", stdout: dataProtectionKey + "\n", with: ["--name", "data-protection-key-encryption-key", "value"])
            .On("keyvault secret show", stdout: "https://kv-cadoxton-abc.vault.azure.net/secrets/data-protection-key-encryption-key/v1\n", with: ["--name", "data-protection-key-encryption-key", "id"])
            .On("keyvault secret show", stdout: concernsKey + "\n", with: ["--name", "concerns-encryption-key-k1", "value"])
            .On("keyvault secret show", stdout: "https://kv-cadoxton-abc.vault.azure.net/secrets/concerns-encryption-key-k1/v7\n", with: ["--name", "concerns-encryption-key-k1", "id"]);
        KeyStoreRules(az, existingSecrets: "data-protection-key-encryption-key\nconcerns-encryption-key-k1\n");

        var first = await az.RunAsync("deploy/scripts/store-encryption-keys.sh", ["rg-cadoxton-bot", "kv-cadoxton-abc", escrow.Path, "--plaintext-sheet", sheet], QuickVault);
        var second = await az.RunAsync("deploy/scripts/store-encryption-keys.sh", ["rg-cadoxton-bot", "kv-cadoxton-abc", escrow.Path, "k1", "--plaintext-sheet", sheet], QuickVault);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        var text = await File.ReadAllTextAsync(sheet);
        Assert.Contains($"data-protection-key-encryption-key\n  version: https://kv-cadoxton-abc.vault.azure.net/secrets/data-protection-key-encryption-key/v1\n  value:   {dataProtectionKey}\n", text, StringComparison.Ordinal);
        Assert.Contains($"concerns-encryption-key-k1\n  version: https://kv-cadoxton-abc.vault.azure.net/secrets/concerns-encryption-key-k1/v7\n  value:   {concernsKey}\n", text, StringComparison.Ordinal);
        Assert.Contains("dual control of the head teacher and the data protection officer", text, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(sheet));
        }

        Assert.DoesNotContain(dataProtectionKey, first.Output + second.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(concernsKey, first.Output + second.Output, StringComparison.Ordinal);
        Assert.Equal(2, az.CallsOf("role assignment delete").Count);
    }

    [Fact]
    public async Task The_temporary_vault_role_is_removed_even_when_escrow_fails()
    {
        using var az = new StubAz();
        using var escrow = new TemporaryDirectory("escrow-");
        az.On("keyvault secret backup", exitCode: 1, stderr: "Forbidden");
        KeyStoreRules(az, existingSecrets: "data-protection-key-encryption-key\nconcerns-encryption-key-k1\n");

        var result = await az.RunAsync("deploy/scripts/store-encryption-keys.sh", ["rg-cadoxton-bot", "kv-cadoxton-abc", escrow.Path], QuickVault);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Single(az.CallsOf("role assignment delete"));
        Assert.Empty(Directory.GetFiles(escrow.Path, "*.keyvault-backup"));
    }

    [Fact]
    public async Task Key_vault_references_are_refreshed_with_the_documented_call_then_confirmed_resolved()
    {
        using var az = new StubAz();
        ReferenceRules(az, status: "Resolved");

        var first = await az.RunAsync("deploy/scripts/refresh-key-vault-references.sh", ["rg-cadoxton-bot", "app-cadoxton-bot-x"], QuickReferences);
        var second = await az.RunAsync("deploy/scripts/refresh-key-vault-references.sh", ["rg-cadoxton-bot", "app-cadoxton-bot-x"], QuickReferences);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        var rest = az.CallsOf("rest");
        Assert.Equal("post", rest[0].Option("--method"));
        Assert.Equal(
            "https://management.azure.com/subscriptions/s/resourceGroups/rg-cadoxton-bot/providers/Microsoft.Web/sites/app-cadoxton-bot-x/config/configreferences/appsettings/refresh?api-version=2022-03-01",
            rest[0].Option("--url"));
        Assert.Equal("get", rest[1].Option("--method"));
        Assert.Contains("Resolved: Concerns__EncryptionKey", first.Output, StringComparison.Ordinal);
        Assert.Contains("Resolved: DataProtection__KeyEncryptionKey", first.Output, StringComparison.Ordinal);
        Assert.Empty(az.CallsOf("webapp restart"));
    }

    [Fact]
    public async Task An_unresolved_key_vault_reference_fails_the_check()
    {
        using var az = new StubAz();
        ReferenceRules(az, status: "SecretNotFound");

        var result = await az.RunAsync("deploy/scripts/refresh-key-vault-references.sh", ["rg-cadoxton-bot", "app-cadoxton-bot-x"], QuickReferences);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("SecretNotFound: Concerns__EncryptionKey", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_deployment_runs_what_if_first_and_keeps_the_bots_servers_grown_storage()
    {
        using var az = new StubAz();
        var parameters = RepositoryPaths.Combine("deploy", "main.bicepparam");
        // The first run finds no deployment; later runs find the server the deployment made, by name: the restore drill's
        // copy sits in the same resource group with more storage, and must never be the one read.
        az.On("deployment group list", stdout: "", times: 1)
            .On("deployment group list", stdout: "psql-cadoxton-bot-x\n", with: ["[?name=='main'].properties.outputs.POSTGRES_SERVER_NAME.value | [0]"])
            .On("postgres flexible-server list", stdout: "64\n", with: ["[?name=='psql-cadoxton-bot-x'].storage.storageSizeGb | [0]"])
            .On("postgres flexible-server list", stdout: "512\n", with: ["[?name=='psql-restore-drill'].storage.storageSizeGb | [0]"])
            .On("deployment group what-if")
            .On("deployment group create");

        var first = await az.RunAsync("deploy/scripts/deploy.sh", ["rg-cadoxton-bot", parameters, "--yes"], null, "POSTGRES_STORAGE_SIZE_GB");
        var second = await az.RunAsync("deploy/scripts/deploy.sh", ["rg-cadoxton-bot", parameters, "--yes"], null, "POSTGRES_STORAGE_SIZE_GB");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("No PostgreSQL server yet: it is created with 32 GB of storage.", first.Output, StringComparison.Ordinal);
        Assert.Contains("The PostgreSQL server psql-cadoxton-bot-x has 64 GB of storage; the deployment keeps it.", second.Output, StringComparison.Ordinal);
        var deployments = az.Calls.Where(c => c.Args.Take(2).SequenceEqual(["deployment", "group"]) && c.Args[2] is "what-if" or "create").ToList();
        Assert.Equal(["what-if", "create", "what-if", "create"], deployments.Select(c => c.Args[2]));
        Assert.All(deployments, c =>
        {
            Assert.Equal("rg-cadoxton-bot", c.Option("--resource-group"));
            Assert.Equal(RepositoryPaths.Combine("deploy", "main.bicep"), c.Option("--template-file"));
            Assert.Equal(parameters, c.Option("--parameters"));
            Assert.Equal("main", c.Option("--name"));
        });
        Assert.Equal(["32", "32", "64", "64"], deployments.Select(c => c.Environment["POSTGRES_STORAGE_SIZE_GB"]));
        Assert.Single(az.CallsOf("postgres flexible-server list"));
    }

    [Fact]
    public async Task A_restored_server_named_in_the_parameters_file_is_the_one_whose_storage_is_kept()
    {
        using var az = new StubAz();
        using var folder = new TemporaryDirectory("params-");
        var parameters = Path.Combine(folder.Path, "main.local.bicepparam");
        var text = await File.ReadAllTextAsync(RepositoryPaths.Combine("deploy", "main.bicepparam"));
        Assert.Contains("param postgresServerName = ''", text, StringComparison.Ordinal);
        await File.WriteAllTextAsync(parameters, text.Replace("param postgresServerName = ''", "param postgresServerName = 'psql-cadoxton-bot-restored'", StringComparison.Ordinal));
        az.On("postgres flexible-server list", stdout: "128\n", with: ["[?name=='psql-cadoxton-bot-restored'].storage.storageSizeGb | [0]"])
            .On("deployment group what-if")
            .On("deployment group create");

        var first = await az.RunAsync("deploy/scripts/deploy.sh", ["rg-cadoxton-bot", parameters, "--yes"], null, "POSTGRES_STORAGE_SIZE_GB");
        var second = await az.RunAsync("deploy/scripts/deploy.sh", ["rg-cadoxton-bot", parameters, "--yes"], null, "POSTGRES_STORAGE_SIZE_GB");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Empty(az.CallsOf("deployment group list"));
        Assert.All(az.CallsOf("deployment group create"), c => Assert.Equal("128", c.Environment["POSTGRES_STORAGE_SIZE_GB"]));
    }

    [Fact]
    public async Task A_missing_server_that_the_last_deployment_named_is_called_out_before_what_if()
    {
        using var az = new StubAz();
        az.On("deployment group list", stdout: "psql-cadoxton-bot-x\n")
            .On("postgres flexible-server list", stdout: "")
            .On("deployment group what-if");

        var result = await az.RunAsync("deploy/scripts/deploy.sh", ["rg-cadoxton-bot", RepositoryPaths.Combine("deploy", "main.bicepparam")], null, "POSTGRES_STORAGE_SIZE_GB");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("There is no PostgreSQL server named psql-cadoxton-bot-x in rg-cadoxton-bot.", result.Output, StringComparison.Ordinal);
        Assert.Empty(az.CallsOf("deployment group create"));
    }

    [Fact]
    public async Task Without_yes_and_without_an_answer_nothing_is_deployed()
    {
        using var az = new StubAz();
        az.On("deployment group list", stdout: "psql-cadoxton-bot-x\n").On("postgres flexible-server list", stdout: "32\n").On("deployment group what-if").On("deployment group create");

        var result = await az.RunAsync("deploy/scripts/deploy.sh", ["rg-cadoxton-bot", RepositoryPaths.Combine("deploy", "main.bicepparam")]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Single(az.CallsOf("deployment group what-if"));
        Assert.Empty(az.CallsOf("deployment group create"));
    }

    [Fact]
    public async Task Publishing_zips_the_published_bot_and_deploys_it_each_time()
    {
        using var stub = new StubAz("az", "dotnet");
        stub.On("publish", program: "dotnet", writeTo: "--output", fileName: "CadoxtonPolicyBot.dll", fileContent: "the bot")
            .On("webapp deploy", with: ["--type", "zip"]);
        var zip = RepositoryPaths.Combine("deploy", "out", "bot.zip");

        var first = await stub.RunAsync("deploy/publish-app.sh", ["rg-cadoxton-bot", "app-cadoxton-bot-x"]);
        var second = await stub.RunAsync("deploy/publish-app.sh", ["rg-cadoxton-bot", "app-cadoxton-bot-x"]);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(2, stub.CallsOf("webapp deploy").Count);
        Assert.All(stub.CallsOf("webapp deploy"), c => Assert.Equal(zip, c.Option("--src-path")));
        Assert.All(stub.CallsOf("publish", program: "dotnet"), c => Assert.Equal("Release", c.Option("--configuration")));
        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(["CadoxtonPolicyBot.dll"], archive.Entries.Select(e => e.FullName));
    }

    private static readonly Dictionary<string, string> QuickVault = new() { ["VAULT_ROLE_WAIT_SECONDS"] = "0", ["VAULT_ROLE_ATTEMPTS"] = "2" };
    private static readonly Dictionary<string, string> QuickReferences = new() { ["REFERENCE_WAIT_SECONDS"] = "0", ["REFERENCE_ATTEMPTS"] = "2" };

    private static StubAz PreflightStub(string providerState, int coresUsed)
    {
        var az = new StubAz();
        PreflightRules(az, providerState, coresUsed);
        return az;
    }

    private static void PreflightRules(StubAz az, string providerState, int coresUsed) =>
        az.On("provider show", stdout: providerState + "\n")
            .On("provider register")
            .On("appservice list-locations", stdout: "UK South\nUK West\n", with: ["--sku", "P0V3", "--linux-workers-enabled"])
            // Newer Azure CLI versions answer with objects, older ones with strings: the script accepts both.
            .On("webapp list-runtimes", stdout: """[{"runtime": "DOTNETCORE:10.0"}, "DOTNETCORE|9.0"]""", with: ["--os", "linux"])
            .On("postgres flexible-server list-skus", stdout: "Standard_B1ms\nStandard_B2s\n", with: ["--location", "uksouth"])
            .On("account show", stdout: "22222222-2222-4222-8222-222222222222\n")
            .On("rest", stdout: $"cores\t{coresUsed}\t10\nstandardBSFamily\t0\t10\nstandardDSv3Family\t0\t10\n", with: ["get"]);

    private static void AppRegistrationRules(StubAz az, string existing)
    {
        az.On("ad app list", stdout: existing);
        foreach (var (name, id) in GraphRoleIds)
        {
            az.On("ad sp show", stdout: id + "\n", with: ["--id", GraphAppId, $"appRoles[?value=='{name}'].id | [0]"]);
        }

        az.On("ad app update", with: ["--id", BotId]);
    }

    private static void AdminConsentRules(StubAz az, string requested)
    {
        az.On("ad sp show", stdout: "graph-sp-object-id\n", with: ["--id", GraphAppId, "--query", "id"])
            .On("ad sp show", stdout: "bot-sp-object-id\n", with: ["--id", BotId, "--query", "id"])
            .On("ad app show", stdout: requested, with: ["--id", BotId]);
        GraphRoleNameRules(az);
    }

    private static void GraphRoleNameRules(StubAz az)
    {
        foreach (var (name, id) in GraphRoleIds.Append(new("GroupMember.Read.All", OldGroupMemberReadAllId)))
        {
            az.On("ad sp show", stdout: name + "\n", with: ["--id", GraphAppId, $"appRoles[?id=='{id}'].value | [0]"]);
        }
    }

    private static void CredentialCheckRules(StubAz az, string federatedSubject, string credentialType = "FederatedManagedIdentity", string botTenant = TenantId)
    {
        static string Output(string name) => $"properties.outputs.{name}.value";
        az.On("account show", stdout: TenantId + "\n")
            .On("deployment group show", stdout: botTenant + "\n", with: ["--query", Output("BOT_TENANT_ID")])
            .On("deployment group show", stdout: credentialType + "\n", with: ["--query", Output("BOT_CREDENTIAL_TYPE")])
            .On("deployment group show", stdout: PrincipalId + "\n", with: ["--query", Output("IDENTITY_PRINCIPAL_ID")])
            .On("deployment group show", stdout: ClientId + "\n", with: ["--query", Output("IDENTITY_CLIENT_ID")])
            .On("deployment group show", stdout: "app-cadoxton-bot-x\n", with: ["--query", Output("WEB_APP_NAME")])
            .On("deployment group show", stdout: "bot-cadoxton-bot-x\n", with: ["--query", Output("BOT_RESOURCE_NAME")])
            .On("ad app show", stdout: "AzureADMyOrg\n", with: ["--id", BotId, "signInAudience"])
            .On("ad app credential list", stdout: "0011223344556677889900112233445566778899\n" + Thumbprint.ToLowerInvariant() + "\n", with: ["--id", BotId, "--cert"])
            .On("ad sp show", stdout: BotId + "\n", with: ["--id", BotId])
            .On("ad app federated-credential list", stdout: $"https://login.microsoftonline.com/{TenantId}/v2.0\t{federatedSubject}\tapi://AzureADTokenExchange\n")
            .On("rest", stdout: string.Join('\n', GraphRoleIds.Values) + "\n", with: ["get"])
            .On("resource show", stdout: $"{BotId}\nSingleTenant\n{botTenant}\n", with: ["--resource-type", "Microsoft.BotService/botServices", "--name", "bot-cadoxton-bot-x"])
            .On("webapp config appsettings list", stdout: BotId + "\n", with: ["--query", "[?name=='MicrosoftAppId'].value | [0]"])
            .On("webapp config appsettings list", stdout: botTenant + "\n", with: ["--query", "[?name=='MicrosoftAppTenantId'].value | [0]"])
            .On("webapp config appsettings list", stdout: ClientId + "\n", with: ["--query", "[?name=='BotCredentials__FederatedIdentityClientId'].value | [0]"])
            .On("webapp config appsettings list", stdout: Thumbprint + "\n", with: ["--query", "[?name=='WEBSITE_LOAD_CERTIFICATES'].value | [0]"])
            .On("webapp config appsettings list", stdout: $"/var/ssl/private/{Thumbprint}.p12\n", with: ["--query", "[?name=='BotCredentials__CertificatePath'].value | [0]"])
            .On("webapp identity show", stdout: PrincipalId + "\n", with: ["--name", "app-cadoxton-bot-x"]);
        GraphRoleNameRules(az);
    }

    private static void KeyStoreRules(StubAz az, string existingSecrets) =>
        az.On("ad signed-in-user show", stdout: "66666666-6666-4666-8666-666666666666\n")
            .On("group show", stdout: ResourceGroupId + "\n", with: ["--name", "rg-cadoxton-bot"])
            .On("role assignment list", stdout: "")
            .On("role assignment create", stdout: "temporary-assignment\n", with: ["--assignee-object-id", "66666666-6666-4666-8666-666666666666"])
            .On("role assignment delete", with: ["--ids", "temporary-assignment"])
            .On("keyvault secret list", stdout: existingSecrets, with: ["--vault-name", "kv-cadoxton-abc"])
            .On("keyvault secret set", with: ["--vault-name", "kv-cadoxton-abc"])
            .On("keyvault secret backup", writeTo: "--file", fileContent: "an encrypted Key Vault backup blob");

    private static void ReferenceRules(StubAz az, string status) =>
        az.On("webapp show", stdout: "/subscriptions/s/resourceGroups/rg-cadoxton-bot/providers/Microsoft.Web/sites/app-cadoxton-bot-x\n")
            .On("rest", with: ["post"])
            .On("rest", stdout: $"Concerns__EncryptionKey\t{status}\nDataProtection__KeyEncryptionKey\tResolved\n", with: ["get"]);

    private static IEnumerable<string> RequestedRoles(string manifest)
    {
        using var document = JsonDocument.Parse(manifest);
        var graph = document.RootElement.EnumerateArray().Single();
        Assert.Equal(GraphAppId, graph.GetProperty("resourceAppId").GetString());
        return [.. graph.GetProperty("resourceAccess").EnumerateArray().Select(a =>
        {
            Assert.Equal("Role", a.GetProperty("type").GetString());
            return a.GetProperty("id").GetString()!;
        })];
    }

    private static string LastLine(string output) => output.TrimEnd().Split('\n')[^1].Trim();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex GuidPattern();
}
