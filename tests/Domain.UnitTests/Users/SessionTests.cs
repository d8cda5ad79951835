using CustomiseYou.Domain.Users;

namespace CustomiseYou.Domain.UnitTests.Users;

public sealed class SessionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Start_is_active_for_thirty_days()
    {
        var session = Start();

        session.IsActive(Now).ShouldBeTrue();
        session.ExpiresAt.ShouldBe(Now.AddDays(30));
        session.IsActive(Now.AddDays(30)).ShouldBeFalse();
        session.Tokens.ShouldHaveSingleItem().Hash.ShouldBe("t1");
    }

    [Fact]
    public void Start_truncates_a_long_user_agent()
    {
        var session = Session.Start(Guid.NewGuid(), Guid.NewGuid(), "t1", new string('a', 400), "10.0.0.0/24", Now);

        session.UserAgent!.Length.ShouldBe(Session.UserAgentMaxLength);
    }

    [Fact]
    public void Rotate_exchanges_the_token_and_extends_the_session()
    {
        var session = Start();
        var at = Now.AddDays(1);

        session.Rotate("t1", "t2", at).IsSuccess.ShouldBeTrue();

        session.Tokens.Single(t => t.Hash == "t1").RotatedAt.ShouldBe(at);
        session.Tokens.Single(t => t.Hash == "t2").RotatedAt.ShouldBeNull();
        session.LastUsedAt.ShouldBe(at);
        session.ExpiresAt.ShouldBe(at.AddDays(30));
        session.IsActive(at).ShouldBeTrue();
    }

    [Fact]
    public void Rotate_with_an_already_rotated_token_revokes_the_whole_session()
    {
        var session = Start();
        session.Rotate("t1", "t2", Now.AddMinutes(1)).IsSuccess.ShouldBeTrue();

        var reuse = session.Rotate("t1", "t3", Now.AddMinutes(2));

        reuse.Error!.Code.ShouldBe("auth.refresh_reused");
        session.RevokedAt.ShouldBe(Now.AddMinutes(2));
        session.RevokedReason.ShouldBe("refresh token reused");
        session.IsActive(Now.AddMinutes(2)).ShouldBeFalse();
        session.Tokens.ShouldNotContain(t => t.Hash == "t3");
        session.Rotate("t2", "t4", Now.AddMinutes(3)).Error!.Code
            .ShouldBe("auth.refresh_invalid", "the newest token of a revoked family is dead too");
    }

    [Fact]
    public void Rotate_after_expiry_is_invalid()
    {
        var session = Start();

        session.Rotate("t1", "t2", Now.AddDays(30)).Error!.Code.ShouldBe("auth.refresh_invalid");
        session.RevokedAt.ShouldBeNull();
    }

    [Fact]
    public void Revoke_keeps_the_first_reason()
    {
        var session = Start();

        session.Revoke("logout", Now.AddMinutes(1));
        session.Revoke("signed out by the user", Now.AddMinutes(2));

        session.RevokedReason.ShouldBe("logout");
        session.RevokedAt.ShouldBe(Now.AddMinutes(1));
        session.Rotate("t1", "t2", Now.AddMinutes(3)).Error!.Code.ShouldBe("auth.refresh_invalid");
    }

    private static Session Start() => Session.Start(Guid.NewGuid(), Guid.NewGuid(), "t1", "test-agent", "10.0.0.0/24", Now);
}
