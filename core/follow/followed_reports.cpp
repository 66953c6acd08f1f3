#include "core/follow/followed_reports.h"

#include "core/load/load_limits.h"
#include "core/load/results_layout.h"
#include "core/load/results_report_reader.h"
#include "core/load/test_assembly.h"

#include <algorithm>

namespace loadscope {

struct FollowedReports::Report {
    std::string relative; // logs/results.txt
    FollowedFile file{FollowedShape::Lines, false, limits::kMaxLogFileBytes};
    std::vector<TestCaseReport> blocks;
};

FollowedReports::FollowedReports(std::filesystem::path root) : root_(std::move(root)) {}

FollowedReports::~FollowedReports() = default;

bool FollowedReports::update(const FolderSnapshot& snapshot)
{
    // The files directly in logs/ that a full load reads as reports (the snapshot's map is sorted by name).
    const std::string folder = std::string(layout::kLogsFolder) + "/";
    std::vector<std::unique_ptr<Report>> found;
    bool changed = false;
    for (const auto& [relative, stamp] : snapshot.entries()) {
        const std::string_view name = std::string_view(relative).substr(std::min(folder.size(), relative.size()));
        if (!relative.starts_with(folder) || stamp.folder || name.find('/') != std::string_view::npos ||
            !isResultsReportName(name))
            continue;
        auto known = std::find_if(reports_.begin(), reports_.end(), [&wanted = relative](const auto& report) {
            return report && report->relative == wanted;
        });
        if (known != reports_.end()) {
            found.push_back(std::move(*known));
        } else {
            found.push_back(std::make_unique<Report>());
            found.back()->relative = relative;
            changed = true;
        }
        Report& report = *found.back();
        changed = report.file.update(
                      root_ / relative, relative, stamp,
                      [&report](const FileBuffer& buffer, const ChunkPlace&, ProblemList& problems) {
                          report.blocks = readResultsReport(buffer, report.relative, problems);
                      },
                      [&report] { report.blocks.clear(); }) ||
                  changed;
    }
    changed = changed || found.size() != reports_.size();
    reports_ = std::move(found);
    return changed;
}

void FollowedReports::check(const std::vector<TestData>& tests, ProblemList& problems) const
{
    ReadReports reports;
    for (const auto& report : reports_) {
        problems.append(report->file.problems());
        reports.emplace_back(report->relative, report->blocks);
    }
    checkLogsAgainstReports(reports, tests, problems);
}

} // namespace loadscope
