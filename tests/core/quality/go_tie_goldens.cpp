#include "go_tie_goldens.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace loadscope::test {

std::vector<GoldenLine> readGoTieGolden(const std::string& release, const std::string& name)
{
    const std::string path = kGoTiesDir + release + "/" + name + ".txt";
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error(path + ": cannot open");
    std::vector<GoldenLine> lines;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        const auto equals = line.find('=');
        if (equals == std::string::npos)
            throw std::runtime_error(path + ":" + std::to_string(number) + ": no '='");
        GoldenLine golden{line.substr(0, equals), {}};
        std::istringstream values(line.substr(equals + 1));
        std::string text;
        while (values >> text)
            golden.values.push_back(std::stod(text)); // Go's "NaN" and "+Inf" read back too
        lines.push_back(std::move(golden));
    }
    return lines;
}

double goTieGoldenValue(const std::string& release, const std::string& name, const std::string& key)
{
    for (const GoldenLine& line : readGoTieGolden(release, name))
        if (line.key == key && line.values.size() == 1)
            return line.values.front();
    throw std::runtime_error(release + "/" + name + ": no " + key);
}

} // namespace loadscope::test
