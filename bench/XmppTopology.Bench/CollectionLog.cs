using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Linq;

namespace XmppTopology.Bench;

/// <summary>
/// The garbage collector's gen2 collections while it listens, with their start, end and kind, from
/// the runtime's own events. The events arrive late (the runtime batches them): read the log a
/// moment after the work.
/// </summary>
internal sealed class CollectionLog : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<long, (DateTime Start, int Generation, int Kind)> _started = new();
    private readonly ConcurrentQueue<(DateTime Start, DateTime End, bool Background)> _gen2 = new();

    /// <summary>The gen2 collections seen so far: start, end, and whether it ran in the background.</summary>
    public IReadOnlyList<(DateTime Start, DateTime End, bool Background)> Gen2 => _gen2.ToList();

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Informational, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("GCStart", StringComparison.Ordinal) == true)
        {
            // Type: 0 blocking, 1 background, 2 foreground during a background one.
            _started[Number(eventData, "Count")] = (eventData.TimeStamp, (int)Number(eventData, "Depth"), (int)Number(eventData, "Type"));
        }
        else if (eventData.EventName?.StartsWith("GCEnd", StringComparison.Ordinal) == true
            && _started.TryRemove(Number(eventData, "Count"), out var start) && start.Generation == 2)
        {
            _gen2.Enqueue((start.Start, eventData.TimeStamp, start.Kind == 1));
        }
    }

    private static long Number(EventWrittenEventArgs eventData, string name) =>
        Convert.ToInt64(eventData.Payload![eventData.PayloadNames!.IndexOf(name)], CultureInfo.InvariantCulture);
}
