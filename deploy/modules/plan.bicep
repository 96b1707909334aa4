// Linux App Service plan for the bot. Kept apart from the web app so that a certificate imported into the plan
// (modules/botcertificate.bicep) can be named in the web app's settings without a circular dependency.

@description('Azure region for the plan.')
param location string

@description('Prefix for resource names.')
param namePrefix string

@description('App Service plan SKU; P0v3 or larger for Always On and several instances.')
param skuName string

@description('Number of instances. More than one needs PostgreSQL (the default SQLite file is single-instance).')
@minValue(1)
@maxValue(10)
param instanceCount int

param tags object

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: 'asp-${namePrefix}'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

output id string = plan.id
