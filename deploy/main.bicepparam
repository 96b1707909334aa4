// Example parameters for deploy/main.bicep. Copy to main.local.bicepparam (ignored by git), fill in your tenant's
// ids, and pass that file to `az deployment group create` (deploy/README.md step 4).
using 'main.bicep'

param namePrefix = 'cadoxton-bot'

// The bot's Entra app registration: deploy/scripts/create-app-registration.sh prints its client id.
param botAppId = '00000000-0000-0000-0000-000000000000'
// FederatedManagedIdentity (no secret anywhere) or KeyVaultCertificate (deploy/README.md step 7).
param botCredentialType = 'FederatedManagedIdentity'

param botSku = 'S1'
param appServiceSkuName = 'P0v3'
param instanceCount = 1

// IT staff group that administers PostgreSQL (Entra group object id and display name).
param postgresAdminGroupObjectId = '00000000-0000-0000-0000-000000000000'
param postgresAdminGroupName = 'Cadoxton IT admins'

// Entra object ids (Entra admin centre > Users > the person > Object ID, or
// `az ad user show --id head@cadoxton.example --query id --output tsv`).
param headTeacherIds = [
  '00000000-0000-0000-0000-000000000001'
]
// Routing order: a concern goes to the first handler who is not its subject.
param concernHandlers = [
  { aadObjectId: '00000000-0000-0000-0000-000000000001', role: 'Head teacher' }
  { aadObjectId: '00000000-0000-0000-0000-000000000002', role: 'Deputy head and designated safeguarding lead' }
  { aadObjectId: '00000000-0000-0000-0000-000000000003', role: 'Chair of governors' }
]

// Filled in after the Teams package is uploaded (deploy/README.md step 10), then deploy again.
param teamsAppCatalogId = ''

// Your own Entra object id (`az ad signed-in-user show --query id --output tsv`): you are given the Key Vault Secrets
// Officer role on the vault so that you can store the bot's two encryption keys there (deploy/README.md step 6).
param keyVaultOperatorObjectId = ''

// The concerns encryption key in use (Key Vault secret concerns-encryption-key-<id>) and the ones it replaced, kept
// to read older concerns. Change only to rotate the key (deploy/README.md, "Rotating the concerns key").
param concernsEncryptionKeyId = 'k1'
param concernsPreviousEncryptionKeyIds = []
