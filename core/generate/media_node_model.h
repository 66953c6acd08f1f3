#pragma once
// How the media node reacts to load: CPU from the streams it forwards, and how likely users are to fail under it.
// Invented but shaped like the real runs: CPU climbs with the streams and saturates near 1; nothing fails below
// a CPU of 0.8, so a light test has no failures at all.
#include "core/generate/generator_options.h"

namespace loadscope::generate {

// Streams forwarded by the media node for one session: 2p(p-1) + 2sp (audio and video of every publisher to
// every other participant).
int streamsForwarded(int publishers, int subscribers);
// Streams at which the server's CPU reaches about 0.64; about 3.1x that gives 0.9, 4.1x gives 0.95.
double defaultCapacity(MediaServer server);
// CPU (0..1) of a media node forwarding `streams`, without noise: 1 - (1 - idle) / T3(streams / capacity),
// T3 the cubic Taylor polynomial of exp (only arithmetic, so the same bits everywhere).
double cpuForStreams(double streams, double capacity);
// Memory used (0..1), growing slowly with the streams.
double memoryForStreams(double streams, double capacity);
// 0 below a CPU of 0.8, rising to 1 at a CPU of 1.
double overload(double cpu);
// Probability that a connection attempt started at this CPU fails (times out).
double connectionFailureProbability(double cpu);
// Probabilities, per 10 s connected, that a connection breaks (the controller logs a failure and retries)
// or, for LiveKit, that the client goes through Reconnecting / Reconnected.
double connectionDropProbability(double cpu);
double reconnectionProbability(double cpu);

} // namespace loadscope::generate
