using RoiReportGen.Rendering.Site.Entities;

namespace RoiReportGen.Tests.Site.Entities;

public sealed class EntityLinksTests
{
    [Theory]
    [InlineData("https://www.instagram.com/p/abc/", true)]
    [InlineData("HTTPS://instagram.com/reel/x?a=1&b=2", true)]
    [InlineData("https://m.youtube.com/watch?v=abc", true)]
    [InlineData("https://youtu.be/abc", true)]
    [InlineData("https://x.com/asha/status/1", true)]
    [InlineData("https://twitter.com/asha/status/1", true)]
    [InlineData("https://www.youtube.com/@asha/shorts", true)]     // an @ in the path is not a user name
    [InlineData("https://instagram.com\\@evil.example/p", false)] // a backslash: browsers read it as '/'

    [InlineData("http://www.instagram.com/p/abc/", false)]      // https only
    [InlineData("https://example.com/x", false)]                 // not a post host
    [InlineData("https://instagram.com.evil.example/p", false)]
    [InlineData("https://evilinstagram.com/p", false)]
    [InlineData("https://user:pw@instagram.com/p", false)]       // credentials
    [InlineData("https://instagram.com@evil.example/p", false)]
    [InlineData("https://instagram.com:8080/p", false)]          // a port
    [InlineData("http://127.0.0.1:8080/admin", false)]
    [InlineData("https://127.0.0.1/admin", false)]
    [InlineData("https://instagram.com/p/\u202Egpj.exe", false)] // right-to-left override: shows .../exe.jpg
    [InlineData("https://instagram.com/p/a\u200Bb", false)]      // zero-width space
    [InlineData("https://instagram.com/p/a\u2066b", false)]      // bidi isolate
    [InlineData("javascript:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=", false)]
    [InlineData(" https://instagram.com/", false)]              // leading space: not a URL as written
    [InlineData("https://insta gram.com/", false)]
    [InlineData("https:\n//instagram.com", false)]
    [InlineData("https://", false)]                              // no host
    [InlineData("//instagram.com/p", false)]                     // scheme-relative: not https as written
    [InlineData("ftp://instagram.com/p", false)]
    [InlineData("", false)]
    public void Only_https_urls_of_post_hosts_become_links(string url, bool link)
    {
        Assert.Equal(link, EntityLinks.IsWebUrl(url));
        var cell = EntityLinks.Url(url);
        Assert.Equal(url, cell.Text);
        Assert.Equal(link ? url : null, cell.Href);
        Assert.Equal(link, cell.External);
    }
}
