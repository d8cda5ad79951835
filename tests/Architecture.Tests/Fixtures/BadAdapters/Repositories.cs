namespace CustomiseYou.Architecture.Tests.Fixtures.BadAdapters.Repositories;

public interface IGiftRepository;

public interface IWishlistRepository;

/// <summary>Good: named after its port.</summary>
public sealed class GiftRepository : IGiftRepository;

/// <summary>Bad: implements IWishlistRepository under another name.</summary>
public sealed class WishlistStore : IWishlistRepository;
