using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Payments;
using Mediator;

namespace CustomiseYou.Application.Payments.HandleWebhook;

/// <summary>A provider's webhook, exactly as received: the signature is checked on the raw body before anything else.</summary>
[Transaction(TransactionPolicy.HandlerCommits)]
public sealed record HandlePaymentWebhookCommand(PaymentProvider Provider, IReadOnlyDictionary<string, string> Headers, string Body)
    : ICommand<Result<WebhookAck>>;

/// <param name="Outcome">processed, duplicate or ignored (an event type or payment we do not act on).</param>
public sealed record WebhookAck(string EventId, string Outcome);
