#include "core/report/html_report.h"

#include "core/report/comparisons_table.h"
#include "core/report/html_table.h"
#include "core/report/report_writer.h"
#include "core/report/test_summary.h"

#include <cctype>
#include <functional>
#include <sstream>

namespace loadscope {

namespace {

constexpr const char* kStyle = R"(
body{font-family:sans-serif;margin:0 2em 2em;color:#222;max-width:1400px}
h1{margin-bottom:0.2em} h2{border-bottom:2px solid #4e79a7;padding-top:0.6em} h3{margin-top:1.4em}
nav ul{columns:2;margin:0.3em 0} .meta td{padding:0 1em 0 0}
table.sortable{border-collapse:collapse;margin:0.5em 0 1.5em;font-size:0.85em}
table.sortable caption{text-align:left;font-weight:bold;padding:0.3em 0}
table.sortable th{background:#eef;cursor:pointer;position:sticky;top:0;padding:0.2em 0.5em;border:1px solid #ccd}
table.sortable th.asc::after{content:" \25B2"} table.sortable th.desc::after{content:" \25BC"}
table.sortable td{padding:0.15em 0.5em;border:1px solid #ddd} td.n{text-align:right;font-variant-numeric:tabular-nums}
.scroll{max-height:30em;overflow:auto;display:inline-block}
figure{margin:1em 0} figure img{max-width:100%;border:1px solid #ddd} figcaption{font-size:0.9em;color:#555}
)";

// Sorts a table by the clicked column: numbers numerically (empty cells last), text alphabetically.
constexpr const char* kScript = R"(
document.querySelectorAll('table.sortable').forEach(function (table) {
  table.querySelectorAll('th').forEach(function (th, column) {
    th.addEventListener('click', function () {
      var body = table.tBodies[0];
      var ascending = !th.classList.contains('asc');
      table.querySelectorAll('th').forEach(function (h) { h.classList.remove('asc', 'desc'); });
      th.classList.add(ascending ? 'asc' : 'desc');
      var rows = Array.prototype.slice.call(body.rows);
      function key(row) {
        var text = row.cells[column] ? row.cells[column].textContent : '';
        var number = text === '' ? NaN : Number(text);
        return {text: text, number: number};
      }
      rows.sort(function (a, b) {
        var x = key(a), y = key(b), order;
        if (!isNaN(x.number) && !isNaN(y.number)) order = x.number - y.number;
        else if (isNaN(x.number) !== isNaN(y.number)) return isNaN(x.number) ? 1 : -1;
        else order = x.text.localeCompare(y.text);
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});
)";

CsvText tableOf(const std::function<void(std::ostream&)>& write)
{
    std::ostringstream text;
    write(text);
    return parseCsvText(text.str());
}

std::string anchorOf(std::string_view text)
{
    std::string out;
    for (const char c : text)
        out += (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_') ? c : '-';
    return out;
}

std::string modeName(AnalysisMode mode)
{
    return mode == AnalysisMode::NotebookCompatible ? "notebook (the notebook's numbers, quirks included)"
                                                    : "corrected (the notebook's known faults fixed)";
}

std::string offsetText(const AnalysisOptions& options)
{
    if (!options.logUtcOffsetMinutes)
        return options.mode == AnalysisMode::NotebookCompatible ? "+02:00 (the notebook's)" : "detected per test";
    const int minutes = *options.logUtcOffsetMinutes;
    const int a = minutes < 0 ? -minutes : minutes;
    std::ostringstream out;
    out << (minutes < 0 ? '-' : '+') << (a / 60 < 10 ? "0" : "") << a / 60 << ':' << (a % 60 < 10 ? "0" : "") << a % 60
        << " (given)";
    return out.str();
}

struct Tables {
    CsvText summary, problems, thresholds, comparisons, qos;
};

void writeFigures(std::ostream& out, const std::vector<HtmlFigure>& figures, const std::string& test)
{
    for (std::size_t i = 0; i < figures.size(); ++i) {
        const HtmlFigure& f = figures[i];
        if (f.test != test)
            continue;
        const std::string name = f.metric.empty() ? f.figure : f.figure + "_" + f.metric;
        out << "<figure id=\"" << anchorOf(test + "--" + name) << "\"><img alt=\"" << htmlEscape(f.title) << "\" src=\""
            << f.dataUri << "\"><figcaption>" << htmlEscape(f.title) << "</figcaption></figure>\n";
    }
}

void writeContents(std::ostream& out, const std::vector<HtmlFigure>& figures, const std::string& test,
                   const std::vector<std::pair<std::string, std::string>>& tables)
{
    out << "<nav><ul>";
    for (const auto& [anchor, caption] : tables)
        out << "<li><a href=\"#" << anchor << "\">" << htmlEscape(caption) << "</a></li>";
    for (const HtmlFigure& f : figures)
        if (f.test == test) {
            const std::string name = f.metric.empty() ? f.figure : f.figure + "_" + f.metric;
            // The title without the test's name, which the section already says.
            const std::string suffix = " — " + test;
            const bool named = f.title.size() > suffix.size() && f.title.ends_with(suffix);
            const std::string shown = named ? f.title.substr(0, f.title.size() - suffix.size()) : f.title;
            out << "<li><a href=\"#" << anchorOf(test + "--" + name) << "\">" << htmlEscape(shown) << "</a></li>";
        }
    out << "</ul></nav>\n";
}

void writeTable(std::ostream& out, const std::string& anchor, const CsvText& table, const std::string& caption)
{
    out << "<div class=\"scroll\" id=\"" << anchor << "\">" << htmlTable(table, caption) << "</div><br>\n";
}

void writeTestSection(std::ostream& out, const std::string& test, const Tables& tables,
                      const std::vector<HtmlFigure>& figures)
{
    const std::string id = anchorOf(test);
    out << "<section id=\"test-" << id << "\"><h2>" << htmlEscape(test) << "</h2>\n";
    const std::vector<std::pair<std::string, std::string>> parts{{id + "--summary", "Summary"},
                                                                 {id + "--thresholds", "CPU thresholds"},
                                                                 {id + "--comparisons", "CPU-threshold comparisons"},
                                                                 {id + "--qos", "QoS summary"}};
    writeContents(out, figures, test, parts);
    writeTable(out, parts[0].first, rowsWhere(tables.summary, "test", test), parts[0].second);
    writeTable(out, parts[1].first, rowsWhere(tables.thresholds, "test", test), parts[1].second);
    writeTable(out, parts[2].first, rowsWhere(tables.comparisons, "test", test), parts[2].second);
    writeTable(out, parts[3].first, rowsWhere(tables.qos, "test", test), parts[3].second);
    writeFigures(out, figures, test);
    out << "</section>\n";
}

} // namespace

void writeHtmlReport(std::ostream& out, const AnalysedResults& analysed, const HtmlReportInput& input)
{
    const auto& analyses = analysed.analyses;
    Tables tables;
    tables.summary = tableOf([&](std::ostream& o) { writeSummaryCsv(o, analyses); });
    tables.problems = tableOf([&](std::ostream& o) { writeProblemsCsv(o, analysed.problems.items()); });
    tables.thresholds = tableOf([&](std::ostream& o) { writeThresholdsCsv(o, analyses); });
    tables.comparisons = tableOf([&](std::ostream& o) { writeComparisonsCsv(o, analyses); });
    tables.qos = tableOf([&](std::ostream& o) { writeQosSummaryCsv(o, analyses); });

    std::vector<std::string> tests;
    for (const TestAnalysis& a : analyses)
        if (a.data)
            tests.push_back(a.data->info.name);
    const std::string allTests = kAllTestsName;

    out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        << "<meta name=\"generator\" content=\"loadscope " << htmlEscape(input.version) << "\">\n"
        << "<title>loadscope report — " << htmlEscape(input.root) << "</title>\n<style>" << kStyle << "</style>\n"
        << "</head><body>\n<h1>loadscope report</h1>\n<table class=\"meta\">"
        << "<tr><td>Results folder</td><td>" << htmlEscape(input.root) << "</td></tr>"
        << "<tr><td>Tests</td><td>" << tests.size() << "</td></tr>"
        << "<tr><td>Analysis mode</td><td id=\"analysis-mode\">" << htmlEscape(modeName(input.analysis.mode))
        << "</td></tr><tr><td>Controller log UTC offset</td><td>" << htmlEscape(offsetText(input.analysis))
        << "</td></tr><tr><td>Problems</td><td>" << tables.problems.rows.size() << "</td></tr>"
        << "<tr><td>Made by</td><td id=\"loadscope-version\">loadscope " << htmlEscape(input.version)
        << "</td></tr></table>\n<h2 id=\"contents\">Contents</h2>\n<nav><ul>"
        << "<li><a href=\"#summary\">Test summary</a></li><li><a href=\"#problems\">Problems</a></li>";
    for (const std::string& test : tests)
        out << "<li><a href=\"#test-" << anchorOf(test) << "\">" << htmlEscape(test) << "</a></li>";
    out << "<li><a href=\"#test-" << allTests << "\">All tests</a></li></ul></nav>\n";

    out << "<section id=\"summary\"><h2>Test summary</h2>\n";
    writeTable(out, "summary-table", tables.summary, "summary.csv: one row per test");
    out << "</section>\n<section id=\"problems\"><h2>Problems</h2>\n";
    writeTable(out, "problems-table", tables.problems, "problems.csv: what could not be read, by file and line");
    out << "</section>\n";
    for (const std::string& test : tests)
        writeTestSection(out, test, tables, input.figures);
    out << "<section id=\"test-" << allTests << "\"><h2>All tests</h2>\n";
    writeContents(out, input.figures, allTests, {});
    writeFigures(out, input.figures, allTests);
    out << "</section>\n<script>" << kScript << "</script>\n</body></html>\n";
}

} // namespace loadscope
