using CustomiseYou.Application.Categories.Common;
using CustomiseYou.Application.Categories.GetCategoryTree;

namespace CustomiseYou.Application.UnitTests.Categories;

public sealed class GetCategoryTreeBuildTreeTests
{
    [Fact]
    public void Empty_list_gives_an_empty_forest() =>
        GetCategoryTreeHandler.BuildTree([]).ShouldBeEmpty();

    [Fact]
    public void Flat_list_becomes_a_forest_of_roots_with_their_children()
    {
        var gifts = Dto("Gifts", null, 0);
        var home = Dto("Home", null, 1);
        var mugs = Dto("Mugs", home.Id, 0);
        var diwali = Dto("Diwali", gifts.Id, 0);

        var forest = GetCategoryTreeHandler.BuildTree([gifts, home, mugs, diwali]);

        forest.Select(n => n.Name).ShouldBe(["Gifts", "Home"]);
        forest[0].Children.ShouldHaveSingleItem().Id.ShouldBe(diwali.Id);
        forest[1].Children.ShouldHaveSingleItem().Id.ShouldBe(mugs.Id);
        forest[0].Children[0].Children.ShouldBeEmpty();
    }

    [Fact]
    public void Nodes_carry_the_fields_of_their_category()
    {
        var gifts = Dto("Gifts", null, 4);

        var node = GetCategoryTreeHandler.BuildTree([gifts]).ShouldHaveSingleItem();

        node.Id.ShouldBe(gifts.Id);
        node.Name.ShouldBe("Gifts");
        node.Slug.ShouldBe("gifts");
        node.Position.ShouldBe(4);
        node.Children.ShouldBeEmpty();
    }

    [Fact]
    public void Siblings_keep_the_input_order()
    {
        var root = Dto("Root", null, 0);
        // Deliberately not in position order: the query already ordered them, the tree must not re-sort.
        var c = Dto("C", root.Id, 2);
        var a = Dto("A", root.Id, 0);
        var b = Dto("B", root.Id, 1);
        var otherRoot = Dto("Another root", null, 1);

        var forest = GetCategoryTreeHandler.BuildTree([c, root, a, otherRoot, b]);

        forest.Select(n => n.Name).ShouldBe(["Root", "Another root"]);
        forest[0].Children.Select(n => n.Name).ShouldBe(["C", "A", "B"]);
    }

    [Fact]
    public void Three_levels_deep_are_nested()
    {
        var gifts = Dto("Gifts", null, 0);
        var festive = Dto("Festive", gifts.Id, 0);
        var diwali = Dto("Diwali", festive.Id, 0);
        var holi = Dto("Holi", festive.Id, 1);

        var forest = GetCategoryTreeHandler.BuildTree([diwali, festive, holi, gifts]);

        var root = forest.ShouldHaveSingleItem();
        root.Name.ShouldBe("Gifts");
        var middle = root.Children.ShouldHaveSingleItem();
        middle.Name.ShouldBe("Festive");
        middle.Children.Select(n => n.Name).ShouldBe(["Diwali", "Holi"]);
        middle.Children.ShouldAllBe(n => n.Children.Count == 0);
    }

    private static CategoryDto Dto(string name, Guid? parentId, int position) =>
        new(Guid.NewGuid(), name, name.ToLowerInvariant().Replace(' ', '-'), parentId, position);
}
