using CustomiseYou.Application.Orders.Common;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadApiClient;

/// <summary>Bad: a client helper that reads the server's DTO type instead of the generated model.</summary>
public static class ApiClientTypeUsingApplication
{
    public static Guid IdOf(OrderDetailDto order) => order.Id;
}
