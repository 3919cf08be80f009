"""Qt's own log lines that tell a person nothing, kept off the terminal; every other one kept.

Drawing without a screen (`negoprep screenshots`, on Qt's offscreen platform) makes Qt say
that the platform "does not support" things a window asks of a window manager (raising a
window, size hints), and its font database tells of every character a font lacks. Neither is
a fault of negoprep or of the pictures. `quiet_platform_noise` drops exactly those lines while
it is in force; warnings, critical messages and fatal ones of any other kind still reach the
terminal as Qt would print them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QLoggingCategory, QMessageLogContext, QtMsgType, qInstallMessageHandler

#: The start of each line of Qt's own that says nothing a person can act on.
NOISE_PREFIXES = ("This plugin does not support ",)  # untranslated: Qt's own words, matched
#: The logging categories whose lines are noise where pictures are drawn.
NOISE_CATEGORIES = ("qt.text.font.db",)

Handler = Callable[[QtMsgType, QMessageLogContext, str], Any]


def is_noise(kind: QtMsgType, category: str | None, message: str) -> bool:
    """Whether a line of Qt's log is platform noise (never a critical or fatal message)."""
    if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        return False
    return (category or "") in NOISE_CATEGORIES or message.startswith(NOISE_PREFIXES)


@contextmanager
def quiet_platform_noise() -> Iterator[None]:
    """Drop Qt's platform noise (`is_noise`) until the block ends; pass every other line to
    the handler that was installed before, or write it to standard error as Qt does."""

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if is_noise(kind, context.category, message):
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous: Handler | None = qInstallMessageHandler(handler)
    rules = "\n".join(f"{category}=false" for category in NOISE_CATEGORIES)
    QLoggingCategory.setFilterRules(rules)  # (cheaper than a line made and dropped)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
