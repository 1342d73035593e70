// Production. The notice retention must cover the agencies' legal retention period for decision
// records; confirm it with the records officer before locking the policy (docs/DEPLOY.md).
using '../main.bicep'

param environmentName = 'production'
param location = 'westeurope'
param noticeRetentionDays = 2557
param rejectionRetentionDays = 90
param logRetentionDays = 90
param maximumInstanceCount = 40
param tags = {
  purpose: 'production'
}
