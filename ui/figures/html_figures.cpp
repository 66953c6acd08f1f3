#include "ui/figures/html_figures.h"

namespace loadscope {

HtmlFiguresOutcome renderHtmlFigures(const FigureSet& set, FigureCanvas& canvas, const ExportSize& size)
{
    HtmlFiguresOutcome outcome;
    outcome.figures.resize(set.figures.size());
    FigureRenderOptions options;
    options.formats = {ExportFormat::Png};
    options.size = size;
    // Each pool thread fills its own figure's slot: no two write the same element.
    const FigureRenderOutcome rendered = renderFigures(
        set, canvas, options, [&](std::size_t i, ExportFormat, const QByteArray& bytes) {
            outcome.figures[i].dataUri = "data:image/png;base64," + bytes.toBase64().toStdString();
            return QString();
        });
    outcome.error = rendered.error;
    for (std::size_t i = 0; i < set.figures.size(); ++i) {
        const FigureSpec& spec = set.figures[i].spec;
        HtmlFigure& f = outcome.figures[i];
        f.test = spec.test.toStdString();
        f.figure = spec.figure.toStdString();
        f.metric = spec.metric.toStdString();
        f.title = rendered.titles[i].toStdString();
    }
    return outcome;
}

} // namespace loadscope
