// Kenbaarheid in one resource group: the function app that turns decision events into transparency
// notices, the queues it reads and writes, the notice store, and the monitoring around them.
// Deploy with a parameter file from env/ (see docs/DEPLOY.md).

targetScope = 'resourceGroup'

@description('Environment this deployment is for; part of every resource name.')
@allowed([
  'test'
  'production'
])
param environmentName string

// Notices and rejection records concern citizens, so every resource must stay in an EU region. The
// list is fixed here, not a parameter, so a parameter file cannot widen it; Azure rejects any other
// value before deploying anything. Not every region offers Flex Consumption: check with
// `az functionapp list-flexconsumption-locations`.
@description('Azure region for every resource. Must be an EU region.')
@allowed([
  'westeurope'
  'northeurope'
  'swedencentral'
  'germanywestcentral'
  'francecentral'
  'italynorth'
  'spaincentral'
  'polandcentral'
])
param location string = 'westeurope'

@description('Short lowercase prefix for resource names (letters only).')
@minLength(2)
@maxLength(6)
param namePrefix string = 'kenb'

@description('Days every version of a notice is write-once. Must cover the legal retention period for these records.')
@minValue(1)
@maxValue(146000)
param noticeRetentionDays int

@description('Days after which rejection records are deleted.')
@minValue(1)
param rejectionRetentionDays int = 90

@description('Set to true in the parameter file once the notices container\'s retention policy has been locked (docs/DEPLOY.md, step 12). Azure refuses to write a locked policy again, so from then on the template leaves it alone and redeploying stays safe.')
param noticeRetentionLocked bool = false

@description('Days a deleted blob or container in the notice store can be restored.')
@minValue(1)
@maxValue(365)
param softDeleteRetentionDays int = 14

@description('Days Log Analytics keeps logs and telemetry.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 90

@description('Days the notice store\'s audit logs (who read, wrote or deleted which notice) are kept, interactive and archived together. Defaults to seven years, as long as production notices are kept.')
@minValue(30)
@maxValue(4383)
param auditLogRetentionDays int = 2557

@description('Resource id of an existing action group the alerts notify (docs/DEPLOY.md, step 3), or empty: the alerts then fire without notifying anyone.')
param actionGroupId string = ''

@description('Client id of the Entra ID app registration of the notice API (docs/DEPLOY.md, step 2). GetNotice and PreviewNotice accept only tokens issued for it.')
@minLength(36)
@maxLength(36)
param apiClientId string

@description('public: storage and Service Bus on their public endpoints, Entra ID only. private: the function app sends its traffic through a virtual network and storage and Service Bus (then Premium) answer on private endpoints only.')
@allowed([
  'public'
  'private'
])
param network string = 'public'

@description('Address range of the virtual network when network is private: one half for the function app, one for the private endpoints.')
param virtualNetworkAddressPrefix string = '10.60.0.0/24'

@description('How long Service Bus remembers a MessageId to drop a resent event (ISO 8601 duration, at most 7 days).')
param duplicateDetectionWindow string = 'P1D'

@description('Deliveries of a failing message before it is dead-lettered.')
@minValue(1)
@maxValue(100)
param maxDeliveryCount int = 10

@description('Upper bound on function app instances; Flex Consumption accepts 40 to 1000.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Memory per function app instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Extra tags for every resource, e.g. cost centre.')
param tags object = {}

// Storage account and function app names are global; a hash of the resource group and environment
// keeps them unique and stable across redeployments.
var suffix = uniqueString(resourceGroup().id, environmentName)
var prefix = toLower(namePrefix)
var allTags = union(tags, {
  application: 'kenbaarheid'
  environment: environmentName
})

// The queue names are part of the app's contract: functions/*/function.json names them.
var decisionEventsQueueName = 'decision-events'
var noticesIssuedQueueName = 'notices-issued'

// Names are computed here, not read from module outputs, so they are known before deployment and
// What-If can show exactly which resources and role assignments change.
var identityName = 'id-${prefix}-${environmentName}'
var workspaceName = 'log-${prefix}-${environmentName}-${suffix}'
var appInsightsName = 'appi-${prefix}-${environmentName}-${suffix}'
var hostStorageName = take('st${prefix}h${suffix}', 24)
var noticeStorageName = take('st${prefix}n${suffix}', 24)
var serviceBusName = 'sb-${prefix}-${environmentName}-${suffix}'
var planName = 'plan-${prefix}-${environmentName}-${suffix}'
var functionAppName = 'func-${prefix}-${environmentName}-${suffix}'
var virtualNetworkName = 'vnet-${prefix}-${environmentName}'
var noticesContainerName = 'notices'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: identityName
    location: location
    tags: allTags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: workspaceName
    appInsightsName: appInsightsName
    location: location
    tags: allTags
    retentionInDays: logRetentionDays
  }
}

module hostStorage 'modules/host-storage.bicep' = {
  name: 'host-storage'
  params: {
    name: hostStorageName
    deploymentContainerName: 'app-package'
    location: location
    tags: allTags
    network: network
  }
}

module noticeStorage 'modules/notice-storage.bicep' = {
  name: 'notice-storage'
  params: {
    name: noticeStorageName
    location: location
    tags: allTags
    noticeRetentionDays: noticeRetentionDays
    rejectionRetentionDays: rejectionRetentionDays
    softDeleteRetentionDays: softDeleteRetentionDays
    noticeRetentionLocked: noticeRetentionLocked
    network: network
  }
}

module serviceBus 'modules/service-bus.bicep' = {
  name: 'service-bus'
  params: {
    name: serviceBusName
    location: location
    tags: allTags
    decisionEventsQueueName: decisionEventsQueueName
    noticesIssuedQueueName: noticesIssuedQueueName
    duplicateDetectionWindow: duplicateDetectionWindow
    maxDeliveryCount: maxDeliveryCount
    network: network
  }
}

module privateNetwork 'modules/network.bicep' = if (network == 'private') {
  name: 'network'
  params: {
    name: virtualNetworkName
    location: location
    tags: allTags
    addressPrefix: virtualNetworkAddressPrefix
    hostStorageName: hostStorageName
    noticeStorageName: noticeStorageName
    serviceBusName: serviceBusName
  }
  dependsOn: [
    hostStorage
    noticeStorage
    serviceBus
  ]
}

module roleAssignments 'modules/role-assignments.bicep' = {
  name: 'role-assignments'
  params: {
    identityName: identityName
    hostStorageName: hostStorageName
    noticeStorageName: noticeStorageName
    noticesContainerName: noticesContainerName
    serviceBusName: serviceBusName
    decisionEventsQueueName: decisionEventsQueueName
    noticesIssuedQueueName: noticesIssuedQueueName
    appInsightsName: appInsightsName
  }
  dependsOn: [
    identity
    hostStorage
    noticeStorage
    serviceBus
    monitoring
  ]
}

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  params: {
    name: functionAppName
    planName: planName
    location: location
    tags: allTags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    hostStorageName: hostStorageName
    hostStorageBlobEndpoint: hostStorage.outputs.blobEndpoint
    deploymentContainerName: hostStorage.outputs.deploymentContainerName
    serviceBusFullyQualifiedNamespace: serviceBus.outputs.fullyQualifiedNamespace
    noticeStoreBlobEndpoint: noticeStorage.outputs.blobEndpoint
    registryContainerName: 'registry'
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    apiClientId: apiClientId
    virtualNetworkSubnetId: network == 'private' ? privateNetwork!.outputs.appSubnetId : ''
  }
  // The host starts as soon as the app exists; with its roles already granted it connects at once
  // instead of logging authorization failures until role assignments propagate.
  dependsOn: [
    roleAssignments
  ]
}

module diagnostics 'modules/diagnostics.bicep' = {
  name: 'diagnostics'
  params: {
    workspaceName: workspaceName
    noticeStorageName: noticeStorageName
    serviceBusName: serviceBusName
    functionAppName: functionAppName
    auditLogRetentionDays: auditLogRetentionDays
  }
  dependsOn: [
    monitoring
    noticeStorage
    serviceBus
    functionApp
  ]
}

module alerts 'modules/alerts.bicep' = {
  name: 'alerts'
  params: {
    namePrefix: '${prefix}-${environmentName}'
    location: location
    tags: allTags
    actionGroupId: actionGroupId
    serviceBusName: serviceBusName
    decisionEventsQueueName: decisionEventsQueueName
    appInsightsName: appInsightsName
  }
  dependsOn: [
    monitoring
    serviceBus
  ]
}

output functionAppName string = functionApp.outputs.name
output functionAppHostName string = functionApp.outputs.defaultHostName
output hostStorageName string = hostStorage.outputs.name
output noticeStorageName string = noticeStorage.outputs.name
output serviceBusName string = serviceBus.outputs.name
output serviceBusFullyQualifiedNamespace string = serviceBus.outputs.fullyQualifiedNamespace
output appInsightsName string = monitoring.outputs.appInsightsName
output identityClientId string = identity.outputs.clientId
