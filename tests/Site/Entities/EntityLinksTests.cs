using RoiReportGen.Rendering.Site.Entities;

namespace RoiReportGen.Tests.Site.Entities;

public sealed class EntityLinksTests
{
    [Theory]
    [InlineData("https://www.instagram.com/p/abc/", true)]
    [InlineData("HTTP://example.com/x?a=1&b=2", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=", false)]
    [InlineData(" https://example.com/", false)]        // leading space: not a URL as written
    [InlineData("https://exa mple.com/", false)]
    [InlineData("https:\n//example.com", false)]
    [InlineData("https://", false)]                     // no host
    [InlineData("//example.com/p", false)]              // scheme-relative: not http(s) as written
    [InlineData("ftp://example.com/p", false)]
    [InlineData("", false)]
    public void Only_absolute_http_urls_become_links(string url, bool link)
    {
        Assert.Equal(link, EntityLinks.IsWebUrl(url));
        var cell = EntityLinks.Url(url);
        Assert.Equal(url, cell.Text);
        Assert.Equal(link ? url : null, cell.Href);
        Assert.Equal(link, cell.External);
    }
}
