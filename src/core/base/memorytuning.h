#pragma once

// How the process hands memory back. The app decodes and frees many large images (a 2048x2048
// result is 16 MB decoded) on worker threads; glibc's allocator raises its mmap threshold after
// each such buffer is freed and then keeps later ones in per-thread heaps, so a long session's
// resident size stays near its peak. A fixed threshold sends every large buffer to its own
// mapping, which goes back to the system as soon as it is freed (bench/bench_memory measures it).
namespace MemoryTuning {

// Call once, first thing in main(). Does nothing where the C library is not glibc.
void returnLargeBuffersToSystem();

} // namespace MemoryTuning
