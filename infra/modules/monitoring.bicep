// Logs and telemetry. Application Insights is workspace-based so all telemetry lands in one Log
// Analytics workspace in the same EU region, under one retention setting.

@description('Name of the Log Analytics workspace.')
param workspaceName string

@description('Name of the Application Insights component.')
param appInsightsName string

@description('Azure region; main.bicep restricts it to EU regions.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Days Log Analytics keeps logs. Logs carry no personal data, but they do carry decision identifiers.')
@minValue(30)
@maxValue(730)
param retentionInDays int

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-02-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
    features: {
      // Shared workspace keys would let anyone holding them read or write logs; Entra ID only.
      disableLocalAuth: true
    }
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
    // Without local auth the instrumentation key alone cannot write telemetry: the app must
    // authenticate with its managed identity (Monitoring Metrics Publisher, see role-assignments.bicep).
    DisableLocalAuth: true
  }
}

output appInsightsName string = appInsights.name
// The connection string is not a secret once local auth is off: it names the endpoint, not a key.
output appInsightsConnectionString string = appInsights.properties.ConnectionString
