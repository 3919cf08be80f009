"""Page breaks that Qt's rich text cannot be asked for in HTML: a heading kept with what follows.

QTextDocument honours ``page-break-before``/``page-break-after: always`` but has no
``page-break-after: avoid`` or ``page-break-inside: avoid`` (a table cell splits between pages
like any paragraph), so a heading can end a page with its text on the next. After the document
is laid out on its pages, `keep_headings_with_next` moves each such heading (and the headings
just above it, e.g. a section's heading over an item's) to the next page.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat

#: at most this many passes over the document: each lays it out once
MAX_PASSES = 12


def _is_heading(block: QTextBlock) -> bool:
    return block.blockFormat().headingLevel() > 0 and bool(block.text().strip())


def _next_shown(block: QTextBlock) -> QTextBlock:
    """The next block with text or a picture (an empty block between tables lays out nothing)."""
    following = block.next()
    while following.isValid() and not following.text().strip() and following.length() <= 1:
        following = following.next()
    return following


def _top(doc: QTextDocument, block: QTextBlock) -> float | None:
    """Where the first line of `block` lies, in the document (None: nothing laid out)."""
    layout = block.layout()
    if layout.lineCount() == 0:
        return None
    return doc.documentLayout().blockBoundingRect(block).top() + layout.lineAt(0).y()


def _page_at(y: float, height: float) -> int:
    return int(y // height)


def _breaks_before(block: QTextBlock) -> bool:
    return bool(block.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)


def keep_headings_with_next(doc: QTextDocument) -> int:
    """Move every heading that ends a page to the next one, with the headings directly above
    it; returns how many were moved. `doc` must have its page size set.

    Each move pushes what follows down, and laying a long document out again after each one
    costs a quarter of a second per hundred pages; so one pass lays the document out once and
    foresees where each block will fall after the moves before it (down by the room each move
    leaves, up to the next page that starts by itself), and the moves of a pass are made
    together. Another pass checks the outcome, as lines that would straddle a page's end shift
    a little more than foreseen."""
    height = doc.pageSize().height()
    if height <= 0:
        return 0
    moved = 0
    for _ in range(MAX_PASSES):
        doc.pageCount()  # lays the whole document out: Qt lays out lazily, as far as asked
        chosen: list[QTextBlock] = []
        shift = 0.0  # how far the moves chosen so far push this block down
        block = doc.begin()
        while block.isValid():
            if _breaks_before(block):
                shift = 0.0  # a page that starts by itself starts at its top, whatever came before
            top = _top(doc, block) if _is_heading(block) else None
            following = _next_shown(block) if top is not None else None
            after = _top(doc, following) if following is not None and following.isValid() else None
            # from its first line: a heading of two lines may itself be split by the page's end
            stranded = top is not None and after is not None
            if stranded and _page_at(top + shift, height) < _page_at(after + shift, height):
                first = block  # with the headings just above it, which would be stranded in turn
                while _is_heading(first.previous()):
                    above = _top(doc, first.previous())
                    if above is None or _page_at(above + shift, height) != _page_at(top + shift, height):
                        break
                    first = first.previous()
                first_top = _top(doc, first)
                if not _breaks_before(first) and first_top is not None:  # (else taller than a page)
                    chosen.append(first)
                    shift += height - (first_top + shift) % height
            block = block.next()
        if not chosen:
            break
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()  # one layout for the whole pass
        for first in chosen:
            cursor.setPosition(first.position())
            block_format = first.blockFormat()
            block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            cursor.setBlockFormat(block_format)
        cursor.endEditBlock()
        moved += len(chosen)
    return moved
