// Azure Bot registration (single tenant, the bot's own Entra app registration) with the Microsoft Teams channel.

@description('Globally unique bot handle.')
param name string

@description('global, or westeurope for data residency in the EU (Azure AI Bot Service regionalization).')
@allowed([
  'global'
  'westeurope'
])
param location string

@description('Client id of the bot\'s Entra app registration (also the Teams app id).')
param botAppId string

@description('Entra tenant of the app registration.')
param tenantId string

@description('Host name that serves /api/messages.')
param endpointHost string

@allowed([
  'F0'
  'S1'
])
@description('F0 is free for the Teams channel; S1 adds the service level agreement.')
param sku string

@description('Name Azure shows for the bot registration.')
param displayName string

param tags object

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  // Where Bot Service processes the bot's data; the app itself runs in the resource group's region.
  location: location
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: 'https://${endpointHost}/api/messages'
    msaAppType: 'SingleTenant'
    msaAppId: botAppId
    msaAppTenantId: tenantId
    isStreamingSupported: false
    publicNetworkAccess: 'Enabled'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: location
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      acceptedTerms: true
    }
  }
}

output name string = bot.name
