namespace FrontDoor.Cli;

/// <summary>Reports on the calling thread, in order; <see cref="Progress{T}"/> would post out of order.</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
