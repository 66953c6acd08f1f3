#include "ui/widgets/save_dialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace loadscope {

namespace {

const QString kLastDirectoryKey = QStringLiteral("export/lastDirectory");

QString& avoidedRoot()
{
    static QString root;
    return root;
}

QString canonical(const QString& path)
{
    const QString c = QFileInfo(path).canonicalFilePath();
    return c.isEmpty() ? QDir::cleanPath(QDir(path).absolutePath()) : c;
}

bool isInside(const QString& directory, const QString& root)
{
    if (root.isEmpty())
        return false;
    const QString d = canonical(directory), r = canonical(root);
    return d == r || d.startsWith(r.endsWith(QLatin1Char('/')) ? r : r + QLatin1Char('/'));
}

bool usable(const QString& directory)
{
    return !directory.isEmpty() && QFileInfo(directory).isDir() && !isInside(directory, avoidedRoot());
}

// The suffixes of a filter: "PNG image (*.png)" -> {"png"}.
QStringList filterSuffixes(const QString& filter)
{
    QStringList suffixes;
    static const QRegularExpression pattern(QStringLiteral("\\*\\.([A-Za-z0-9]+)"));
    for (auto it = pattern.globalMatch(filter); it.hasNext();)
        suffixes << it.next().captured(1).toLower();
    return suffixes;
}

} // namespace

QStringList saveFilters(SaveKind kind)
{
    switch (kind) {
    case SaveKind::Figure:
        return {QObject::tr("PNG image (*.png)"), QObject::tr("SVG vector (*.svg)"), QObject::tr("PDF (*.pdf)")};
    case SaveKind::Table: return {QObject::tr("CSV (*.csv)")};
    case SaveKind::Requirement: return {QObject::tr("QoO requirement (*.json)")};
    }
    return {};
}

void setOpenResultsFolder(const QString& root)
{
    avoidedRoot() = root;
}

QString openResultsFolder()
{
    return avoidedRoot();
}

QString saveStartDirectory(SaveKind kind)
{
    const auto standard = kind == SaveKind::Figure ? QStandardPaths::PicturesLocation
                                                   : QStandardPaths::DocumentsLocation;
    const QString candidates[] = {QSettings().value(kLastDirectoryKey).toString(),
                                  QStandardPaths::writableLocation(standard), QDir::homePath(), QDir::tempPath()};
    for (const QString& candidate : candidates)
        if (usable(candidate))
            return QDir::cleanPath(candidate);
    return QDir::rootPath();
}

void rememberSaveDirectory(const QString& path)
{
    if (!path.isEmpty())
        QSettings().setValue(kLastDirectoryKey, QFileInfo(path).absolutePath());
}

QString suggestedFileStem(const QStringList& parts)
{
    QStringList words;
    static const QRegularExpression separators(QStringLiteral("[^A-Za-z0-9._]+"));
    for (const QString& part : parts)
        for (const QString& word : part.toLower().split(separators, Qt::SkipEmptyParts))
            words << word;
    QString stem = words.join(QLatin1Char('-'));
    while (stem.startsWith(QLatin1Char('.')))
        stem.remove(0, 1);
    return stem.isEmpty() ? QStringLiteral("export") : stem;
}

QString withFilterSuffix(const QString& path, const QString& filter)
{
    const QStringList suffixes = filterSuffixes(filter);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffixes.isEmpty() || suffixes.contains(suffix))
        return path;
    return path + QLatin1Char('.') + suffixes.front();
}

QString askSavePath(QWidget* parent, const QString& title, SaveKind kind, const QStringList& nameParts,
                    const QString& initialFilter)
{
    const QStringList filters = saveFilters(kind);
    QString filter = filters.front();
    for (const QString& f : filters)
        if (!initialFilter.isEmpty() && filterSuffixes(f).contains(initialFilter.toLower()))
            filter = f;
    QFileDialog dialog(parent, title, saveStartDirectory(kind), filters.join(QStringLiteral(";;")));
    dialog.setObjectName(QStringLiteral("saveDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    // No default suffix: it would be the first filter's even after the user picks another one (x.png.svg).
    // The suffix comes from the filter selected when the dialog closes, below.
    dialog.selectNameFilter(filter);
    dialog.selectFile(suggestedFileStem(nameParts) + QLatin1Char('.') + filterSuffixes(filter).value(0));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString chosen = dialog.selectedFiles().front();
    // A name typed without a suffix gets the selected filter's; ask before replacing what that names.
    const QString path = withFilterSuffix(chosen, dialog.selectedNameFilter());
    if (path != chosen && QFileInfo::exists(path) &&
        QMessageBox::question(parent, title, QObject::tr("%1 already exists. Replace it?").arg(path)) !=
            QMessageBox::Yes)
        return {};
    rememberSaveDirectory(path);
    return path;
}

} // namespace loadscope
