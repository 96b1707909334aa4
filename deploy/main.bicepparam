// Example parameters for deploy/main.bicep. Copy to main.local.bicepparam (ignored by git), fill in your tenant's
// ids, and pass that file to `az deployment group create` (deploy/README.md step 4).
using 'main.bicep'

param namePrefix = 'cadoxton-bot'

// The bot's Entra app registration: deploy/scripts/create-app-registration.sh prints its client id.
param botAppId = '00000000-0000-0000-0000-000000000000'
// FederatedManagedIdentity (no secret anywhere) or KeyVaultCertificate (deploy/README.md step 7).
param botCredentialType = 'FederatedManagedIdentity'
// The app registration's tenant, only when it is not this subscription's tenant (then botCredentialType must be
// KeyVaultCertificate: deploy/README.md, "A school on Hwb"). Empty: this subscription's tenant.
param botTenantId = ''

// Where Azure AI Bot Service processes the bot's data: 'global' or 'westeurope' (EU data residency). Decide before the
// first deployment and record it in the DPIA (deploy/README.md, "Where the data lives").
param botLocation = 'global'

param botSku = 'S1'
param appServiceSkuName = 'P0v3'
param instanceCount = 1

// Backups also kept in the paired region (UK South pairs with UK West). Azure only lets you choose this when the
// server is first created, so decide now (deploy/README.md, "Nothing lost").
param postgresGeoRedundantBackup = true
// The server's current storage size: deploy/scripts/deploy.sh reads it from the server before every redeploy (storage
// grows by itself and can never shrink). 32 GB for the first deployment.
param postgresStorageSizeGB = int(readEnvironmentVariable('POSTGRES_STORAGE_SIZE_GB', '32'))

// Empty: the server the first deployment creates. Set only to move the bot to a restored server (deploy/README.md,
// "Disaster recovery"); deploy/scripts/deploy.sh reads this line to find the server.
param postgresServerName = ''

// IT staff group that administers PostgreSQL (Entra group object id and display name).
param postgresAdminGroupObjectId = '00000000-0000-0000-0000-000000000000'
param postgresAdminGroupName = 'Cadoxton IT admins'

// Entra object ids (Entra admin centre > Users > the person > Object ID, or
// `az ad user show --id head@cadoxton.example --query id --output tsv`).
param headTeacherIds = [
  '00000000-0000-0000-0000-000000000001'
]
// The Entra group of this school's staff: the bot serves its members only, and will not start without it
// (deploy/README.md, "A school on Hwb").
param staffGroupId = '00000000-0000-0000-0000-000000000010'
// Routing order: a concern goes to the first handler who is not its subject.
param concernHandlers = [
  { aadObjectId: '00000000-0000-0000-0000-000000000001', role: 'Head teacher' }
  { aadObjectId: '00000000-0000-0000-0000-000000000002', role: 'Deputy head and designated safeguarding lead' }
  { aadObjectId: '00000000-0000-0000-0000-000000000003', role: 'Chair of governors' }
]

// Filled in after the Teams package is uploaded (deploy/README.md step 10), then deploy again.
param teamsAppCatalogId = ''

// The concerns encryption key in use (Key Vault secret concerns-encryption-key-<id>) and the ones it replaced, kept
// to read older concerns. Change only to rotate the key (deploy/README.md, "Rotating the concerns key").
param concernsEncryptionKeyId = 'k1'
param concernsPreviousEncryptionKeyIds = []
