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

    [Fact]
    public void ServiceBus_IsStandardTier()
    {
        Assert.Equal("Standard", Namespace.StringProperty("sku", "name"));
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
