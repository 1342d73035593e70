using System.Text.Json.Nodes;
using Kenbaarheid.Infra.Tests.Bicep;

namespace Kenbaarheid.Infra.Tests;

[Collection(MainTemplateGroup.Name)]
public sealed class StorageTests(MainTemplateFixture main)
{
    private const string AccountType = "Microsoft.Storage/storageAccounts";
    private const string BlobServiceType = "Microsoft.Storage/storageAccounts/blobServices";
    private const string ContainerType = "Microsoft.Storage/storageAccounts/blobServices/containers";
    private const string ImmutabilityPolicyType = "Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies";
    private const string ManagementPolicyType = "Microsoft.Storage/storageAccounts/managementPolicies";

    private IReadOnlyList<TemplateResource> Accounts => main.Template.OfType(AccountType);

    // The notice store is the account whose module declares the notices container.
    private DeploymentScope NoticeStore =>
        main.Template.OfType(ContainerType).Single(container => container.ShortName == "notices").Scope;

    private TemplateResource InNoticeStore(string type) =>
        Assert.Single(main.Template.OfType(type), resource => resource.Scope == NoticeStore);

    [Fact]
    public void StorageAccounts_AreTheHostStoreAndTheNoticeStore()
    {
        Assert.Equal(2, Accounts.Count);
    }

    [Fact]
    public void StorageAccounts_DisallowPublicBlobAccess()
    {
        Assert.All(Accounts, account => Assert.False(
            account.BoolProperty("properties", "allowBlobPublicAccess") ?? true,
            $"{account} allows public blob access."));
    }

    [Fact]
    public void StorageAccounts_DisallowSharedKeyAccess()
    {
        Assert.All(Accounts, account => Assert.False(
            account.BoolProperty("properties", "allowSharedKeyAccess") ?? true,
            $"{account} allows shared key access."));
    }

    [Fact]
    public void StorageAccounts_RequireTls12OverHttps()
    {
        Assert.All(Accounts, account =>
        {
            Assert.Equal("TLS1_2", account.StringProperty("properties", "minimumTlsVersion"));
            Assert.True(account.BoolProperty("properties", "supportsHttpsTrafficOnly"), $"{account} accepts plain HTTP.");
        });
    }

    [Fact]
    public void Containers_AreNeverPublic()
    {
        Assert.All(main.Template.OfType(ContainerType), container =>
            Assert.Equal("None", container.StringProperty("properties", "publicAccess")));
    }

    [Fact]
    public void NoticeStorage_HasNoticesRejectionsAndRegistryContainers()
    {
        var containers = main.Template.OfType(ContainerType)
            .Where(container => container.Scope == NoticeStore)
            .Select(container => container.ShortName)
            .Order(StringComparer.Ordinal);

        Assert.Equal(["notices", "registry", "rejections"], containers);
    }

    [Fact]
    public void NoticeStorage_KeepsBlobVersions()
    {
        Assert.True(InNoticeStore(BlobServiceType).BoolProperty("properties", "isVersioningEnabled"));
    }

    [Fact]
    public void NoticesContainer_HasVersionLevelImmutability()
    {
        var notices = main.Template.OfType(ContainerType).Single(container => container.ShortName == "notices");

        Assert.True(notices.BoolProperty("properties", "immutableStorageWithVersioning", "enabled"));
    }

    [Fact]
    public void NoticesContainer_IsWriteOnceForTheRetentionParameter()
    {
        var policy = InNoticeStore(ImmutabilityPolicyType);

        Assert.Equal(["notices", "default"], policy.NameSegments.TakeLast(2));
        Assert.Equal(
            "[parameters('noticeRetentionDays')]",
            policy.Scope.Origin(policy.Json["properties"]?["immutabilityPeriodSinceCreationInDays"]));
    }

    [Fact]
    public void NoticesRetentionPolicy_IsNeverWrittenOnceLocked()
    {
        // Azure accepts a PUT of this policy only while it is unlocked; afterwards only an extension. With the
        // parameter saying it is locked the deployment does not declare it at all, so running it again is safe.
        var policy = InNoticeStore(ImmutabilityPolicyType);

        Assert.Equal("[not(parameters('noticeRetentionLocked'))]", policy.Json["condition"]?.GetValue<string>());
        Assert.Equal("[parameters('noticeRetentionLocked')]", policy.Scope.Origin(JsonValue.Create("[parameters('noticeRetentionLocked')]")));
        Assert.False(main.Template.Main.Template["parameters"]?["noticeRetentionLocked"]?["defaultValue"]?.GetValue<bool>());
        Assert.Null(policy.Json["properties"]?["state"]);
    }

    [Fact]
    public void NoticeStorage_CannotBeDeletedWhileItsLockStands()
    {
        var locks = main.Template.OfType("Microsoft.Authorization/locks");
        var noticeAccount = Assert.Single(Accounts, account => account.Scope == NoticeStore);

        var storeLock = Assert.Single(locks);
        Assert.Equal("CanNotDelete", storeLock.StringProperty("properties", "level"));
        Assert.Equal(NoticeStore, storeLock.Scope);
        Assert.Equal($"[resourceId('Microsoft.Storage/storageAccounts', {noticeAccount.Json["name"]!.GetValue<string>().Trim('[', ']')})]", storeLock.Json["scope"]?.GetValue<string>());
    }

    [Fact]
    public void StorageAccounts_RefuseTheirPublicEndpointOnAPrivateNetwork()
    {
        Assert.All(Accounts, account =>
        {
            Assert.Equal("[if(equals(parameters('network'), 'private'), 'Disabled', 'Enabled')]", account.Json["properties"]?["publicNetworkAccess"]?.GetValue<string>());
            Assert.Equal("[parameters('network')]", account.Scope.Origin(JsonValue.Create("[parameters('network')]")));
        });
    }

    [Fact]
    public void NoticeStorage_HasALifecyclePolicyThatDeletesOldRejections()
    {
        var rules = InNoticeStore(ManagementPolicyType).Property("properties", "policy", "rules")?.AsArray()
            ?? throw new InvalidDataException("The lifecycle policy has no rules.");
        var rejectionRule = Assert.Single(rules.OfType<JsonObject>(), rule => Prefixes(rule).Contains("rejections/"));

        Assert.Equal(
            "[parameters('rejectionRetentionDays')]",
            NoticeStore.Origin(rejectionRule["definition"]?["actions"]?["baseBlob"]?["delete"]?["daysAfterModificationGreaterThan"]));
    }

    private IEnumerable<string?> Prefixes(JsonObject rule) =>
        (rule["definition"]?["filters"]?["prefixMatch"]?.AsArray() ?? []).Select(NoticeStore.ResolveString);
}
