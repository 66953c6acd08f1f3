#include "ui/figures/html_figures.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace loadscope {

HtmlFiguresOutcome renderHtmlFigures(const std::vector<TestAnalysis>& analyses, const ExportSize& size,
                                     const FigureProcesses& processes)
{
    HtmlFiguresOutcome outcome;
    QTemporaryDir folder;
    if (!folder.isValid()) {
        outcome.error = QStringLiteral("Cannot make a temporary folder for the figures: %1").arg(folder.errorString());
        return outcome;
    }
    FigureRenderOptions options;
    options.formats = {ExportFormat::Png};
    options.size = size;
    const FigureFilesOutcome drawn = writeFigureFilesInProcesses(analyses, folder.path(), options, processes);
    outcome.error = drawn.error;
    if (!outcome.error.isEmpty())
        return outcome;
    for (std::size_t i = 0; i < drawn.specs.size(); ++i) {
        const FigureSpec& spec = drawn.specs[i];
        QFile file(QDir(folder.path()).filePath(figureFileName(spec, ExportFormat::Png)));
        if (!file.open(QIODevice::ReadOnly)) {
            outcome.error = QStringLiteral("Cannot read the drawn figure %1").arg(file.fileName());
            return outcome;
        }
        HtmlFigure& f = outcome.figures.emplace_back();
        f.test = spec.test.toStdString();
        f.figure = spec.figure.toStdString();
        f.metric = spec.metric.toStdString();
        f.title = drawn.titles[i].toStdString();
        f.dataUri = "data:image/png;base64," + file.readAll().toBase64().toStdString();
    }
    return outcome;
}

} // namespace loadscope
