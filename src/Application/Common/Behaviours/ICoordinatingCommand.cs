namespace CustomiseYou.Application.Common.Behaviours;

/// <summary>
/// Marks a command that changes nothing itself but sends other commands, each in a scope and transaction of its own
/// (a scheduled batch: one failure must not undo the others). The unit of work does not wrap it, so its own
/// connection holds no transaction while the others commit; on SQLite an open one would block their writes.
/// </summary>
public interface ICoordinatingCommand;
