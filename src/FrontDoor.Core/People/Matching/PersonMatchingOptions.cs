using System.ComponentModel.DataAnnotations;

namespace FrontDoor.Core.People.Matching;

/// <summary>The <c>Matching</c> configuration section: the three bands and how fresh the index stays.</summary>
public sealed class PersonMatchingOptions : IValidatableObject
{
    public const string SectionName = "Matching";

    /// <summary>At or above this probability a contact is linked to the person without asking.</summary>
    [Range(0.5, 1.0)]
    public double LinkThreshold { get; set; } = 0.99;

    /// <summary>At or above this (and below the link threshold) a person decides from a side-by-side comparison.</summary>
    [Range(0.0, 1.0)]
    public double ReviewThreshold { get; set; } = 0.50;

    /// <summary>How often each web node picks up people changed elsewhere.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the match model is estimated again from the people on record (one node does it, under a lease).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "90.00:00:00")]
    public TimeSpan ModelEstimationInterval { get; set; } = TimeSpan.FromDays(7);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ReviewThreshold > LinkThreshold)
        {
            yield return new ValidationResult("Matching:ReviewThreshold must not be above Matching:LinkThreshold.", [nameof(ReviewThreshold)]);
        }
    }
}
