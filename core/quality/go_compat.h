#pragma once
// The names of the Go-compatible modes (`--compat go`, `--compat go1.19`): the Go package as built by a range
// of Go releases, which differ only in the xorshift of sort.Sort (see go_sort.h).
#include "core/quality/go_sort.h"

#include <string_view>

namespace loadscope {

struct GoCompat {
    std::string_view name;     // the --compat value and the JSON "mode"
    std::string_view releases; // for --help
    gosort::XorshiftVariant sort;
};

inline constexpr GoCompat kGoCompats[] = {
    {"go", "go1.24 and later", gosort::XorshiftVariant::CurrentGo},
    {"go1.19", "go1.19 to go1.23", gosort::XorshiftVariant::Go1_19To1_23},
};

// The entry of `name`, nullptr when there is none.
inline const GoCompat* findGoCompat(std::string_view name)
{
    for (const GoCompat& compat : kGoCompats)
        if (compat.name == name)
            return &compat;
    return nullptr;
}

// The entry whose releases sort with `sort`.
inline const GoCompat& goCompatOf(gosort::XorshiftVariant sort)
{
    for (const GoCompat& compat : kGoCompats)
        if (compat.sort == sort)
            return compat;
    return kGoCompats[0];
}

} // namespace loadscope
