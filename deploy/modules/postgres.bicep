// Azure Database for PostgreSQL flexible server with Microsoft Entra authentication only: no password exists for
// anyone. The administrator is an Entra group; the bot signs in as its managed identity with an access token.

@description('Azure region for the server.')
param location string

@description('Globally unique server name.')
param name string

@description('Database the bot uses.')
param databaseName string

@description('Object id of the Entra group whose members administer the server.')
param administratorGroupObjectId string

@description('Display name of that Entra group (PostgreSQL uses it as the role name).')
param administratorGroupName string

@description('Compute tier and size; Burstable B1ms is ample for one school.')
param skuName string

@description('Backups also kept in the paired region; can only be chosen when the server is created.')
param geoRedundantBackup bool

@description('Storage in GB; never less than the server already has (autoGrow only ever grows it).')
@minValue(32)
param storageSizeGB int

@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param skuTier string

@description('Log Analytics workspace that receives the server\'s logs.')
param workspaceId string

param tags object

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2025-08-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: skuName
    tier: skuTier
  }
  properties: {
    version: '17'
    storage: {
      storageSizeGB: storageSizeGB
      autoGrow: 'Enabled'
    }
    backup: {
      // The longest Azure allows; the privacy notice (/privacy) names it.
      backupRetentionDays: 35
      geoRedundantBackup: geoRedundantBackup ? 'Enabled' : 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    authConfig: {
      activeDirectoryAuth: 'Enabled'
      passwordAuth: 'Disabled'
      tenantId: tenant().tenantId
    }
    network: {
      publicNetworkAccess: 'Enabled'
    }
  }
}

resource administrator 'Microsoft.DBforPostgreSQL/flexibleServers/administrators@2025-08-01' = {
  parent: server
  name: administratorGroupObjectId
  properties: {
    principalType: 'Group'
    principalName: administratorGroupName
    tenantId: tenant().tenantId
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2025-08-01' = {
  parent: server
  name: databaseName
  // The server accepts one change at a time; ordering the child resources avoids "ServerIsBusy" failures.
  dependsOn: [
    administrator
  ]
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// The 0.0.0.0 rule admits Azure services (the App Service's outbound addresses change with its plan); every
// connection still needs an Entra token for a role that exists on the server, and TLS.
resource allowAzureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2025-08-01' = {
  parent: server
  name: 'AllowAllAzureServicesAndResourcesWithinAzureIps'
  dependsOn: [
    database
  ]
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

// Deleting the server deletes its backups with it, so nobody deletes it by accident: removing this lock is a
// deliberate step first (https://learn.microsoft.com/azure/azure-resource-manager/management/lock-resources).
// Child resources inherit the lock, so a firewall rule cannot be removed either: connect from Azure Cloud Shell
// (deploy/README.md step 8) rather than adding a rule for your own address.
resource deleteLock 'Microsoft.Authorization/locks@2020-05-01' = {
  name: 'do-not-delete-the-bots-records'
  scope: server
  properties: {
    level: 'CanNotDelete'
    notes: 'Holds every concern and acknowledgement record, and its backups go with it. See deploy/README.md, "Nothing lost".'
  }
}

#disable-next-line use-recent-api-versions
resource logs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'logs-to-log-analytics'
  scope: server
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        categoryGroup: 'allLogs'
        enabled: true
      }
    ]
  }
}

output fullyQualifiedDomainName string = server.properties.fullyQualifiedDomainName
output databaseName string = database.name
output serverName string = server.name
