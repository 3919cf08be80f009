"""Page breaks that Qt's rich text cannot be asked for in HTML: a heading kept with what follows.

QTextDocument honours ``page-break-before``/``page-break-after: always`` but has no
``page-break-after: avoid`` or ``page-break-inside: avoid`` (a table cell splits between pages
like any paragraph), so a heading can end a page with its text on the next. After the document
is laid out on its pages, `keep_headings_with_next` moves each such heading (and the headings
just above it, e.g. a section's heading over an item's) to the next page.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat

#: at most this many moves: each lays the rest of the document out again
MAX_MOVES = 200


def _page(doc: QTextDocument, block: QTextBlock, line: int, height: float) -> int:
    """The page (from 0) on which line `line` of `block` lies (-1: none laid out)."""
    layout = block.layout()
    if layout.lineCount() <= line:
        return -1
    top = doc.documentLayout().blockBoundingRect(block).top() + layout.lineAt(line).y()
    return int(top // height)


def _is_heading(block: QTextBlock) -> bool:
    return block.blockFormat().headingLevel() > 0 and bool(block.text().strip())


def _next_shown(block: QTextBlock) -> QTextBlock:
    """The next block with text or a picture (an empty block between tables lays out nothing)."""
    following = block.next()
    while following.isValid() and not following.text().strip() and following.length() <= 1:
        following = following.next()
    return following


def keep_headings_with_next(doc: QTextDocument) -> int:
    """Move every heading that ends a page to the next one, with the headings directly above
    it; returns how many were moved. `doc` must have its page size set."""
    height = doc.pageSize().height()
    if height <= 0:
        return 0
    moved = 0
    start = doc.begin()
    while moved < MAX_MOVES:
        doc.pageCount()  # lays the whole document out: Qt lays out lazily, as far as asked
        stranded = None
        block = start
        while block.isValid():
            if _is_heading(block):
                following = _next_shown(block)
                # from its first line: a heading of two lines may itself be split by the page's end
                if following.isValid() and _page(doc, block, 0, height) < _page(doc, following, 0, height):
                    stranded = block
                    break
            block = block.next()
        if stranded is None:
            return moved
        first = stranded  # with the headings just above it, which would be stranded in turn
        while _is_heading(first.previous()) and _page(doc, first.previous(), 0, height) == _page(doc, first, 0, height):
            first = first.previous()
        if first.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            start = stranded.next()  # already at the top of a page: a heading taller than a page
            continue
        block_format = first.blockFormat()
        block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(first).setBlockFormat(block_format)
        moved += 1
        start = first.next()
    return moved
