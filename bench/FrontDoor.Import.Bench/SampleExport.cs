namespace FrontDoor.Import.Bench;

internal static class SampleExport
{
    public static void Write(string dir) => throw new NotImplementedException(dir);
}
