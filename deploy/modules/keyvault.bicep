// Key Vault for the bot's key material: the data-protection key that wraps ASP.NET Core's key ring, and (when the
// bot authenticates with a certificate rather than a federated credential) that certificate. Access is Azure RBAC
// only; the bot's managed identity gets exactly the data-plane roles it uses.

@description('Azure region for the vault.')
param location string

@description('Globally unique vault name, 3-24 characters.')
@minLength(3)
@maxLength(24)
param name string

@description('Name of the bot\'s user-assigned managed identity, in this resource group.')
param botIdentityName string

@description('Log Analytics workspace that receives the vault\'s audit logs.')
param workspaceId string

param tags object

// Built-in role ids (the same in every tenant).
var keyVaultCryptoUserRoleId = '12338af0-0e69-4776-bea7-57ae8d297424'
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource botIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: botIdentityName
}

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // Purge protection keeps a deleted data-protection key recoverable: without it, every encrypted concern is lost.
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

// Wraps the data-protection key ring, which in turn encrypts concern content and evidence at rest.
resource dataProtectionKey 'Microsoft.KeyVault/vaults/keys@2025-05-01' = {
  parent: vault
  name: 'data-protection'
  properties: {
    kty: 'RSA'
    keySize: 3072
    keyOps: [
      'wrapKey'
      'unwrapKey'
    ]
  }
}

// wrap/unwrap with the data-protection key.
resource cryptoUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, botIdentity.id, keyVaultCryptoUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultCryptoUserRoleId)
    principalId: botIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// Read the bot's certificate with its private key (Key Vault serves it through the secrets endpoint) and any
// Key Vault references in app settings.
resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, botIdentity.id, keyVaultSecretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: botIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

#disable-next-line use-recent-api-versions
resource audit 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'audit-to-log-analytics'
  scope: vault
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        categoryGroup: 'audit'
        enabled: true
      }
    ]
  }
}

output vaultUri string = vault.properties.vaultUri
output dataProtectionKeyUri string = dataProtectionKey.properties.keyUri
output vaultId string = vault.id
output vaultName string = vault.name
