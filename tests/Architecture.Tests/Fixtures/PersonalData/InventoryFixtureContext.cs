using CustomiseYou.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Architecture.Tests.Fixtures.PersonalData;

/// <summary>A model with one decided and two undecided text properties, one of them in an owned type.</summary>
public sealed class InventoryFixtureContext() : DbContext(new DbContextOptionsBuilder<InventoryFixtureContext>().UseNpgsql("Host=localhost").Options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Parcel>(parcel =>
        {
            parcel.HasKey(p => p.Id);
            parcel.OwnsOne(p => p.Label);
        });
}

public sealed class Parcel
{
    public Guid Id { get; set; }

    [PersonalData(PersonalDataCategory.Address)]
    public string Recipient { get; set; } = "";

    [NotPersonalData("a carrier code")]
    public string Carrier { get; set; } = "";

    public string Note { get; set; } = "";

    public ParcelLabel Label { get; set; } = new();
}

public sealed class ParcelLabel
{
    public string Text { get; set; } = "";
}
