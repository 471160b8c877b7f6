namespace RoiReportGen.Tests.Browser;

/// <summary>
/// What the phone-layout tests measure in the page, as bounding boxes (issue 16 item 3). Each script returns its
/// failures as readable lines, so a test's message names the element that sticks out and by how much.
/// </summary>
internal static class LayoutProbe
{
    /// <summary>
    /// Every rendered element's box against the viewport's width. An element inside a box that scrolls or clips
    /// sideways (a wide table's .table-scroll, the section nav, a chart's svg) is that box's business, so it is
    /// skipped, but the box itself must fit. Plotly's off-screen text measurer (#js-plotly-tester) is not content.
    /// </summary>
    public const string ViewportOverflow = """
        () => {
          const vw = document.documentElement.clientWidth;
          const clipsSideways = el => {
            for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
              if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(p).overflowX)) return true;
            }
            return false;
          };
          const out = [];
          if (document.documentElement.scrollWidth > vw) out.push('page scrolls sideways: ' + document.documentElement.scrollWidth + ' px for ' + vw);
          for (const el of document.body.querySelectorAll('*')) {
            if (el.closest('#js-plotly-tester')) continue;
            const r = el.getBoundingClientRect();
            if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden' || clipsSideways(el)) continue;
            if (r.left < -0.5 || r.right > vw + 0.5) {
              out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : '')
                + ' spans ' + Math.round(r.left) + '..' + Math.round(r.right) + ' px of ' + vw);
            }
          }
          return out;
        }
        """;

    /// <summary>
    /// In every drawn, visible chart: the legend, axis titles, tick labels, annotations (break-even label, campaign
    /// window labels), pie titles and bars lie inside the chart's div. Returns the number of charts checked, then failures.
    /// </summary>
    public const string ChartParts = """
        () => {
          const charts = [...document.querySelectorAll('.chart')]
            .filter(c => c.querySelector('svg.main-svg') && c.getBoundingClientRect().width > 0);
          const parts = '.legend, .xtitle, .ytitle, .y2title, .xtick text, .ytick text, .y2tick text, .annotation, .titletext, .barlayer .point path';
          const out = [String(charts.length)];
          for (const chart of charts) {
            const box = chart.getBoundingClientRect();
            let n = 0;
            for (const part of chart.querySelectorAll(parts)) {
              const r = part.getBoundingClientRect();
              if (r.width === 0 && r.height === 0) continue;
              n++;
              if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
                const what = (part.getAttribute('class') || part.tagName) + (part.textContent ? ' "' + part.textContent.slice(0, 40) + '"' : '');
                out.push(chart.id + ': ' + what + ' at ' + [r.left, r.top, r.right, r.bottom].map(Math.round).join(',')
                  + ' outside ' + [box.left, box.top, box.right, box.bottom].map(Math.round).join(','));
              }
            }
            if (n === 0) out.push(chart.id + ': nothing drawn to check');
          }
          return out;
        }
        """;

    /// <summary>The footer's text against main's content box (inside its padding): [left, right] of each, in px.</summary>
    public const string FooterAndColumn = """
        () => {
          const main = document.querySelector('main');
          const m = main.getBoundingClientRect();
          const s = getComputedStyle(main);
          const f = document.querySelector('footer.page-footer p').getBoundingClientRect();
          return [m.left + parseFloat(s.paddingLeft), m.right - parseFloat(s.paddingRight), f.left, f.right];
        }
        """;

    /// <summary>The tick labels of one axis of one chart, in order ("xtick", "ytick", "y2tick").</summary>
    public const string TickLabels = """
        ([id, axis]) => [...document.querySelectorAll('#' + id + ' .' + axis + ' text')].map(t => t.textContent)
        """;
}
