// Test environment: short retention so test notices can be cleaned up after a day.
using '../main.bicep'

param environmentName = 'test'
param location = 'westeurope'
param noticeRetentionDays = 1
param rejectionRetentionDays = 30
param logRetentionDays = 30
param maximumInstanceCount = 40
// Ids of one tenant come from the environment of whoever deploys (GitHub environment variables in
// .github/workflows/deploy.yml; docs/DEPLOY.md), not from git: the notice API's app registration (required, the
// build stops without it) and the action group the alerts notify (optional).
param apiClientId = readEnvironmentVariable('KENBAARHEID_API_CLIENT_ID')
param actionGroupId = readEnvironmentVariable('KENBAARHEID_ACTION_GROUP_ID', '')
param auditLogRetentionDays = 30
param tags = {
  purpose: 'test'
}
