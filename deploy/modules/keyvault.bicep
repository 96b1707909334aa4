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

param tags object

// Built-in role ids (the same in every tenant).
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

// No person holds a role on the vault: deploy/scripts/store-encryption-keys.sh gives whoever runs it Key Vault
// Secrets Officer on the resource group for the minutes it needs and removes it again (the break-glass procedure in
// deploy/README.md does the same), so the privacy notice's "IT administrators cannot read concern details" holds.
// Deleting the vault would make every concern unreadable, so it is locked against deletion; soft delete and purge
// protection cover its secrets. (The temporary role is given on the resource group, not the vault, because the lock
// would stop it being removed from the vault: locks pass to resources under the locked one.)
resource deleteLock 'Microsoft.Authorization/locks@2020-05-01' = {
  name: 'do-not-delete-the-bots-keys'
  scope: vault
  properties: {
    level: 'CanNotDelete'
    notes: 'Holds the keys without which every concern is unreadable. See deploy/README.md, "Nothing lost".'
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
