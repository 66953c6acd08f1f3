#pragma once
// A whole file mapped read-only (mmap): the re-open cache reads its entries in place, without a copy into a
// buffer that would first have to be zeroed. A reader going through it front to back gives back the pages behind
// it (release), so an entry of hundreds of megabytes never sits whole in the process's memory.
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
    // Drops the pages of [from, to) from the process, the page holding `to` excepted: a reader past `to` has read
    // them. Touched again, they are read again from the file.
    void release(std::size_t from, std::size_t to) const;

private:
    void* data_ = nullptr;
    std::size_t size_ = 0;
};

} // namespace loadscope
