#include "memorytuning.h"

#include <cstdlib> // defines __GLIBC__ on glibc systems

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace MemoryTuning {

void returnLargeBuffersToSystem()
{
#if defined(__GLIBC__)
    // 1 MB: image buffers, downloads and decoded files get their own mappings; the many small
    // allocations of Qt and the app stay in the heap. Setting it also stops glibc from raising
    // it on its own.
    mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
#endif
}

} // namespace MemoryTuning
