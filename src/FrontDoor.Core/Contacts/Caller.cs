namespace FrontDoor.Core.Contacts;

/// <summary>The person who made the contact when they are not the person it is about (or to record how to reach them).</summary>
public sealed record Caller(string Name, string? Relationship = null, string? Organisation = null, string? Phone = null, string? Email = null);
