#pragma once

class QThreadPool;

// The threads for the program's own background work (decoding, preparing and scoring images,
// saving results, reading the history). Not QThreadPool::globalInstance(): Qt splits image
// conversions, smooth scaling and some raster painting of the GUI thread into pieces on the
// global pool and waits for them, so long tasks there made the window wait hundreds of
// milliseconds for a free thread (docs/PERFORMANCE.md, "GUI stalls").
namespace WorkPool {

QThreadPool *instance();

} // namespace WorkPool
