namespace CustomiseYou.Application.Common.Security;

/// <summary>
/// A public, guest-safe use case a storefront may call with a publishable key alone: catalog reads, customisation
/// quotes and previews, sign-up and sign-in. Any other call with only a publishable key is 403.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class PublishableKeyAllowedAttribute : Attribute;
