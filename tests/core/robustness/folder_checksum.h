#pragma once
// A fingerprint of everything below a folder, to prove that opening, analysing, reporting on or following a
// results folder writes nothing inside it. One line per entry, sorted, so two fingerprints compare as lists and
// a failure shows which entry changed:  <relative path> <kind> <size> <mtime in ns> <SHA-256 of the content>.
// Header-only: any test (the follow-mode tests too) includes it and links Qt Core.
#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QDirIterator>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QStringList>

#include <sys/stat.h>

namespace loadscope::testing {

// Modification time with nanoseconds (QFileInfo stops at milliseconds); lstat, so a symlink is not followed.
inline QString modificationTimeNs(const QString& path)
{
    struct stat info {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return QStringLiteral("?");
    return QString::number(static_cast<qint64>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec);
}

inline QString contentHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unreadable");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

// Every file, folder and symlink below `root` (hidden ones too; symlinks are listed with their target, never
// followed, so a symlink loop is fine).
inline QStringList folderFingerprint(const QString& root)
{
    QStringList lines;
    const QDir base(root);
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        QString kind, content;
        if (info.isSymLink()) {
            kind = QStringLiteral("link");
            content = info.symLinkTarget();
        } else if (info.isDir()) {
            kind = QStringLiteral("dir");
        } else {
            kind = QStringLiteral("file");
            content = contentHash(path);
        }
        lines << QStringList{base.relativeFilePath(path), kind, QString::number(info.isDir() ? 0 : info.size()),
                             modificationTimeNs(path), content}
                     .join(QLatin1Char(' '));
    }
    // The root's own mtime changes when an entry is added or removed directly below it.
    lines << QStringLiteral(". dir 0 ") + modificationTimeNs(root);
    lines.sort();
    return lines;
}

} // namespace loadscope::testing
