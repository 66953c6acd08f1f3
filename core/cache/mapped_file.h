#pragma once
// A whole file mapped read-only (mmap): the re-open cache reads its entries in place, without a copy into a
// buffer that would first have to be zeroed.
#include <cstddef>
#include <filesystem>
#include <string_view>

namespace loadscope {

class MappedFile {
public:
    MappedFile() = default;
    explicit MappedFile(const std::filesystem::path& path); // empty (bytes() of size 0) when it cannot be mapped
    MappedFile(MappedFile&& other) noexcept;
    MappedFile& operator=(MappedFile&& other) noexcept;
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    ~MappedFile();

    std::string_view bytes() const { return {static_cast<const char*>(data_), size_}; }

private:
    void* data_ = nullptr;
    std::size_t size_ = 0;
};

} // namespace loadscope
