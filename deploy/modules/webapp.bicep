// Linux web app running the bot as the user-assigned managed identity.

@description('Azure region for the app; the same as the plan.')
param location string

@description('Globally unique web app name; the bot is served at https://<name>.azurewebsites.net.')
param webAppName string

@description('Resource id of the Linux App Service plan (modules/plan.bicep).')
param planId string

@description('Resource id of the user-assigned managed identity the app runs as.')
param identityId string

@description('Client id of that identity, for Key Vault references and container pulls.')
param identityClientId string

@description('Container image to run (registry/name:tag). Empty: run the code deployed with deploy/publish-app.sh.')
param containerImage string

@description('Application settings (name-value pairs) for the bot.')
param appSettings array

@description('Log Analytics workspace that receives the app\'s HTTP and console logs.')
param workspaceId string

param tags object

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: empty(containerImage) ? 'app,linux' : 'app,linux,container'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: empty(containerImage) ? 'DOTNETCORE|10.0' : 'DOCKER|${containerImage}'
      acrUseManagedIdentityCreds: !empty(containerImage)
      acrUserManagedIdentityID: empty(containerImage) ? null : identityClientId
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
      appSettings: appSettings
    }
  }
}

// Publishing with basic (user name and password) credentials is off: deployments use Entra sign-in (az webapp deploy).
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

#disable-next-line use-recent-api-versions
resource logs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'logs-to-log-analytics'
  scope: site
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
  }
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
