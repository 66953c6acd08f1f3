// Every save dialog: where it starts (the last export folder, else Pictures / Documents, else home; never inside
// the open results folder, never the working directory), the suggested name (test, figure, metric) and the
// suffix of the selected filter added to a name typed without one.
#include "ui/widgets/save_dialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace loadscope;

class TestSaveDialog : public QObject {
    Q_OBJECT
    QTemporaryDir home_;
    QString pictures_, documents_, results_, cwd_;

    static QString clean(const QString& path) { return QDir(path).canonicalPath(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a scratch place
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        QVERIFY(home_.isValid());
        qputenv("HOME", home_.path().toUtf8()); // Pictures and Documents are $HOME/Pictures, $HOME/Documents
        qunsetenv("XDG_CONFIG_HOME");
        QDir home(home_.path());
        for (const char* folder : {"Pictures", "Documents", "results/stats", "cwd", "exports"})
            QVERIFY(home.mkpath(QString::fromLatin1(folder)));
        pictures_ = clean(home.filePath(QStringLiteral("Pictures")));
        documents_ = clean(home.filePath(QStringLiteral("Documents")));
        results_ = clean(home.filePath(QStringLiteral("results")));
        cwd_ = clean(home.filePath(QStringLiteral("cwd")));
        QVERIFY(QDir::setCurrent(cwd_)); // a dialog must not start in the working directory
    }

    void init()
    {
        QSettings().remove(QStringLiteral("export"));
        setOpenResultsFolder({});
    }

    void startsInPicturesForFiguresAndDocumentsForTables()
    {
        QCOMPARE(clean(saveStartDirectory(SaveKind::Figure)), pictures_);
        QCOMPARE(clean(saveStartDirectory(SaveKind::Table)), documents_);
        QCOMPARE(clean(saveStartDirectory(SaveKind::Requirement)), documents_);
    }

    void startsInTheLastFolderExportedTo()
    {
        rememberSaveDirectory(home_.filePath(QStringLiteral("exports/a.png")));
        QCOMPARE(clean(saveStartDirectory(SaveKind::Figure)), clean(home_.filePath(QStringLiteral("exports"))));
        QCOMPARE(clean(saveStartDirectory(SaveKind::Table)), clean(home_.filePath(QStringLiteral("exports"))));
    }

    void neverStartsInsideTheOpenResultsFolder()
    {
        setOpenResultsFolder(results_);
        rememberSaveDirectory(QDir(results_).filePath(QStringLiteral("stats/chart.png")));
        QCOMPARE(clean(saveStartDirectory(SaveKind::Figure)), pictures_);
        // Even when home itself is the open folder, the dialog starts outside it.
        setOpenResultsFolder(home_.path());
        const QString start = clean(saveStartDirectory(SaveKind::Figure));
        QVERIFY2(!start.startsWith(clean(home_.path())), qPrintable(start));
        QVERIFY(start != cwd_);
    }

    void suggestsANameThatSaysTestFigureAndMetric()
    {
        QCOMPARE(suggestedFileStem(
                     {QStringLiteral("kurento-8p"), QStringLiteral("QoS"), QStringLiteral("Inbound video jitter")}),
                 QStringLiteral("kurento-8p-qos-inbound-video-jitter"));
        QCOMPARE(suggestedFileStem({QString(), QStringLiteral("thresholds"), QStringLiteral("vmaf")}),
                 QStringLiteral("thresholds-vmaf"));
        QCOMPARE(suggestedFileStem({QStringLiteral("a/b: c"), QStringLiteral("cpu_lt_0.9")}),
                 QStringLiteral("a-b-c-cpu_lt_0.9"));
        QCOMPARE(suggestedFileStem({}), QStringLiteral("export"));
    }

    void aNameWithoutSuffixGetsTheFilters()
    {
        QCOMPARE(withFilterSuffix(QStringLiteral("/x/a"), QStringLiteral("PNG image (*.png)")),
                 QStringLiteral("/x/a.png"));
        QCOMPARE(withFilterSuffix(QStringLiteral("/x/a.SVG"), QStringLiteral("SVG vector (*.svg)")),
                 QStringLiteral("/x/a.SVG"));
        QCOMPARE(withFilterSuffix(QStringLiteral("/x/a.b"), QStringLiteral("CSV (*.csv)")),
                 QStringLiteral("/x/a.b.csv"));
    }

    void theDialogStartsThereSuggestsTheNameAndAddsTheSuffix()
    {
        setOpenResultsFolder(results_);
        QString shownDirectory, shownName;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            auto* name = dialog ? dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit")) : nullptr;
            auto* types = dialog ? dialog->findChild<QComboBox*>(QStringLiteral("fileTypeCombo")) : nullptr;
            if (!name || !types) { // fails below, without leaving a dialog open
                if (dialog)
                    dialog->reject();
                return;
            }
            shownDirectory = clean(dialog->directory().absolutePath());
            shownName = name->text();
            // The user picks SVG and types a name without a suffix.
            types->setCurrentIndex(1);
            emit types->activated(1);
            name->setText(QStringLiteral("figure"));
            static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept (adds the suffix), through the public base
        });
        const QString path = askSavePath(
            nullptr, QStringLiteral("Export chart"), SaveKind::Figure,
            {QStringLiteral("kurento-8p"), QStringLiteral("timeline"), QStringLiteral("vmaf")});
        QCOMPARE(shownDirectory, pictures_);
        QCOMPARE(shownName, QStringLiteral("kurento-8p-timeline-vmaf.png"));
        QCOMPARE(path, QDir(pictures_).filePath(QStringLiteral("figure.svg")));
        // The next dialog starts where this one saved.
        QCOMPARE(clean(saveStartDirectory(SaveKind::Table)), pictures_);
    }

    void aCancelledDialogReturnsNothing()
    {
        QTimer::singleShot(0, this, [] {
            if (auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget()))
                dialog->reject();
        });
        QCOMPARE(askSavePath(nullptr, QStringLiteral("Export"), SaveKind::Table, {QStringLiteral("t")}), QString());
        QCOMPARE(clean(saveStartDirectory(SaveKind::Table)), documents_); // nothing remembered
    }
};

QTEST_MAIN(TestSaveDialog)
#include "test_save_dialog.moc"
