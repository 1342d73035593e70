// Production. The notice retention must cover the agencies' legal retention period for decision
// records; confirm it with the records officer before locking the policy (docs/DEPLOY.md).
using '../main.bicep'

param environmentName = 'production'
param location = 'westeurope'
param noticeRetentionDays = 2557
param rejectionRetentionDays = 90
param logRetentionDays = 90
param maximumInstanceCount = 40
// Ids of one tenant come from the environment of whoever deploys (GitHub environment variables in
// .github/workflows/deploy.yml; docs/DEPLOY.md), not from git: the notice API's app registration (required, the
// build stops without it) and the action group the alerts notify (optional).
param apiClientId = readEnvironmentVariable('KENBAARHEID_API_CLIENT_ID')
param actionGroupId = readEnvironmentVariable('KENBAARHEID_ACTION_GROUP_ID', '')
param auditLogRetentionDays = 2557
// Set to true right after locking the notices container's retention policy (docs/DEPLOY.md, step 12).
param noticeRetentionLocked = false
param tags = {
  purpose: 'production'
}
