namespace Kenbaarheid.Tooling.Compliance;

/// <summary>A flag or rejection code in words: its plain name and one line on what to do about it.</summary>
public sealed record CodeExplanation(string Name, string WhatToDo);
