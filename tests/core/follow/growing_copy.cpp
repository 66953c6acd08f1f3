#include "growing_copy.h"

#include "generated_folder.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <functional>

namespace loadscope::testing {

namespace fs = std::filesystem;

namespace {

bool isJsonArrayFile(const std::string& relative)
{
    return relative.ends_with("events.json") || relative.ends_with("stats.json") || relative.ends_with("_cuts.json");
}

// The second session's users join one step later, and QoE files are written from the middle of the test on.
int firstStepOf(const std::string& relative, int steps)
{
    if (relative.starts_with("qoe/"))
        return steps / 2;
    if (relative.find("/LoadTestSession2/") != std::string::npos)
        return 1;
    return 0;
}

// A fraction of the file per step that differs between files, so cuts land at unrelated places.
double fractionAt(const std::string& relative, int step, int firstStep, int steps)
{
    const double jitter = static_cast<double>(std::hash<std::string>{}(relative) % 1000) / 1000.0;
    const double growth = static_cast<double>(step - firstStep + 1) / static_cast<double>(steps - firstStep);
    return std::min(1.0, growth * (0.6 + 0.3 * jitter));
}

void write(const fs::path& path, std::string_view bytes, std::ios::openmode mode)
{
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | mode);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

} // namespace

GrowingCopy::GrowingCopy(const fs::path& complete, int steps) : steps_(steps)
{
    for (const auto& [relative, text] : readTree(complete)) {
        GrowingFile file;
        file.relative = relative;
        file.firstStep = relative == "dfs_final/batches.json" ? 0 : firstStepOf(relative, steps);
        file.jsonArray = isJsonArrayFile(relative);
        if (file.jsonArray) {
            file.text = "[";
            for (const auto& item : nlohmann::ordered_json::parse(text)) {
                if (file.items.size() > 0)
                    file.text += ",";
                file.items.push_back(item.dump());
                file.text += file.items.back();
                file.recordEnds.push_back(file.text.size());
            }
            file.text += "]";
        } else {
            file.text = text;
            for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 1))
                file.recordEnds.push_back(at + 1);
        }
        files_.push_back(std::move(file));
    }
}

std::size_t GrowingCopy::cutAt(const GrowingFile& file, int step) const
{
    if (step < file.firstStep)
        return 0;
    if (step >= steps_ - 1 || file.relative == "dfs_final/batches.json")
        return file.text.size();
    const double fraction = fractionAt(file.relative, step, file.firstStep, steps_);
    return std::max<std::size_t>(1, static_cast<std::size_t>(fraction * static_cast<double>(file.text.size())));
}

std::size_t GrowingCopy::completeRecords(const GrowingFile& file, int step) const
{
    const std::size_t cut = cutAt(file, step);
    return static_cast<std::size_t>(std::upper_bound(file.recordEnds.begin(), file.recordEnds.end(), cut) -
                                    file.recordEnds.begin());
}

void GrowingCopy::appendStep(const fs::path& out, int step) const
{
    for (const GrowingFile& file : files_) {
        const std::size_t from = step == 0 ? 0 : cutAt(file, step - 1);
        const std::size_t to = cutAt(file, step);
        if (to > from || (step == file.firstStep && to > 0))
            write(out / file.relative, std::string_view(file.text).substr(from, to - from), std::ios::app);
    }
}

void GrowingCopy::writeCompletePrefix(const fs::path& out, int step) const
{
    for (const GrowingFile& file : files_) {
        if (step < file.firstStep)
            continue;
        const std::size_t records = completeRecords(file, step);
        std::string text;
        if (file.jsonArray) {
            text = "[";
            for (std::size_t i = 0; i < records; ++i)
                text += (i ? "," : "") + file.items[i];
            text += "]";
        } else {
            text = file.text.substr(0, records ? file.recordEnds[records - 1] : 0);
            if (file.relative == "dfs_final/batches.json")
                text = file.text;
        }
        write(out / file.relative, text, std::ios::trunc);
    }
}

const GrowingFile* GrowingCopy::find(const std::string& relative) const
{
    for (const GrowingFile& file : files_)
        if (file.relative == relative)
            return &file;
    return nullptr;
}

std::map<std::string, std::pair<std::size_t, std::size_t>> folderChecksum(const fs::path& root)
{
    std::map<std::string, std::pair<std::size_t, std::size_t>> sums;
    for (const auto& [relative, bytes] : readTree(root))
        sums[relative] = {bytes.size(), std::hash<std::string>{}(bytes)};
    return sums;
}

} // namespace loadscope::testing
