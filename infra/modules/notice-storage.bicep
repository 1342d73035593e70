// The notice store: issued notices, rejection records and the register data the pipeline reads.
// Notices are legal records that citizens and courts may rely on, so they are versioned and
// write-once for a retention period; rejections can hold parts of bad events and are deleted after a
// bounded time.

@description('Name of the notice storage account (3-24 lowercase letters and digits).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region; main.bicep restricts it to EU regions.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Days every version of a notice stays write-once (cannot be changed or deleted).')
@minValue(1)
@maxValue(146000)
param noticeRetentionDays int

@description('Days after which rejection records are deleted.')
@minValue(1)
param rejectionRetentionDays int

@description('Days a deleted blob or container can still be restored.')
@minValue(1)
@maxValue(365)
param softDeleteRetentionDays int

@description('True once the retention policy of the notices container has been locked (docs/DEPLOY.md): a locked policy can only be extended, never written again, so the template then leaves it alone.')
param noticeRetentionLocked bool

@description('private: the account answers on its private endpoint only (network.bicep adds it); public: on its public endpoint, still to Entra ID identities only.')
@allowed([
  'public'
  'private'
])
param network string

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    // Zone-redundant: a lost notice cannot be regenerated with the same issue time.
    name: 'Standard_ZRS'
  }
  properties: {
    accessTier: 'Hot'
    // Notices reach citizens through letter production and the portal, never by anonymous URL.
    allowBlobPublicAccess: false
    // Only Entra ID identities with a role can read or write; no account key or key-signed SAS.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    encryption: {
      keySource: 'Microsoft.Storage'
      // A second, independent layer of encryption at rest for records that must be kept for years.
      requireInfrastructureEncryption: true
      services: {
        blob: {
          enabled: true
          keyType: 'Account'
        }
      }
    }
    // Without a virtual network the function app reaches storage over its public endpoint, Entra ID only; with
    // one, the private endpoint is the only way in.
    publicNetworkAccess: network == 'private' ? 'Disabled' : 'Enabled'
    networkAcls: {
      defaultAction: network == 'private' ? 'Deny' : 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' = {
  parent: account
  name: 'default'
  properties: {
    // Versioning keeps every earlier state of a blob; it is also what version-level immutability on
    // the notices container builds on.
    isVersioningEnabled: true
    deleteRetentionPolicy: {
      enabled: true
      days: softDeleteRetentionDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: softDeleteRetentionDays
    }
  }
}

resource noticesContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: 'notices'
  properties: {
    publicAccess: 'None'
    // Version-level rather than container-level WORM: it works together with the blob versioning
    // above, so even a write that bypasses the pipeline's create-only rule can only add a version,
    // never replace one, and each version stays locked for the retention period.
    immutableStorageWithVersioning: {
      enabled: true
    }
  }
}

// The container's default policy, inherited by every new blob version. It is deployed unlocked so a
// wrong value can still be corrected; locking it is a deliberate operator step (docs/DEPLOY.md). Azure accepts
// this PUT only while the policy is unlocked (afterwards only an extension is allowed), so once it is locked the
// parameter file says so and the template no longer declares it: running the deployment again stays safe.
resource noticesRetention 'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies@2025-01-01' = if (!noticeRetentionLocked) {
  parent: noticesContainer
  name: 'default'
  properties: {
    immutabilityPeriodSinceCreationInDays: noticeRetentionDays
    allowProtectedAppendWrites: false
  }
}

resource rejectionsContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: 'rejections'
  properties: {
    publicAccess: 'None'
  }
}

resource registryContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: 'registry'
  properties: {
    publicAccess: 'None'
  }
}

resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2025-01-01' = {
  parent: account
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          // Notices are read mostly in the first weeks after issue; later reads are rare and can pay
          // the cool-tier read price. Superseded versions (left by a rewrite of the same notice) are
          // removed once their write-once period has ended, not before: deleting them earlier fails.
          name: 'notices-age'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
              prefixMatch: [
                '${noticesContainer.name}/'
              ]
            }
            actions: {
              baseBlob: {
                tierToCool: {
                  daysAfterModificationGreaterThan: 90
                }
              }
              version: {
                delete: {
                  daysAfterCreationGreaterThan: noticeRetentionDays
                }
              }
            }
          }
        }
        {
          // Rejection records may contain parts of the rejected event, so they are not kept longer
          // than needed to follow up with the agency.
          name: 'rejections-expire'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
              prefixMatch: [
                '${rejectionsContainer.name}/'
              ]
            }
            actions: {
              baseBlob: {
                delete: {
                  daysAfterModificationGreaterThan: rejectionRetentionDays
                }
              }
              version: {
                delete: {
                  daysAfterCreationGreaterThan: rejectionRetentionDays
                }
              }
            }
          }
        }
        {
          // Register records are replaced as the registers change; earlier versions are kept for a
          // while to explain notices issued just before a change.
          name: 'registry-old-versions'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
              prefixMatch: [
                '${registryContainer.name}/'
              ]
            }
            actions: {
              version: {
                delete: {
                  daysAfterCreationGreaterThan: 365
                }
              }
            }
          }
        }
      ]
    }
  }
}

output name string = account.name
output blobEndpoint string = account.properties.primaryEndpoints.blob
output containerNames array = [
  noticesContainer.name
  rejectionsContainer.name
  registryContainer.name
]

// A deleted account takes every notice with it, whatever the blobs' own immutability says: only a deliberate
// removal of this lock (docs/DEPLOY.md, removing an environment) can delete the notice store.
resource deleteLock 'Microsoft.Authorization/locks@2020-05-01' = {
  name: 'notice-store-cannot-delete'
  scope: account
  properties: {
    level: 'CanNotDelete'
    notes: 'Holds citizens\' transparency notices; remove only to retire the environment (docs/DEPLOY.md).'
  }
}

output id string = account.id
output blobServiceId string = blobService.id
