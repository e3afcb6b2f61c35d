using Microsoft.AspNetCore.Http;

namespace Mandaat.Import.Tests;

/// <summary>One misbehaviour of the service, applied to the next request of a path; true when it answered in place of the service.</summary>
internal abstract record Fault
{
    public abstract Task<bool> ApplyAsync(HttpContext context);

    /// <summary>HTTP 500 with the body the real service sends on a transient error (FORMATS.md §1b).</summary>
    public sealed record ServerError : Fault
    {
        public override async Task<bool> ApplyAsync(HttpContext context)
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            await context.Response.WriteAsync("<Error><Message>An error has occurred.</Message></Error>");
            return true;
        }
    }

    /// <summary>HTTP 429 with Retry-After in seconds.</summary>
    public sealed record TooManyRequests(int RetryAfterSeconds) : Fault
    {
        public override Task<bool> ApplyAsync(HttpContext context)
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Task.FromResult(true);
        }
    }

    /// <summary>An answer that takes longer than the client waits, then the real answer.</summary>
    public sealed record Slow(TimeSpan Delay) : Fault
    {
        public override async Task<bool> ApplyAsync(HttpContext context)
        {
            try
            {
                await Task.Delay(Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return true;
            }

            return false;
        }
    }

    /// <summary>A body that announces more bytes than it sends, then the connection is dropped.</summary>
    public sealed record Truncated : Fault
    {
        public override async Task<bool> ApplyAsync(HttpContext context)
        {
            context.Response.ContentType = "application/pdf";
            context.Response.ContentLength = 10_000;
            await context.Response.Body.WriteAsync("%PDF-1.4 cut short"u8.ToArray());
            await context.Response.Body.FlushAsync();
            context.Abort();
            return true;
        }
    }

    /// <summary>A 200 whose JSON breaks off.</summary>
    public sealed record MalformedJson : Fault
    {
        public override async Task<bool> ApplyAsync(HttpContext context)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"@odata.context\":\"x\",\"value\":[{\"Id\":");
            return true;
        }
    }

    /// <summary>HTTP 404, as for a file that is no longer there.</summary>
    public sealed record NotFound : Fault
    {
        public override Task<bool> ApplyAsync(HttpContext context)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.FromResult(true);
        }
    }

    /// <summary>A complete HTTP answer whose Atom XML breaks off in the middle of an entry.</summary>
    public sealed record TruncatedXml : Fault
    {
        public override async Task<bool> ApplyAsync(HttpContext context)
        {
            context.Response.ContentType = "application/atom+xml; charset=utf-8";
            await context.Response.WriteAsync("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Feed</title><entry><title>a1000000-0000-0000-0000-0000");
            return true;
        }
    }
}
