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

@description('Days a deleted blob or container in the notice store can be restored.')
@minValue(1)
@maxValue(365)
param softDeleteRetentionDays int = 14

@description('Days Log Analytics keeps logs and telemetry.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 90

@description('How long Service Bus remembers a MessageId to drop a resent event (ISO 8601 duration, at most 7 days).')
param duplicateDetectionWindow string = 'P1D'

@description('Deliveries of a failing message before it is dead-lettered.')
@minValue(1)
@maxValue(100)
param maxDeliveryCount int = 10

@description('Upper bound on function app instances.')
@minValue(1)
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
  }
}

module roleAssignments 'modules/role-assignments.bicep' = {
  name: 'role-assignments'
  params: {
    identityName: identityName
    hostStorageName: hostStorageName
    noticeStorageName: noticeStorageName
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
  }
  // The host starts as soon as the app exists; with its roles already granted it connects at once
  // instead of logging authorization failures until role assignments propagate.
  dependsOn: [
    roleAssignments
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
