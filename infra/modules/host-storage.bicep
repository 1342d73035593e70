// Storage for the Functions host itself (AzureWebJobsStorage: leases, host keys, the deployment
// package). It is a separate account from the notice store on purpose: the host needs Storage Blob
// Data Owner on its account, which includes changing ACLs and deleting anything; on the notice store
// the app gets only Blob Data Contributor and the one tags data action on notices, and the
// immutability and lifecycle rules there do not have to work around host bookkeeping blobs.

@description('Name of the host storage account (3-24 lowercase letters and digits).')
@minLength(3)
@maxLength(24)
param name string

@description('Blob container that holds the function app package for Flex Consumption.')
param deploymentContainerName string

@description('Azure region; main.bicep restricts it to EU regions.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('private: the account answers on its private endpoint only (network.bicep adds it); public: on its public endpoint, still to Entra ID identities only.')
@allowed([
  'public'
  'private'
])
param network string

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    // The host connects with its managed identity (AzureWebJobsStorage__credential), so account keys
    // and SAS signed with them are never needed.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    // Without a virtual network the function app reaches storage over its public endpoint, Entra ID only; with
    // one, the private endpoint is the only way in.
    publicNetworkAccess: network == 'private' ? 'Disabled' : 'Enabled'
    networkAcls: {
      defaultAction: network == 'private' ? 'Deny' : 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' = {
  parent: account
  name: 'default'
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

output id string = account.id
output name string = account.name
output blobEndpoint string = account.properties.primaryEndpoints.blob
output deploymentContainerName string = deploymentContainer.name
