#include "ui/panels/user_inspector.h"

#include "core/analysis/doubled_unsubscriptions.h"
#include "core/analysis/emulated_participants.h"
#include "core/analysis/media_while_failed.h"
#include "core/analysis/stats_gaps.h"
#include "ui/panels/inspector_qoe.h"
#include "ui/time_charts/user_qos_chart.h"
#include "ui/models/table_model.h"
#include "ui/widgets/table_copy.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace loadscope {

namespace {

constexpr int kTimeColumn = 0; // every table starts with a time in seconds from the test start

QString failureOrigin(const CombinedEvent& e)
{
    switch (e.origin) {
    case FailureOrigin::LogLine: return QObject::tr("controller log");
    case FailureOrigin::Reconnecting: return QObject::tr("Reconnecting (notebook rule)");
    case FailureOrigin::Disconnected: return QObject::tr("Disconnected event");
    }
    return {};
}

double secondsFromStart(const TestAnalysis& a, TimeNs t)
{
    return t == kNoTime || a.start == kNoTime ? kNaN : secondsBetween(a.start, t);
}

// " · joined 12.3 s on browseremulator-2" from connections.json (the last join: the attempt that stands).
QString joinText(const TestAnalysis& a, int user)
{
    if (!a.data || static_cast<std::size_t>(user) >= a.data->users.size() ||
        a.data->users[static_cast<std::size_t>(user)].joins.empty())
        return {};
    const JoinRecord& join = a.data->users[static_cast<std::size_t>(user)].joins.back();
    const double at = secondsFromStart(a, join.time);
    return QObject::tr(" · joined %1 on %2")
        .arg(std::isnan(at) ? QObject::tr("(no time)") : QStringLiteral("%1 s").arg(at, 0, 'f', 1),
             QString::fromStdString(join.worker));
}

// " · emulated participant (no browser: ...)" for a 2026 participant without a browser.
QString emulatedText(const TestAnalysis& a, int user)
{
    const bool emulated = a.data && static_cast<std::size_t>(user) < a.data->users.size() &&
                          isEmulatedParticipant(a.data->users[static_cast<std::size_t>(user)]);
    return emulated ? QObject::tr(" · emulated participant (no browser: no events or stats by design)") : QString();
}

// "Stats gaps: 2 (total 13.0 s)" (empty when none): stretches of the user's connected time without stats records (stats_gaps.h).
QString statsGapsText(const TestAnalysis& a, int user)
{
    const std::vector<Interval> gaps = statsGapsOfUser(a, user);
    double total = 0;
    for (const Interval& g : gaps)
        total += g.end - g.start;
    return gaps.empty() ? QString() : QObject::tr("Stats gaps: %1 (total %2 s)").arg(gaps.size()).arg(total, 0, 'f', 1);
}

QString describeDisagreement(const std::vector<MediaWhileFailed>& spans)
{
    if (spans.empty())
        return {};
    QStringList parts;
    for (const auto& m : spans)
        parts << QObject::tr("%1–%2 s (%3 kB)")
                     .arg(m.start, 0, 'f', 1)
                     .arg(m.end, 0, 'f', 1)
                     .arg(m.bytes / 1000, 0, 'f', 0);
    return QObject::tr(
               "Events and stats disagree: shown failed while its inbound bytes kept growing in stats.json at %1.")
        .arg(parts.join(QStringLiteral(", ")));
}

} // namespace

UserInspector::UserInspector(QWidget* parent) : QWidget(parent)
{
    heading_ = new QLabel(tr("Click a row of the timeline to inspect a user."), this);
    heading_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tabs_ = new QTabWidget(this);
    events_ = makeTableModel({tr("Time (s)"), tr("Event"), tr("Connection"), tr("Connection id"), tr("Raw")}, this);
    // "Stats gaps: N (total X s)": found by its object name (statsGaps), so the header stays as it is.
    auto* statsGaps = new QLabel(this);
    statsGaps->setObjectName(QStringLiteral("statsGaps"));
    statsGaps->setTextInteractionFlags(Qt::TextSelectableByMouse);
    disagreement_ = new QLabel(this);
    disagreement_->setWordWrap(true);
    disagreement_->setStyleSheet(QStringLiteral("color: #b00000"));
    disagreement_->setVisible(false);
    failures_ = makeTableModel({tr("Time (s)"), tr("Event"), tr("Attempts"), tr("From")}, this);
    reconnections_ = makeTableModel({tr("Start (s)"), tr("End (s)"), tr("Duration (s)"), tr("Resumed")}, this);
    errors_ = makeTableModel({tr("Time (s)"), tr("Error"), tr("Message"), tr("Raw")}, this);
    segments_ = makeTableModel({tr("Start (s)"), tr("End (s)"), tr("Duration (s)"), tr("Type"), tr("Metric"), tr("QoE"),
                                tr("Attempt"), tr("Batch"), tr("CPU mean"), tr("CPU median"), tr("CPU min"),
                                tr("CPU max"), tr("CPU first"), tr("CPU last")},
                               this);
    cuts_ = makeTableModel(qoeCutHeaders(nullptr), this);
    // "No cuts file for this pair: ..." above the cuts: found by its object name (missingQoeCuts).
    auto* missingCuts = new QLabel(this);
    missingCuts->setObjectName(QStringLiteral("missingQoeCuts"));
    missingCuts->setWordWrap(true);
    missingCuts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    missingCuts->setStyleSheet(QStringLiteral("color: #b00000"));
    missingCuts->setVisible(false);
    eventsView_ = addTable(events_, tr("Events"));
    addTable(failures_, tr("Failures"));
    addTable(reconnections_, tr("Reconnections"));
    addTable(errors_, tr("Errors"));
    addTable(segments_, tr("Segments"));
    addTable(cuts_, tr("QoE cuts"), missingCuts);
    qosChart_ = new UserQosChart(this);
    tabs_->addTab(qosChart_, tr("QoS"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(heading_);
    layout->addWidget(statsGaps);
    layout->addWidget(disagreement_);
    layout->addWidget(tabs_);
}

QTableView* UserInspector::addTable(QStandardItemModel* model, const QString& title, QWidget* above)
{
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    auto* view = new QTableView(this);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    enableTableCopy(view);
    if (above) {
        auto* page = new QWidget(this);
        auto* layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(above);
        layout->addWidget(view);
        tabs_->addTab(page, title);
    } else {
        tabs_->addTab(view, title);
    }
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this, view](const QModelIndex& i) {
        const QVariant time = view->model()->index(i.row(), kTimeColumn).data();
        if (i.isValid() && time.typeId() == QMetaType::Double)
            emit timeSelected(time.toDouble());
    });
    return view;
}

void UserInspector::showQosTab()
{
    tabs_->setCurrentWidget(qosChart_);
}

bool UserInspector::showTab(const QString& title)
{
    for (int i = 0; i < tabs_->count(); ++i)
        if (tabs_->tabText(i).compare(title, Qt::CaseInsensitive) == 0) {
            tabs_->setCurrentIndex(i);
            return true;
        }
    return false;
}

QString UserInspector::heading() const
{
    return heading_->text();
}

void UserInspector::setUser(const TestAnalysis* analysis, int userIndex)
{
    for (auto* model : {events_, failures_, reconnections_, errors_, segments_, cuts_})
        model->removeRows(0, model->rowCount());
    userIndex_ = -1;
    auto* statsGaps = findChild<QLabel*>(QStringLiteral("statsGaps"));
    statsGaps->clear();
    statsGaps->setVisible(false);
    disagreement_->clear();
    disagreement_->setVisible(false);
    auto* missingCuts = findChild<QLabel*>(QStringLiteral("missingQoeCuts"));
    missingCuts->clear();
    missingCuts->setVisible(false);
    if (!analysis || userIndex < 0 || static_cast<std::size_t>(userIndex) >= analysis->users.size()) {
        heading_->setText(tr("Click a row of the timeline to inspect a user."));
        qosChart_->setUser(nullptr, -1);
        return;
    }
    userIndex_ = userIndex;
    const UserTimeline& user = analysis->users[static_cast<std::size_t>(userIndex)];
    heading_->setText(tr("User %1-%2 · session %2 · %3 · batch %4%5%6")
                          .arg(user.key.user)
                          .arg(user.key.session)
                          .arg(user.publisher ? tr("publisher") : tr("subscriber"))
                          .arg(user.batch)
                          .arg(joinText(*analysis, userIndex), emulatedText(*analysis, userIndex)));
    statsGaps->setText(statsGapsText(*analysis, userIndex));
    statsGaps->setVisible(!statsGaps->text().isEmpty());
    fillEvents(*analysis, userIndex);
    fillFailures(*analysis, userIndex);
    fillErrors(*analysis, userIndex);
    fillSegments(*analysis, userIndex);
    fillQoeCuts(cuts_, *analysis, userIndex);
    missingCuts->setText(missingQoeCutsText(*analysis, userIndex));
    missingCuts->setVisible(!missingCuts->text().isEmpty());
    qosChart_->setUser(analysis, userIndex);
    for (auto* view : findChildren<QTableView*>())
        view->resizeColumnsToContents();
}

void UserInspector::fillEvents(const TestAnalysis& a, int user)
{
    if (!a.data || static_cast<std::size_t>(user) >= a.data->users.size())
        return;
    const std::vector<Event>& events = a.data->users[static_cast<std::size_t>(user)].events;
    const std::vector<bool> secondCopy = doubledUnsubscriptionCopies(events);
    for (std::size_t i = 0; i < events.size(); ++i) {
        const Event& e = events[i];
        QString name = QString::fromStdString(e.event);
        if (secondCopy[i])
            name += tr(" (second copy, counted once)");
        appendTableRow(events_, {numberOrBlank(secondsFromStart(a, e.time)), name, QString::fromStdString(e.connection),
                                 QString::fromStdString(e.connectionId), QString::fromStdString(e.raw)});
    }
}

void UserInspector::fillFailures(const TestAnalysis& a, int user)
{
    const UserTimeline& timeline = a.users[static_cast<std::size_t>(user)];
    for (const CombinedEvent& e : timeline.combined)
        if (e.kind == CombinedKind::Fail)
            appendTableRow(failures_, {e.time, QString::fromStdString(e.name), e.attempts, failureOrigin(e)});
    for (const Reconnection& r : timeline.reconnections)
        appendTableRow(reconnections_, {r.start, r.end, r.end - r.start, r.resumed ? tr("yes") : tr("no")});
    disagreement_->setText(describeDisagreement(mediaWhileFailed(a, user)));
    disagreement_->setVisible(!disagreement_->text().isEmpty());
}

void UserInspector::fillErrors(const TestAnalysis& a, int user)
{
    if (!a.data || static_cast<std::size_t>(user) >= a.data->users.size())
        return;
    for (const BrowserError& e : a.data->users[static_cast<std::size_t>(user)].errors)
        appendTableRow(errors_, {numberOrBlank(secondsFromStart(a, e.time)), QString::fromStdString(e.kind),
                                 QString::fromStdString(e.message), QString::fromStdString(e.raw)});
}

void UserInspector::fillSegments(const TestAnalysis& a, int user)
{
    for (const Segment& s : a.segments) {
        if (s.userIndex != user)
            continue;
        appendTableRow(segments_,
                       {s.start, s.end, s.end - s.start, QString::fromLatin1(segmentTypeName(s.type)),
                        QString::fromLatin1(qoeMetricName(s.metric)), numberOrBlank(s.qoe), numberOrBlank(s.attempt),
                        s.batch, numberOrBlank(s.cpu.mean), numberOrBlank(s.cpu.median), numberOrBlank(s.cpu.min),
                        numberOrBlank(s.cpu.max), numberOrBlank(s.cpu.start), numberOrBlank(s.cpu.end)});
    }
}

} // namespace loadscope
