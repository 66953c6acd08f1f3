#include "ui/panels/test_summary_panel.h"

#include "core/analysis/emulated_participants.h"

#include <QFormLayout>
#include <QLabel>

#include <cmath>
#include <set>

namespace loadscope {

TestSummary summariseTest(const TestAnalysis& a)
{
    TestSummary s;
    std::set<int> sessions;
    for (std::size_t i = 0; i < a.users.size(); ++i) {
        const UserTimeline& u = a.users[i];
        if (a.data && i < a.data->users.size() && isEmulatedParticipant(a.data->users[i]))
            continue; // listed apart (see setAnalysis)
        ++s.users;
        sessions.insert(u.key.session);
        (u.publisher ? s.publishers : s.subscribers)++;
    }
    s.failures = countFailures(a);
    s.sessions = static_cast<int>(sessions.size());
    s.duration = a.duration;
    s.clippedDuration = a.clippedDuration;
    s.crashed = a.crashed;
    for (const ResourcePoint& p : a.resources)
        if (!std::isnan(p.cpu) && (std::isnan(s.peakCpu) || p.cpu > s.peakCpu))
            s.peakCpu = p.cpu;
    return s;
}

TestSummaryPanel::TestSummaryPanel(QWidget* parent) : QWidget(parent)
{
    form_ = new QFormLayout(this);
    for (const char* field : {"Test", "Server", "Users", "Sessions", "Publishers", "Subscribers", "Failures",
                              "Reconnections", "Users that failed", "Duration", "Crash detected", "Peak CPU"}) {
        auto* value = new QLabel(QStringLiteral("—"), this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setObjectName(QString::fromLatin1(field));
        form_->addRow(tr(field) + QLatin1Char(':'), value);
    }
}

void TestSummaryPanel::setAnalysis(const TestAnalysis* a)
{
    auto set = [this](const char* field, const QString& text) {
        if (auto* label = findChild<QLabel*>(QString::fromLatin1(field)))
            label->setText(text);
    };
    if (!a) {
        for (auto* label : findChildren<QLabel*>())
            if (!label->objectName().isEmpty())
                label->setText(QStringLiteral("—"));
        return;
    }
    const TestSummary s = summariseTest(*a);
    set("Test", a->data ? QString::fromStdString(a->data->info.name) : QString());
    set("Server", a->data ? QStringLiteral("%1 %2").arg(QString::fromStdString(a->data->info.server),
                                                        QString::fromStdString(a->data->info.topology))
                          : QString());
    const int emulated = a->data ? countEmulatedParticipants(*a->data) : 0;
    set("Users", emulated == 0 ? QString::number(s.users)
                               : tr("%1 (and %2 emulated participants: no browser, no events or stats by design)")
                                     .arg(s.users)
                                     .arg(emulated));
    set("Sessions", QString::number(s.sessions));
    set("Publishers", QString::number(s.publishers));
    set("Subscribers", QString::number(s.subscribers));
    set("Failures", QString::number(s.failures.failures));
    set("Reconnections",
        tr("%1 (%2 s in all)").arg(s.failures.reconnections).arg(s.failures.reconnectingSeconds, 0, 'f', 1));
    set("Users that failed", QString::number(s.failures.usersFailed));
    set("Duration",
        s.crashed
            ? QStringLiteral("%1 s (clipped to %2 s)").arg(s.duration, 0, 'f', 1).arg(s.clippedDuration, 0, 'f', 1)
            : QStringLiteral("%1 s").arg(s.duration, 0, 'f', 1));
    set("Crash detected", s.crashed ? tr("yes: CPU samples stop before the end") : tr("no"));
    set("Peak CPU", std::isnan(s.peakCpu) ? QStringLiteral("—") : QString::number(s.peakCpu, 'f', 3));
}

QString TestSummaryPanel::valueOf(const QString& field) const
{
    auto* label = findChild<QLabel*>(field);
    return label ? label->text() : QString();
}

} // namespace loadscope
