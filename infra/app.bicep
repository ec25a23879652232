// The Container Apps environment and the app: every replica is a web host and an Orleans silo.
// Replicas find each other through Redis and talk on port 11111 inside the environment.
param token string
param location string
param tags object
param identityId string
param identityClientId string
param logsCustomerId string
@secure()
param logsKey string
@secure()
param insightsConnectionString string
param registryServer string
param storageName string
@secure()
param storageKey string
param cosmosEndpoint string
@description('The Key Vault key that encrypts the sign-in keys at rest.')
param dataProtectionKeyId string
@secure()
param redisConnection string
param image string
param minReplicas int
param maxReplicas int

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: 'cae-convening-${token}'
  location: location
  tags: tags
  properties: {
    appLogsConfiguration: { destination: 'log-analytics', logAnalyticsConfiguration: { customerId: logsCustomerId, sharedKey: logsKey } }
    daprAIConnectionString: insightsConnectionString
    zoneRedundant: false
  }
}

resource keys 'Microsoft.App/managedEnvironments/storages@2024-03-01' = {
  parent: environment
  name: 'keys'
  properties: { azureFile: { accountName: storageName, accountKey: storageKey, shareName: 'convening-keys', accessMode: 'ReadWrite' } }
}

resource web 'Microsoft.App/containerApps@2024-03-01' = {
  name: 'ca-convening-${token}'
  location: location
  tags: union(tags, { 'azd-service-name': 'web' })
  identity: { type: 'UserAssigned', userAssignedIdentities: { '${identityId}': {} } }
  properties: {
    managedEnvironmentId: environment.id
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: { external: true, targetPort: 8080, transport: 'auto', stickySessions: { affinity: 'sticky' } }
      registries: [ { server: registryServer, identity: identityId } ]
      secrets: [
        { name: 'redis', value: redisConnection }
        { name: 'insights', value: insightsConnectionString }
      ]
    }
    template: {
      containers: [
        {
          name: 'web'
          image: image
          resources: { cpu: json('1.0'), memory: '2Gi' }
          env: [
            { name: 'ASPNETCORE_URLS', value: 'http://+:8080' }
            { name: 'Convening__DataPath', value: '/data' }
            { name: 'Convening__Storage', value: 'Cosmos' }
            { name: 'Convening__Cosmos__Endpoint', value: cosmosEndpoint }
            { name: 'Convening__DataProtection__KeyVaultKeyId', value: dataProtectionKeyId }
            { name: 'AZURE_CLIENT_ID', value: identityClientId }
            { name: 'Convening__Clustering', value: 'Redis' }
            { name: 'Convening__Redis', secretRef: 'redis' }
            { name: 'Convening__AdvertisedAddress', value: '*' }
            { name: 'Convening__GraphQLIntrospection', value: 'false' }
            // The one address for links and allowed hosts (decision 0015): the app's own ingress name.
            { name: 'Convening__PublicOrigin', value: 'https://ca-convening-${token}.${environment.properties.defaultDomain}' }
            { name: 'Convening__ForwardedHeaders', value: 'true' }
            { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', secretRef: 'insights' }
          ]
          volumeMounts: [ { volumeName: 'keys', mountPath: '/data' } ]
          probes: [
            { type: 'Liveness', httpGet: { path: '/health/live', port: 8080 }, periodSeconds: 10 }
            { type: 'Readiness', httpGet: { path: '/health/ready', port: 8080 }, periodSeconds: 10 }
          ]
        }
      ]
      volumes: [ { name: 'keys', storageType: 'AzureFile', storageName: keys.name } ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
        rules: [ { name: 'http', http: { metadata: { concurrentRequests: '200' } } } ]
      }
    }
  }
}

output url string = 'https://${web.properties.configuration.ingress.fqdn}'
