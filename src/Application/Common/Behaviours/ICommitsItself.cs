namespace CustomiseYou.Application.Common.Behaviours;

/// <summary>
/// Marks a command whose handler opens and commits its own transaction, because part of its work must happen outside
/// one: the checkout calls the payment provider before it reserves stock, so no connection or row lock is held across
/// that HTTP call. The unit of work does not wrap it.
/// </summary>
public interface ICommitsItself;
