// Production deployment of CadoxtonPolicyBot into one resource group:
//   user-assigned managed identity (the bot's only credential-bearing identity)
//   Log Analytics + Application Insights, Key Vault (the bot's two encryption keys as secrets, which the person
//   deploying stores there: deploy/README.md step 6; optional bot certificate),
//   PostgreSQL flexible server (Entra auth only, geo-redundant backup), Linux App Service running the bot,
//   CanNotDelete locks on the server and the vault (deleting either would take every record or every key with it),
//   Azure Bot (SingleTenant, the bot's Entra app registration) with the Teams channel.
// deploy/README.md walks through it; the app settings here are the ones listed at the top of that guide.
targetScope = 'resourceGroup'

@description('One concern handler: who (Entra object id) and the role other handlers and the audit trail see.')
type concernHandler = {
  @description('Entra object id of the person (Entra admin centre > Users > the person > Object ID).')
  @minLength(36)
  @maxLength(36)
  aadObjectId: string

  @description('The role shown to other handlers and in the audit trail, e.g. "Chair of governors".')
  @minLength(1)
  role: string
}

@description('Azure region for everything except the bot registration.')
param location string = resourceGroup().location

@description('Where Azure AI Bot Service keeps and processes the bot registration\'s data: global (any region), or westeurope for data residency in the EU (https://learn.microsoft.com/azure/bot-service/bot-builder-concept-regionalization). Recorded in the DPIA (deploy/README.md, "Where the data lives"). A resource\'s location is fixed when it is created.')
@allowed([
  'global'
  'westeurope'
])
param botLocation string = 'global'

@description('Short prefix for resource names (lower case letters, digits and hyphens).')
@minLength(3)
@maxLength(20)
param namePrefix string = 'cadoxton-bot'

@description('Client id of the bot\'s Entra app registration (deploy/scripts/create-app-registration.sh prints it).')
@minLength(36)
@maxLength(36)
param botAppId string

@description('Entra tenant of the bot\'s app registration (the tenant whose Teams users the bot serves). Empty: the tenant of this subscription. Set it only when the subscription is in another tenant than the school\'s Microsoft 365 (Hwb, for example): then botCredentialType must be KeyVaultCertificate, because a managed identity can only be a federated credential of an app registration in its own tenant (deploy/README.md, "A school on Hwb").')
@maxLength(36)
param botTenantId string = ''

@description('How the bot proves its app registration\'s identity: a federated credential of the managed identity (no secret at all; needs the app registration in this subscription\'s tenant), or a certificate kept in Key Vault.')
@allowed([
  'FederatedManagedIdentity'
  'KeyVaultCertificate'
])
param botCredentialType string = 'FederatedManagedIdentity'

@description('Name of the Key Vault certificate the bot authenticates with, when botCredentialType is KeyVaultCertificate. It must exist in the vault before that deployment (deploy/README.md step 7).')
param botCertificateName string = 'bot-app-registration'

@description('Azure Bot SKU: F0 (free, Teams is a standard channel) or S1 (with SLA).')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'S1'

@description('App Service plan SKU.')
param appServiceSkuName string = 'P0v3'

@description('Number of bot instances.')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('Container image to run (registry/name:tag, pulled as the managed identity). Empty: run code published with deploy/publish-app.sh.')
param containerImage string = ''

@description('Object id of the Entra group that administers PostgreSQL (IT staff).')
param postgresAdminGroupObjectId string

@description('Display name of that Entra group.')
param postgresAdminGroupName string

@description('Name of the PostgreSQL server the bot uses. Empty: psql-<namePrefix>-<unique suffix>, created by the first deployment. Set it only to move the bot to a server restored from backup (deploy/README.md, "Disaster recovery").')
@maxLength(63)
param postgresServerName string = ''

@description('PostgreSQL compute size.')
param postgresSkuName string = 'Standard_B1ms'

@description('Keep PostgreSQL backups in the paired region as well (UK South pairs with UK West), so the server can be restored there if its region is lost. Azure lets you choose this only when the server is created (https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-backup-restore).')
param postgresGeoRedundantBackup bool = true

@description('PostgreSQL storage in GB. Storage grows by itself (autoGrow) and can never shrink, so a redeploy must pass the server\'s current size: deploy/scripts/deploy.sh reads it from the server and sets POSTGRES_STORAGE_SIZE_GB, which main.bicepparam reads.')
@minValue(32)
param postgresStorageSizeGB int = 32

@description('PostgreSQL compute tier.')
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresSkuTier string = 'Burstable'

@description('Entra object ids of the head teacher(s): they run acknowledgement rounds and receive questions staff choose to pass on.')
@minLength(1)
param headTeacherIds string[]

@description('Concern handlers in routing order (head teacher, deputy / designated safeguarding lead, chair of governors). A handler who is the subject of a concern is skipped for it, so a concern about the head teacher reaches the next one.')
@minLength(1)
param concernHandlers concernHandler[]

@description('Object id of the Entra group of this school\'s staff (Roles:StaffGroupId): the bot serves its members only. Required: the bot refuses to start without it (deploy/README.md, "A school on Hwb").')
@minLength(36)
@maxLength(36)
param staffGroupId string

@description('Teams app catalog id of the uploaded app (deploy/README.md step 10); empty until the package is uploaded.')
param teamsAppCatalogId string = ''

@description('Id of the current Concerns encryption key (letters and digits only: it is part of a secret name and of an app setting name): its value is the Key Vault secret concerns-encryption-key-<id>. Change it only to rotate the key (deploy/README.md, "Rotating the concerns key").')
@minLength(1)
@maxLength(32)
param concernsEncryptionKeyId string = 'k1'

@description('Ids of earlier Concerns encryption keys, each kept in Key Vault as concerns-encryption-key-<id>: the bot reads older concerns with them and never writes with them.')
param concernsPreviousEncryptionKeyIds string[] = []

@description('Days to keep logs in Log Analytics and Application Insights.')
param logRetentionInDays int = 90

param tags object = {
  application: 'CadoxtonPolicyBot'
}

@description('An App Service Key Vault reference to the latest version of a secret (no version in the URI, so a new version is picked up).')
func keyVaultReference(vaultUri string, secretName string) string =>
  '@Microsoft.KeyVault(SecretUri=${vaultUri}secrets/${secretName})'

var suffix = uniqueString(resourceGroup().id)
// The app registration's tenant: the Bot Service and the bot's own token requests use it. Everything else (the managed
// identity, Key Vault, PostgreSQL's Entra sign-in and its administrators group) stays in this subscription's tenant.
var botTenant = empty(botTenantId) ? tenant().tenantId : botTenantId
var webAppName = 'app-${namePrefix}-${suffix}'
var databaseName = 'policybot'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: 'id-${namePrefix}'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    namePrefix: namePrefix
    retentionInDays: logRetentionInDays
    tags: tags
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    location: location
    name: 'kv-${take(namePrefix, 8)}-${take(suffix, 10)}'
    botIdentityName: identity.name
    workspaceId: monitoring.outputs.workspaceId
    tags: tags
  }
}

module postgres 'modules/postgres.bicep' = {
  name: 'postgres'
  params: {
    location: location
    name: empty(postgresServerName) ? 'psql-${namePrefix}-${suffix}' : postgresServerName
    databaseName: databaseName
    administratorGroupObjectId: postgresAdminGroupObjectId
    administratorGroupName: postgresAdminGroupName
    skuName: postgresSkuName
    skuTier: postgresSkuTier
    geoRedundantBackup: postgresGeoRedundantBackup
    storageSizeGB: postgresStorageSizeGB
    workspaceId: monitoring.outputs.workspaceId
    tags: tags
  }
}

module plan 'modules/plan.bicep' = {
  name: 'plan'
  params: {
    location: location
    namePrefix: namePrefix
    skuName: appServiceSkuName
    instanceCount: instanceCount
    tags: tags
  }
}

var useCertificate = botCredentialType == 'KeyVaultCertificate'

module botCertificate 'modules/botcertificate.bicep' = if (useCertificate) {
  name: 'botcertificate'
  params: {
    location: location
    name: '${webAppName}-${botCertificateName}'
    keyVaultId: keyVault.outputs.vaultId
    keyVaultCertificateName: botCertificateName
    serverFarmId: plan.outputs.id
    tags: tags
  }
}

// Lists become indexed keys (Roles__HeadTeacherIds__0, ...), which is how .NET configuration binds them.
var headTeacherSettings = [for (id, i) in headTeacherIds: { name: 'Roles__HeadTeacherIds__${i}', value: id }]
var concernHandlerSettings = flatten(map(range(0, length(concernHandlers)), i => [
  { name: 'Roles__ConcernHandlers__${i}__AadObjectId', value: concernHandlers[i].aadObjectId }
  { name: 'Roles__ConcernHandlers__${i}__Role', value: concernHandlers[i].role }
]))

// Exactly one bot credential. Federated: the managed identity's token (audience api://AzureADTokenExchange) is the
// client assertion for the app registration (deploy/scripts/add-federated-credential.sh makes the registration
// trust it). Certificate: App Service on Linux puts a certificate named in WEBSITE_LOAD_CERTIFICATES in
// /var/ssl/private/<thumbprint>.p12 (no password) and not in a certificate store, so the bot is given the file.
var certificateThumbprint = botCertificate.?outputs.thumbprint ?? ''
var credentialSettings = useCertificate
  ? [
      { name: 'WEBSITE_LOAD_CERTIFICATES', value: certificateThumbprint }
      { name: 'BotCredentials__CertificatePath', value: '/var/ssl/private/${certificateThumbprint}.p12' }
    ]
  : [
      { name: 'BotCredentials__FederatedIdentityClientId', value: identity.properties.clientId }
    ]

// The two encryption keys are Key Vault secrets that the person deploying creates (deploy/README.md step 6), so no
// key passes through a parameter or output. App Service resolves each reference as the user-assigned identity
// (keyVaultReferenceIdentity, which has Key Vault Secrets User on the vault). The URIs name no version, so the app
// reads a secret's latest version. Reading the vault's outputs also makes the web app wait for the vault module,
// the identity's role assignment included.
var dataProtectionKeySecretName = 'data-protection-key-encryption-key'
var concernsKeySecretPrefix = 'concerns-encryption-key-'
var previousConcernsKeySettings = map(concernsPreviousEncryptionKeyIds, id => {
  name: 'Concerns__PreviousEncryptionKeys__${id}'
  value: keyVaultReference(keyVault.outputs.vaultUri, '${concernsKeySecretPrefix}${id}')
})

// Teams allows an app 30 requests per second per tenant (appsettings.sample.json, Acknowledgements). Every instance
// sends acknowledgement cards with its own rate limiter, so with several instances each gets its share (rounded down).
var teamsTenantRequestsPerSecond = 30
var staffSettings = [{ name: 'Roles__StaffGroupId', value: staffGroupId }]

var acknowledgementSettings = instanceCount > 1
  ? [{ name: 'Acknowledgements__TenantRequestsPerSecond', value: string(teamsTenantRequestsPerSecond / instanceCount) }]
  : []

var appSettings = concat(
  [
    { name: 'MicrosoftAppType', value: 'SingleTenant' }
    { name: 'MicrosoftAppId', value: botAppId }
    { name: 'MicrosoftAppTenantId', value: botTenant }
    // Azure SDK sign-in (PostgreSQL tokens) as the user-assigned identity.
    { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
    { name: 'Persistence__Provider', value: 'Postgres' }
    { name: 'Persistence__UseManagedIdentityToken', value: 'true' }
    {
      // No password: the bot presents an Entra access token for its managed identity, whose PostgreSQL role has
      // the identity's name (deploy/scripts/grant-database-access.sh creates it).
      name: 'ConnectionStrings__Bot'
      value: 'Host=${postgres.outputs.fullyQualifiedDomainName};Database=${databaseName};Username=${identity.name};Ssl Mode=Require'
    }
    { name: 'DataProtection__KeyEncryptionKey', value: keyVaultReference(keyVault.outputs.vaultUri, dataProtectionKeySecretName) }
    { name: 'Concerns__EncryptionKey', value: keyVaultReference(keyVault.outputs.vaultUri, '${concernsKeySecretPrefix}${concernsEncryptionKeyId}') }
    { name: 'Concerns__EncryptionKeyId', value: concernsEncryptionKeyId }
    { name: 'Graph__TeamsAppCatalogId', value: teamsAppCatalogId }
    { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: monitoring.outputs.appInsightsConnectionString }
  ],
  // A container listens on 8080 (the .NET images' default); App Service needs to be told.
  empty(containerImage) ? [] : [{ name: 'WEBSITES_PORT', value: '8080' }],
  credentialSettings,
  previousConcernsKeySettings,
  acknowledgementSettings,
  staffSettings,
  headTeacherSettings,
  concernHandlerSettings
)

module webApp 'modules/webapp.bicep' = {
  name: 'webapp'
  params: {
    location: location
    webAppName: webAppName
    planId: plan.outputs.id
    identityId: identity.id
    identityClientId: identity.properties.clientId
    containerImage: containerImage
    appSettings: appSettings
    workspaceId: monitoring.outputs.workspaceId
    tags: tags
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: 'bot-${namePrefix}-${suffix}'
    location: botLocation
    displayName: 'Cadoxton social media policy'
    botAppId: botAppId
    tenantId: botTenant
    endpointHost: webApp.outputs.defaultHostName
    sku: botSku
    tags: tags
  }
}

output BOT_ID string = botAppId
output BOT_DOMAIN string = webApp.outputs.defaultHostName
output WEB_APP_NAME string = webApp.outputs.name
output BOT_RESOURCE_NAME string = bot.outputs.name
output BOT_LOCATION string = botLocation
output BOT_TENANT_ID string = botTenant
output BOT_CREDENTIAL_TYPE string = botCredentialType
output KEY_VAULT_URI string = keyVault.outputs.vaultUri
output KEY_VAULT_NAME string = keyVault.outputs.vaultName
output IDENTITY_NAME string = identity.name
output IDENTITY_CLIENT_ID string = identity.properties.clientId
output IDENTITY_PRINCIPAL_ID string = identity.properties.principalId
output POSTGRES_HOST string = postgres.outputs.fullyQualifiedDomainName
output POSTGRES_SERVER_NAME string = postgres.outputs.serverName
output POSTGRES_DATABASE string = postgres.outputs.databaseName
