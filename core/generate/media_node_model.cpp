#include "core/generate/media_node_model.h"

#include <algorithm>

namespace loadscope::generate {

namespace {
constexpr double kIdleCpu = 0.04;
constexpr double kMaxCpu = 0.995;
} // namespace

int streamsForwarded(int publishers, int subscribers)
{
    return 2 * publishers * (publishers - 1) + 2 * subscribers * publishers;
}

double defaultCapacity(MediaServer server)
{
    switch (server) {
    case MediaServer::Kurento: return 28.0; // Kurento transcodes-ready pipelines: the heaviest per stream
    case MediaServer::Mediasoup: return 40.0;
    case MediaServer::Pion: return 36.0;
    }
    return 36.0;
}

double cpuForStreams(double streams, double capacity)
{
    const double s = streams / capacity;
    const double taylorExp = 1.0 + s + s * s / 2.0 + s * s * s / 6.0;
    return std::min(kMaxCpu, 1.0 - (1.0 - kIdleCpu) / taylorExp);
}

double memoryForStreams(double streams, double capacity)
{
    return 0.21 + 0.35 * streams / (streams + 4.0 * capacity);
}

double overload(double cpu)
{
    return std::clamp((cpu - 0.8) / 0.2, 0.0, 1.0);
}

double connectionFailureProbability(double cpu)
{
    const double o = overload(cpu);
    return 0.5 * o * o;
}

double connectionDropProbability(double cpu)
{
    const double o = overload(cpu);
    return 0.02 * o * o;
}

double reconnectionProbability(double cpu)
{
    const double o = overload(cpu);
    return 0.06 * o * o;
}

} // namespace loadscope::generate
