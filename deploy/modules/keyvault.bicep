// Key Vault for the bot's key material: the two encryption keys (DataProtection:KeyEncryptionKey and
// Concerns:EncryptionKey), stored as secrets by the person deploying (deploy/README.md step 6) so that no key ever
// passes through a deployment parameter or output, and (when the bot authenticates with a certificate rather than a
// federated credential) that certificate. Access is Azure RBAC only; the bot's managed identity may only read secrets.

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

@description('Object id of the person (or group) who stores the bot\'s keys in the vault; given Key Vault Secrets Officer on it. Empty: assign that role yourself.')
param keyVaultOperatorObjectId string

param tags object

// Built-in role ids (the same in every tenant).
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'
var keyVaultSecretsOfficerRoleId = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

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
    // Soft delete and purge protection keep a deleted encryption key recoverable for 90 days: without the key, every
    // encrypted concern and passed-on question is unreadable.
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

// The web app resolves its Key Vault references (the two encryption keys) as this identity
// (keyVaultReferenceIdentity), and reads the bot's certificate with its private key, which Key Vault serves through
// the secrets endpoint.
resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, botIdentity.id, keyVaultSecretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: botIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// Lets the person deploying create the encryption key secrets (and later add keys when rotating).
resource vaultOperator 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(keyVaultOperatorObjectId)) {
  name: guid(vault.id, keyVaultOperatorObjectId, keyVaultSecretsOfficerRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsOfficerRoleId)
    principalId: keyVaultOperatorObjectId
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
output vaultId string = vault.id
output vaultName string = vault.name
