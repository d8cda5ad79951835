using CustomiseYou.Architecture.Tests.Fixtures.PersonalData;
using CustomiseYou.Architecture.Tests.Rules;
using CustomiseYou.Infrastructure.Persistence;

namespace CustomiseYou.Architecture.Tests;

public sealed class PersonalDataInventoryTests
{
    [Fact]
    public void Every_stored_text_property_records_whether_it_holds_personal_data()
    {
        using var db = new DesignTimeDbContextFactory().CreateDbContext([]);

        PersonalDataInventory.TextProperties(db.Model).Count.ShouldBeGreaterThan(60);
        PersonalDataInventory.Undecided(db.Model).ShouldBeEmpty(
            "Mark each with [PersonalData(category)] (and export/erase it in a privacy area) or [NotPersonalData(\"why\")].");
    }

    [Fact]
    public void Contact_details_names_and_addresses_are_marked_personal()
    {
        using var db = new DesignTimeDbContextFactory().CreateDbContext([]);
        var personal = PersonalDataInventory.TextProperties(db.Model)
            .Where(p => PersonalDataInventory.PersonalData(p) is not null)
            .Select(p => $"{p.DeclaringType.ClrType.Name}.{p.Name}")
            .ToList();

        personal.ShouldContain("User.Email");
        personal.ShouldContain("User.FullName");
        personal.ShouldContain("User.Phone");
        personal.ShouldContain("ShippingAddress.Line1");
        personal.ShouldContain("Address.PostalCode");
        personal.ShouldContain("CustomizationSnapshot.SelectionJson");
        personal.ShouldContain("Session.UserAgent");
        personal.ShouldContain("OutboxMessage.Payload");
    }

    [Fact]
    public void Rule_fails_on_undecided_text_properties_owned_types_included()
    {
        using var db = new InventoryFixtureContext();

        PersonalDataInventory.Undecided(db.Model).ShouldBe(["Parcel.Note", "ParcelLabel.Text"]);
    }
}
