// Log Analytics workspace and a workspace-based Application Insights component for the bot.

@description('Azure region for the resources.')
param location string

@description('Prefix for resource names.')
param namePrefix string

@description('Days to keep logs. Teaching staff questions are never logged, but request traces are.')
@minValue(30)
@maxValue(730)
param retentionInDays int

param tags object

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-07-01' = {
  name: 'log-${namePrefix}'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${namePrefix}'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    // Local (key-based) ingestion stays on: the bot sends telemetry with the connection string only.
    DisableLocalAuth: false
    RetentionInDays: retentionInDays
  }
}

output workspaceId string = workspace.id
output appInsightsConnectionString string = appInsights.properties.ConnectionString
