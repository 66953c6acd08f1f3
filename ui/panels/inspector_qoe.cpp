#include "ui/panels/inspector_qoe.h"

#include "core/analysis/missing_qoe_cuts.h"
#include "core/analysis/qoe_scores.h"
#include "ui/models/table_model.h"

#include <QObject>
#include <QStandardItemModel>

#include <cmath>

namespace loadscope {

namespace {

// The scores after VMAF and ViSQOL (which are always shown, as the notebook's) that the test's cuts hold.
std::vector<const QoeScoreSpec*> otherScores(const TestAnalysis* a)
{
    std::vector<const QoeScoreSpec*> scores;
    if (a && a->data)
        for (const QoeScoreSpec* s : qoeScoresOf(*a->data))
            if (std::string_view(s->key) != "vmaf" && std::string_view(s->key) != "visqol")
                scores.push_back(s);
    return scores;
}

QString userLabel(const TestAnalysis& a, int index)
{
    if (index < 0 || static_cast<std::size_t>(index) >= a.users.size())
        return {};
    const UserKey& k = a.users[static_cast<std::size_t>(index)].key;
    return QStringLiteral("User%1-%2").arg(k.user).arg(k.session);
}

// "ViSQOL 0: may be a failed measurement, not bad quality" for each such value of the cut.
QString noteOf(const QoeCut& cut)
{
    QStringList notes;
    for (const QoeScoreSpec& s : kQoeScores) {
        const double written = writtenQoeScore(cut, s.key);
        if (!std::isnan(written) && mayBeFailedMeasurement(s.key, written))
            notes << QObject::tr("%1 %2: may be a failed measurement, not bad quality")
                         .arg(QString::fromLatin1(s.name))
                         .arg(written);
    }
    return notes.join(QStringLiteral("; "));
}

} // namespace

QStringList qoeCutHeaders(const TestAnalysis* a)
{
    QStringList headers{QObject::tr("Start (s)"),  QObject::tr("End (s)"), QObject::tr("Role"),
                        QObject::tr("Other user"), QObject::tr("Cut"),     QObject::tr("VMAF"),
                        QObject::tr("ViSQOL")};
    for (const QoeScoreSpec* s : otherScores(a))
        headers << (*s->unit ? QStringLiteral("%1 (%2)").arg(QString::fromLatin1(s->name), QString::fromLatin1(s->unit))
                             : QString::fromLatin1(s->name));
    headers << QObject::tr("Note");
    return headers;
}

void fillQoeCuts(QStandardItemModel* model, const TestAnalysis& a, int user)
{
    model->clear();
    model->setHorizontalHeaderLabels(qoeCutHeaders(&a));
    const std::vector<const QoeScoreSpec*> others = otherScores(&a);
    for (std::size_t i = 0; i < a.cuts.size(); ++i) {
        const PlacedCut& c = a.cuts[i];
        if (c.receiverIndex != user && c.senderIndex != user)
            continue;
        const bool receiver = c.receiverIndex == user;
        QVariantList row{numberOrBlank(c.start),
                         numberOrBlank(c.end),
                         receiver ? QObject::tr("receiver") : QObject::tr("sender"),
                         userLabel(a, receiver ? c.senderIndex : c.receiverIndex),
                         c.cutIndex,
                         numberOrBlank(c.vmaf),
                         numberOrBlank(c.visqol)};
        const QoeCut* written = a.data && i < a.data->qoe.size() ? &a.data->qoe[i] : nullptr; // cuts[i] is qoe[i]
        for (const QoeScoreSpec* s : others)
            row << numberOrBlank(written ? writtenQoeScore(*written, s->key) : kNaN);
        row << (written ? noteOf(*written) : QString());
        appendTableRow(model, row);
    }
}

QString missingQoeCutsText(const TestAnalysis& a, int user)
{
    QStringList pairs;
    for (const MissingQoeCuts& m : missingQoeCutsOfReceiver(a, user))
        pairs << QObject::tr("%1 → %2 (%3 s together)")
                     .arg(userLabel(a, m.senderIndex), userLabel(a, m.receiverIndex))
                     .arg(m.recordableSeconds, 0, 'f', 0);
    if (pairs.isEmpty())
        return {};
    return QObject::tr("No cuts file for this pair: %1. The recording was probably rejected (since 2026 a recording "
                       "whose alignment failed leaves no file).")
        .arg(pairs.join(QStringLiteral(", ")));
}

} // namespace loadscope
