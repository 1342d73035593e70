// Private networking (main.bicep's network = 'private'): a virtual network whose first subnet carries the function
// app's outbound traffic (Flex Consumption's VNet integration, delegated to Microsoft.App/environments) and whose
// second holds private endpoints for both storage accounts' blob service and the Service Bus namespace. Those
// resources then refuse their public endpoints, and private DNS zones linked to the network make their usual host
// names resolve to the private addresses, so no app setting changes.

@description('Name of the virtual network.')
param name string

@description('Azure region; main.bicep restricts it to EU regions.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Address range of the virtual network; split in two halves: the app subnet and the private endpoint subnet.')
param addressPrefix string

@description('Name of the Functions host storage account.')
param hostStorageName string

@description('Name of the notice storage account.')
param noticeStorageName string

@description('Name of the Service Bus namespace (Premium when private).')
param serviceBusName string

// The private link zones Azure documents for these services; the suffix follows the cloud the template runs in.
var blobZoneName = 'privatelink.blob.${environment().suffixes.storage}'
var serviceBusZoneName = 'privatelink.servicebus.windows.net'

resource hostStorage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: hostStorageName
}

resource noticeStorage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: noticeStorageName
}

resource serviceBus 'Microsoft.ServiceBus/namespaces@2024-01-01' existing = {
  name: serviceBusName
}

resource virtualNetwork 'Microsoft.Network/virtualNetworks@2024-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        addressPrefix
      ]
    }
    subnets: [
      {
        name: 'function-app'
        properties: {
          addressPrefix: cidrSubnet(addressPrefix, int(split(addressPrefix, '/')[1]) + 1, 0)
          // Flex Consumption requires this delegation on the subnet it integrates with.
          delegations: [
            {
              name: 'flex-consumption'
              properties: {
                serviceName: 'Microsoft.App/environments'
              }
            }
          ]
        }
      }
      {
        name: 'private-endpoints'
        properties: {
          addressPrefix: cidrSubnet(addressPrefix, int(split(addressPrefix, '/')[1]) + 1, 1)
          privateEndpointNetworkPolicies: 'Disabled'
        }
      }
    ]
  }

  resource appSubnet 'subnets' existing = {
    name: 'function-app'
  }

  resource endpointSubnet 'subnets' existing = {
    name: 'private-endpoints'
  }
}

// Private DNS zones are global resources; their records point only at addresses inside this network.
resource blobZone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: blobZoneName
  location: 'global'
  tags: tags
}

resource serviceBusZone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: serviceBusZoneName
  location: 'global'
  tags: tags
}

resource blobZoneLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = {
  parent: blobZone
  name: '${name}-link'
  location: 'global'
  tags: tags
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: virtualNetwork.id
    }
  }
}

resource serviceBusZoneLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = {
  parent: serviceBusZone
  name: '${name}-link'
  location: 'global'
  tags: tags
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: virtualNetwork.id
    }
  }
}

module hostStorageEndpoint 'private-endpoint.bicep' = {
  name: 'pe-host-storage'
  params: {
    name: 'pe-${hostStorageName}-blob'
    location: location
    tags: tags
    subnetId: virtualNetwork::endpointSubnet.id
    targetId: hostStorage.id
    groupId: 'blob'
    dnsZoneId: blobZone.id
  }
}

module noticeStorageEndpoint 'private-endpoint.bicep' = {
  name: 'pe-notice-storage'
  params: {
    name: 'pe-${noticeStorageName}-blob'
    location: location
    tags: tags
    subnetId: virtualNetwork::endpointSubnet.id
    targetId: noticeStorage.id
    groupId: 'blob'
    dnsZoneId: blobZone.id
  }
}

module serviceBusEndpoint 'private-endpoint.bicep' = {
  name: 'pe-service-bus'
  params: {
    name: 'pe-${serviceBusName}'
    location: location
    tags: tags
    subnetId: virtualNetwork::endpointSubnet.id
    targetId: serviceBus.id
    groupId: 'namespace'
    dnsZoneId: serviceBusZone.id
  }
}

output appSubnetId string = virtualNetwork::appSubnet.id
