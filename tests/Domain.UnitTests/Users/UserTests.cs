using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Users;
using CustomiseYou.Domain.Users.Events;

namespace CustomiseYou.Domain.UnitTests.Users;

public sealed class UserTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Register_normalises_the_email_grants_customer_and_raises_user_registered()
    {
        var id = Guid.NewGuid();

        var user = User.Register(id, "  Asha@Example.COM ", "hash", "  Asha Rao ", "+919876543210", Now);

        user.Email.ShouldBe("asha@example.com");
        user.FullName.ShouldBe("Asha Rao");
        user.Phone.ShouldBe("+919876543210");
        user.PhoneVerified.ShouldBeFalse();
        user.EmailVerified.ShouldBeFalse();
        user.Roles.ShouldBe(["customer"]);
        user.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<UserRegistered>().UserId.ShouldBe(id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Register_with_a_blank_name_throws(string name) =>
        Should.Throw<DomainException>(() => User.Register(Guid.NewGuid(), "a@example.com", "hash", name, null, Now))
            .Error.Code.ShouldBe("user.full_name");

    [Fact]
    public void Register_with_a_name_over_200_characters_throws() =>
        Should.Throw<DomainException>(() => User.Register(Guid.NewGuid(), "a@example.com", "hash", new string('x', 201), null, Now));

    [Fact]
    public void Register_with_a_phone_not_in_E164_throws() =>
        Should.Throw<DomainException>(() => User.Register(Guid.NewGuid(), "a@example.com", "hash", "Asha", "09876543210", Now))
            .Error.Code.ShouldBe("user.phone");

    [Fact]
    public void Nine_failures_within_the_window_do_not_lock()
    {
        var user = NewUser();
        for (var i = 0; i < 9; i++)
        {
            user.RecordFailedLogin(Now.AddMinutes(i));
        }

        user.IsLockedOut(Now.AddMinutes(9)).ShouldBeFalse();
    }

    [Fact]
    public void Ten_failures_within_fifteen_minutes_lock_until_the_window_ends()
    {
        var user = NewUser();
        for (var i = 0; i < 10; i++)
        {
            user.RecordFailedLogin(Now.AddMinutes(i));
        }

        user.FailedLoginCount.ShouldBe(10);
        user.IsLockedOut(Now.AddMinutes(9)).ShouldBeTrue();
        user.IsLockedOut(Now.AddMinutes(15).AddTicks(-1)).ShouldBeTrue();
        user.IsLockedOut(Now.AddMinutes(15)).ShouldBeFalse();
    }

    [Fact]
    public void A_failure_after_the_window_starts_a_new_count()
    {
        var user = NewUser();
        for (var i = 0; i < 9; i++)
        {
            user.RecordFailedLogin(Now.AddMinutes(i));
        }

        user.RecordFailedLogin(Now.AddMinutes(15));

        user.FailedLoginCount.ShouldBe(1);
        user.FailedLoginWindowStart.ShouldBe(Now.AddMinutes(15));
        user.IsLockedOut(Now.AddMinutes(15)).ShouldBeFalse();
    }

    [Fact]
    public void Ten_failures_spread_over_more_than_fifteen_minutes_do_not_lock()
    {
        var user = NewUser();
        for (var i = 0; i < 10; i++)
        {
            user.RecordFailedLogin(Now.AddMinutes(i * 2));
        }

        user.IsLockedOut(Now.AddMinutes(18)).ShouldBeFalse();
    }

    [Fact]
    public void A_successful_login_resets_the_count()
    {
        var user = NewUser();
        for (var i = 0; i < 9; i++)
        {
            user.RecordFailedLogin(Now);
        }

        user.RecordSuccessfulLogin();
        user.RecordFailedLogin(Now.AddMinutes(1));

        user.FailedLoginCount.ShouldBe(1);
        user.IsLockedOut(Now.AddMinutes(1)).ShouldBeFalse();
    }

    [Fact]
    public void GrantRole_is_idempotent()
    {
        var user = NewUser();

        user.GrantRole("seller");
        user.GrantRole("seller");

        user.Roles.ShouldBe(["customer", "seller"]);
    }

    [Fact]
    public void VerifyPhone_sets_and_verifies_and_changing_the_phone_unverifies_it()
    {
        var user = NewUser();

        user.VerifyPhone("+4915112345678");
        user.PhoneVerified.ShouldBeTrue();
        user.UpdateProfile(null, "+4915112345678", phoneSupplied: true);
        user.PhoneVerified.ShouldBeTrue("the same number stays verified");
        user.UpdateProfile(null, "+4915187654321", phoneSupplied: true);

        user.Phone.ShouldBe("+4915187654321");
        user.PhoneVerified.ShouldBeFalse();
    }

    [Fact]
    public void LinkExternalLogin_is_idempotent()
    {
        var user = NewUser();

        user.LinkExternalLogin(new ExternalLogin("Google", "123"));
        user.LinkExternalLogin(new ExternalLogin("Google", "123"));

        user.ExternalLogins.ShouldHaveSingleItem();
    }

    [Fact]
    public void VerifyEmailThroughProvider_on_an_unverified_account_drops_the_password_set_before_the_address_was_proven()
    {
        var user = NewUser();

        user.VerifyEmailThroughProvider();

        user.EmailVerified.ShouldBeTrue();
        user.PasswordHash.ShouldBeNull();
    }

    [Fact]
    public void VerifyEmailThroughProvider_on_a_verified_account_keeps_the_password()
    {
        var user = NewUser();
        user.VerifyEmail();

        user.VerifyEmailThroughProvider();

        user.EmailVerified.ShouldBeTrue();
        user.PasswordHash.ShouldBe("hash");
    }

    private static User NewUser() => User.Register(Guid.NewGuid(), "a@example.com", "hash", "Asha", null, Now);
}
