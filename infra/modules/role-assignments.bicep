// Everything the function app's identity may do, in one place, so a reviewer can check it against
// what the app needs. Every assignment goes to the user-assigned identity (never a person or a
// group) and is scoped as narrowly as the role allows. Names are guid()s over scope, principal and
// role, so redeploying updates the same assignment instead of failing on a duplicate.

@description('Name of the function app\'s user-assigned managed identity.')
param identityName string

@description('Name of the Functions host storage account.')
param hostStorageName string

@description('Name of the notice storage account.')
param noticeStorageName string

@description('Container in the notice store that holds the issued notices; the store tags the blobs it writes there.')
param noticesContainerName string

@description('Name of the Service Bus namespace.')
param serviceBusName string

@description('Queue the function app receives decision events from.')
param decisionEventsQueueName string

@description('Queue the function app sends issued-notice messages to.')
param noticesIssuedQueueName string

@description('Name of the Application Insights component.')
param appInsightsName string

// Built-in role definition ids; these are the same in every Azure tenant.
var storageBlobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
var serviceBusDataOwner = '090c5cfd-751d-490a-894a-3ce6f1109419'
var serviceBusDataSender = '69a216fc-b8fb-44d8-bc22-1f3c2cd27a39'
var monitoringMetricsPublisher = '3913510d-42f4-4e42-8a64-420c390055eb'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: identityName
}

resource hostStorage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: hostStorageName
}

resource noticeStorage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: noticeStorageName

  resource blobService 'blobServices' existing = {
    name: 'default'

    resource notices 'containers' existing = {
      name: noticesContainerName
    }
  }
}

resource serviceBus 'Microsoft.ServiceBus/namespaces@2024-01-01' existing = {
  name: serviceBusName

  resource decisionEvents 'queues' existing = {
    name: decisionEventsQueueName
  }

  resource noticesIssued 'queues' existing = {
    name: noticesIssuedQueueName
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

// The Functions host keeps its leases and keys in blobs of AzureWebJobsStorage and, on Flex
// Consumption, reads the app package from the deployment container; Microsoft documents Blob Data
// Owner as the role the host needs. No queue or table role: those are only used by blob triggers,
// Durable Functions and similar features this app does not have (a Service Bus trigger only).
resource hostStorageBlobOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(hostStorage.id, identity.id, storageBlobDataOwner)
  scope: hostStorage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataOwner)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    description: 'Functions host storage (AzureWebJobsStorage) and the Flex Consumption deployment package.'
  }
}

// The pipeline writes notices and rejection records, reads the register data, and signs read links with a
// user delegation key. Contributor allows read, write and delete of blobs and generateUserDelegationKey, not
// changing access or immutability settings; deletes of notices are refused by the write-once policy anyway.
resource noticeStorageBlobContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(noticeStorage.id, identity.id, storageBlobDataContributor)
  scope: noticeStorage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    description: 'Notice store: write notices and rejections, read register data.'
  }
}

// The trigger receives, completes and abandons messages on this one queue, and the scale controller reads its
// length to decide how many instances to run. Reading a queue's message count is a management operation (the
// Manage right), which Data Owner grants and Data Receiver does not; Microsoft's binding documentation lists both
// roles for a Service Bus trigger. Data Owner is granted on this queue only, never the namespace: beyond
// receiving it lets the identity send to and manage this one queue, nothing else (docs/FUNCTIONS.md).
resource decisionEventsOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(serviceBus::decisionEvents.id, identity.id, serviceBusDataOwner)
  scope: serviceBus::decisionEvents
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', serviceBusDataOwner)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    description: 'Service Bus trigger on the decision-events queue, and its queue length for scaling.'
  }
}

// The output binding announces issued notices; send only, and only to this queue.
resource noticesIssuedSender 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(serviceBus::noticesIssued.id, identity.id, serviceBusDataSender)
  scope: serviceBus::noticesIssued
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', serviceBusDataSender)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    description: 'Service Bus output binding to the notices-issued queue.'
  }
}

// Every notice blob is written with index tags (x-ms-tags: agency, decision, revision, flags), and Put Blob with
// tags is authorised as Set Blob Tags too: blobs/tags/write, which Storage Blob Data Contributor does not have
// (only Data Owner does). Without it every notice write would answer 403. This role holds that one data action
// and nothing else, and is assigned on the notices container only; rejection records carry no tags.
resource noticeTagWriter 'Microsoft.Authorization/roleDefinitions@2022-04-01' = {
  name: guid(resourceGroup().id, noticeStorage.id, 'notice-tag-writer')
  properties: {
    roleName: 'Kenbaarheid notice tag writer (${noticeStorageName})'
    description: 'Write blob index tags on the notices the Kenbaarheid pipeline issues.'
    type: 'CustomRole'
    assignableScopes: [
      resourceGroup().id
    ]
    permissions: [
      {
        actions: []
        notActions: []
        dataActions: [
          'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/tags/write'
        ]
        notDataActions: []
      }
    ]
  }
}

resource noticesTagWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(noticeStorage::blobService::notices.id, identity.id, noticeTagWriter.id)
  scope: noticeStorage::blobService::notices
  properties: {
    roleDefinitionId: noticeTagWriter.id
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    description: 'Blob index tags on issued notices (x-ms-tags on Put Blob).'
  }
}

// Application Insights has local (key) authentication disabled, so telemetry is accepted only from an
// identity holding this role on the component.
resource appInsightsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, identity.id, monitoringMetricsPublisher)
  scope: appInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisher)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    description: 'Send telemetry to Application Insights with Entra ID authentication.'
  }
}
