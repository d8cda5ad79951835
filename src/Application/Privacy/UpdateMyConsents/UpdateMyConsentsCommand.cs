using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Privacy.Common;
using Mediator;

namespace CustomiseYou.Application.Privacy.UpdateMyConsents;

/// <summary>Per-channel marketing choices; a channel left out keeps <see cref="UpdateMyConsentsCommand.Marketing"/>'s answer.</summary>
public sealed record MarketingChannelsUpdate(bool? Email, bool? Sms, bool? Push);

/// <summary>
/// Gives or withdraws consent. <see cref="Marketing"/> answers for every channel, <see cref="MarketingChannels"/>
/// per channel; a purpose left out stays as it is. Each purpose whose answer changes (or is given for the first
/// time) is recorded with the time, the source, the caller's user agent and the region's policy version.
/// </summary>
[Authorize]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record UpdateMyConsentsCommand(bool? Marketing, bool? Analytics, MarketingChannelsUpdate? MarketingChannels) : ICommand<ConsentsDto>;
