#include "core/cache/binary_reader.h"

namespace loadscope {

std::size_t BinaryReader::getCount(std::size_t minItemBytes)
{
    const auto count = get<std::uint64_t>();
    const auto left = static_cast<std::uint64_t>(end_ - at_);
    if (minItemBytes > 0 ? count > left / minItemBytes : count > left)
        throw CacheFormatError("a count larger than the bytes left");
    return static_cast<std::size_t>(count);
}

std::string BinaryReader::getString()
{
    const std::size_t size = getCount(1);
    std::string text(at_, size);
    at_ += size;
    return text;
}

std::vector<std::string> BinaryReader::getStrings()
{
    std::vector<std::string> texts(getCount(sizeof(std::uint64_t)));
    for (auto& text : texts)
        text = getString();
    return texts;
}

std::map<std::string, double> BinaryReader::getNumbers()
{
    std::map<std::string, double> numbers;
    for (std::size_t n = getCount(sizeof(std::uint64_t) + sizeof(double)); n > 0; --n) {
        std::string name = getString();
        numbers[std::move(name)] = get<double>();
    }
    return numbers;
}

bool BinaryReader::getFlag()
{
    const auto flag = get<std::uint8_t>();
    if (flag > 1)
        throw CacheFormatError("a flag neither 0 nor 1");
    return flag == 1;
}

} // namespace loadscope
