// The timeline's rows by browser-emulator worker (issue 16): the tool bar's worker box lists every worker that
// connections.json names, with its users and how many failed; picking one shows exactly its users; "By worker"
// groups the rows worker by worker. Expected workers are read from the generated folder's connections.json files
// here (QJsonDocument), not through the loader.
#include "core/generate/results_generator.h"
#include "tests/ui/fixture/borrowed.h"
#include "ui/state/loaded_results.h"
#include "ui/timeline/timeline_plot.h"
#include "ui/timeline/timeline_plottable.h"
#include "ui/window/main_window.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace loadscope;

class TestWorkerRows : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::shared_ptr<const LoadedResults> loaded_;
    std::map<int, QString> workerOfUser_; // user index -> worker_name of its last join, from the files

    QString workerOnDisk(const std::string& folder) const
    {
        QFile file(dir_.filePath("results/" + QString::fromStdString(folder) + "/connections.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QJsonArray joins = QJsonDocument::fromJson(file.readAll()).array();
        return joins.isEmpty() ? QString() : joins.last()[QStringLiteral("worker_name")].toString();
    }

    static QCheckBox* failedOnly(const MainWindow& window)
    {
        for (QCheckBox* box : window.findChildren<QCheckBox*>())
            if (box->text() == QLatin1String("Failed only"))
                return box;
        return nullptr;
    }

    std::vector<int> shownUsers(const MainWindow& window) const
    {
        std::vector<int> users;
        const TimelinePlottable* t = window.timelinePlot()->timeline();
        for (int p = 0; p < t->rowCount(); ++p)
            users.push_back(t->rowAtPosition(p)->userIndex);
        return users;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir_.isValid());
        generate::GeneratorOptions options;
        options.tests = {*generate::parseTestSpec("mediasoup-8p")};
        options.sessions = 3;
        options.seed = 16;
        options.durationSeconds = 180;
        options.capacityScale = 0.5;
        generate::generateResults(dir_.filePath("results").toStdString(), options, 2);
        loaded_ = loadAndAnalyse(dir_.filePath("results"), {}, nullptr, {});
        QVERIFY(loaded_ && loaded_->analyses.size() == 1);
        const TestAnalysis& a = *loaded_->analyses.front();
        for (std::size_t u = 0; u < a.data->users.size(); ++u)
            workerOfUser_[static_cast<int>(u)] = workerOnDisk(a.data->users[u].folder);
    }

    void workerBoxFiltersAndCounts()
    {
        MainWindow window;
        window.resize(1600, 1000);
        window.setResults(loaded_);
        QVERIFY(loadscope::testing::settled());
        std::map<QString, int> usersOf;
        for (const auto& [user, worker] : workerOfUser_)
            ++usersOf[worker];
        QVERIFY2(usersOf.size() >= 3, "the folder has several workers");
        QComboBox* box = window.workerSelector();
        QVERIFY(box->isEnabled());
        QVERIFY(failedOnly(window));
        QCOMPARE(box->count(), static_cast<int>(usersOf.size()) + 1);
        QCOMPARE(box->itemData(0).toString(), QString());
        int failedSeen = 0;
        for (int i = 1; i < box->count(); ++i) {
            const QString worker = box->itemData(i).toString();
            QVERIFY2(usersOf.count(worker), qPrintable(worker));
            const QString users =
                QStringLiteral("%1 %2").arg(usersOf[worker]).arg(usersOf[worker] == 1 ? "user" : "users");
            QVERIFY2(box->itemText(i).startsWith(QStringLiteral("%1 · %2 · ").arg(worker, users)),
                     qPrintable(box->itemText(i)));
            box->setCurrentIndex(i);
            std::set<int> expected;
            for (const auto& [user, w] : workerOfUser_)
                if (w == worker)
                    expected.insert(user);
            const std::vector<int> shown = shownUsers(window);
            QCOMPARE(std::set<int>(shown.begin(), shown.end()), expected);
            // "M failed" is what "Failed only" leaves of this worker's rows.
            failedOnly(window)->setChecked(true);
            const int failed = static_cast<int>(shownUsers(window).size());
            failedSeen += failed;
            QVERIFY2(box->itemText(i).endsWith(QStringLiteral(" · %1 failed").arg(failed)),
                     qPrintable(box->itemText(i)));
            failedOnly(window)->setChecked(false);
        }
        QVERIFY2(failedSeen > 0, "the busy media node made some users fail");
        // The tooltip names the worker.
        box->setCurrentIndex(1);
        const int position = 0;
        const QString tip = window.timelinePlot()->tooltipAt(window.timelinePlot()->pixelOf(position, 60));
        QVERIFY2(tip.contains(QStringLiteral("Worker: %1").arg(box->itemData(1).toString())), qPrintable(tip));
        box->setCurrentIndex(0); // all workers again
        QCOMPARE(static_cast<int>(shownUsers(window).size()), static_cast<int>(workerOfUser_.size()));
    }

    void byWorkerGroupsTheRows()
    {
        MainWindow window;
        window.setResults(loaded_);
        QVERIFY(loadscope::testing::settled());
        QComboBox* order = window.orderSelector();
        order->setCurrentIndex(order->findText(QStringLiteral("By worker")));
        const std::vector<int> shown = shownUsers(window);
        QCOMPARE(shown.size(), workerOfUser_.size());
        // browseremulator-<n>: non-decreasing n, each worker one contiguous group, users in natural order inside.
        auto number = [&](int user) { return workerOfUser_.at(user).section(QLatin1Char('-'), -1).toInt(); };
        for (std::size_t i = 1; i < shown.size(); ++i) {
            QVERIFY(number(shown[i - 1]) <= number(shown[i]));
            if (number(shown[i - 1]) == number(shown[i]))
                QVERIFY(shown[i - 1] < shown[i]);
        }
        QVERIFY(number(shown.front()) < number(shown.back()));
    }
};

QTEST_MAIN(TestWorkerRows)
#include "test_worker_rows.moc"
