#include "ui/figures/figure_files.h"

#include "core/report/report_writer.h"
#include "core/util/csv_writer.h"

#include <QDir>

#include <exception>

namespace loadscope {

QString figureFileName(const FigureSpec& spec, ExportFormat format)
{
    return spec.file + QLatin1Char('.') + QLatin1String(exportFormatSuffix(format));
}

QString makeFigureFolders(const FigureSet& set, const QString& outDir)
{
    const QDir dir(outDir);
    for (const Figure& figure : set.figures) {
        const QString folder = QFileInfo(dir.filePath(figure.spec.file)).path();
        if (!QDir().mkpath(folder))
            return QStringLiteral("Cannot create the folder %1").arg(folder);
    }
    return {};
}

FigureRenderOutcome drawFigureFiles(const FigureSet& set, FigureCanvas& canvas, const QString& outDir,
                                    const FigureRenderOptions& options)
{
    const QDir dir(outDir);
    return renderFigures(set, canvas, options, [&](std::size_t i, ExportFormat format, const QByteArray& bytes) {
        const QString path = dir.filePath(figureFileName(set.figures[i].spec, format));
        return writeAtomically(path, [&](QIODevice& file) { return file.write(bytes) == bytes.size(); });
    });
}

FigureFilesOutcome writeFigureIndex(const FigureSet& set, const std::vector<QString>& titles, const QString& outDir,
                                    const std::vector<ExportFormat>& formats)
{
    FigureFilesOutcome outcome;
    for (std::size_t i = 0; i < set.figures.size(); ++i) {
        outcome.specs.push_back(set.figures[i].spec);
        outcome.titles.push_back(i < titles.size() ? titles[i] : QString());
        for (ExportFormat format : formats)
            outcome.files << figureFileName(set.figures[i].spec, format);
    }
    try {
        writeFileAtomically(outDir.toStdString(), kFigureIndexName, [&](std::ostream& out) {
            CsvWriter csv(out, {"file", "test", "figure", "metric", "title"});
            for (std::size_t i = 0; i < set.figures.size(); ++i) {
                const FigureSpec& spec = set.figures[i].spec;
                for (ExportFormat format : formats)
                    csv.cell(figureFileName(spec, format).toStdString())
                        .cell(spec.test.toStdString())
                        .cell(spec.figure.toStdString())
                        .cell(spec.metric.toStdString())
                        .cell(i < titles.size() ? titles[i].toStdString() : std::string())
                        .endRow();
            }
        });
    } catch (const std::exception& e) {
        outcome.error = QString::fromStdString(e.what());
    }
    return outcome;
}

FigureFilesOutcome writeFigureFiles(const FigureSet& set, FigureCanvas& canvas, const QString& outDir,
                                    const FigureRenderOptions& options)
{
    FigureFilesOutcome outcome;
    outcome.error = makeFigureFolders(set, outDir);
    if (!outcome.error.isEmpty())
        return outcome;
    const FigureRenderOutcome rendered = drawFigureFiles(set, canvas, outDir, options);
    if (!rendered.error.isEmpty()) {
        outcome.error = rendered.error;
        return outcome;
    }
    return writeFigureIndex(set, rendered.titles, outDir, options.formats);
}

} // namespace loadscope
