namespace CustomiseYou.Application.Common.Behaviours;

/// <summary>How the unit of work runs a command; every command declares one with <see cref="TransactionAttribute"/>.</summary>
public enum TransactionPolicy
{
    /// <summary>One transaction around the handler: committed when it succeeds, rolled back when it fails or throws.</summary>
    AllOrNothing,

    /// <summary>
    /// One transaction that commits a failed result too, because the failure is state worth keeping: a wrong code counts
    /// an attempt, a wrong password counts towards lockout, a reused refresh token revokes its session.
    /// </summary>
    KeepFailures,

    /// <summary>
    /// Not wrapped: part of the work must happen outside a transaction (a payment provider, an SMS or identity provider
    /// is called first), so the handler commits through <see cref="Abstractions.UnitOfWorkCommits.CommitAsync"/>
    /// and no connection or row lock is held across the HTTP call.
    /// </summary>
    HandlerCommits,

    /// <summary>
    /// Not wrapped: the handler changes nothing itself and sends other commands through
    /// <see cref="Abstractions.IIsolatedCommandRunner"/>, each in a scope and transaction of its own (a scheduled batch,
    /// where one failure must not undo the others; on SQLite an open transaction would block them).
    /// </summary>
    Coordinates,

    /// <summary>
    /// One transaction held across provider calls on purpose: it holds a <c>FOR UPDATE SKIP LOCKED</c> claim, so no other
    /// instance pays the same rows while the calls run (a payout batch, ADR 0013).
    /// </summary>
    ClaimAcrossProviderCalls,
}
