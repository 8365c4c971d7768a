"""Transparent huge pages off for a headless import: a third of its CPU time went to zeroing them.

Arrow's allocator (mimalloc) asks the kernel for huge pages on its 1 GiB arena (`madvise(MADV_HUGEPAGE)`),
and purges the pages it frees (`MADV_DONTNEED`, after a delay). Each first touch of a 2 MB huge page makes the
kernel zero all of it, and each purge breaks it up, so the next allocation there faults and zeroes a fresh
one. On a 1M-row Meta export (`perf record`: 32 % of the process in the kernel's `clear_page_erms`, under
`do_huge_pmd_anonymous_page` from mimalloc's `mi_page_free_list_extend`) that was 0.6-0.8 s of system time
against 0.2 s for `pandas.read_csv`, which allocates with malloc. With 4 kB pages the kernel zeroes only
what is touched: 2.5x the page faults, a third of the system time (benchmarks/README.md has the figures).

`prctl(PR_SET_THP_DISABLE)` applies to the whole process from the call on (and to its children). The
headless commands call it before reading; the window does not, yet (its figures were not measured with it).
"""

from __future__ import annotations

import ctypes
import sys

PR_SET_THP_DISABLE = 41  # linux/prctl.h


def disable_transparent_huge_pages() -> bool:
    """Turn transparent huge pages off for this process; whether it took (Linux only, else False)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0)) == 0
    except (OSError, AttributeError):  # no libc symbol (musl builds, sandboxes): the import runs as before
        return False
