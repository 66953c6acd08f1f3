#include "go_golden_cases.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace loadscope::test {
namespace {

// splitmix64 and u = (next >> 11) * 2^-53, as the Go program drew its samples.
class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next()
    {
        state_ += 0x9E3779B97F4A7C15ULL;
        std::uint64_t z = state_;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1p-53; }

private:
    std::uint64_t state_;
};

void add(SimpleQualityAttenuation& qa, double sample)
{
    if (qa.addSample(sample))
        throw std::logic_error("golden sample rejected: " + std::to_string(sample));
}

double number(const std::string& text)
{
    char* end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (end == text.c_str() || *end != '\0')
        throw std::invalid_argument("not a number: " + text);
    return v;
}

// "c[12]" -> 12 (the text between the brackets after `prefix`).
std::size_t bracketIndex(const std::string& key, std::size_t open)
{
    return static_cast<std::size_t>(std::stoul(key.substr(open + 1, key.find(']') - open - 1)));
}

double parenthesised(const std::string& key)
{
    const auto open = key.find('(');
    return number(key.substr(open + 1, key.find(')') - open - 1));
}

} // namespace

bool fillGoldenCase(const std::string& section, SimpleQualityAttenuation& qa)
{
    if (section == "A") {
        for (double s : {1.0, 2.0, 3.0})
            add(qa, s);
    } else if (section == "B") {
        for (int i = 1; i <= 159999; ++i)
            add(qa, static_cast<double>(i) / 10000);
    } else if (section == "D") {
        SplitMix64 random(7);
        for (int i = 0; i < 3000; ++i)
            add(qa, static_cast<double>(1 + static_cast<int>(random.uniform() * 200)) / 1000);
    } else if (section == "G") {
        SplitMix64 random(99);
        for (int i = 0; i < 1000; ++i) {
            const double sample = 0.02 + 0.1 * random.uniform();
            add(qa, i % 50 == 0 ? 20.0 : sample);
        }
    } else if (section == "empty") {
    } else if (section == "one(0.2)") {
        add(qa, 0.2);
    } else if (section == "two(0.2,0.1)") {
        add(qa, 0.2);
        add(qa, 0.1);
    } else if (section == "allLoss") {
        add(qa, 16.0);
        add(qa, 20.0);
    } else {
        return false;
    }
    return true;
}

std::vector<GoldenValue> readGoldenValues(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    std::vector<GoldenValue> values;
    std::string section, line;
    while (std::getline(in, line)) {
        if (line.rfind("== ", 0) == 0) {
            const auto colon = line.find(':');
            section = line.substr(3, colon - 3);
            line = colon == std::string::npos ? "" : line.substr(colon + 1);
        }
        // Error texts contain spaces: "err0=sample is zero or negative errneg=...".
        if (const auto err = line.find(" err0="); err != std::string::npos) {
            const auto neg = line.find(" errneg=");
            values.push_back({section, "err0", line.substr(err + 6, neg - err - 6)});
            values.push_back({section, "errneg", line.substr(neg + 8)});
            line = line.substr(0, err);
        }
        std::istringstream tokens(line);
        std::string token;
        while (tokens >> token) {
            const auto eq = token.find('=');
            if (eq != std::string::npos)
                values.push_back({section, token.substr(0, eq), token.substr(eq + 1)});
        }
    }
    return values;
}

double observe(SimpleQualityAttenuation& qa, const std::string& key)
{
    if (key == "n")
        return static_cast<double>(qa.samples());
    if (key == "losses")
        return static_cast<double>(qa.losses());
    if (key == "min")
        return qa.minimum();
    if (key == "max")
        return qa.maximum();
    if (key == "offsetSum")
        return qa.offsetSum();
    if (key == "offsetSumSq")
        return qa.offsetSumOfSquares();
    if (key == "avg")
        return qa.average();
    if (key == "var")
        return qa.variance();
    if (key == "sd")
        return qa.standardDeviation();
    if (key == "rpm")
        return qa.rpm();
    if (key == "loss%")
        return qa.lossPercentage();
    if (key == "gamingQoO" || key == "QoO")
        return qa.gamingQoo().value_or(NAN);
    if (key == "QoO[{99,0.2,0.5},{99.9,0.3,0.6}]")
        return qa.qoo({{99, 0.2, 0.5}, {99.9, 0.3, 0.6}}).value_or(NAN);
    if (key == "centroids")
        return static_cast<double>(qa.digest().centroids().size());
    if (key == "count")
        return qa.digest().count();
    if (key.rfind("PDV", 0) == 0)
        return qa.pdv(number(key.substr(3)));
    if (key.rfind("P", 0) == 0)
        return qa.percentile(number(key.substr(1)));
    if (key.rfind("CDF(", 0) == 0 || key.rfind("cdf(", 0) == 0)
        return qa.digest().cdf(parenthesised(key));
    if (key.rfind("c[", 0) == 0 && key.size() > 2) {
        // "c[i].mean" / "c[i].weight": the test splits Go's "{mean,weight}" into these two.
        const auto centroids = qa.digest().centroids();
        const std::size_t i = bracketIndex(key, 1);
        if (i >= centroids.size())
            return NAN;
        return key.ends_with(".weight") ? centroids[i].weight : centroids[i].mean;
    }
    const auto hist = qa.cablelabsHistogram();
    if (key.rfind("h[", 0) == 0)
        return hist[bracketIndex(key, 1)];
    if (key == "nonzero") {
        int nonzero = 0;
        for (double h : hist)
            nonzero += h != 0.0;
        return nonzero;
    }
    if (key == "total") {
        double total = 0.0;
        for (double h : hist)
            total += h;
        return total;
    }
    throw std::invalid_argument("unknown golden key " + key);
}

} // namespace loadscope::test
