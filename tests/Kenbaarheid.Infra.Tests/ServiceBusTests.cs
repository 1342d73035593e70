using Kenbaarheid.Infra.Tests.Bicep;
using Kenbaarheid.Infra.Tests.Repository;

namespace Kenbaarheid.Infra.Tests;

[Collection(MainTemplateGroup.Name)]
public sealed class ServiceBusTests(MainTemplateFixture main)
{
    private const string QueueType = "Microsoft.ServiceBus/namespaces/queues";

    private TemplateResource Namespace => main.Template.Only("Microsoft.ServiceBus/namespaces");

    private TemplateResource DecisionEvents =>
        Assert.Single(main.Template.OfType(QueueType), queue => queue.ShortName == "decision-events");

    private TemplateResource NoticesIssued =>
        Assert.Single(main.Template.OfType(QueueType), queue => queue.ShortName == "notices-issued");

    [Fact]
    public void ServiceBus_IsStandardOnAPublicNetworkAndPremiumOnAPrivateOne()
    {
        // Private endpoints exist only in the Premium tier.
        Assert.Equal("[equals(parameters('network'), 'private')]", Namespace.Scope.Template["variables"]?["isPrivate"]?.GetValue<string>());
        Assert.Equal(
            "[if(variables('isPrivate'), createObject('name', 'Premium', 'tier', 'Premium', 'capacity', 1), createObject('name', 'Standard', 'tier', 'Standard'))]",
            Namespace.Json["sku"]?.GetValue<string>());
        Assert.Equal("[if(variables('isPrivate'), 'Disabled', 'Enabled')]", Namespace.Json["properties"]?["publicNetworkAccess"]?.GetValue<string>());
    }

    [Fact]
    public void NoticesIssuedQueue_DoesNotPretendToDetectDuplicates()
    {
        // A custom handler sets only an output message's body, never its MessageId: duplicate detection could not
        // work. Consumers deduplicate on the message's noticeId (docs/FUNCTIONS.md).
        Assert.False(NoticesIssued.BoolProperty("properties", "requiresDuplicateDetection"));
        Assert.Null(NoticesIssued.Json["properties"]?["duplicateDetectionHistoryTimeWindow"]);
    }

    [Fact]
    public void ServiceBus_DisablesLocalAuth()
    {
        Assert.True(Namespace.BoolProperty("properties", "disableLocalAuth"));
    }

    [Fact]
    public void ServiceBus_RequiresTls12()
    {
        Assert.Equal("1.2", Namespace.StringProperty("properties", "minimumTlsVersion"));
    }

    [Fact]
    public void Queues_AreDecisionEventsAndNoticesIssued()
    {
        var queues = main.Template.OfType(QueueType).Select(queue => queue.ShortName).Order(StringComparer.Ordinal);

        Assert.Equal(["decision-events", "notices-issued"], queues);
    }

    [Fact]
    public void Queues_IncludeEveryQueueTheFunctionsBindTo()
    {
        var queues = main.Template.OfType(QueueType).Select(queue => queue.ShortName).ToHashSet(StringComparer.Ordinal);

        Assert.All(FunctionHostFiles.Load().QueueNames, queueName => Assert.Contains(queueName, queues));
    }

    [Fact]
    public void DecisionEventsQueue_DetectsDuplicates()
    {
        Assert.True(DecisionEvents.BoolProperty("properties", "requiresDuplicateDetection"));
        Assert.False(string.IsNullOrEmpty(DecisionEvents.StringProperty("properties", "duplicateDetectionHistoryTimeWindow")));
    }

    [Fact]
    public void DecisionEventsQueue_DeadLettersExpiredMessages()
    {
        Assert.True(DecisionEvents.BoolProperty("properties", "deadLetteringOnMessageExpiration"));
    }

    [Fact]
    public void DecisionEventsQueue_DeadLettersAfterTenDeliveries()
    {
        Assert.Equal(10, DecisionEvents.IntProperty("properties", "maxDeliveryCount"));
    }

    [Fact]
    public void DecisionEventsQueue_LocksMessagesForFiveMinutes()
    {
        Assert.Equal("PT5M", DecisionEvents.StringProperty("properties", "lockDuration"));
    }
}
