// The one identity the function app runs as. User-assigned rather than system-assigned so the role
// assignments can be granted before the app exists: the Functions host then starts with its storage
// and Service Bus access already in place instead of failing until RBAC catches up.

@description('Name of the user-assigned managed identity.')
param name string

@description('Azure region; main.bicep restricts it to EU regions.')
param location string

@description('Tags applied to every resource.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output name string = identity.name
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
