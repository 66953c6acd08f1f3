#pragma once
// Field-by-field comparison of two loaded results folders (the tables, not the root path), for the live-follow
// tests: "" when equal, else the first difference found.
#include "core/model/results.h"

#include <string>

namespace loadscope::testing {

std::string firstDifference(const Results& a, const Results& b);

} // namespace loadscope::testing
