namespace CustomiseYou.Architecture.Tests.Fixtures.BadAdapters.Queries;

public interface IGiftQueries;

public interface IGiftLookup;

/// <summary>Good: a read adapter named after its port, ending with Queries.</summary>
public sealed class GiftQueries : IGiftQueries;

/// <summary>Bad: a read port not named …Queries.</summary>
public sealed class GiftLookup : IGiftLookup;

/// <summary>Not an adapter: a static helper beside them.</summary>
public static class GiftCursor;
