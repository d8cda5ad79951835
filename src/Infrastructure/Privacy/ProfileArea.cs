using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Users;
using CustomiseYou.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Privacy;

/// <summary>The account itself. Erasure leaves an empty tombstone (see <see cref="User.Erase"/>) that can never sign in.</summary>
internal sealed class ProfileArea(AppDbContext db) : IPersonalDataArea
{
    private static readonly IReadOnlyDictionary<string, string> Texts = ExportJson.Texts(
        "Your account: email address, name, phone number and whether they are verified, your roles, when you signed up, whether a password is set, "
        + "and the Google or Apple identities linked to it. The password itself is never stored; its hash is left out.",
        "Ihr Konto: E-Mail-Adresse, Name, Telefonnummer und ob sie bestätigt sind, "
        + "Ihre Rollen, wann Sie sich registriert haben, ob ein Passwort gesetzt ist, "
        + "und die verknüpften Google- oder Apple-Identitäten. Das Passwort selbst wird nie gespeichert; sein Hash ist nicht enthalten.",
        "आपका खाता: ईमेल पता, नाम, फ़ोन नंबर और क्या "
        + "वे सत्यापित हैं, आपकी भूमिकाएँ, आपने कब "
        + "पंजीकरण किया, क्या पासवर्ड सेट है, "
        + "और उससे जुड़ी Google या Apple पहचान। पासवर्ड स्वयं कभी "
        + "संग्रहीत नहीं होता; उसका हैश शामिल नहीं है।");

    public string Name => "profile";

    public IReadOnlyDictionary<string, string> Description => Texts;

    public IReadOnlyCollection<Type> Covers { get; } = [typeof(User)];

    public async Task<AreaExport?> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        return user is null
            ? null
            : AreaExport.Of(new
            {
                user.Id,
                user.Email,
                user.EmailVerified,
                user.FullName,
                user.Phone,
                user.PhoneVerified,
                Roles = user.Roles.ToList(),
                user.CreatedAt,
                HasPassword = user.PasswordHash is not null,
                ExternalLogins = user.ExternalLogins.Select(l => new { l.Provider, l.Subject }).ToList(),
            });
    }

    public async Task EraseAsync(ErasureContext context, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == context.UserId, cancellationToken);
        user?.Erase(context.Now);
    }
}
