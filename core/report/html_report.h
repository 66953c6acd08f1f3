#pragma once
// report.html: the whole report in one self-contained file that opens offline in any browser. The figures are
// inline data URIs (rendered by the caller: core does not draw), the tables are the report's CSV tables as
// sortable HTML tables (a small inline script; no external URL anywhere), with the test summary, the problems,
// the analysis mode and options and loadscope's version, and a table of contents per test.
#include "core/analysis/test_analysis.h"
#include "core/pipeline/analysed_results.h"

#include <ostream>
#include <string>
#include <vector>

namespace loadscope {

struct HtmlFigure {
    std::string test;   // a test's name, or kAllTestsName
    std::string figure; // connection-progression, qos, ...
    std::string metric;
    std::string title;
    std::string dataUri; // data:image/png;base64,… or data:image/svg+xml;base64,…
};

struct HtmlReportInput {
    std::string version; // loadscope's
    std::string root;    // the results folder, as given
    AnalysisOptions analysis;
    std::vector<HtmlFigure> figures; // in drawing order
};

// Writes the document; the analyses and problems are those of `analysed`.
void writeHtmlReport(std::ostream& out, const AnalysedResults& analysed, const HtmlReportInput& input);

inline constexpr char kHtmlReportName[] = "report.html";
inline constexpr char kAllTestsName[] = "all-tests"; // the "test" of figures over every test

} // namespace loadscope
