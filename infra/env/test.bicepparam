// Test environment: short retention so test notices can be cleaned up after a day.
using '../main.bicep'

param environmentName = 'test'
param location = 'westeurope'
param noticeRetentionDays = 1
param rejectionRetentionDays = 30
param logRetentionDays = 30
param maximumInstanceCount = 10
param tags = {
  purpose: 'test'
}
