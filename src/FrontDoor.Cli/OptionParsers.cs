using System.CommandLine.Parsing;
using System.Globalization;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Partners;

namespace FrontDoor.Cli;

/// <summary>Option parsers that turn bad values into one clear usage error instead of an exception.</summary>
internal static class OptionParsers
{
    public static int IntegerBetween(ArgumentResult result, int min, int max)
    {
        var text = Token(result);
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            result.AddError($"{OptionName(result)} must be a whole number; got '{text}'.");
            return default;
        }

        if (value < min || value > max)
        {
            result.AddError($"{OptionName(result)} must be between {min:N0} and {max:N0}; got {value:N0}.");
        }

        return value;
    }

    public static double NumberBetween(ArgumentResult result, double min, double max)
    {
        var text = Token(result);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            result.AddError($"{OptionName(result)} must be a number; got '{text}'.");
            return default;
        }

        if (value < min || value > max)
        {
            result.AddError($"{OptionName(result)} must be between {min:N0} and {max:N0}; got {text}.");
        }

        return value;
    }

    public static DateOnly? Date(ArgumentResult result)
    {
        var text = Token(result);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"{OptionName(result)} must be a real date written yyyy-MM-dd; got '{text}'.");
        return null;
    }

    public static double? Probability(ArgumentResult result)
    {
        var text = Token(result);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value is < 0 or > 1 || double.IsNaN(value))
        {
            result.AddError($"{OptionName(result)} must be a probability between 0 and 1; got '{text}'.");
            return null;
        }

        return value;
    }

    public static ContactSource OrganisationType(ArgumentResult result)
    {
        var text = Token(result);
        if (!PartnerOrganisationTypes.TryParse(text, out var source))
        {
            result.AddError($"{OptionName(result)} must be one of {PartnerOrganisationTypes.Names}; got '{text}'.");
        }

        return source;
    }

    public static Guid Id(ArgumentResult result)
    {
        var text = Token(result);
        if (!Guid.TryParse(text, out var id))
        {
            result.AddError($"{OptionName(result)} must be an id such as 0195f3c2-7b1e-7c4d-9a2b-3c4d5e6f7a8b; got '{text}'.");
        }

        return id;
    }

    private static string Token(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;

    private static string OptionName(ArgumentResult result) => (result.Parent as OptionResult)?.Option.Name ?? result.Argument.Name;
}
