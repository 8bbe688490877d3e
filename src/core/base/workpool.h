#pragma once

#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <tuple>
#include <utility>

class QThreadPool;

// The threads for the program's own background work (decoding, preparing and scoring images,
// saving results, reading the history). Not QThreadPool::globalInstance(): Qt splits image
// conversions, smooth scaling and some raster painting of the GUI thread into pieces on the
// global pool and waits for them, so long tasks there made the window wait hundreds of
// milliseconds for a free thread (docs/PERFORMANCE.md, "GUI stalls").
namespace WorkPool {

QThreadPool *instance();

// In the app, background work yields the CPU to the GUI thread: with results decoding and
// being scored on every core, a paint that needs 6 ms of CPU waited 20 ms and more for one.
// After this call, work started through run() lowers its thread's priority (nice + `steps` on
// Linux; QThread priorities do nothing there short of SCHED_IDLE, which would starve the work
// while another program computes). Off by default: the CLI has no window to keep responsive.
void setBackgroundNice(int steps);
constexpr int kWindowBackgroundNice = 10; // what the app sets: the GUI thread outweighs one such worker ~9:1

int backgroundNice();
// Lowers the calling thread by backgroundNice() steps, once per thread. For work run() does not
// start (threads of its own).
void lowerCurrentThread();

// QtConcurrent::run(pool, function, args...) whose thread first yields as set above.
template <typename Function, typename... Args>
auto run(QThreadPool *pool, Function &&function, Args &&...args)
{
    return QtConcurrent::run(pool, [work = std::forward<Function>(function),
                                    bound = std::make_tuple(std::forward<Args>(args)...)]() mutable {
        lowerCurrentThread();
        return std::apply(work, std::move(bound));
    });
}

template <typename Function, typename... Args>
auto run(Function &&function, Args &&...args)
{
    return run(instance(), std::forward<Function>(function), std::forward<Args>(args)...);
}

} // namespace WorkPool
