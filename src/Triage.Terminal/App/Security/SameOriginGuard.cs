using Microsoft.AspNetCore.Http;

namespace Triage.Terminal.App.Security;

/// <summary>
/// Keeps other web pages open in the same browser away from the app's API: the browser marks where a request comes
/// from (<c>Sec-Fetch-Site</c>), and every change needs a header that a cross-site form cannot send and a cross-site
/// script cannot send without a preflight the app never grants.
/// </summary>
internal sealed class SameOriginGuard(RequestDelegate next)
{
    public const string Header = "X-Triage-Clinic-App";

    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            return next(context);
        }

        var site = context.Request.Headers["Sec-Fetch-Site"].ToString();
        var crossSite = site is not ("" or "same-origin" or "none");
        var unmarkedChange = !HttpMethods.IsGet(context.Request.Method) && !context.Request.Headers.ContainsKey(Header);
        if (crossSite || unmarkedChange)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return context.Response.WriteAsJsonAsync(new { error = "forbidden", detail = "the clinic app answers only its own pages" });
        }

        return next(context);
    }
}
