namespace CustomiseYou.Application.Common.Behaviours;

/// <summary>
/// Marks a command whose handler opens and commits its own transaction, because part of its work must happen outside
/// one: the checkout calls the payment provider before it reserves stock, payment confirmations and webhooks call it
/// before they settle, refunds (cancellations, returns, an admin's) and one-time codes (sign-up, phone) before they
/// save, so no connection or row lock is held across those HTTP calls (<see cref="Abstractions.UnitOfWorkCommits.CommitAsync"/>).
/// The unit of work does not wrap it.
/// </summary>
public interface ICommitsItself;
