using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace XmppTopology.Package.Tests.Editor;

/// <summary>
/// A minimal LSP client over a language server's standard input and output: JSON-RPC messages
/// framed by Content-Length headers. It answers the server's requests as an editor would
/// (workspace/configuration with the settings given, everything else with null) and keeps what
/// the server logs, to explain a failure.
/// </summary>
internal sealed class LanguageServer : IDisposable
{
    private readonly Process process;
    private readonly Stream input;
    private readonly JsonObject settings;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> pending = new();
    private readonly ConcurrentQueue<string> log = new();
    private readonly Lock writing = new();
    private readonly Thread reader;
    private int nextId;

    public LanguageServer(ProcessStartInfo start, JsonObject settings)
    {
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        process = Process.Start(start)!;
        input = process.StandardInput.BaseStream;
        this.settings = settings;
        process.ErrorDataReceived += (_, e) => Log("stderr: " + e.Data);
        process.BeginErrorReadLine();
        reader = new Thread(Read) { IsBackground = true, Name = "LSP reader" };
        reader.Start();
    }

    /// <summary>The last lines the server logged (window/logMessage, standard error), newest last.</summary>
    public string RecentLog => string.Join("\n", log);

    public async Task<JsonNode?> RequestAsync(string method, JsonObject? parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref nextId);
        var response = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = response;
        Send(Message(method, parameters, id));
        var done = await Task.WhenAny(response.Task, Task.Delay(timeout)).ConfigureAwait(false);
        if (done != response.Task)
        {
            pending.TryRemove(id, out _);
            throw new TimeoutException($"{method} had no answer in {timeout.TotalSeconds} s; the server's log:\n{RecentLog}");
        }

        return await response.Task.ConfigureAwait(false);
    }

    public void Notify(string method, JsonObject? parameters) => Send(Message(method, parameters, id: null));

    private static JsonObject Message(string method, JsonObject? parameters, int? id)
    {
        var message = new JsonObject { ["jsonrpc"] = "2.0" };
        if (id is not null)
        {
            message["id"] = id;
        }

        message["method"] = method;
        if (parameters is not null)
        {
            message["params"] = parameters;
        }

        return message;
    }

    private void Send(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        lock (writing)
        {
            input.Write(header);
            input.Write(body);
            input.Flush();
        }
    }

    private void Read()
    {
        var output = process.StandardOutput.BaseStream;
        try
        {
            while (ReadMessage(output) is { } message)
            {
                Handle(message);
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
            // The server ended: pending requests fail below.
        }

        foreach (var request in pending.Values)
        {
            request.TrySetException(new IOException("the language server ended; its log:\n" + RecentLog));
        }
    }

    private void Handle(JsonObject message)
    {
        var hasId = message.TryGetPropertyValue("id", out var id) && id is not null;
        var method = message["method"]?.GetValue<string>();
        if (method is null && hasId)
        {
            if (pending.TryRemove(id!.GetValue<int>(), out var response))
            {
                if (message["error"] is { } error)
                {
                    response.TrySetException(new InvalidOperationException("LSP error: " + error.ToJsonString()));
                }
                else
                {
                    response.TrySetResult(message["result"]?.DeepClone());
                }
            }

            return;
        }

        if (method is "window/logMessage" or "window/showMessage")
        {
            Log(message["params"]?["message"]?.GetValue<string>());
        }

        if (hasId)
        {
            // A request of the server's: configuration is ours to give; the rest (registrations,
            // progress tokens, refreshes) needs only an answer.
            JsonNode? result = method == "workspace/configuration" ? Configuration(message["params"]?["items"]?.AsArray()) : null;
            Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id!.DeepClone(), ["result"] = result });
        }
    }

    private JsonArray Configuration(JsonArray? items)
    {
        var answer = new JsonArray();
        foreach (var item in items ?? [])
        {
            var section = item?["section"]?.GetValue<string>();
            answer.Add(section is not null && settings[section] is { } value ? value.DeepClone() : null);
        }

        return answer;
    }

    private void Log(string? line)
    {
        if (line is null)
        {
            return;
        }

        log.Enqueue(line);
        while (log.Count > 200 && log.TryDequeue(out _))
        {
        }
    }

    private static JsonObject? ReadMessage(Stream stream)
    {
        var length = -1;
        while (ReadHeaderLine(stream) is { } line)
        {
            if (line.Length == 0)
            {
                if (length < 0)
                {
                    throw new IOException("an LSP message without Content-Length");
                }

                var body = new byte[length];
                stream.ReadExactly(body);
                return JsonNode.Parse(body)!.AsObject();
            }

            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private static string? ReadHeaderLine(Stream stream)
    {
        var line = new List<byte>();
        while (true)
        {
            var next = stream.ReadByte();
            if (next < 0)
            {
                return null;
            }

            if (next == '\n')
            {
                return Encoding.ASCII.GetString(line.ToArray()).TrimEnd('\r');
            }

            line.Add((byte)next);
        }
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                // shutdown then exit, as an editor closes; killed if it does not end in time.
                RequestAsync("shutdown", null, TimeSpan.FromSeconds(10)).Wait(TimeSpan.FromSeconds(10));
                Notify("exit", null);
                process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (Exception exception) when (exception is AggregateException or TimeoutException or IOException or InvalidOperationException)
        {
            // Ending it below either way.
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.Dispose();
        }
    }
}
