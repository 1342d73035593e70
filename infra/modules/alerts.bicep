// What an operator is woken for: an event that ended in the dead-letter queue, invocations that fail, what the
// daily reconciliation finds (notice folders left unfinished, expected decisions without notice or rejection), and
// a register sync that fails. Each rule notifies the action group given, if any; without one the alerts still
// fire and show under Monitor → Alerts.

@description('Prefix of the alert rule names, e.g. kenb-production.')
param namePrefix string

@description('Azure region of the log search rules; main.bicep restricts it to EU regions.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Resource id of the action group the alerts notify (e-mail, SMS, ITSM, webhook), or empty for none.')
param actionGroupId string

@description('Name of the Service Bus namespace.')
param serviceBusName string

@description('Queue whose dead-lettered messages mean an event got no outcome.')
param decisionEventsQueueName string

@description('Name of the Application Insights component the function app sends its telemetry to.')
param appInsightsName string

resource serviceBus 'Microsoft.ServiceBus/namespaces@2024-01-01' existing = {
  name: serviceBusName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

var actionGroups = empty(actionGroupId) ? [] : [actionGroupId]

// A dead-lettered event has neither a notice nor a rejection record: someone must look at it (docs/DEPLOY.md).
// Metric alert rules are global resources; they evaluate the namespace's own platform metric, split by queue.
resource deadLetters 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: '${namePrefix}-dead-lettered-events'
  location: 'global'
  tags: tags
  properties: {
    description: 'A decision event was moved to the dead-letter queue of ${decisionEventsQueueName}: it has no notice and no rejection record.'
    severity: 1
    enabled: true
    scopes: [
      serviceBus.id
    ]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
      allOf: [
        {
          criterionType: 'StaticThresholdCriterion'
          name: 'dead-lettered'
          metricNamespace: 'Microsoft.ServiceBus/namespaces'
          metricName: 'DeadletteredMessages'
          dimensions: [
            {
              name: 'EntityName'
              operator: 'Include'
              values: [
                decisionEventsQueueName
              ]
            }
          ]
          operator: 'GreaterThan'
          threshold: 0
          timeAggregation: 'Maximum'
        }
      ]
    }
    autoMitigate: true
    actions: [
      for group in actionGroups: {
        actionGroupId: group
      }
    ]
  }
}

// Log search rules over the function app's telemetry in Application Insights. Each query returns rows only when
// something is wrong; a rule fires when there is at least one.
var logRules = [
  {
    name: 'function-failures'
    description: 'Invocations failed: a message handed back for redelivery (the notice store unavailable or refusing), a timer run that failed, or an HTTP request answered 5xx.'
    severity: 2
    frequency: 'PT5M'
    window: 'PT15M'
    query: 'requests | where success == false | summarize failures = count() by operation_Name'
  }
  {
    name: 'reconcile-findings'
    description: 'The daily reconciliation found notice folders without a manifest (unfinished writes) or expected decisions with neither a notice nor a rejection.'
    severity: 2
    frequency: 'PT1H'
    window: 'P1D'
    query: 'customMetrics | where name in (\'kenbaarheid.reconcile.unfinished_folders\', \'kenbaarheid.reconcile.missing_decisions\') | summarize worst = max(valueMax) by name | where worst > 0'
  }
  {
    name: 'register-sync-failed'
    description: 'The daily register sync failed; notices keep using the last good snapshot until a sync succeeds.'
    severity: 3
    frequency: 'PT1H'
    window: 'P1D'
    query: 'customMetrics | where name == \'kenbaarheid.registry.syncs\' and tostring(customDimensions[\'kenbaarheid.outcome\']) == \'failed\' | summarize failures = sum(valueSum) | where failures > 0'
  }
]

resource logAlerts 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = [
  for rule in logRules: {
    name: '${namePrefix}-${rule.name}'
    location: location
    tags: tags
    properties: {
      description: rule.description
      severity: rule.severity
      enabled: true
      scopes: [
        appInsights.id
      ]
      evaluationFrequency: rule.frequency
      windowSize: rule.window
      criteria: {
        allOf: [
          {
            query: rule.query
            timeAggregation: 'Count'
            operator: 'GreaterThan'
            threshold: 0
            failingPeriods: {
              numberOfEvaluationPeriods: 1
              minFailingPeriodsToAlert: 1
            }
          }
        ]
      }
      autoMitigate: true
      actions: {
        actionGroups: actionGroups
      }
    }
  }
]
