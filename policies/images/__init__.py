"""Image checks: safe decoding, faces, and a school's logos (issue 3).

numpy's BLAS (OpenBLAS in the wheels) is kept to one thread in any process that checks images.
Its only work here is small matrix products (a photo's descriptors against a logo's), for
which a pool of threads spins waiting more than it computes: on a 2-core machine that doubled
a check's processor time and, in the proxy, took it from the event loop. bench/images.py
measured a check at 54-60 ms with one thread against 71-89 ms with OpenBLAS's own choice,
alternating on the same machine. Checks run in parallel on the judges' threads instead
(addon/judges.py).
"""
import numpy  # noqa: F401 — loads the BLAS library the limit applies to
from threadpoolctl import threadpool_limits

threadpool_limits(limits=1, user_api="blas")
