// The function app: the Azure Functions host on the Flex Consumption plan running our ASP.NET Core
// custom handler (runtime 'custom'). The host owns the Service Bus trigger, scaling and retries; every
// connection it and the handler make is identity-based, with the user-assigned identity.

@description('Name of the function app (globally unique host name).')
param name string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Azure region; main.bicep restricts it to EU regions.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Resource id of the user-assigned managed identity.')
param identityId string

@description('Client id of the user-assigned managed identity; tells each connection which identity to use.')
param identityClientId string

@description('Name of the Functions host storage account (AzureWebJobsStorage).')
param hostStorageName string

@description('Blob endpoint of the host storage account.')
param hostStorageBlobEndpoint string

@description('Blob container in host storage that holds the app package.')
param deploymentContainerName string

@description('Host name of the Service Bus namespace, e.g. sb-x.servicebus.windows.net.')
param serviceBusFullyQualifiedNamespace string

@description('Blob endpoint of the notice storage account.')
param noticeStoreBlobEndpoint string

@description('Container in the notice store that holds the configuration (agencies/, registry/), the register snapshots (sync/) and the expected lists (expected/).')
param registryContainerName string

@description('Application Insights connection string.')
param appInsightsConnectionString string

@description('Upper bound on instances, which also bounds concurrent writes to storage. Flex Consumption accepts 40 to 1000.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory per instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Client id of the Entra ID app registration that represents the notice API (docs/DEPLOY.md, step 2); tokens for GetNotice and PreviewNotice are issued for it.')
@minLength(36)
@maxLength(36)
param apiClientId string

@description('Resource id of the subnet the app sends its outbound traffic through (network = private), or empty for none.')
param virtualNetworkSubnetId string

// Entra ID v2.0 tokens name this issuer; the handler reads its metadata from the same address.
var tokenIssuer = '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    // Linux: the handler is published for linux-x64.
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Outbound traffic through the virtual network when the network is private: the storage accounts and
    // Service Bus then answer on private endpoints only.
    virtualNetworkSubnetId: empty(virtualNetworkSubnetId) ? null : virtualNetworkSubnetId
    // Flex Consumption refuses site configuration properties it does not support (ftpsState, alwaysOn,
    // use32BitWorkerProcess, netFrameworkVersion, linuxFxVersion, functionsRuntimeScaleMonitoringEnabled, …):
    // only what it accepts is set here, and the infra tests pin exactly this set. FTP and basic-auth publishing
    // are switched off by the basicPublishingCredentialsPolicies below instead of ftpsState.
    siteConfig: {
      minTlsVersion: '1.2'
      // Settings use the host's `<connection>__<property>` convention for identity-based
      // connections: no secret appears in any setting. The connection names must match host.json and
      // functions/*/function.json; the infra tests enforce that.
      appSettings: [
        {
          name: 'AzureWebJobsStorage__accountName'
          value: hostStorageName
        }
        {
          name: 'AzureWebJobsStorage__credential'
          value: 'managedidentity'
        }
        {
          name: 'AzureWebJobsStorage__clientId'
          value: identityClientId
        }
        {
          name: 'ServiceBusConnection__fullyQualifiedNamespace'
          value: serviceBusFullyQualifiedNamespace
        }
        {
          name: 'ServiceBusConnection__credential'
          value: 'managedidentity'
        }
        {
          name: 'ServiceBusConnection__clientId'
          value: identityClientId
        }
        {
          name: 'NoticeStore__blobServiceUri'
          value: noticeStoreBlobEndpoint
        }
        {
          name: 'NoticeStore__credential'
          value: 'managedidentity'
        }
        {
          name: 'NoticeStore__clientId'
          value: identityClientId
        }
        {
          // Agency profiles (agencies/) and the register records served until the first sync (registry/),
          // copied from this container once at start.
          name: 'Kenbaarheid__ConfigPath'
          value: 'blob:${registryContainerName}'
        }
        {
          // SyncRegistry writes snapshots here (current.json, snapshots/{id}/); ProcessDecision follows them.
          name: 'Kenbaarheid__RegistrySnapshots'
          value: 'blob:${registryContainerName}/sync'
        }
        {
          // Reconcile reads the agencies' lists of decisions sent from here, if any were uploaded.
          name: 'Kenbaarheid__Reconcile__ExpectedLists'
          value: 'blob:${registryContainerName}/expected'
        }
        {
          // The handler validates every bearer token itself (signature, issuer, audience, lifetime) and authorises
          // per agency from its roles; App Service authentication below is a second gate in front of it.
          name: 'Kenbaarheid__Auth__Authority'
          value: tokenIssuer
        }
        {
          name: 'Kenbaarheid__Auth__Audience'
          value: apiClientId
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: appInsightsConnectionString
        }
        {
          // Application Insights has local auth disabled; the host authenticates with the identity.
          name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
          value: 'ClientId=${identityClientId};Authorization=AAD'
        }
      ]
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${hostStorageBlobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      // A custom handler: the host starts the executable named in host.json and forwards each
      // invocation to it over HTTP. Flex Consumption sets FUNCTIONS_WORKER_RUNTIME from this.
      runtime: {
        name: 'custom'
        version: '1.0'
      }
    }
  }
}

// Publishing with a user name and password (FTP, Kudu basic auth) is switched off; deployments use
// Entra ID (`az functionapp deploy`).
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

// App Service authentication (Entra ID) in front of the HTTP functions: a request without a valid token for the
// notice API is answered 401 before it reaches the Functions host. Non-HTTP triggers (Service Bus, timers) are
// not affected, nor are the host's /admin endpoints, which keep their master-key check. The handler checks the
// same token again and decides per agency, so it stays safe should this layer ever let a request through.
resource authentication 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: site
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: true
      unauthenticatedClientAction: 'Return401'
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          openIdIssuer: tokenIssuer
          clientId: apiClientId
        }
        validation: {
          allowedAudiences: [
            apiClientId
          ]
        }
      }
    }
    login: {
      // Callers are systems with their own tokens; no browser sessions, so no token store.
      tokenStore: {
        enabled: false
      }
    }
    httpSettings: {
      requireHttps: true
    }
  }
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
