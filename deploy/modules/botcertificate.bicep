// Imports the bot's app-registration certificate from Key Vault into the App Service plan, so that the web app can
// load it (WEBSITE_LOAD_CERTIFICATES). App Service reads the vault as its own first-party service principal, which
// needs the "Key Vault Certificate User" role on the vault (deploy/README.md step 7 assigns it). App Service checks
// the vault for a renewed version about once a day.

@description('Azure region; the same as the plan.')
param location string

@description('Name of the certificate resource in the resource group.')
param name string

@description('Resource id of the Key Vault that holds the certificate.')
param keyVaultId string

@description('Name of the certificate in that Key Vault.')
param keyVaultCertificateName string

@description('Resource id of the App Service plan the web app runs on.')
param serverFarmId string

param tags object

resource certificate 'Microsoft.Web/certificates@2025-03-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    keyVaultId: keyVaultId
    // A Key Vault certificate's private key is served through the secret of the same name.
    keyVaultSecretName: keyVaultCertificateName
    serverFarmId: serverFarmId
  }
}

output thumbprint string = certificate.properties.thumbprint
