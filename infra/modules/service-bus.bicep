// The queue agencies send decision events to, and the queue the pipeline announces issued notices
// on. Standard tier on a public network: duplicate detection and dead-lettering are what the pipeline relies
// on. A private network needs Premium, the only tier with private endpoints.

@description('Name of the Service Bus namespace (globally unique).')
@minLength(6)
@maxLength(50)
param name string

@description('Azure region; main.bicep restricts it to EU regions.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Queue the function app is triggered by; must match queueName in functions/ProcessDecision/function.json.')
param decisionEventsQueueName string

@description('Queue the function app sends issued-notice messages to.')
param noticesIssuedQueueName string

@description('How long a MessageId ({agency.id}:{decision.id}:{revision}) is remembered to drop a resent event.')
param duplicateDetectionWindow string

@description('Deliveries before a message that keeps failing is moved to the dead-letter queue.')
@minValue(1)
@maxValue(100)
param maxDeliveryCount int

@description('private: Premium, reachable on its private endpoint only (network.bicep adds it); public: Standard, on its public endpoint, Entra ID only.')
@allowed([
  'public'
  'private'
])
param network string

var isPrivate = network == 'private'

resource namespace 'Microsoft.ServiceBus/namespaces@2024-01-01' = {
  name: name
  location: location
  tags: tags
  sku: isPrivate
    ? {
        name: 'Premium'
        tier: 'Premium'
        capacity: 1
      }
    : {
        name: 'Standard'
        tier: 'Standard'
      }
  properties: {
    // Senders and the function app authenticate with Entra ID; no SAS keys exist to leak.
    disableLocalAuth: true
    minimumTlsVersion: '1.2'
    publicNetworkAccess: isPrivate ? 'Disabled' : 'Enabled'
  }
}

resource decisionEvents 'Microsoft.ServiceBus/namespaces/queues@2024-01-01' = {
  parent: namespace
  name: decisionEventsQueueName
  properties: {
    // Agencies may resend an event after a timeout; the MessageId makes the resend a no-op.
    requiresDuplicateDetection: true
    duplicateDetectionHistoryTimeWindow: duplicateDetectionWindow
    // The host renews the lock while the handler runs (host.json maxAutoLockRenewalDuration); five
    // minutes, the Standard maximum, keeps renewals rare.
    lockDuration: 'PT5M'
    // A transient fault (storage down) is answered with 5xx and redelivered; after this many tries
    // the message is parked in the dead-letter queue instead of looping forever.
    maxDeliveryCount: maxDeliveryCount
    defaultMessageTimeToLive: 'P14D'
    // An event nobody processed in time is kept for inspection, never silently dropped.
    deadLetteringOnMessageExpiration: true
    requiresSession: false
    enablePartitioning: false
  }
}

resource noticesIssued 'Microsoft.ServiceBus/namespaces/queues@2024-01-01' = {
  parent: namespace
  name: noticesIssuedQueueName
  properties: {
    // No duplicate detection: a custom handler sets only the body of an output message, never its MessageId, so
    // the queue would see a new id on every send and detect nothing. A redelivered event announces its notice
    // again on purpose (the first send may have been lost); consumers deduplicate on the message's noticeId.
    requiresDuplicateDetection: false
    lockDuration: 'PT1M'
    maxDeliveryCount: maxDeliveryCount
    defaultMessageTimeToLive: 'P14D'
    deadLetteringOnMessageExpiration: true
    requiresSession: false
    enablePartitioning: false
  }
}

output id string = namespace.id
output name string = namespace.name
// The host wants the bare host name; it is taken from the endpoint the platform reports so the
// template does not hard-code the public cloud's DNS suffix.
output fullyQualifiedNamespace string = split(replace(namespace.properties.serviceBusEndpoint, 'https://', ''), ':')[0]
output decisionEventsQueueName string = decisionEvents.name
output noticesIssuedQueueName string = noticesIssued.name
