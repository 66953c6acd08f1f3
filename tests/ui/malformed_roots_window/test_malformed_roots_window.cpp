// Every root of the malformed corpus (tests/data/malformed_roots) opens in the main window: the background load
// finishes, the problems panel lists at least the loader's problems, every test can be selected and drawn, and
// the folder is exactly as it was (folder_checksum.h).
#include "tests/core/robustness/folder_checksum.h"
#include "tests/core/robustness/malformed_roots.h"
#include "ui/window/main_window.h"
#include "ui/panels/problems_panel.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace loadscope;
using namespace loadscope::testing;

class TestMalformedRootsWindow : public QObject {
    Q_OBJECT
    QJsonObject expected_ = malformedRootsExpected();

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a scratch place
    }

    void opensEveryCase_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString& name : expected_.keys())
            QTest::newRow(qPrintable(name)) << name;
    }
    void opensEveryCase()
    {
        QFETCH(QString, name);
        const QString root = QString::fromStdString((malformedRootsDir() / name.toStdString()).string());
        const QStringList before = folderFingerprint(root);
        // A fresh window per case: a window with results open keeps them when a folder without tests is opened
        // (test_explorer_state checks that); an empty window shows what is wrong with it.
        MainWindow window;
        window.resize(1200, 800);
        QSignalSpy shown(&window, &MainWindow::resultsShown);
        window.openFolder(root);
        QVERIFY(shown.wait(30000));
        const qsizetype loaderProblems =
            expected_.value(name).toObject().value(QLatin1String("problems")).toArray().size();
        QVERIFY2(window.problemsPanel()->count() >= loaderProblems,
                 qPrintable(QString::number(window.problemsPanel()->count())));
        QCOMPARE(window.testSelector()->count(),
                 expected_.value(name).toObject().value(QLatin1String("tests")).toInt());
        for (int i = 0; i < window.testSelector()->count(); ++i) {
            window.selectTest(i);
            QVERIFY(!window.grab().isNull());
        }
        QCOMPARE(folderFingerprint(root), before);
    }
};

QTEST_MAIN(TestMalformedRootsWindow)
#include "test_malformed_roots_window.moc"
