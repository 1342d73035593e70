namespace Kenbaarheid.Tooling.Compliance;

/// <summary>
/// What an agency should write in one register field, and what notices tell citizens while it is empty or wrong.
/// <see cref="Field"/> is the register's own field name, as the agency sees it when editing its entry.
/// </summary>
public sealed record RegisterFieldGuidance(string Field, string Label, string WhatToWrite, string NoticeMeanwhile);
