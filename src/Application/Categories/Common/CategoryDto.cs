namespace CustomiseYou.Application.Categories.Common;

public sealed record CategoryDto(Guid Id, string Name, string Slug, Guid? ParentId, int Position);
