// Example parameters for deploy/main.bicep. Copy to main.local.bicepparam (ignored by git), fill in your tenant's
// ids, and pass that file to `az deployment group create` (deploy/README.md step 4).
using 'main.bicep'

param namePrefix = 'cadoxton-bot'

// The bot's Entra app registration: deploy/scripts/create-app-registration.sh prints its client id.
param botAppId = '00000000-0000-0000-0000-000000000000'
param botCredentialType = 'FederatedManagedIdentity'

param botSku = 'S1'
param appServiceSkuName = 'P0v3'
param instanceCount = 1

// IT staff group that administers PostgreSQL (Entra group object id and display name).
param postgresAdminGroupObjectId = '00000000-0000-0000-0000-000000000000'
param postgresAdminGroupName = 'Cadoxton IT admins'

// Entra object ids (Entra admin centre > Users > the person > Object ID).
param headTeacherIds = [
  '00000000-0000-0000-0000-000000000000'
]
param concernHandlerIds = [
  '00000000-0000-0000-0000-000000000000' // head teacher
  '00000000-0000-0000-0000-000000000000' // deputy head / designated safeguarding lead
  '00000000-0000-0000-0000-000000000000' // chair of governors
]
param chairOfGovernorsId = '00000000-0000-0000-0000-000000000000'

// Filled in after the Teams package is uploaded (deploy/README.md step 7), then deploy again.
param teamsAppCatalogId = ''
