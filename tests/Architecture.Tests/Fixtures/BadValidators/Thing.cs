namespace CustomiseYou.Architecture.Tests.Fixtures.BadValidators;

public sealed record Thing(string Name);
