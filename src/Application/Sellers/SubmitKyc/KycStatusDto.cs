using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Domain.Sellers;

namespace CustomiseYou.Application.Sellers.SubmitKyc;

public sealed record KycStatusDto(Guid SellerId, KycStatus KycStatus);
