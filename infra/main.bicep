// Convening on Azure: Container Apps running the web+silo image (2+ replicas), Cosmos DB for
// data, Azure Cache for Redis for Orleans membership, Log Analytics and Application Insights.
// The app reaches Cosmos DB with its managed identity (no keys); see docs/operations.md.
targetScope = 'resourceGroup'

@description('Name of the azd environment, used to name resources.')
param environmentName string

@description('Azure region.')
param location string = resourceGroup().location

@description('The image azd built and pushed; a placeholder until the first deploy.')
param webImage string = 'mcr.microsoft.com/dotnet/samples:aspnetapp'

@minValue(2)
param minReplicas int = 2
param maxReplicas int = 10

var token = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName))
var tags = { 'azd-env-name': environmentName }

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-convening-${token}'
  location: location
  tags: tags
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-convening-${token}'
  location: location
  tags: tags
  properties: { sku: { name: 'PerGB2018' }, retentionInDays: 30 }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-convening-${token}'
  location: location
  tags: tags
  kind: 'web'
  properties: { Application_Type: 'web', WorkspaceResourceId: logs.id }
}

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'crconvening${token}'
  location: location
  tags: tags
  sku: { name: 'Basic' }
  properties: { adminUserEnabled: false }
}

resource acrPull 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(registry.id, identity.id, 'acrpull')
  scope: registry
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '7f951dda-4ed3-4680-a7ca-43fe172d538d')
  }
}

module cosmos 'cosmos.bicep' = {
  name: 'cosmos'
  params: { name: 'cosmos-convening-${token}', location: location, tags: tags, principalId: identity.properties.principalId }
}

resource redis 'Microsoft.Cache/redis@2024-03-01' = {
  name: 'redis-convening-${token}'
  location: location
  tags: tags
  properties: {
    sku: { name: 'Standard', family: 'C', capacity: 1 }
    enableNonSslPort: false
    minimumTlsVersion: '1.2'
  }
}

// Sign-in keys (ASP.NET Core data protection) are shared by all replicas through this file share.
resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stconvening${token}'
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_ZRS' }
  properties: { minimumTlsVersion: 'TLS1_2', allowBlobPublicAccess: false }
}

resource share 'Microsoft.Storage/storageAccounts/fileServices/shares@2023-05-01' = {
  name: '${storage.name}/default/convening-keys'
  properties: { shareQuota: 1 }
}

// The sign-in keys on the share are encrypted at rest with this key (wrap/unwrap only; the
// private part never leaves the vault). The app's identity may use the key and nothing else.
resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-conv-${token}'
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
  }
}

resource dataProtectionKey 'Microsoft.KeyVault/vaults/keys@2023-07-01' = {
  parent: vault
  name: 'dataprotection'
  properties: { kty: 'RSA', keySize: 3072, keyOps: [ 'wrapKey', 'unwrapKey' ] }
}

resource keyUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(dataProtectionKey.id, identity.id, 'crypto-service-encryption-user')
  scope: dataProtectionKey
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    // Key Vault Crypto Service Encryption User: read the key, wrap and unwrap with it.
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'e147488a-f6f5-4113-8e2d-b22465e65bf6')
  }
}

module app 'app.bicep' = {
  name: 'app'
  params: {
    token: token
    location: location
    tags: tags
    identityId: identity.id
    identityClientId: identity.properties.clientId
    logsCustomerId: logs.properties.customerId
    logsKey: logs.listKeys().primarySharedKey
    insightsConnectionString: insights.properties.ConnectionString
    registryServer: registry.properties.loginServer
    storageName: storage.name
    storageKey: storage.listKeys().keys[0].value
    cosmosEndpoint: cosmos.outputs.endpoint
    redisConnection: '${redis.properties.hostName}:6380,password=${redis.listKeys().primaryKey},ssl=True,abortConnect=False'
    dataProtectionKeyId: dataProtectionKey.properties.keyUri
    image: webImage
    minReplicas: minReplicas
    maxReplicas: maxReplicas
  }
  dependsOn: [ acrPull, share, keyUser ]
}

output AZURE_CONTAINER_REGISTRY_ENDPOINT string = registry.properties.loginServer
output SERVICE_WEB_ENDPOINT string = app.outputs.url
output COSMOS_ENDPOINT string = cosmos.outputs.endpoint
