import os
import platform
from pathlib import Path

import pytest

from diplograph.graph.memory import trim_heap


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc" or not Path("/proc/self/statm").exists(),
                    reason="malloc_trim is glibc's, and resident memory is read from /proc")
def test_trimming_the_heap_gives_freed_memory_back():
    def resident() -> int:
        return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")

    blocks = [bytes(4000) for _ in range(50_000)]      # about 200 MB on the C heap, not in pymalloc
    kept = blocks[::100]                                  # holes the heap cannot shrink past
    del blocks
    before = resident()
    assert trim_heap() is True
    assert before - resident() > 100 * 2**20
    assert len(kept) == 500
