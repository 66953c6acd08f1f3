// `loadscope-cli report ROOT --out DIR --html` on the bundled sample: report.html is one self-contained file
// (no URL that leaves the page), and headless Chromium loads it with no console error, every figure decodes,
// every section and table of contents is there, and clicking a column header sorts the table. Skips with a
// message where /usr/bin/chromium is absent.
#include "tests/core/report/cli_run.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using loadscope::testing::runCli;

namespace {

const QString kSample = QStringLiteral(LOADSCOPE_SOURCE_DIR "/resources/sample");
const QString kChromium = QStringLiteral("/usr/bin/chromium");

// Appended to a copy of the page: once everything has loaded, it checks in the browser what the test cannot see
// from outside (decoded images, the sections, sorting) and writes the result into <body data-check="…">.
const char* kProbe = R"(<script>
window.addEventListener('load', function () {
  var problems = [];
  var images = document.querySelectorAll('figure img');
  if (images.length === 0) problems.push('no figures');
  images.forEach(function (img) { if (!img.complete || img.naturalWidth !== 1200) problems.push('image ' + img.alt); });
  ['summary', 'problems', 'test-loadtest-webrtc-2024-kurento-2p', 'test-loadtest-webrtc-2024-pion-3p-10s',
   'test-all-tests', 'analysis-mode', 'loadscope-version'].forEach(function (id) {
    if (!document.getElementById(id)) problems.push('missing #' + id);
  });
  document.querySelectorAll('section[id^="test-"]').forEach(function (s) {
    if (!s.querySelector('nav a')) problems.push('no contents in ' + s.id);
  });
  var table = document.querySelector('#summary-table table');
  var column = Array.prototype.findIndex.call(table.tHead.rows[0].cells, function (th) { return th.textContent === 'users'; });
  if (column < 0) problems.push('no users column');
  else {
    var th = table.tHead.rows[0].cells[column];
    th.click(); th.click();  // descending
    var values = Array.prototype.map.call(table.tBodies[0].rows, function (r) { return Number(r.cells[column].textContent); });
    for (var i = 1; i < values.length; ++i) if (values[i - 1] < values[i]) problems.push('not sorted: ' + values);
    document.body.dataset.sortedUsers = values.join(' ');
  }
  document.body.dataset.check = problems.length ? problems.join('; ') : 'ok';
});
</script>)";

struct BrowserRun {
    int exitCode = -1;
    QString out, err;
};

BrowserRun runChromium(const QStringList& extra, const QString& page, const QString& profile)
{
    QProcess p;
    p.start(kChromium, QStringList{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                                   "--disable-background-networking", "--disable-component-update", "--disable-sync",
                                   "--enable-logging=stderr", "--v=0", "--virtual-time-budget=10000",
                                   "--user-data-dir=" + profile} +
                           extra + QStringList{QStringLiteral("file://") + page});
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestHtmlReport : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString page_;

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        const QString out = dir_.filePath(QStringLiteral("report"));
        const auto run = runCli({"report", kSample, "--out", out, "--html", "--mode", "notebook"}, 300000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        page_ = out + QStringLiteral("/report.html");
        QVERIFY(QFile::exists(page_));
        QVERIFY(QFile::exists(out + QStringLiteral("/summary.csv"))); // the tables are still written
    }

    void isOneSelfContainedFile()
    {
        QFile file(page_);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        // Every src and href stays in the page: a fragment or inline data.
        const QRegularExpression link(QStringLiteral("(?:src|href)\\s*=\\s*\"(?!#|data:)([^\"]*)\""));
        const auto leaving = link.match(html);
        QVERIFY2(!leaving.hasMatch(), qPrintable(leaving.captured(0)));
        QVERIFY(!html.contains(QStringLiteral("http://")) && !html.contains(QStringLiteral("https://")));
        QVERIFY(html.contains(QStringLiteral("notebook (the notebook&#39;s numbers"))); // the mode it was run in
        QVERIFY(html.contains(QStringLiteral("loadscope ")));
        QVERIFY(html.count(QStringLiteral("<figure")) >= 60);
    }

    void loadsInChromiumWithoutAConsoleError()
    {
        if (!QFileInfo::exists(kChromium))
            QSKIP("/usr/bin/chromium is absent: install Debian's chromium to open report.html in a real browser");
        QFile source(page_);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray html = source.readAll();
        html.replace("</body>", QByteArray(kProbe) + "</body>");
        const QString probed = dir_.filePath(QStringLiteral("probed.html"));
        QFile target(probed);
        QVERIFY(target.open(QIODevice::WriteOnly));
        target.write(html);
        target.close();
        QTemporaryDir profile;
        const BrowserRun run = runChromium({QStringLiteral("--dump-dom")}, probed, profile.path());
        QCOMPARE(run.exitCode, 0);
        // Chromium logs every console message and uncaught error as "...:INFO:CONSOLE:12] "message", source: ...".
        const QRegularExpression console(QStringLiteral(":CONSOLE[:(]"));
        for (const QString& line : run.err.split(QLatin1Char('\n')))
            QVERIFY2(!line.contains(console), qPrintable(line));
        const auto check = QRegularExpression(QStringLiteral("data-check=\"([^\"]*)\"")).match(run.out);
        QVERIFY2(check.hasMatch(), "the probe did not run");
        QCOMPARE(check.captured(1), QStringLiteral("ok"));
        // The sample's kurento test has more users than the pion one: sorted descending, the larger comes first.
        QVERIFY(run.out.contains(QStringLiteral("data-sorted-users=\"")));
    }
};

QTEST_GUILESS_MAIN(TestHtmlReport)
#include "test_html_report.moc"
