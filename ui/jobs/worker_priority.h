#pragma once
// Worker threads of the explorer yield to its GUI thread. On 2 cores the loader's threads and the panels' jobs
// otherwise take the CPU from the GUI thread as often as it takes it back, so a 15 ms redraw stretches to 60 ms or
// more while a folder loads. Linux: the calling thread's nice value goes 5 up (at most 19), once per thread;
// threads it starts inherit it. Elsewhere nothing changes.
namespace loadscope {

void yieldToGuiThread(); // call first thing on a worker thread
int threadNiceValue();   // the calling thread's nice value (0 where there is none)

} // namespace loadscope
