namespace CustomiseYou.Application.Common.Behaviours;

/// <summary>
/// Marks a command whose failure is itself state worth keeping (a wrong code counts an attempt, a wrong password
/// counts towards lockout, a reused refresh token revokes its session), so the unit of work commits it too.
/// </summary>
public interface ICommitFailedResult;
