using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Soc.Simulation.Client.Charts;
using Soc.Simulation.Client.Languages;

namespace Soc.Simulation.Client.Report;

/// <summary>
/// A small builder of one self-contained HTML page: every text goes through <see cref="HtmlEncoder"/>, the CSS is
/// inline and the charts are PNG data URIs, so the page loads nothing from anywhere.
/// </summary>
public sealed class HtmlDocument
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly StringBuilder _html = new();

    /// <summary>A table cell: its text, whether it is a number (right-aligned), a CSS class, and a second, smaller line (e.g. a CI).</summary>
    public readonly record struct Cell(string Text, bool Numeric = false, string? CssClass = null, string? Sub = null)
    {
        public static implicit operator Cell(string text) => new(text);
    }

    public static Cell Num(string text) => new(text, true);

    public static string Encode(string text) => Encoder.Encode(text);

    public HtmlDocument(string title)
    {
        _html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Say.Current.ToString().ToLowerInvariant()).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n<main>\n");
    }

    public HtmlDocument Raw(string html)
    {
        _html.Append(html);
        return this;
    }

    public HtmlDocument Heading(int level, string text, string? id = null)
    {
        _html.Append("<h").Append(level);
        if (id is not null) _html.Append(" id=\"").Append(Encode(id)).Append('"');
        _html.Append('>').Append(Encode(text)).Append("</h").Append(level).Append(">\n");
        return this;
    }

    public HtmlDocument Paragraph(string text, string? cssClass = null)
    {
        _html.Append(cssClass is null ? "<p>" : $"<p class=\"{Encode(cssClass)}\">").Append(Encode(text)).Append("</p>\n");
        return this;
    }

    /// <summary>A list of links to the page's sections.</summary>
    public HtmlDocument Contents(IEnumerable<(string Id, string Text)> sections)
    {
        _html.Append("<nav><strong>").Append(Encode(Say.T("Contents"))).Append("</strong><ul>");
        foreach ((string id, string text) in sections) _html.Append("<li><a href=\"#").Append(Encode(id)).Append("\">").Append(Encode(text)).Append("</a></li>");
        _html.Append("</ul></nav>\n");
        return this;
    }

    /// <summary>Key figures, each a label and a value, as a row of boxes.</summary>
    public HtmlDocument Cards(IEnumerable<(string Label, string Value, string? Note)> cards)
    {
        _html.Append("<div class=\"cards\">\n");
        foreach ((string label, string value, string? note) in cards)
        {
            _html.Append("<div class=\"card\"><div class=\"label\">").Append(Encode(label)).Append("</div><div class=\"value\">").Append(Encode(value)).Append("</div>");
            if (note is not null) _html.Append("<div class=\"note\">").Append(Encode(note)).Append("</div>");
            _html.Append("</div>\n");
        }

        _html.Append("</div>\n");
        return this;
    }

    /// <summary>A table with a header row; numeric cells are right-aligned.</summary>
    public HtmlDocument Table(IReadOnlyList<Cell> header, IEnumerable<IReadOnlyList<Cell>> rows, string? caption = null, string? cssClass = null)
    {
        _html.Append(cssClass is null ? "<table>" : $"<table class=\"{Encode(cssClass)}\">");
        if (caption is not null) _html.Append("<caption>").Append(Encode(caption)).Append("</caption>");
        _html.Append("\n<thead><tr>");
        foreach (Cell h in header) Append("th", h);
        _html.Append("</tr></thead>\n<tbody>\n");
        foreach (IReadOnlyList<Cell> row in rows)
        {
            _html.Append("<tr>");
            foreach (Cell c in row) Append("td", c);
            _html.Append("</tr>\n");
        }

        _html.Append("</tbody></table>\n");
        return this;
    }

    /// <summary>Two columns: a name (in code style, e.g. a JSON path) and its value.</summary>
    public HtmlDocument Parameters(IEnumerable<(string Name, string Value)> rows, string? caption = null)
    {
        _html.Append("<table class=\"params\">");
        if (caption is not null) _html.Append("<caption>").Append(Encode(caption)).Append("</caption>");
        _html.Append("\n<tbody>\n");
        foreach ((string name, string value) in rows)
        {
            _html.Append("<tr><th><code>").Append(Encode(name)).Append("</code></th><td>").Append(Encode(value)).Append("</td></tr>\n");
        }

        _html.Append("</tbody></table>\n");
        return this;
    }

    public HtmlDocument List(IEnumerable<string> items, bool ordered = false)
    {
        string tag = ordered ? "ol" : "ul";
        _html.Append('<').Append(tag).Append(">\n");
        foreach (string item in items) _html.Append("<li>").Append(Encode(item)).Append("</li>\n");
        _html.Append("</").Append(tag).Append(">\n");
        return this;
    }

    /// <summary>A chart as an inline PNG (a data URI) with its title, what it shows and the names of its files.</summary>
    public HtmlDocument Figure(RenderedChart chart)
    {
        _html.Append("<figure id=\"chart-").Append(Encode(chart.Name)).Append("\">\n<img src=\"data:image/png;base64,")
            .Append(Convert.ToBase64String(chart.Png)).Append("\" width=\"").Append(chart.Width).Append("\" height=\"").Append(chart.Height)
            .Append("\" alt=\"").Append(Encode(chart.Title)).Append("\">\n<figcaption><strong>").Append(Encode(chart.Title)).Append(".</strong> ")
            .Append(Encode(chart.Description)).Append(" <span class=\"files\">").Append(Encode(Say.T("Files:"))).Append(' ').Append(Encode(chart.PngFileName)).Append(", ")
            .Append(Encode(chart.SvgFileName)).Append(".</span></figcaption>\n</figure>\n");
        return this;
    }

    public string Close() => _html.Append("</main>\n</body>\n</html>\n").ToString();

    private void Append(string tag, Cell cell)
    {
        string cls = string.Join(' ', new[] { cell.Numeric ? "num" : null, cell.CssClass }.Where(c => c is not null));
        _html.Append('<').Append(tag);
        if (cls.Length > 0) _html.Append(" class=\"").Append(cls).Append('"');
        _html.Append('>').Append(Encode(cell.Text));
        if (cell.Sub is not null) _html.Append("<br><span class=\"sub\">").Append(Encode(cell.Sub)).Append("</span>");
        _html.Append("</").Append(tag).Append('>');
    }

    private const string Css = """
        :root { --accent: #4E79A7; --line: #dde1e6; --muted: #5b6570; }
        * { box-sizing: border-box; }
        body { margin: 0; background: #eef0f3; color: #1d232a; line-height: 1.45;
               font-family: "DejaVu Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif; font-size: 15px; }
        main { max-width: 1100px; margin: 0 auto; padding: 24px 36px 56px; background: #fff; }
        header { border-bottom: 3px solid var(--accent); margin-bottom: 16px; padding-bottom: 8px; }
        header .kind { text-transform: uppercase; letter-spacing: .08em; color: var(--muted); font-size: .8em; margin: 0; }
        h1 { font-size: 1.55em; margin: .15em 0 .3em; }
        h2 { font-size: 1.3em; margin: 2em 0 .6em; padding-bottom: 4px; border-bottom: 2px solid var(--accent); }
        h3 { font-size: 1.08em; margin: 1.4em 0 .5em; }
        p.lead { color: var(--muted); margin-top: 0; }
        p.note { color: var(--muted); font-size: .9em; }
        nav { background: #f6f8fa; border: 1px solid var(--line); padding: 8px 14px; margin: 12px 0 20px; font-size: .92em; }
        nav ul { margin: 4px 0 0; padding-left: 20px; columns: 2; }
        a { color: #2f5d8a; }
        table { border-collapse: collapse; width: 100%; margin: .4em 0 1.3em; font-size: .9em; }
        caption { text-align: left; font-weight: bold; padding: 4px 0; }
        th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
        thead th { background: #e9eef5; border-bottom: 2px solid #c5cfdb; }
        tbody tr:nth-child(even) { background: #fafbfc; }
        .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        table.params th { width: 38%; font-weight: normal; background: none; }
        table.meta { width: auto; }
        table.meta tr { background: none !important; }
        table.meta th { background: none; font-weight: normal; color: var(--muted); border: 0; padding: 2px 16px 2px 0; white-space: nowrap; }
        table.meta td { border: 0; padding: 2px 0; font-weight: bold; }
        code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .9em; }
        .cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0 8px; }
        .card { flex: 1 1 190px; border: 1px solid var(--line); border-left: 4px solid var(--accent); padding: 8px 12px; }
        .card .label { color: var(--muted); font-size: .85em; }
        .card .value { font-size: 1.3em; font-weight: bold; }
        .card .note { color: var(--muted); font-size: .8em; }
        .sub { color: var(--muted); font-size: .85em; }
        .better { color: #2e7d32; font-weight: bold; }
        .worse { color: #c62828; font-weight: bold; }
        figure { margin: 1.2em 0 1.8em; padding: 8px; border: 1px solid var(--line); }
        figure img { display: block; max-width: 100%; height: auto; margin: 0 auto; }
        figcaption { font-size: .88em; color: #333; margin-top: 6px; }
        figcaption .files { color: var(--muted); }
        @media print { body { background: #fff; } main { padding: 0; } figure { break-inside: avoid; } }

        """;
}
