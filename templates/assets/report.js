/*
 * RoiReportGen report page: view tabs, lazy Plotly charts, client-side tables, theme, print.
 * The DOM and JSON this works against is specified in docs/SITE.md.
 *
 * Rules kept throughout (a strict Content-Security-Policy and untrusted data names):
 *  - data is only ever put into the page with textContent / attributes, never innerHTML;
 *  - JSON is read with JSON.parse(script.textContent), no eval / new Function;
 *  - no inline event handlers; element.style is not needed (CSS classes do the styling).
 */
(function () {
  'use strict';

  const root = document.documentElement;
  const THEME_KEY = 'roireport-theme';
  // Chart width while printing: A4 (210 mm) minus 2 × 14 mm margins = 182 mm ≈ 688 CSS px,
  // less the printed section's padding. Plotly draws in fixed px, so it must be told.
  const PRINT_CHART_WIDTH = 660;
  const NUMERIC = { int: true, money: true, ratio: true, 'ratio-change': true, percent: true };
  // Entity pages (SPEC 3): FOLDER/SLUG.html, slugs of a-z, 0-9 and '-' (SlugAllocator). Anything else is not linked.
  const PAGE_FOLDERS = { influencers: true, campaigns: true, brands: true };
  const PAGE_SLUG = /^[a-z0-9-]+$/;
  const PAGE_PATH = /^(influencers|campaigns|brands)\/[a-z0-9-]+\.html$/;

  // ---------------------------------------------------------------- helpers

  function all(selector, scope) {
    return Array.prototype.slice.call((scope || document).querySelectorAll(selector));
  }

  /** createElement with properties/attributes and text or child nodes; never parses HTML. */
  function make(tag, attrs, content) {
    const node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'className') node.className = attrs[k];
      else if (k === 'text') node.textContent = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (content || []).forEach(function (c) { if (c) node.appendChild(c); });
    return node;
  }

  function readJson(id) {
    const script = id ? document.getElementById(id) : null;
    if (!script) return null;
    try {
      return JSON.parse(script.textContent);
    } catch (err) {
      console.error('report.js: invalid JSON in #' + id, err);
      return null;
    }
  }

  // localStorage throws (SecurityError) for file:// pages in some browsers and in private modes.
  function storageGet(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }
  function storageSet(key, value) {
    try { window.localStorage.setItem(key, value); } catch (e) { /* choice lasts this page only */ }
  }

  function isShown(node) {
    return node.getClientRects().length > 0;
  }

  /**
   * The path from this page to the site root ("" for index.html, "../" for an entity page), from the header search's
   * data-site-root. Links to entity pages are site-relative paths prefixed with it, so they work from file:// and in
   * a subfolder. Only "" or a run of "../" is accepted.
   */
  function siteRoot() {
    const holder = document.querySelector('[data-site-root]');
    const value = holder ? holder.getAttribute('data-site-root') : '';
    return /^(\.\.\/)*$/.test(value) ? value : '';
  }

  const intFormat = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 0 });
  const FORMATS = {
    int: intFormat,
    money: new Intl.NumberFormat('en-IN', {
      style: 'currency', currency: 'INR', minimumFractionDigits: 0, maximumFractionDigits: 0,
    }),
    ratio: new Intl.NumberFormat('en-IN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    // A change (Δ ROAS) shows its sign: +0.35, -0.20, 0.00.
    'ratio-change': new Intl.NumberFormat('en-IN', { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' }),
    percent: new Intl.NumberFormat('en-IN', {
      style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2,
    }),
  };

  /** Display text of a cell, or null for a missing value (shown as "—"). */
  function formatCell(value, type) {
    if (value === null || value === undefined || value === '') return null;
    if (!NUMERIC[type]) return String(value);
    let n = typeof value === 'number' ? value : Number(value);
    if (!Number.isFinite(n)) return String(value);
    // Whole-number types: round first so -0.4 shows "₹0", not "-₹0".
    if (type === 'int' || type === 'money') n = Math.round(n) || 0;
    return FORMATS[type].format(n);
  }

  /**
   * A return ratio against break-even (1.0): a tint class, a symbol (hidden from screen readers) and the words, so
   * colour is not the only signal and the accessible name says it.
   */
  function markBreakEven(cell, value) {
    const n = Number(value);
    if (!Number.isFinite(n)) return;
    const side = n > 1 ? 'above' : n < 1 ? 'below' : 'at';
    cell.classList.add('be-' + side);
    cell.insertBefore(make('span', { className: 'be-mark', 'aria-hidden': 'true', text: side === 'above' ? '\u25b2 ' : side === 'below' ? '\u25bc ' : '= ' }), cell.firstChild);
    cell.appendChild(make('span', { className: 'sr-only', text: ' (' + side + ' break-even)' }));
  }

  // CSV the way generator/Rendering/Csv writes it: RFC 4180 quoting, CRLF, a BOM, numbers as plain digits, and a
  // text cell starting with = + - @ tab or CR prefixed with ' (the prefixed cell is quoted, as CsvHelper does).
  const CSV_FORMULA = /^[=+\-@\t\r]/;
  function csvText(text) {
    let t = String(text);
    const formula = CSV_FORMULA.test(t);
    if (formula) t = "'" + t;
    return formula || /[",\r\n]/.test(t) ? '"' + t.replace(/"/g, '""') + '"' : t;
  }
  function csvCell(value) {
    if (value === null || value === undefined) return '';
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
    return csvText(value);
  }

  /** Saves text as a file from the page: a Blob and an object URL (no network, works from file:// and under the CSP). */
  function saveCsv(name, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    const a = make('a', { href: url, download: name, hidden: '' });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  // ---------------------------------------------------------------- theme

  const darkQuery = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;

  function storedTheme() {
    const t = storageGet(THEME_KEY);
    return t === 'dark' || t === 'light' ? t : null;
  }
  function systemTheme() {
    return darkQuery && darkQuery.matches ? 'dark' : 'light';
  }
  function currentTheme() {
    return root.getAttribute('data-theme') === 'dark' ? 'dark' : 'light';
  }

  function setTheme(theme) {
    root.setAttribute('data-theme', theme);
    all('.theme-toggle').forEach(function (b) {
      b.setAttribute('aria-pressed', String(theme === 'dark'));
    });
    all('.chart').forEach(function (div) { if (isShown(div)) themeChart(div); });
  }

  // Set as early as possible (before first paint if report.js is in <head>).
  root.setAttribute('data-theme', storedTheme() || systemTheme());

  // ---------------------------------------------------------------- charts

  /** Colours for charts, read from the CSS custom properties of the current theme. */
  function chartColours() {
    const style = getComputedStyle(root);
    const v = function (name) { return style.getPropertyValue(name).trim(); };
    return { fg: v('--fg'), muted: v('--muted'), grid: v('--grid'), font: v('--font-sans') };
  }

  /** Layout update (Plotly.relayout keys) that themes a chart: text, grid, transparent background. */
  function themeUpdate(layout, c) {
    const update = {
      paper_bgcolor: 'rgba(0,0,0,0)',
      plot_bgcolor: 'rgba(0,0,0,0)',
      'font.color': c.fg,
      'modebar.bgcolor': 'rgba(0,0,0,0)',
      'modebar.color': c.muted,
      'modebar.activecolor': c.fg,
    };
    const axes = Object.keys(layout || {}).filter(function (k) { return /^[xy]axis\d*$/.test(k); });
    ['xaxis', 'yaxis'].forEach(function (a) { if (axes.indexOf(a) < 0) axes.push(a); });
    axes.forEach(function (a) {
      update[a + '.gridcolor'] = c.grid;
      update[a + '.zerolinecolor'] = c.grid;
      update[a + '.linecolor'] = c.grid;
    });
    return update;
  }

  /** Sets a dotted path ("xaxis.gridcolor") on a plain object, creating objects on the way. */
  function setPath(obj, path, value) {
    const parts = path.split('.');
    let o = obj;
    for (let i = 0; i < parts.length - 1; i++) {
      if (typeof o[parts[i]] !== 'object' || o[parts[i]] === null) o[parts[i]] = {};
      o = o[parts[i]];
    }
    o[parts[parts.length - 1]] = value;
  }

  function chartFailed(div, message) {
    div.textContent = '';
    div.appendChild(make('p', { className: 'chart-error', text: message }));
    div.setAttribute('data-drawn', 'failed');
    // The numbers are still on the page: open the figure's data table instead.
    const figure = div.closest('.chart-figure');
    const details = figure && figure.querySelector('.chart-data');
    if (details) details.open = true;
  }

  /** Draws a chart once (from its JSON), or refits one already drawn. */
  function showChart(div, printWidth) {
    const state = div.getAttribute('data-drawn');
    if (state === 'failed') return;
    if (state) { fitChart(div, printWidth); return; }
    if (typeof window.Plotly === 'undefined') {
      chartFailed(div, 'Charts need assets/plotly.min.js, which did not load.');
      return;
    }
    const fig = readJson(div.getAttribute('data-figure'));
    if (!fig || !Array.isArray(fig.data)) {
      chartFailed(div, 'This chart\u2019s data is missing.');
      return;
    }
    const layout = fig.layout && typeof fig.layout === 'object' ? fig.layout : {};
    // Plotly's default margins (80 px) waste a phone's width; let axes claim what labels need.
    if (!layout.margin) layout.margin = { l: 8, r: 8, t: layout.title ? 48 : 16, b: 8 };
    ['xaxis', 'yaxis'].forEach(function (a) {
      if (!layout[a] || typeof layout[a] !== 'object') layout[a] = {};
      if (layout[a].automargin === undefined) layout[a].automargin = true;
    });
    if (!layout.font || !layout.font.family) setPath(layout, 'font.family', chartColours().font);
    const update = themeUpdate(layout, chartColours());
    Object.keys(update).forEach(function (k) { setPath(layout, k, update[k]); });
    div.setAttribute('data-drawn', currentTheme());
    const config = Object.assign(
      { responsive: true, displaylogo: false, modeBarButtonsToRemove: ['select2d', 'lasso2d'] },
      fig.config || {});
    try {
      const drawn = window.Plotly.newPlot(div, fig.data, layout, config);
      // Drawn at the container's width first, then fixed for print, exactly like a chart drawn earlier.
      if (printWidth) fitChart(div, printWidth);
      Promise.resolve(drawn).then(function () { linkChart(div); }).catch(function (err) {
        console.error('report.js: chart ' + div.id + ' failed', err);
        chartFailed(div, 'This chart could not be drawn.');
      });
    } catch (err) {
      console.error('report.js: chart ' + div.id + ' failed', err);
      chartFailed(div, 'This chart could not be drawn.');
    }
  }

  /**
   * A click on a bar opens its entity's page (a click on a campaign window's label, its campaign's): C# puts [hover text, page path] in each point's customdata (the
   * charts of influencers, campaigns and brands). Keyboard users have the same links in the tables.
   */
  function linkChart(div) {
    if (typeof div.on !== 'function' || div.getAttribute('data-linked')) return;
    div.setAttribute('data-linked', '1');
    div.on('plotly_click', function (event) {
      const point = event && event.points && event.points[0];
      const data = point && point.customdata;
      const path = Array.isArray(data) ? data[1] : null;
      if (typeof path === 'string' && PAGE_PATH.test(path)) window.location.assign(siteRoot() + path);
    });
    // A campaign window's label (trend chart, an influencer's weeks) carries its campaign's page as its name.
    div.on('plotly_clickannotation', function (event) {
      const path = event && event.annotation && event.annotation.name;
      if (typeof path === 'string' && PAGE_PATH.test(path)) window.location.assign(siteRoot() + path);
    });
  }

  /** Re-applies theme colours if the theme changed since the chart was last styled. */
  function themeChart(div) {
    const drawnWith = div.getAttribute('data-drawn');
    if (!drawnWith || drawnWith === 'failed' || drawnWith === currentTheme()) return;
    div.setAttribute('data-drawn', currentTheme());
    window.Plotly.relayout(div, themeUpdate(div.layout, chartColours()));
  }

  /** A drawn chart that becomes visible: theme, then print width or the container's width. */
  function fitChart(div, printWidth) {
    themeChart(div);
    if (printWidth) {
      div.setAttribute('data-print-width', '1');
      window.Plotly.relayout(div, { width: printWidth });
    } else if (isShown(div)) {
      if (div.hasAttribute('data-print-width')) {
        // Drop the print width. (Plots.resize would not: it skips charts whose layout has both a
        // width and a height, and C# layouts may set a height.)
        div.removeAttribute('data-print-width');
        window.Plotly.relayout(div, { width: null, autosize: true });
      } else {
        // Plots.resize rejects for a div hidden again before its 100 ms timer fires.
        window.Plotly.Plots.resize(div).catch(function () { /* hidden again meanwhile */ });
      }
    }
  }

  /**
   * A <select class="cf-select"> chooses which figure its chart (data-chart) draws: the options' values are
   * ids of figure JSON blocks, drawn only when chosen. The old plot is dropped and the new one drawn lazily
   * like any chart (now if its view is shown, else when the view is). One listener on the document serves
   * the selects of views loaded later too.
   */
  function initFigureSelects() {
    document.addEventListener('change', function (e) {
      const select = e.target;
      if (!(select instanceof HTMLSelectElement) || !select.classList.contains('cf-select')) return;
      const div = document.getElementById(select.getAttribute('data-chart'));
      const option = select.options[select.selectedIndex];
      if (!div || !option) return;
      const drawn = div.getAttribute('data-drawn');
      if (drawn && drawn !== 'failed' && window.Plotly) window.Plotly.purge(div);
      div.removeAttribute('data-drawn');
      div.removeAttribute('data-print-width');
      div.textContent = '';
      div.setAttribute('data-figure', select.value);
      div.setAttribute('aria-label', (div.getAttribute('data-label') || '') + option.text);
      if (isShown(div)) showChart(div);
    });
  }

  // ---------------------------------------------------------------- tables

  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  let tableCount = 0;

  // A table may borrow its rows from another table with the same columns ({"rowsFrom": id,
  // "filter": {"column", "equals"}}): a platform tab's influencers are the All tab's rows of that
  // platform, so 10,000 influencers are embedded once, not once per tab. Sources are parsed once.
  const sharedSources = {};
  function tableRows(spec) {
    if (Array.isArray(spec.rows)) return spec.rows;
    if (!spec.rowsFrom || !spec.filter) return [];
    if (!(spec.rowsFrom in sharedSources)) sharedSources[spec.rowsFrom] = readJson(spec.rowsFrom);
    const source = sharedSources[spec.rowsFrom];
    if (!source || !Array.isArray(source.rows) || !Array.isArray(source.columns)) return [];
    const j = source.columns.findIndex(function (c) { return c.key === spec.filter.column; });
    if (j < 0) return [];
    return source.rows.filter(function (r) { return r[j] === spec.filter.equals; });
  }

  function initTable(host) {
    if (host.getAttribute('data-ready')) return;
    host.setAttribute('data-ready', '1');
    const spec = readJson(host.getAttribute('data-source'));
    if (!spec || !Array.isArray(spec.columns)) {
      host.appendChild(make('p', { className: 'muted', text: 'This table\u2019s data is missing.' }));
      return;
    }
    const cols = spec.columns.map(function (c) {
      // "link": {"cell": N, "folder": "influencers"}: the row's slug of the page the cell names sits at index N.
      const link = c.link && Number.isInteger(c.link.cell) && PAGE_FOLDERS[c.link.folder] === true ? c.link : null;
      return {
        key: c.key, label: c.label || c.key || '', type: c.type || 'text', link: link,
        total: c.total || null, group: typeof c.group === 'string' ? c.group : '', breakEven: c.breakEven === true,
        csv: c.csv || c.key || '',
      };
    });
    const root = siteRoot();
    const rows = tableRows(spec);
    const total = rows.length;
    const pageSize = Math.max(1, parseInt(host.getAttribute('data-page-size'), 10) || 25);
    const label = host.getAttribute('aria-label') || 'Table';
    const textCols = [];
    cols.forEach(function (c, j) { if (!NUMERIC[c.type]) textCols.push(j); });

    const state = { col: -1, desc: false, query: '', page: 0 };
    if (spec.sort && spec.sort.column) {
      state.col = cols.findIndex(function (c) { return c.key === spec.sort.column; });
      state.desc = !!spec.sort.descending;
    }
    let order = null;   // row indexes in sort order (null values last), recomputed on sort change
    let shown = null;   // order filtered by the search query
    let haystack = null; // per row: its text cells, lower-cased, joined; built on first search

    // --- DOM, built once; only tbody and the status texts change afterwards
    tableCount += 1;
    const searchId = 'dt-search-' + tableCount;
    const search = make('input', {
      type: 'search', id: searchId, className: 'dt-search',
      placeholder: 'Search\u2026', autocomplete: 'off', spellcheck: 'false',
    });
    const toolbar = make('div', { className: 'dt-toolbar' }, [
      make('label', { for: searchId, className: 'sr-only', text: 'Search ' + label }),
      search,
    ]);
    if (!textCols.length) { search.hidden = true; }
    const download = make('button', { type: 'button', className: 'dt-download', 'aria-label': 'Download these rows of ' + label + ' as CSV' }, [
      make('span', { text: 'Download these rows (CSV)' }),
    ]);
    toolbar.appendChild(download);
    if (!total) toolbar.hidden = true;

    // Column groups (Reach · Engagement · Money): one heading per run of columns with the same group.
    const groupRow = cols.some(function (c) { return c.group; }) ? make('tr', { className: 'dt-groups' }) : null;
    if (groupRow) {
      cols.forEach(function (c, j) {
        if (j > 0 && cols[j - 1].group === c.group) {
          const last = groupRow.lastChild;
          last.setAttribute('colspan', String(Number(last.getAttribute('colspan')) + 1));
          return;
        }
        groupRow.appendChild(make('th', c.group ? { scope: 'colgroup', colspan: '1', text: c.group } : { colspan: '1', 'aria-hidden': 'true' }));
      });
    }
    const headRow = make('tr', { className: 'dt-heads' });
    const ths = cols.map(function (c, j) {
      const button = make('button', { type: 'button', className: 'dt-sort' }, [
        make('span', { text: c.label }),
        make('span', { className: 'dt-sort-icon', 'aria-hidden': 'true' }),
      ]);
      button.addEventListener('click', function () { sortBy(j); });
      const th = make('th', { scope: 'col', className: NUMERIC[c.type] ? 'num' : '' }, [button]);
      headRow.appendChild(th);
      return th;
    });
    const tbody = make('tbody');
    const hasTotals = cols.some(function (c) { return c.total; });
    const tfoot = hasTotals ? make('tfoot') : null;
    const table = make('table', { className: 'dt-table' }, [
      make('caption', { className: 'sr-only', text: label }),
      make('thead', {}, [groupRow, headRow]),
      tbody,
      tfoot,
    ]);
    const scroller = make('div', {
      className: 'dt-scroll', role: 'region', 'aria-label': label, tabindex: '0',
    }, [table]);
    const status = make('p', { className: 'dt-status', 'aria-live': 'polite' });
    const prev = make('button', {
      type: 'button', className: 'dt-prev', 'aria-label': 'Previous page of ' + label, text: '\u2039 Previous',
    });
    const next = make('button', {
      type: 'button', className: 'dt-next', 'aria-label': 'Next page of ' + label, text: 'Next \u203a',
    });
    const pager = make('div', { className: 'dt-pager' }, [status, make('div', { className: 'dt-buttons' }, [prev, next])]);
    const note = make('p', { className: 'dt-print-note' });
    host.textContent = '';
    [toolbar, scroller, pager, note].forEach(function (n) { host.appendChild(n); });

    // --- sorting and filtering
    function sortOrder() {
      const idx = [];
      const nulls = [];
      const c = state.col;
      for (let i = 0; i < total; i++) {
        const v = c >= 0 ? rows[i][c] : 0;
        (v === null || v === undefined || v === '' ? nulls : idx).push(i);
      }
      if (c < 0) return idx.concat(nulls);
      const dir = state.desc ? -1 : 1;
      if (NUMERIC[cols[c].type]) {
        const keys = new Float64Array(total);
        idx.forEach(function (i) { keys[i] = Number(rows[i][c]); });
        idx.sort(function (a, b) { return (keys[a] - keys[b]) * dir || a - b; });
      } else {
        const keys = new Array(total);
        idx.forEach(function (i) { keys[i] = String(rows[i][c]); });
        idx.sort(function (a, b) { return collator.compare(keys[a], keys[b]) * dir || a - b; });
      }
      return idx.concat(nulls); // nulls last whichever the direction
    }

    function filter() {
      if (!state.query) { shown = order; return; }
      if (!haystack) {
        haystack = rows.map(function (r) {
          return textCols.map(function (j) { return r[j] == null ? '' : String(r[j]); }).join('\u0001').toLowerCase();
        });
      }
      const q = state.query;
      shown = order.filter(function (i) { return haystack[i].indexOf(q) !== -1; });
    }

    function sortBy(j) {
      if (state.col === j) state.desc = !state.desc;
      else { state.col = j; state.desc = !!NUMERIC[cols[j].type]; } // numbers: biggest first
      state.page = 0;
      order = sortOrder();
      filter();
      render();
    }

    // --- rendering: only the current page is in the DOM
    function render() {
      ths.forEach(function (th, j) {
        if (j === state.col) th.setAttribute('aria-sort', state.desc ? 'descending' : 'ascending');
        else th.removeAttribute('aria-sort');
      });
      const count = shown.length;
      const pages = Math.max(1, Math.ceil(count / pageSize));
      if (state.page >= pages) state.page = pages - 1;
      const start = state.page * pageSize;
      const end = Math.min(count, start + pageSize);
      const frag = document.createDocumentFragment();
      if (!count) {
        const td = make('td', { className: 'dt-empty', colspan: String(cols.length) });
        td.textContent = state.query ? 'No rows match \u201c' + search.value.trim() + '\u201d' : 'No rows';
        frag.appendChild(make('tr', {}, [td]));
      }
      for (let k = start; k < end; k++) {
        const r = rows[shown[k]] || [];
        const tr = document.createElement('tr');
        for (let j = 0; j < cols.length; j++) {
          const cell = document.createElement(j === 0 && !NUMERIC[cols[0].type] ? 'th' : 'td');
          if (cell.tagName === 'TH') cell.setAttribute('scope', 'row');
          const text = formatCell(r[j], cols[j].type);
          const slug = cols[j].link && text !== null ? r[cols[j].link.cell] : null;
          if (typeof slug === 'string' && PAGE_SLUG.test(slug)) {
            cell.appendChild(make('a', { href: root + cols[j].link.folder + '/' + slug + '.html', text: text }));
          } else {
            cell.textContent = text === null ? '\u2014' : text;
          }
          if (NUMERIC[cols[j].type]) cell.className = 'num';
          if (text === null) cell.classList.add('null');
          else if (cols[j].breakEven) markBreakEven(cell, r[j]);
          tr.appendChild(cell);
        }
        frag.appendChild(tr);
      }
      tbody.textContent = '';
      tbody.appendChild(frag);
      if (tfoot) renderTotals();

      status.textContent = count
        ? 'Rows ' + intFormat.format(start + 1) + '\u2013' + intFormat.format(end) + ' of ' + intFormat.format(count) +
          (count < total ? ' (filtered from ' + intFormat.format(total) + ')' : '')
        : (total ? 'No matching rows' : 'No rows');
      prev.disabled = state.page === 0;
      next.disabled = end >= count;
      pager.hidden = total <= pageSize;

      const printed = end - start;
      note.hidden = printed >= total;
      note.textContent = 'Showing ' + intFormat.format(printed) + ' of ' + intFormat.format(total) + ' rows' +
        (spec.download ? ' \u2014 the full table is in ' + spec.download + '.' : '.');
    }

    // --- totals row: C#'s all-rows totals, or the same rules (sum; ratio of sums) over the rows a search leaves
    function totalsOf(indexes) {
      return cols.map(function (c, j) {
        if (c.total === 'sum') {
          let sum = 0;
          indexes.forEach(function (i) { const v = rows[i][j]; if (typeof v === 'number') sum += v; });
          return sum;
        }
        if (c.total && Array.isArray(c.total.ratio)) {
          const a = c.total.ratio[0];
          const b = c.total.ratio[1];
          let top = 0;
          let bottom = 0;
          indexes.forEach(function (i) {
            const n = rows[i][a];
            const d = rows[i][b];
            if (typeof n === 'number' && typeof d === 'number') { top += n; bottom += d; }
          });
          return bottom === 0 ? null : top * (Number(c.total.scale) || 1) / bottom;
        }
        return null;
      });
    }

    function renderTotals() {
      tfoot.textContent = '';
      if (!shown.length) return;
      const narrowed = shown.length < total;
      const values = narrowed || !Array.isArray(spec.totals) ? totalsOf(shown) : spec.totals;
      const tr = make('tr', { className: 'dt-total' });
      cols.forEach(function (c, j) {
        if (j === 0) {
          tr.appendChild(make('th', {
            scope: 'row',
            text: narrowed ? 'Total of ' + intFormat.format(shown.length) + ' matching rows' : 'Total (all ' + intFormat.format(total) + ')',
          }));
          return;
        }
        const cell = make('td', { className: NUMERIC[c.type] ? 'num' : '' });
        if (c.total) {
          const text = formatCell(values[j], c.type);
          cell.textContent = text === null ? '\u2014' : text;
          if (text === null) cell.classList.add('null');
          else if (c.breakEven) markBreakEven(cell, values[j]);
        }
        tr.appendChild(cell);
      });
      tfoot.appendChild(tr);
    }

    // --- "Download these rows": every row the search leaves, in the shown order, as the CSV files write them
    download.addEventListener('click', function () {
      const lines = [cols.map(function (c) { return csvText(c.csv); }).join(',')];
      shown.forEach(function (i) {
        lines.push(cols.map(function (c, j) { return csvCell(rows[i][j]); }).join(','));
      });
      const name = (spec.download ? spec.download.split('/').pop().replace(/\.csv$/, '') : 'table') + '-rows.csv';
      saveCsv(name, '\ufeff' + lines.join('\r\n') + '\r\n');
    });

    function turn(delta) {
      state.page += delta;
      render();
      // A button that just became disabled loses focus; keep the user inside the pager.
      if (document.activeElement && document.activeElement.disabled) (delta > 0 ? prev : next).focus();
      if (scroller.getBoundingClientRect().top < 0) scroller.scrollIntoView({ block: 'start' });
      scroller.scrollTop = 0;
    }

    search.addEventListener('input', function () {
      state.query = search.value.trim().toLowerCase();
      state.page = 0;
      filter();
      render();
    });
    prev.addEventListener('click', function () { turn(-1); });
    next.addEventListener('click', function () { turn(1); });

    order = sortOrder();
    filter();
    render();
  }

  // ---------------------------------------------------------------- views: tabs, period, hash, view files

  // A view is a platform (a tab: "all", "instagram", …) × a period (the select: "all", "fy2025-26-q2", "2025-10").
  // index.html holds All × All time; every other view is views/PLATFORM/PERIOD.js, added as a <script src> the
  // first time it is shown (no fetch: file:// pages may not read files, and the CSP allows no connections). The
  // file calls window.roiReportView(platform, period, html), which puts the view into <main>. See docs/SITE.md.

  let tabs = [];
  let periodSelect = null;
  let platforms = [];
  let periods = [];
  const current = { platform: 'all', period: 'all' };
  const loads = {}; // view key → promise of its panel, while loading or once loaded

  /** The view's key in element ids: the platform alone for All time, else "platform_period" (ElementIds.ViewKey). */
  function viewKey(platform, period) {
    return period === 'all' ? platform : platform + '_' + period;
  }

  function panelOf(platform, period) {
    return document.getElementById('view-' + viewKey(platform, period));
  }

  function activeView() {
    return panelOf(current.platform, current.period);
  }

  function tabName(platform) {
    const tab = tabs.find(function (t) { return t.getAttribute('data-view') === platform; });
    return tab ? tab.textContent : platform;
  }

  function periodName(period) {
    const option = periodSelect && Array.prototype.find.call(periodSelect.options, function (o) { return o.value === period; });
    return option ? option.text : period;
  }

  /** Keeps <main>'s views in one order (periods, then platforms, as the controls list them) for print-all. */
  function rank(view) {
    return periods.indexOf(view.getAttribute('data-period') || 'all') * 10000 +
      platforms.indexOf(view.getAttribute('data-view'));
  }
  function placeView(view) {
    const main = document.getElementById('main');
    const after = all('.view', main).find(function (v) { return v !== view && rank(v) > rank(view); });
    main.insertBefore(view, after || null);
  }

  /** The stand-in shown while a view file loads, and in its place if it does not. */
  function placeholder(platform, period) {
    const key = viewKey(platform, period);
    const view = make('div', {
      className: 'view view-pending', id: 'view-' + key, 'data-view': platform, 'data-period': period,
      role: 'tabpanel', 'aria-labelledby': 'tab-' + platform, 'aria-busy': 'true',
    }, [make('p', { className: 'view-status', role: 'status', text: 'Loading ' + tabName(platform) + ' \u00b7 ' + periodName(period) + '\u2026' })]);
    view.hidden = true;
    placeView(view);
    return view;
  }

  function viewFailed(view, platform, period, src) {
    view.removeAttribute('aria-busy');
    view.classList.add('view-failed');
    view.textContent = '';
    view.appendChild(make('p', { className: 'view-status view-error', role: 'alert' }, [
      make('strong', { text: tabName(platform) + ' \u00b7 ' + periodName(period) + ' could not be loaded.' }),
      document.createTextNode(' Its file ' + src + ' is missing or damaged; the other views still work. ' +
        'Building the report again restores it.'),
    ]));
  }

  /** Called by a view file: parses the view's HTML (the build's own, escaped like index.html) into its place. */
  window.roiReportView = function (platform, period, html) {
    if (platforms.indexOf(platform) < 0 || periods.indexOf(period) < 0 || typeof html !== 'string') return;
    const id = 'view-' + viewKey(platform, period);
    // DOMParser never runs scripts; the view holds only JSON blocks (type="application/json") anyway.
    const parsed = new DOMParser().parseFromString('<!DOCTYPE html><body>' + html, 'text/html').getElementById(id);
    if (!parsed || !parsed.classList.contains('view')) return;
    const old = document.getElementById(id);
    const view = document.adoptNode(parsed);
    copyShared(view);
    view.hidden = old ? old.hidden : true;
    if (old) old.replaceWith(view);
    else placeView(view);
    spyOn(view);
  };

  /**
   * A view file leaves out text that is the same in every view (the Method section): its element is empty with
   * data-same-as="ID", the id of the element in index.html holding that text, which is copied from there (cloned
   * nodes of the build's own HTML, nothing parsed).
   */
  function copyShared(view) {
    all('[data-same-as]', view).forEach(function (target) {
      const source = document.getElementById(target.getAttribute('data-same-as'));
      if (!source) return;
      Array.prototype.forEach.call(source.childNodes, function (node) { target.appendChild(node.cloneNode(true)); });
      target.removeAttribute('data-same-as');
    });
  }

  /** The view's panel once its file has run (or the message saying it could not). Cached per view. */
  function loadView(platform, period) {
    const key = viewKey(platform, period);
    if (loads[key]) return loads[key];
    let view = panelOf(platform, period);
    if (view && !view.classList.contains('view-pending')) {
      loads[key] = Promise.resolve(view);
      return loads[key];
    }
    if (!view) view = placeholder(platform, period);
    const src = 'views/' + platform + '/' + period + '.js';
    loads[key] = new Promise(function (resolve) {
      const script = document.createElement('script');
      const done = function () {
        const now = panelOf(platform, period);
        if (now.classList.contains('view-pending')) {
          viewFailed(now, platform, period, src);
          delete loads[key]; // choosing it again tries again
        }
        resolve(now);
      };
      script.addEventListener('load', done);
      script.addEventListener('error', done);
      script.src = src;
      document.head.appendChild(script);
    });
    return loads[key];
  }

  /** Everything a view needs once it is visible: its tables built and its charts drawn/refit. */
  function prepareView(view, printWidth) {
    all('.data-table', view).forEach(initTable);
    all('.chart', view).forEach(function (div) { showChart(div, printWidth); });
  }

  function showOnly(view) {
    all('#main > .view').forEach(function (v) { v.hidden = v !== view; });
  }

  /** Shows a platform × period (loading its file first if need be); `target` is an element id to scroll to. */
  function selectView(platform, period, push, target) {
    if (platforms.indexOf(platform) < 0) platform = 'all';
    if (periods.indexOf(period) < 0) period = 'all';
    current.platform = platform;
    current.period = period;
    tabs.forEach(function (t) {
      const on = t.getAttribute('data-view') === platform;
      t.setAttribute('aria-selected', String(on));
      t.setAttribute('aria-controls', 'view-' + viewKey(t.getAttribute('data-view'), period));
      t.tabIndex = on ? 0 : -1;
    });
    if (periodSelect) periodSelect.value = period;
    if (push) pushHash('#view=' + platform + '&period=' + period);
    const loaded = loadView(platform, period);
    showOnly(panelOf(platform, period));
    return loaded.then(function (view) {
      if (current.platform !== platform || current.period !== period) return view; // a later choice won
      showOnly(view);
      prepareView(view);
      const element = target && document.getElementById(target);
      if (element && view.contains(element) && element !== view) jumpTo(element);
      return view;
    });
  }

  // A choice is a history entry: back and forward return to the previous view (hashchange follows them).
  function pushHash(hash) {
    if (location.hash === hash) return;
    try { history.pushState(null, '', hash); } catch (e) { location.hash = hash; }
  }

  /**
   * Hash → view. "#view=instagram&period=2025-10" (either part may be missing: All, All time); the older
   * "#view-{slug}" and any id inside a view ("#view-instagram--trend", "#view-instagram_2025-10--trend").
   * Null for anything else (e.g. "#main", the skip link).
   */
  function parseHash() {
    let hash = '';
    try { hash = decodeURIComponent(location.hash.slice(1)); } catch (e) { return null; }
    if (!hash) return { platform: 'all', period: 'all', target: null };
    if (hash.indexOf('=') >= 0) {
      const q = new URLSearchParams(hash);
      return { platform: q.get('view') || 'all', period: q.get('period') || 'all', target: null };
    }
    // The longest view id the hash is, or starts with followed by "--": names after "--" never start with '-'.
    let best = null;
    periods.forEach(function (period) {
      platforms.forEach(function (platform) {
        const id = 'view-' + viewKey(platform, period);
        if ((hash === id || hash.indexOf(id + '--') === 0) && (!best || id.length > best.id.length)) {
          best = { platform: platform, period: period, id: id };
        }
      });
    });
    return best ? { platform: best.platform, period: best.period, target: hash } : null;
  }

  function followHash(initial) {
    const choice = parseHash();
    if (!choice) {
      if (initial) selectView('all', 'all', false, null);
      return;
    }
    const switching = choice.platform !== current.platform || choice.period !== current.period ||
      !activeView() || activeView().hidden;
    // The browser could not scroll to an element of a view not shown (or not loaded); do it once it is.
    if (switching || initial) selectView(choice.platform, choice.period, false, choice.target);
  }

  /** Scrolls to an element at once: CSS smooth scrolling would animate across the whole page. */
  function jumpTo(target) {
    const before = root.style.scrollBehavior;
    root.style.scrollBehavior = 'auto';
    target.scrollIntoView();
    root.style.scrollBehavior = before;
  }

  function initTabs() {
    tabs = all('.view-tabs [role="tab"]');
    platforms = tabs.map(function (t) { return t.getAttribute('data-view'); });
    periodSelect = document.getElementById('period-select');
    periods = periodSelect ? Array.prototype.map.call(periodSelect.options, function (o) { return o.value; }) : ['all'];
    tabs.forEach(function (tab) {
      tab.addEventListener('click', function () { selectView(tab.getAttribute('data-view'), current.period, true); });
    });
    all('.view-tabs').forEach(function (list) {
      list.addEventListener('keydown', function (e) {
        const i = tabs.indexOf(document.activeElement);
        if (i < 0) return;
        let j = null;
        if (e.key === 'ArrowRight' || e.key === 'ArrowDown') j = (i + 1) % tabs.length;
        else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') j = (i - 1 + tabs.length) % tabs.length;
        else if (e.key === 'Home') j = 0;
        else if (e.key === 'End') j = tabs.length - 1;
        if (j === null) return;
        e.preventDefault();
        tabs[j].focus();
        selectView(tabs[j].getAttribute('data-view'), current.period, true);
      });
    });
    if (periodSelect) {
      periodSelect.addEventListener('change', function () { selectView(current.platform, periodSelect.value, true); });
    }
    window.addEventListener('hashchange', function () { followHash(false); });
    followHash(true);
  }

  let spy = null;

  /** Marks the section-nav link of the section being read (aria-current) and keeps it in view. */
  function initScrollSpy() {
    if (!('IntersectionObserver' in window)) return;
    spy = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting) return;
        const section = entry.target;
        const nav = section.closest('.view') && section.closest('.view').querySelector('.section-nav');
        if (!nav) return;
        all('a', nav).forEach(function (a) {
          if (a.getAttribute('href') !== '#' + section.id) { a.removeAttribute('aria-current'); return; }
          a.setAttribute('aria-current', 'true');
          // Horizontal scroll of the nav only (scrollIntoView would also scroll the page).
          const left = a.offsetLeft - (nav.clientWidth - a.offsetWidth) / 2;
          if (nav.scrollWidth > nav.clientWidth) nav.scrollLeft = Math.max(0, left);
        });
      });
    }, { rootMargin: '-110px 0px -60% 0px' }); // the band just under the sticky tab and section bars
    all('.view').forEach(spyOn);
  }

  function spyOn(view) {
    if (spy) all('.report-section[id]', view).forEach(function (s) { spy.observe(s); });
  }

  // ---------------------------------------------------------------- print

  let printing = null; // theme to restore after printing, while a print is being prepared/shown

  function preparePrint() {
    if (printing) return;
    printing = { theme: currentTheme() };
    root.setAttribute('data-theme', 'light'); // paper is always light (CSS agrees in @media print)
    const printed = isEntityPage() ? [document.getElementById('main')]
      : document.body.classList.contains('print-all') ? all('.view[data-print-all]') : [activeView()];
    printed.forEach(function (v) { if (v) prepareView(v, PRINT_CHART_WIDTH); });
  }

  function restorePrint() {
    if (!printing) return;
    const theme = printing.theme;
    printing = null;
    document.body.classList.remove('print-all');
    all('.view[data-print-all]').forEach(function (v) { v.removeAttribute('data-print-all'); });
    root.setAttribute('data-theme', theme);
    // Charts of other views keep the print width until their view is shown (fitChart drops it).
    all('.chart[data-drawn]').forEach(function (div) { if (isShown(div)) fitChart(div); });
  }

  /** Loads every platform's view of the chosen period, then lays them all out for paper (body.print-all). */
  function printAllReady() {
    const period = current.period;
    return Promise.all(platforms.map(function (p) { return loadView(p, period); })).then(function (printed) {
      printed.forEach(function (v) { v.setAttribute('data-print-all', ''); });
      document.body.classList.add('print-all'); // every printed view shown, so charts draw at a real width
      preparePrint();
    });
  }

  function initPrint() {
    all('.print-view').forEach(function (b) {
      b.addEventListener('click', function () {
        if (isEntityPage()) { preparePrint(); window.print(); return; }
        loadView(current.platform, current.period).then(function () { preparePrint(); window.print(); });
      });
    });
    all('.print-all').forEach(function (b) {
      b.addEventListener('click', function () { printAllReady().then(function () { window.print(); }); });
    });
    window.addEventListener('beforeprint', preparePrint);
    window.addEventListener('afterprint', restorePrint);
  }

  // ---------------------------------------------------------------- site search (header)

  // The header search finds influencers (name, id), campaigns and brands as you type. Its index is
  // assets/search-index.js, written at build time: a script that calls window.roiReportSearch(index) (no fetch, so
  // it works from file:// under the CSP), added the first time the box is focused or typed in. ARIA 1.2 combobox:
  // the input keeps focus; arrows move aria-activedescendant over the listbox's options. See docs/SITE.md.

  const SEARCH_LIMIT = 20;
  // Accents: combining diacritical marks after NFD (é = e + U+0301), and zero-width (non-)joiners.
  const ACCENTS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u200c\u200d]/g;
  // Devanagari signs a reader may leave out when typing a name: candrabindu, anusvara, visarga (U+0900-0903), nukta
  // (U+093C), dependent vowel signs and virama (U+093E-094D), vocalic L/LL signs (U+0962-0963).
  const DEVANAGARI_SIGNS = /[\u0900-\u0903\u093c\u093e-\u094d\u0962\u0963]/g;
  const DEVANAGARI = /[\u0900-\u097f]/;

  /** The key a name or query is compared by: lower case, accents removed, spaces collapsed. */
  function foldText(text) {
    return String(text).toLowerCase().normalize('NFD').replace(ACCENTS, '').replace(/\s+/g, ' ').trim();
  }

  /** A folded key's Devanagari consonant skeleton: "राहुल" and "रहल" both give "रहल". */
  function skeleton(folded) {
    return folded.replace(DEVANAGARI_SIGNS, '');
  }

  let searchEntries = null;     // once the index has arrived: [{ name, detail, path, key, skel, id }]
  let searchRequested = false;
  const searchBoxes = [];

  /**
   * Called by assets/search-index.js: {"platforms":[…],"influencers":[[name,id,platform(,slug)]…],
   * "campaigns":[[name,slug,brand]…],"brands":[[name,slug]…]}. Keys are folded here, once, by the same code as
   * the queries (the file carries no second copy of each name).
   */
  window.roiReportSearch = function (index) {
    if (searchEntries || !index || typeof index !== 'object') return;
    const entries = [];
    const platforms = Array.isArray(index.platforms) ? index.platforms : [];
    const add = function (name, id, detail, folder, slug) {
      if (typeof name !== 'string' || typeof slug !== 'string' || !PAGE_SLUG.test(slug)) return;
      const key = foldText(name);
      const skel = skeleton(key);
      entries.push({
        name: name, detail: detail, path: folder + '/' + slug + '.html', key: key,
        skel: skel !== key ? skel : null, id: id ? foldText(id) : null, deva: DEVANAGARI.test(key),
      });
    };
    (index.influencers || []).forEach(function (r) {
      if (!Array.isArray(r) || typeof r[1] !== 'string') return;
      const platform = typeof platforms[r[2]] === 'string' ? platforms[r[2]] + ' \u00b7 ' : '';
      add(r[0], r[1], 'Influencer \u00b7 ' + platform + r[1], 'influencers', typeof r[3] === 'string' ? r[3] : r[1].toLowerCase());
    });
    (index.campaigns || []).forEach(function (r) {
      if (Array.isArray(r)) add(r[0], null, 'Campaign' + (typeof r[2] === 'string' && r[2] ? ' \u00b7 ' + r[2] : ''), 'campaigns', r[1]);
    });
    (index.brands || []).forEach(function (r) {
      if (Array.isArray(r)) add(r[0], null, 'Brand', 'brands', r[1]);
    });
    searchEntries = entries;
    searchBoxes.forEach(function (box) { box.update(); });
  };

  function requestSearchIndex() {
    if (searchRequested) return;
    searchRequested = true;
    const script = document.createElement('script');
    script.addEventListener('error', function () {
      searchRequested = false; // focusing the box again tries again
      searchBoxes.forEach(function (box) { box.failed(); });
    });
    script.src = siteRoot() + 'assets/search-index.js';
    document.head.appendChild(script);
  }

  /**
   * The entries matching a query, best first, and how many match in all. Ranks: exact name or id, name or id
   * starting with the query, a word of the name starting with it, name or id containing it, and (a query in
   * Devanagari) the name's skeleton containing the query's. Within a rank, the index's order (by name).
   */
  function searchFor(query) {
    const q = foldText(query);
    if (!q || !searchEntries) return { found: [], total: 0 };
    const qSkel = DEVANAGARI.test(q) ? skeleton(q) : null;
    const word = ' ' + q;
    const ranks = [[], [], [], [], []];
    let total = 0;
    for (let i = 0; i < searchEntries.length; i++) {
      const e = searchEntries[i];
      if (qSkel && !e.deva) continue; // a query in Devanagari can only match a name with Devanagari in it
      const id = e.id;
      let rank = -1;
      if (e.key === q || id === q) rank = 0;
      else if (e.key.lastIndexOf(q, 0) === 0 || (id && id.lastIndexOf(q, 0) === 0)) rank = 1;
      else if (e.key.indexOf(word) >= 0) rank = 2;
      else if (e.key.indexOf(q) >= 0 || (id && id.indexOf(q) >= 0)) rank = 3;
      else if (qSkel && (e.skel || e.key).indexOf(qSkel) >= 0) rank = 4;
      if (rank < 0) continue;
      total++;
      if (ranks[rank].length < SEARCH_LIMIT) ranks[rank].push(e);
    }
    const found = [].concat(ranks[0], ranks[1], ranks[2], ranks[3], ranks[4]).slice(0, SEARCH_LIMIT);
    return { found: found, total: total };
  }

  function initSearch(box) {
    const input = box.querySelector('.site-search-input');
    const popup = box.querySelector('.site-search-popup');
    const list = box.querySelector('.site-search-list');
    const more = box.querySelector('.site-search-more');
    const status = box.querySelector('.site-search-status');
    if (!input || !popup || !list) return;
    const root = siteRoot();
    let options = [];
    let active = -1;

    function setOpen(open) {
      popup.hidden = !open;
      input.setAttribute('aria-expanded', String(open));
      if (!open) setActive(-1);
    }

    function setActive(i) {
      if (active >= 0 && options[active]) {
        options[active].setAttribute('aria-selected', 'false');
        options[active].classList.remove('active');
      }
      active = i;
      if (i < 0 || !options[i]) {
        active = -1;
        input.removeAttribute('aria-activedescendant');
        return;
      }
      options[i].setAttribute('aria-selected', 'true');
      options[i].classList.add('active');
      input.setAttribute('aria-activedescendant', options[i].id);
      options[i].scrollIntoView({ block: 'nearest' });
    }

    function go(option) {
      const path = option && option.getAttribute('data-path');
      if (path && PAGE_PATH.test(path)) window.location.assign(root + path);
    }

    function update() {
      const query = input.value;
      list.textContent = '';
      options = [];
      active = -1;
      input.removeAttribute('aria-activedescendant');
      if (!foldText(query)) { setOpen(false); status.textContent = ''; return; }
      if (!searchEntries) {
        requestSearchIndex();
        status.textContent = 'Loading the search index\u2026';
        return; // roiReportSearch calls update() again once the index is there
      }
      const result = searchFor(query);
      const frag = document.createDocumentFragment();
      result.found.forEach(function (e, i) {
        const option = make('li', {
          id: 'site-search-option-' + i, role: 'option', className: 'site-search-option',
          'aria-selected': 'false', 'data-path': e.path,
        }, [
          make('span', { className: 'site-search-name', text: e.name }),
          make('span', { className: 'site-search-detail', text: e.detail }),
        ]);
        options.push(option);
        frag.appendChild(option);
      });
      list.appendChild(frag);
      const left = result.total - result.found.length;
      more.hidden = left <= 0;
      more.textContent = left > 0 ? intFormat.format(left) + ' more \u2014 type more to narrow the list' : '';
      if (!result.total) {
        more.hidden = false;
        more.textContent = 'No influencer, campaign or brand matches \u201c' + query.trim() + '\u201d';
      }
      status.textContent = result.total
        ? intFormat.format(result.total) + (result.total === 1 ? ' result' : ' results') + (left > 0 ? ', first ' + result.found.length + ' listed' : '')
        : 'No results';
      setOpen(true);
    }

    input.addEventListener('focus', requestSearchIndex);
    input.addEventListener('input', update);
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        // A closed list opens on the first (Down) or last (Up) result.
        if (popup.hidden) { update(); setActive(e.key === 'ArrowDown' ? 0 : options.length - 1); return; }
        if (!options.length) return;
        const step = e.key === 'ArrowDown' ? 1 : -1;
        setActive(active < 0 ? (step > 0 ? 0 : options.length - 1) : (active + step + options.length) % options.length);
      } else if (e.key === 'Enter') {
        if (popup.hidden || !options.length) return;
        e.preventDefault();
        go(options[active >= 0 ? active : 0]);
      } else if (e.key === 'Escape') {
        if (!popup.hidden) { e.preventDefault(); setOpen(false); }
        else if (input.value) { e.preventDefault(); input.value = ''; update(); }
      }
    });
    // Pointer: pressing an option must not blur the input first (which closes the list).
    list.addEventListener('mousedown', function (e) { e.preventDefault(); });
    list.addEventListener('click', function (e) {
      const option = e.target instanceof Element ? e.target.closest('[role="option"]') : null;
      if (option) go(option);
    });
    box.addEventListener('focusout', function (e) {
      if (!box.contains(e.relatedTarget)) setOpen(false);
    });

    searchBoxes.push({
      update: function () { if (document.activeElement === input || input.value) update(); },
      failed: function () { status.textContent = 'The search index (assets/search-index.js) could not be loaded.'; },
    });
  }

  // ---------------------------------------------------------------- entity pages

  // influencers/, campaigns/ and brands/ pages (docs/SITE.md, "Entity pages") load this same script. The report
  // passes the view the reader is on to a page it opens, as "#from=view%3Dinstagram%26period%3D2025-10"; the page
  // points its links back to the report at that view, and hands the same hash on to the pages it links to.
  const ENTITY_LINK = /^(\.\.\/)?(influencers|campaigns|brands)\/[a-z0-9-]+\.html(#.*)?$/;
  const FROM_VIEW = /^view=[a-z0-9-]+&period=[a-z0-9-]+$/;

  function isEntityPage() {
    return document.body.classList.contains('entity-page');
  }

  function withFrom(href, from) {
    return href.split('#')[0] + '#from=' + encodeURIComponent(from);
  }

  /** On the report: a click on a link to an entity page carries the view shown now. */
  function initEntityLinksFromReport() {
    document.addEventListener('click', function (e) {
      const a = e.target.closest && e.target.closest('a[href]');
      if (!a || !ENTITY_LINK.test(a.getAttribute('href'))) return;
      a.setAttribute('href', withFrom(a.getAttribute('href'), 'view=' + current.platform + '&period=' + current.period));
    }, true);
  }

  function initEntityPage() {
    all('.chart').forEach(function (div) { showChart(div); });
    let from = null;
    try { from = new URLSearchParams(location.hash.slice(1)).get('from'); } catch (e) { from = null; }
    if (!from || !FROM_VIEW.test(from)) return;
    all('a.back-to-report').forEach(function (a) { a.setAttribute('href', a.getAttribute('href').split('#')[0] + '#' + from); });
    all('a[href]').forEach(function (a) {
      if (ENTITY_LINK.test(a.getAttribute('href'))) a.setAttribute('href', withFrom(a.getAttribute('href'), from));
    });
  }

  // ---------------------------------------------------------------- start

  function init() {
    all('.site-search').forEach(initSearch);
    all('.theme-toggle').forEach(function (b) {
      b.addEventListener('click', function () {
        const theme = currentTheme() === 'dark' ? 'light' : 'dark';
        storageSet(THEME_KEY, theme);
        setTheme(theme);
      });
    });
    setTheme(currentTheme());
    if (darkQuery) {
      const follow = function () { if (!storedTheme()) setTheme(systemTheme()); };
      if (darkQuery.addEventListener) darkQuery.addEventListener('change', follow);
      else if (darkQuery.addListener) darkQuery.addListener(follow);
    }
    initFigureSelects();
    initPrint();
    if (isEntityPage()) {
      initEntityPage();
      return;
    }
    initScrollSpy();
    initTabs();
    initEntityLinksFromReport();
    // `index.html?print=all` (what `build --pdf` opens): lay out every platform of the period for paper at once,
    // once their view files have loaded (Chromium's virtual time budget waits for those loads).
    if (/[?&]print=all(&|$)/.test(location.search)) printAllReady();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
