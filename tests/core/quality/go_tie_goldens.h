#pragma once
// The Go goldens of the tie-heavy samples (tests/data/quality/go_ties): one file per Go release and case, printed
// by make_go_goldens.sh with that release running the seed's Go package. Lines are "key=value", the values Go's
// shortest float64 texts ("centroid[i]=mean weight" has two).
#include <string>
#include <vector>

namespace loadscope::test {

inline const std::string kGoTiesDir = LOADSCOPE_TEST_DATA_DIR "/quality/go_ties/";

// The cases: samples_<case>.txt, and "merge_ties3000_ties1000" (the second merged into the first).
inline const std::vector<std::string> kGoTieCases{"ties13",   "ties50",  "ties200",    "ties1000",
                                                  "ties3000", "few5000", "losses2000", "merge_ties3000_ties1000"};

struct GoldenLine {
    std::string key;
    std::vector<double> values;
};

// The lines of kGoTiesDir + release + "/" + name + ".txt". Throws std::runtime_error when it cannot be read.
std::vector<GoldenLine> readGoTieGolden(const std::string& release, const std::string& name);

// The value of `key` in that file. Throws std::runtime_error when absent.
double goTieGoldenValue(const std::string& release, const std::string& name, const std::string& key);

} // namespace loadscope::test
