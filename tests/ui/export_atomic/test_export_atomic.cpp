// Every GUI export writes through QSaveFile (writeAtomically for charts, writeTextFile for tables and
// requirements): replacing an existing file either completes or leaves the old file as it was, never half
// written. (The save dialogs ask before overwriting: QFileDialog does unless DontConfirmOverwrite is set, and no
// export sets it.)
#include "ui/models/table_model.h"
#include "ui/plot/plot_exporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace loadscope;

namespace {

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestExportAtomic : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void failedRenderingLeavesTheOldFile()
    {
        const QString path = dir_.filePath(QStringLiteral("chart.png"));
        writeFile(path, "old chart");
        const QString error = writeAtomically(path, [](QIODevice& file) {
            file.write("half a chart"); // written, then the rendering fails
            return false;
        });
        QVERIFY(error.contains(path));
        QCOMPARE(contents(path), QByteArray("old chart"));
        QCOMPARE(QDir(dir_.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("chart.png")}); // no temporary left
    }

    void successfulRenderingReplacesTheOldFile()
    {
        const QString path = dir_.filePath(QStringLiteral("replaced.png"));
        writeFile(path, "old chart");
        QVERIFY(writeAtomically(path, [](QIODevice& file) { return file.write("new chart") == 9; }).isEmpty());
        QCOMPARE(contents(path), QByteArray("new chart"));
    }

    void tableExportThatCannotBeCommittedLeavesTheOldFile()
    {
        if (::geteuid() == 0)
            QSKIP("running as root, which writes into a read-only folder; failedRenderingLeavesTheOldFile covers it");
        QTemporaryDir locked;
        const QString path = locked.filePath(QStringLiteral("table.csv"));
        writeFile(path, "old,table\n");
        QFile::setPermissions(locked.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        QString error;
        const bool written = writeTextFile(path, QStringLiteral("new,table\n"), &error);
        QFile::setPermissions(locked.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!written);
        QVERIFY(error.contains(path));
        QCOMPARE(contents(path), QByteArray("old,table\n"));
    }

    void tableExportReplacesTheOldFile()
    {
        const QString path = dir_.filePath(QStringLiteral("table.csv"));
        writeFile(path, "old,table\n");
        QString error;
        QVERIFY2(writeTextFile(path, QStringLiteral("new,table\n"), &error), qPrintable(error));
        QCOMPARE(contents(path), QByteArray("new,table\n"));
    }
};

QTEST_MAIN(TestExportAtomic)
#include "test_export_atomic.moc"
