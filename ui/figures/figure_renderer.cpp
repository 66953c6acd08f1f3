#include "ui/figures/figure_renderer.h"

#include "ui/plot/png_encoder.h"

#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <deque>

namespace loadscope {

FigureRenderOutcome renderFigures(const FigureSet& set, FigureCanvas& canvas, const FigureRenderOptions& options,
                                  const FigureSink& sink)
{
    FigureRenderOutcome outcome;
    outcome.titles.resize(set.figures.size());
    std::deque<QFuture<QString>> pending;
    // Bounded so that images waiting to be encoded never pile up.
    const std::size_t maxPending = 2 * static_cast<std::size_t>(
                                           std::max(1, QThreadPool::globalInstance()->maxThreadCount()));
    auto collect = [&](std::size_t keep) {
        while (pending.size() > keep) {
            const QString error = pending.front().result();
            pending.pop_front();
            if (outcome.error.isEmpty())
                outcome.error = error;
        }
    };
    for (std::size_t i = 0; i < set.figures.size(); ++i) {
        if (options.take && !options.take(i))
            continue;
        const Figure& figure = set.figures[i];
        const ChartPainting painting = figure.setUp(canvas);
        outcome.titles[i] = canvas.lastTitle();
        for (ExportFormat format : options.formats) {
            if (format == ExportFormat::Png) {
                QImage image = renderImage(painting, options.size);
                pending.push_back(QtConcurrent::run([&sink, i, image = std::move(image), file = figure.spec.file] {
                    const QByteArray bytes = writePng(image);
                    return bytes.isEmpty() ? QStringLiteral("Cannot render %1 as PNG").arg(file)
                                           : sink(i, ExportFormat::Png, bytes);
                }));
            } else {
                QByteArray bytes = renderFigure(painting, format, options.size, outcome.titles[i]);
                if (bytes.isEmpty() && outcome.error.isEmpty())
                    outcome.error = QStringLiteral("Cannot render %1 as %2")
                                        .arg(figure.spec.file, QString::fromLatin1(exportFormatSuffix(format)));
                else
                    pending.push_back(QtConcurrent::run(
                        [&sink, i, format, bytes = std::move(bytes)] { return sink(i, format, bytes); }));
            }
            collect(maxPending);
        }
        if (options.progress)
            options.progress(i + 1, set.figures.size(), figure.spec);
    }
    collect(0);
    return outcome;
}

} // namespace loadscope
