namespace Kenbaarheid.Tooling.Compliance;

/// <summary>
/// One thing to fix in a register entry: the register field (<see cref="Field"/>, as the register names it), what to
/// write there, what notices say meanwhile, and what brought it up: flag codes from notices, rejection codes, or
/// <c>REGISTER_CHECK</c> when the register snapshot itself shows the gap.
/// </summary>
public sealed record RegisterGap(string Field, string Label, string WhatToWrite, string NoticeMeanwhile, IReadOnlyList<string> RaisedBy);
