#include "core/analysis/analysis_mode.h"
#include "core/analysis/test_analysis.h"

namespace loadscope {

const char* analysisModeKey(AnalysisMode mode)
{
    return mode == AnalysisMode::NotebookCompatible ? "notebook" : "corrected";
}

std::optional<AnalysisMode> parseAnalysisMode(std::string_view key)
{
    if (key == "corrected")
        return AnalysisMode::Corrected;
    if (key == "notebook" || key == "notebook-compatible")
        return AnalysisMode::NotebookCompatible;
    return std::nullopt;
}

const char* segmentTypeName(SegmentType t)
{
    switch (t) {
    case SegmentType::ConnectionStart: return "connectionStart";
    case SegmentType::ConnectionSuccess: return "connectionSuccess";
    case SegmentType::ConnectionFail: return "connectionFail";
    case SegmentType::Qoe: return "QOE";
    case SegmentType::Reconnecting: return "reconnecting";
    }
    return "";
}

const char* qoeMetricName(QoeMetric m)
{
    switch (m) {
    case QoeMetric::None: return "";
    case QoeMetric::Vmaf: return "vmaf";
    case QoeMetric::Visqol: return "visqol";
    }
    return "";
}

const char* thresholdKindName(ThresholdKind k)
{
    switch (k) {
    case ThresholdKind::Vmaf: return "vmaf";
    case ThresholdKind::Visqol: return "visqol";
    case ThresholdKind::ConnectionStart: return "connectionStart";
    }
    return "";
}

} // namespace loadscope
