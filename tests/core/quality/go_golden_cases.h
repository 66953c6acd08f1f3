#pragma once
// The sample sets behind the Go package's golden values (docs/quality-attenuation.md, tests/data/quality/
// go_goldens.txt) and a reader of that file's "key=value" lines.
#include "core/quality/quality_attenuation.h"

#include <string>
#include <vector>

namespace loadscope::test {

// Fills `qa` with the samples of a golden section ("A", "B", "D", "G", "empty", "one(0.2)", "two(0.2,0.1)",
// "allLoss"); false for a section this suite has no samples for.
bool fillGoldenCase(const std::string& section, SimpleQualityAttenuation& qa);

struct GoldenValue {
    std::string section;
    std::string key;
    std::string value; // as printed by Go (%.17g, "NaN", "{mean,weight}", error text)
};

// Every key=value of go_goldens.txt, in file order. Throws std::runtime_error when the file cannot be read.
std::vector<GoldenValue> readGoldenValues(const std::string& path);

// The value the key names, computed from `qa` the way the Go program printed it, as Go's %.17g text would
// read back: the double for numeric keys. Throws std::invalid_argument for a key it does not know.
double observe(SimpleQualityAttenuation& qa, const std::string& key);

} // namespace loadscope::test
