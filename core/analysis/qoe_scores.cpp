#include "core/analysis/qoe_scores.h"

#include "core/analysis/qoe_placement.h"

#include <cmath>

namespace loadscope {

const QoeScoreSpec* findQoeScore(std::string_view key)
{
    for (const QoeScoreSpec& s : kQoeScores)
        if (key == s.key)
            return &s;
    return nullptr;
}

double writtenQoeScore(const QoeCut& cut, std::string_view key)
{
    if (key == "vmaf")
        return cut.vmaf;
    if (key == "visqol")
        return cut.visqol;
    const auto it = cut.extra.find(std::string(key));
    return it == cut.extra.end() ? kNaN : it->second;
}

std::vector<const QoeScoreSpec*> qoeScoresOf(const TestData& data)
{
    // One pass: each cut's vmaf, visqol and the extra scores it holds (a missing key costs no lookup), until every
    // score has a number. A 50,000-cut test with no extra scores is one walk, not one per score.
    std::array<bool, kQoeScores.size()> written{};
    std::size_t found = 0;
    const auto mark = [&](const QoeScoreSpec* spec, double value) {
        if (!spec || std::isnan(value))
            return;
        bool& w = written[static_cast<std::size_t>(spec - kQoeScores.data())];
        found += !w;
        w = true;
    };
    for (const QoeCut& cut : data.qoe) {
        mark(&kQoeScores[0], cut.vmaf);
        mark(&kQoeScores[1], cut.visqol);
        for (const auto& [key, value] : cut.extra)
            mark(findQoeScore(key), value);
        if (found == kQoeScores.size())
            break;
    }
    std::vector<const QoeScoreSpec*> scores;
    for (std::size_t i = 0; i < kQoeScores.size(); ++i)
        if (written[i])
            scores.push_back(&kQoeScores[i]);
    return scores;
}

bool hasQoeScore(const TestData& data, std::string_view key)
{
    for (const QoeCut& cut : data.qoe)
        if (!std::isnan(writtenQoeScore(cut, key)))
            return true;
    return false;
}

bool mayBeFailedMeasurement(std::string_view key, double written)
{
    if (key == "visqol")
        return written == 0.0 || written == -0.25;
    return key == "pesq" && written == 0.0;
}

std::vector<QosSeries> qoeScoreSeries(const TestAnalysis& a, const QoeScoreSpec& score)
{
    std::vector<std::vector<QoePiece>> fragments(a.users.size());
    if (a.data)
        for (std::size_t i = 0; i < a.cuts.size() && i < a.data->qoe.size(); ++i) { // a.cuts[i] is data.qoe[i]
            const PlacedCut& c = a.cuts[i];
            const double written = writtenQoeScore(a.data->qoe[i], score.key);
            if (c.receiverIndex < 0 || static_cast<std::size_t>(c.receiverIndex) >= fragments.size() ||
                std::isnan(c.start) || std::isnan(written) || mayBeFailedMeasurement(score.key, written))
                continue;
            fragments[static_cast<std::size_t>(c.receiverIndex)].push_back(
                {roundTo5Decimals(c.start), roundTo5Decimals(c.end), written * score.plotScale});
        }
    std::vector<QosSeries> series(a.users.size());
    for (std::size_t u = 0; u < fragments.size(); ++u)
        for (const QoePiece& p : meanOfOverlaps(std::move(fragments[u])))
            series[u].push_back({p.start, p.end, p.value});
    return series;
}

} // namespace loadscope
