// One private endpoint in the private endpoint subnet, registered in the private DNS zone of its service so the
// service's usual host name resolves to the endpoint's address inside the virtual network.

@description('Name of the private endpoint.')
param name string

@description('Azure region; main.bicep restricts it to EU regions.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Subnet the endpoint takes its address from.')
param subnetId string

@description('Resource id of the storage account or Service Bus namespace the endpoint leads to.')
param targetId string

@description('Sub-resource of the target: blob for a storage account\'s blob service, namespace for Service Bus.')
param groupId string

@description('Resource id of the private DNS zone for that sub-resource.')
param dnsZoneId string

resource endpoint 'Microsoft.Network/privateEndpoints@2024-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [
      {
        name: name
        properties: {
          privateLinkServiceId: targetId
          groupIds: [
            groupId
          ]
        }
      }
    ]
  }
}

resource dnsZoneGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-07-01' = {
  parent: endpoint
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: groupId
        properties: {
          privateDnsZoneId: dnsZoneId
        }
      }
    ]
  }
}
