// Opening in two steps: the first test's timeline is drawn before the whole folder is loaded (its other tests listed
// as loading, its QoS metrics waiting), then the whole folder replaces it and the window ends as a one-step open
// leaves it; the re-open cache still gets the new tests after delivery, and a warm cache gives the first look its
// QoS at once.
#include "core/generate/results_generator.h"
#include "tests/ui/fixture/borrowed.h"
#include "ui/panels/problems_panel.h"
#include "ui/state/results_loader_job.h"
#include "ui/timeline/timeline_plot.h"
#include "ui/timeline/timeline_plottable.h"
#include "ui/window/main_window.h"

#include <QComboBox>
#include <QDirIterator>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <utility>

using namespace loadscope;

namespace {

constexpr int kWait = 120000;

bool enabled(QComboBox* box, int item)
{
    auto* model = qobject_cast<QStandardItemModel*>(box->model());
    return model && item >= 0 && model->item(item)->isEnabled();
}

// The metric box lists what the test offers, found by key (vmaf, visqol, rtt...).
bool enabled(QComboBox* box, const char* key)
{
    return enabled(box, box->findData(QString::fromLatin1(key)));
}

std::size_t qosRows(const TestAnalysis& analysis)
{
    std::size_t n = 0;
    for (const QosTable& table : analysis.data->qos.tables)
        n += table.rows();
    return n;
}

// Holds the loader between the first look and the whole load until opened (always opened when the test ends, so
// that a failed check never leaves a worker waiting).
class Gate {
public:
    explicit Gate(ResultsLoaderJob* loader)
    {
        loader->setBeforeWholeLoad([gate = gate_] { gate->tryAcquire(1, kWait); }); // may outlive this
    }
    ~Gate() { open(); }
    void open()
    {
        if (!std::exchange(opened_, true))
            gate_->release();
    }

private:
    std::shared_ptr<QSemaphore> gate_ = std::make_shared<QSemaphore>();
    bool opened_ = false;
};

// A shown window opening `root`, its whole load held back by a gate, with spies on the first picture and the whole
// folder shown.
struct HeldOpen {
    explicit HeldOpen(const QString& root)
        : wholeLoad(shownLoader(window)), drawn(&window, &MainWindow::timelineShown),
          shown(&window, &MainWindow::resultsShown)
    {
        window.openFolder(root);
    }
    static ResultsLoaderJob* shownLoader(MainWindow& window)
    {
        window.resize(1400, 900);
        window.show();
        return window.loaderJob();
    }
    MainWindow window;
    Gate wholeLoad;
    QSignalSpy drawn, shown;
};

int filesUnder(const QString& folder)
{
    int n = 0;
    for (QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories); it.hasNext(); it.next())
        ++n;
    return n;
}

// What a user sees of an open folder, to compare two ways of opening it.
QStringList picture(MainWindow& window)
{
    QStringList out;
    for (int i = 0; i < window.testSelector()->count(); ++i)
        out << window.testSelector()->itemText(i) << QString::number(enabled(window.testSelector(), i));
    for (int i = 0; i < window.metricSelector()->count(); ++i)
        out << QString::number(enabled(window.metricSelector(), i));
    out << QString::number(window.currentTest()) << window.windowTitle()
        << QString::number(window.problemsPanel()->count())
        << QString::number(window.timelinePlot()->timeline()->rowCount())
        << QString::number(window.results()->firstLook) << QString::number(window.results()->qosLoaded);
    for (const auto& a : window.results()->analyses)
        out << QString::number(a->users.size()) << QString::number(qosRows(*a));
    return out;
}

} // namespace

class TestFirstLook : public QObject {
    Q_OBJECT
    QTemporaryDir dir_, cache_;
    QString root_;
    std::vector<std::string> tests_;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir_.isValid() && cache_.isValid());
        // This test is about the cache: a scratch one, never the user's.
        qunsetenv("LOADSCOPE_NO_CACHE");
        qputenv("XDG_CACHE_HOME", cache_.path().toLocal8Bit());
        generate::GeneratorOptions options;
        options.tests = {*generate::parseTestSpec("kurento-4p"), *generate::parseTestSpec("pion-3p-10s")};
        options.sessions = 2;
        options.durationSeconds = 60;
        options.force = true;
        root_ = dir_.filePath(QStringLiteral("results"));
        tests_ = generate::generateResults(root_.toStdString(), options, 1).tests;
        QCOMPARE(tests_.size(), std::size_t{2});
    }

    void firstTestIsShownBeforeTheWholeFolder()
    {
        HeldOpen held(root_);
        MainWindow& window = held.window;
        Gate& wholeLoad = held.wholeLoad;
        QSignalSpy& drawn = held.drawn;
        QSignalSpy& shown = held.shown;
        QVERIFY(drawn.wait(kWait)); // while the whole load has not even started
        QCOMPARE(shown.count(), 0);
        QVERIFY(window.loaderJob()->running());
        const auto first = window.results();
        QVERIFY(first->firstLook);
        QVERIFY(!first->qosLoaded); // read without stats.json
        QCOMPARE(first->analyses.size(), std::size_t{1});
        QCOMPARE(first->analyses[0]->data->info.name, tests_[0]);
        const std::size_t users = first->analyses[0]->users.size();
        QVERIFY(users > 0);
        QCOMPARE(qosRows(*first->analyses[0]), std::size_t{0});
        QCOMPARE(window.timelinePlot()->timeline()->rowCount(), static_cast<int>(users));
        // The other test is listed as loading and cannot be picked; QoS metrics wait, QoE and events ones do not.
        QCOMPARE(window.testSelector()->count(), 2);
        QVERIFY(enabled(window.testSelector(), 0));
        QVERIFY(!enabled(window.testSelector(), 1));
        QVERIFY(window.testSelector()->itemText(1).contains(QStringLiteral("loading")));
        window.selectTest(1);
        QCOMPARE(window.currentTest(), 0);
        QVERIFY(enabled(window.metricSelector(), "vmaf"));
        QVERIFY(enabled(window.metricSelector(), "visqol"));
        QVERIFY(!enabled(window.metricSelector(), "rtt"));
        // The cache stays empty until the whole folder is in.
        QCOMPARE(filesUnder(cache_.path()), 0);

        wholeLoad.open();
        QVERIFY(shown.wait(kWait));
        QVERIFY(testing::settled());
        QVERIFY(!window.results()->firstLook);
        QCOMPARE(window.results()->analyses.size(), std::size_t{2});
        QVERIFY(qosRows(*window.results()->analyses[0]) > 0);
        QVERIFY(enabled(window.testSelector(), 1));
        QVERIFY(enabled(window.metricSelector(), "rtt"));
        QCOMPARE(window.results()->analyses[0]->users.size(), users); // the events were all there already
        QCOMPARE(window.timelinePlot()->timeline()->rowCount(), static_cast<int>(users));
        // The new tests reach the cache after delivery (deferred stores, beside the window).
        QTRY_VERIFY_WITH_TIMEOUT(filesUnder(cache_.path()) >= 2, kWait);

        // The final state is what a one-step open (no first look) shows.
        MainWindow oneStep;
        oneStep.resize(1400, 900);
        oneStep.show();
        oneStep.loaderJob()->setFirstLook(false);
        QSignalSpy oneStepShown(&oneStep, &MainWindow::resultsShown);
        oneStep.openFolder(root_);
        QVERIFY(oneStepShown.wait(kWait));
        QVERIFY(testing::settled());
        QTRY_COMPARE_WITH_TIMEOUT(picture(window), picture(oneStep), kWait);
    }

    // The first picture never waits for the cache: the first look reads the events even where the cache holds the
    // whole test; the whole folder then comes from the cache, QoS included.
    void aWarmCacheStillGivesAnEventsOnlyFirstLook()
    {
        QTRY_VERIFY_WITH_TIMEOUT(filesUnder(cache_.path()) >= 2, kWait); // stored by the previous open
        HeldOpen held(root_);
        MainWindow& window = held.window;
        Gate& wholeLoad = held.wholeLoad;
        QSignalSpy& drawn = held.drawn;
        QSignalSpy& shown = held.shown;
        QVERIFY(drawn.wait(kWait));
        QVERIFY(window.results()->firstLook);
        QVERIFY(!window.results()->qosLoaded);
        QCOMPARE(qosRows(*window.results()->analyses[0]), std::size_t{0});
        QVERIFY(!enabled(window.metricSelector(), "rtt"));
        wholeLoad.open();
        QVERIFY(shown.wait(kWait));
        QVERIFY(testing::settled());
        QCOMPARE(window.results()->analyses.size(), std::size_t{2});
        QVERIFY(window.results()->qosLoaded);
        QVERIFY(qosRows(*window.results()->analyses[0]) > 0);
        QVERIFY(enabled(window.metricSelector(), "rtt"));
    }

    void cancelAfterTheFirstLookKeepsIt()
    {
        HeldOpen held(root_);
        MainWindow& window = held.window;
        Gate& wholeLoad = held.wholeLoad;
        QSignalSpy& drawn = held.drawn;
        QSignalSpy& shown = held.shown;
        QVERIFY(drawn.wait(kWait));
        window.loaderJob()->cancel();
        wholeLoad.open();
        QTest::qWait(200);
        QCOMPARE(shown.count(), 0); // the stopped load replaces nothing
        QVERIFY(window.results()->firstLook);
        QCOMPARE(window.testSelector()->count(), 2);
        QVERIFY(window.testSelector()->itemText(1).contains(QStringLiteral("not loaded (cancelled)")));
        QVERIFY(!enabled(window.testSelector(), 1));
    }

    void aFolderWithoutTestsHasNoFirstLook()
    {
        QTemporaryDir empty;
        MainWindow window;
        QSignalSpy firstLook(window.loaderJob(), &ResultsLoaderJob::firstLook);
        QSignalSpy shown(&window, &MainWindow::resultsShown);
        window.openFolder(empty.path());
        QVERIFY(shown.wait(kWait));
        QCOMPARE(firstLook.count(), 0);
        QCOMPARE(window.testSelector()->count(), 0);
    }
};

QTEST_MAIN(TestFirstLook)
#include "test_first_look.moc"
