// Resource logs to the Log Analytics workspace. The notice store's StorageRead, StorageWrite and StorageDelete
// logs are the audit trail of citizens' records: who (which identity, from where) read, wrote or tried to delete
// which notice, and when. Service Bus's operational logs record changes to the namespace and its queues; the
// function app's logs are the host's and the handler's log lines. The audit table keeps its rows for
// auditLogRetentionDays, longer than the workspace's interactive retention (the rest is kept at archive price).

@description('Name of the Log Analytics workspace.')
param workspaceName string

@description('Name of the notice storage account.')
param noticeStorageName string

@description('Name of the Service Bus namespace.')
param serviceBusName string

@description('Name of the function app.')
param functionAppName string

@description('Days the notice store\'s audit logs (table StorageBlobLogs) are kept in all, interactive and archived.')
@minValue(30)
@maxValue(4383)
param auditLogRetentionDays int

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-02-01' existing = {
  name: workspaceName
}

resource noticeStorage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: noticeStorageName

  resource blobService 'blobServices' existing = {
    name: 'default'
  }
}

resource serviceBus 'Microsoft.ServiceBus/namespaces@2024-01-01' existing = {
  name: serviceBusName
}

resource functionApp 'Microsoft.Web/sites@2024-11-01' existing = {
  name: functionAppName
}

resource noticeStoreAudit 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'audit-to-log-analytics'
  scope: noticeStorage::blobService
  properties: {
    workspaceId: workspace.id
    logs: [
      {
        category: 'StorageRead'
        enabled: true
      }
      {
        category: 'StorageWrite'
        enabled: true
      }
      {
        category: 'StorageDelete'
        enabled: true
      }
    ]
  }
}

resource serviceBusLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'logs-to-log-analytics'
  scope: serviceBus
  properties: {
    workspaceId: workspace.id
    // Resource-specific tables (AZMSOperationalLogs) rather than the shared AzureDiagnostics table.
    logAnalyticsDestinationType: 'Dedicated'
    logs: [
      {
        category: 'OperationalLogs'
        enabled: true
      }
    ]
  }
}

resource functionAppLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'logs-to-log-analytics'
  scope: functionApp
  properties: {
    workspaceId: workspace.id
    logs: [
      {
        category: 'FunctionAppLogs'
        enabled: true
      }
    ]
  }
}

resource auditTable 'Microsoft.OperationalInsights/workspaces/tables@2023-09-01' = {
  parent: workspace
  name: 'StorageBlobLogs'
  properties: {
    totalRetentionInDays: auditLogRetentionDays
  }
}
