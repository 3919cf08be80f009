"""This computer's time zone for a while, as a travelling delegate's laptop has it.

Python's local time and SQLite's 'utc' and 'localtime' both read the zone from the C library,
which takes it from TZ when told to (time.tzset): one setting moves them all.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator


@contextlib.contextmanager
def on_clock(zone: str) -> Iterator[None]:
    """Make `zone` (e.g. "Asia/Seoul") the local time zone inside the block."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = zone
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()
