using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ReviewConsole.Web.Tests.Infrastructure;

/// <summary>Signs in through the real login form, antiforgery token and all, as a browser would.</summary>
public static partial class SignInClient
{
    public static HttpClient CreateAnonymous(ConsoleAppFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password, string path = "/Account/Login")
    {
        var page = await client.GetStringAsync(path);
        var token = AntiforgeryToken().Match(page);
        Assert.True(token.Success, "the login page carries an antiforgery token");

        return await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    public static async Task<HttpClient> CreateSignedInAsync(ConsoleAppFactory factory, string email, string password)
    {
        var client = CreateAnonymous(factory);
        var response = await PostLoginAsync(client, email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>The antiforgery token of a page the client has fetched, as its forms post it.</summary>
    public static string TokenOf(string page) => WebUtility.HtmlDecode(AntiforgeryToken().Match(page).Groups[1].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
