using System.Globalization;

namespace FrontDoor.Web.Pages.Staff.Contacts;

/// <summary>An amount of money as staff type it: "1200", "1,200.50", "£1200".</summary>
public static class Pounds
{
    public static bool TryParse(string? typed, out decimal? amount)
    {
        amount = null;
        var text = typed?.Trim().TrimStart('£').Replace(",", string.Empty, StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(text)
            || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || decimal.Round(value, 2) != value)
        {
            return false;
        }

        amount = value;
        return true;
    }
}
