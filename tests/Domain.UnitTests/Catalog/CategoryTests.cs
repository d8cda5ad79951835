using CustomiseYou.Domain.Catalog;
using CustomiseYou.Domain.Catalog.Events;
using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.UnitTests.Catalog;

public sealed class CategoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Create_sets_its_state_from_the_arguments()
    {
        var id = Guid.NewGuid();
        var parentId = Guid.NewGuid();

        var category = Category.Create(id, "Diwali Gifts", null, parentId, 3, Now);

        category.Id.ShouldBe(id);
        category.Name.ShouldBe("Diwali Gifts");
        category.Slug.ShouldBe("diwali-gifts");
        category.ParentId.ShouldBe(parentId);
        category.Position.ShouldBe(3);
    }

    [Fact]
    public void Create_raises_exactly_one_category_created_event()
    {
        var id = Guid.NewGuid();
        var parentId = Guid.NewGuid();

        var category = Category.Create(id, "Mugs", null, parentId, 0, Now);

        var created = category.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<CategoryCreated>();
        created.CategoryId.ShouldBe(id);
        created.Name.ShouldBe("Mugs");
        created.ParentId.ShouldBe(parentId);
        created.OccurredAt.ShouldBe(Now);
    }

    [Fact]
    public void Create_trims_the_name_and_the_event_carries_the_trimmed_name()
    {
        var category = Category.Create(Guid.NewGuid(), "  Mugs \t", null, null, 0, Now);

        category.Name.ShouldBe("Mugs");
        category.Slug.ShouldBe("mugs");
        category.DomainEvents.OfType<CategoryCreated>().Single().Name.ShouldBe("Mugs");
    }

    [Fact]
    public void Create_with_a_slug_uses_it_instead_of_the_name()
    {
        var category = Category.Create(Guid.NewGuid(), "Mugs & Cups", "drinkware", null, 0, Now);

        category.Slug.ShouldBe("drinkware");
    }

    [Fact]
    public void Create_accepts_a_name_of_exactly_the_maximum_length()
    {
        var name = new string('x', Category.NameMaxLength);

        Category.Create(Guid.NewGuid(), name, null, null, 0, Now).Name.ShouldBe(name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Create_refuses_a_blank_name(string name)
    {
        var exception = Should.Throw<DomainException>(() => Category.Create(Guid.NewGuid(), name, null, null, 0, Now));

        exception.Error.Code.ShouldBe("category.name");
    }

    [Fact]
    public void Create_refuses_a_name_longer_than_the_maximum()
    {
        var name = new string('x', Category.NameMaxLength + 1);

        var exception = Should.Throw<DomainException>(() => Category.Create(Guid.NewGuid(), name, null, null, 0, Now));

        exception.Error.Code.ShouldBe("category.name");
    }

    [Fact]
    public void MoveTo_itself_is_refused()
    {
        var category = NewCategory();

        var exception = Should.Throw<DomainException>(() => category.MoveTo(category.Id, []));

        exception.Error.Code.ShouldBe("category.cycle");
        category.ParentId.ShouldBeNull();
    }

    [Fact]
    public void MoveTo_a_descendant_is_refused()
    {
        var category = NewCategory();
        var grandChild = Guid.NewGuid();
        var child = Guid.NewGuid();

        // The new parent's ancestors, nearest first, include the category itself: the parent is its descendant.
        var exception = Should.Throw<DomainException>(() => category.MoveTo(grandChild, [child, category.Id]));

        exception.Error.Code.ShouldBe("category.cycle");
        category.ParentId.ShouldBeNull();
    }

    [Fact]
    public void MoveTo_a_legal_parent_sets_the_parent_id()
    {
        var category = NewCategory();
        var parent = Guid.NewGuid();

        category.MoveTo(parent, [Guid.NewGuid()]);

        category.ParentId.ShouldBe(parent);
    }

    [Fact]
    public void MoveTo_null_moves_the_category_to_the_root()
    {
        var category = Category.Create(Guid.NewGuid(), "Mugs", null, Guid.NewGuid(), 0, Now);

        category.MoveTo(null, []);

        category.ParentId.ShouldBeNull();
    }

    [Fact]
    public void Rename_without_a_slug_regenerates_the_slug_from_the_name()
    {
        var category = Category.Create(Guid.NewGuid(), "Mugs", "custom-mugs", null, 0, Now);

        category.Rename("  Coffee Mugs ", null);

        category.Name.ShouldBe("Coffee Mugs");
        category.Slug.ShouldBe("coffee-mugs");
    }

    [Fact]
    public void Rename_with_a_slug_uses_the_slug()
    {
        var category = NewCategory();

        category.Rename("Coffee Mugs", "mugs");

        category.Name.ShouldBe("Coffee Mugs");
        category.Slug.ShouldBe("mugs");
    }

    [Fact]
    public void Rename_refuses_a_blank_name_and_keeps_the_old_one()
    {
        var category = NewCategory();

        var exception = Should.Throw<DomainException>(() => category.Rename(" ", null));

        exception.Error.Code.ShouldBe("category.name");
        category.Name.ShouldBe("Mugs");
    }

    [Fact]
    public void Reorder_sets_the_position()
    {
        var category = NewCategory();

        category.Reorder(7);

        category.Position.ShouldBe(7);
    }

    [Fact]
    public void Delete_raises_category_deleted()
    {
        var category = NewCategory();
        category.ClearDomainEvents();
        var later = Now.AddHours(1);

        category.Delete(later);

        var deleted = category.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<CategoryDeleted>();
        deleted.CategoryId.ShouldBe(category.Id);
        deleted.OccurredAt.ShouldBe(later);
    }

    [Fact]
    public void ClearDomainEvents_empties_the_events()
    {
        var category = NewCategory();
        category.Delete(Now);
        category.DomainEvents.Count.ShouldBe(2);

        category.ClearDomainEvents();

        category.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void Categories_are_equal_by_id()
    {
        var id = Guid.NewGuid();

        var a = Category.Create(id, "Mugs", null, null, 0, Now);
        var b = Category.Create(id, "Cups", null, null, 1, Now);

        a.Equals(b).ShouldBeTrue();
        a.GetHashCode().ShouldBe(b.GetHashCode());
        a.Equals(NewCategory()).ShouldBeFalse();
    }

    private static Category NewCategory() => Category.Create(Guid.NewGuid(), "Mugs", null, null, 0, Now);
}
