#pragma once
// A complete results folder re-written as a running test would write it: every data file grows in steps, each
// step cutting it at an arbitrary byte (inside a JSON object, inside a CSV or log line). For each step the test
// also gets, independently of the loader, what a reader may count as complete: the items of a JSON array whose
// text ends before the cut, the lines whose newline is before it.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace loadscope::testing {

struct GrowingFile {
    std::string relative;                // root-relative path
    bool jsonArray = false;              // else: lines (log, CSV)
    std::string text;                    // the complete file as this copy writes it
    std::vector<std::size_t> recordEnds; // byte after each item / after each line's newline
    std::vector<std::string> items;      // jsonArray: each item's text
    int firstStep = 0;                   // the step at which the file appears
};

class GrowingCopy {
public:
    // Plans the growth of every file under `complete` (events, stats, QoE arrays; log and CSV lines; batches.json
    // is written whole in step 0). JSON arrays are re-serialised compactly so their item bounds are known.
    GrowingCopy(const std::filesystem::path& complete, int steps);

    int steps() const { return steps_; }
    // Byte length of `file` after `step` (0 when not there yet); the last step writes every file whole.
    std::size_t cutAt(const GrowingFile& file, int step) const;
    // Complete records of `file` after `step`.
    std::size_t completeRecords(const GrowingFile& file, int step) const;
    // Appends the bytes of `step` to the files under `out` (creating the files that appear).
    void appendStep(const std::filesystem::path& out, int step) const;
    // Writes under `out` the complete records of every file after `step`, as a finished folder would hold them
    // (arrays closed with ']', lines up to the last newline): what a full load must agree with.
    void writeCompletePrefix(const std::filesystem::path& out, int step) const;
    const std::vector<GrowingFile>& files() const { return files_; }
    const GrowingFile* find(const std::string& relative) const;

private:
    int steps_;
    std::vector<GrowingFile> files_;
};

// Path → (size, hash of the bytes) of every file under `root`: equal before and after a read means untouched.
std::map<std::string, std::pair<std::size_t, std::size_t>> folderChecksum(const std::filesystem::path& root);

} // namespace loadscope::testing
