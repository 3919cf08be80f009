"""The print engine: the demo checklists to PDF, read back with pdftotext; big lists; Korean."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from negoprep import cli
from negoprep.paper import checklists as paper
from negoprep.records import model
from negoprep.records.editing import new_id
from negoprep.store.store import Store
from negoprep.ui import printing

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
KOREAN = "한국 대표단 브리핑"


def _words(text: str) -> str:
    return " ".join(text.split())


def _pages(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return out.rstrip("\f").split("\f")


def _task_text_in(task: str, text: str) -> bool:
    # a wrapped cell puts the task's lines between other columns: check it word by word, in
    # order, and a line may break after a hyphen
    pos = 0
    for word in re.findall(r"[^\s-]+", task):
        pos = text.find(word, pos)
        if pos < 0:
            return False
        pos += len(word)
    return True


def _add_task(store: Store, dossier_id: str, text: str, *, done: bool = False, checklist_id: str | None = None) -> None:
    if checklist_id is None:
        checklist_id = store.records(model.Checklist, dossier_id)[0].id
    store.put(
        model.ChecklistItem(
            id=new_id(), dossier_id=dossier_id, checklist_id=checklist_id, text=text, done=done, position=10_000
        )
    )


@needs_pdftotext
def test_demo_checklist_prints_every_task_tick_and_marking(qtbot, demo_store: Store, tmp_path: Path) -> None:
    dossier = demo_store.dossiers()[0]
    _add_task(demo_store, dossier.id, KOREAN)
    content = demo_store.content(dossier.id)
    assert content is not None
    tasks = [t for c in content.checklists for t in c.items]
    out = tmp_path / "checklist.pdf"
    result = printing.render_pdf(
        paper.store_checklists_html(demo_store, dossier.id),
        out,
        title=dossier.title,
        classification=dossier.classification,
        copy_number=4,
    )
    assert result.missing == [] and result.warnings == []
    pages = _pages(out)
    assert len(pages) == result.pages
    text = "\n".join(pages)
    flat = _words(text)
    for task in tasks:
        assert _task_text_in(task.text, flat), task.text
    assert KOREAN in flat
    assert text.count(paper.TICKED) == sum(t.done for t in tasks)
    assert text.count(paper.UNTICKED) == sum(not t.done for t in tasks)
    assert dossier.classification == "RESTRICTED"
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in page
        assert page.count("RESTRICTED") >= 2  # top and bottom
        assert "Copy 4" in page
        assert dossier.title in page


@needs_pdftotext
def test_a_thousand_tasks_print_on_the_right_pages(qtbot, demo_store: Store, tmp_path: Path) -> None:
    dossier = demo_store.dossiers()[0]
    checklist = model.Checklist(id=new_id(), dossier_id=dossier.id, title="Big", position=99)
    items = [
        model.ChecklistItem(
            id=f"t{i}",
            dossier_id=dossier.id,
            checklist_id=checklist.id,
            text=f"Task number {i:04d} " + "with a longer description that has to wrap " * (i % 3),
            done=i % 2 == 0,
            position=i,
        )
        for i in range(1000)
    ]
    html = paper.checklists_html(dossier, [replace(checklist, items=items)], {}, {}, today="2025-01-01")
    out = tmp_path / "big.pdf"
    result = printing.render_pdf(html, out, title=dossier.title, classification="SECRET", page_size="Letter")
    pages = _pages(out)
    assert len(pages) == result.pages > 10
    text = "\n".join(pages)
    found = set(re.findall(r"Task number (\d{4})", text))
    assert found == {f"{i:04d}" for i in range(1000)}
    assert text.count(paper.TICKED) == 500 and text.count(paper.UNTICKED) == 500
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {result.pages}" in page
        assert page.count("SECRET") >= 2


@needs_pdftotext
def test_long_words_wrap_instead_of_being_clipped(qtbot, tmp_path: Path) -> None:
    word = "x" * 400
    out = tmp_path / "long.pdf"
    printing.render_pdf(f"<p>{word}</p>", out, title="Long", classification="")
    assert "x" * 400 in "".join("".join(_pages(out)).split())


def test_characters_without_a_font_are_reported(qtbot) -> None:
    # a Phoenician letter and a private-use character: no font here has them
    missing = printing.missing_characters("abc 한국 \u2611 \U00010900\U000f0001", printing.print_font())
    assert missing == ["\U00010900", "\U000f0001"]
    result = printing.PrintResult(pages=1, missing=missing)
    assert "U+F0001" in result.warnings[0]


def test_bad_page_size(qtbot, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="A4"):
        printing.render_pdf("<p>x</p>", tmp_path / "x.pdf", title="x", page_size="A3")


def test_print_preview_dialog_and_file_menu(qtbot, demo_store: Store, tmp_path: Path) -> None:
    from negoprep.ui.main_window import MainWindow
    from negoprep.ui.settings import Settings

    win = MainWindow(demo_store, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    action = win.print_checklist_action
    assert action.toolTip() and "Print checklist" in action.text()
    dialog = printing.print_checklist(win, run=False)
    assert dialog is not None
    qtbot.addWidget(dialog)


@needs_pdftotext
def test_cli_print(demo_store: Store, tmp_path: Path, capsys) -> None:
    path = Path(demo_store.name)
    out = tmp_path / "cli.pdf"
    code = cli.main(["--store", str(path), "print", "checklist", "--out", str(out), "--copy", "2"])
    assert code == 0, capsys.readouterr().err
    assert "Copy 2" in _pages(out)[0]
    assert cli.main(["--store", str(path), "print", "checklist", "--out", str(out), "--copy", "0"]) == 2
    # a release copy of the checklists prints too (tests/records/test_release.py: what it withholds)
    assert cli.main(["--store", str(path), "print", "checklist", "--out", str(out), "--release"]) == 0


def test_the_briefing_book_previews_from_the_window(qtbot, demo_store, tmp_path) -> None:
    from negoprep.ui.main_window import MainWindow
    from negoprep.ui.printing import print_briefing
    from negoprep.ui.settings import Settings

    window = MainWindow(demo_store, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    assert window.print_briefing_action.isEnabled()
    dialog = print_briefing(window, run=False)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert print_briefing(window, release=True, run=False) is not None


def _preview(qtbot, demo_store: Store, tmp_path: Path):
    from negoprep.ui.main_window import MainWindow
    from negoprep.ui.settings import Settings

    win = MainWindow(demo_store, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    dialog = printing.print_checklist(win, run=False)
    qtbot.addWidget(dialog)
    return dialog


def test_the_preview_never_opens_qts_print_dialog(qtbot, demo_store: Store, tmp_path: Path, monkeypatch) -> None:
    """Qt's print dialog lists (and so reads) files of the home folder: its Print button asks
    for a printer here instead, and says so plainly when there is none."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinterInfo
    from PySide6.QtWidgets import QMessageBox

    from negoprep.ui.dialogs import print_preview

    dialog = _preview(qtbot, demo_store, tmp_path)
    assert dialog.printer_action is print_preview.print_action(dialog)
    made = []
    monkeypatch.setattr(QPrintDialog, "__init__", lambda *a, **k: made.append(a))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: []))
    dialog.printer_action.trigger()
    assert made == [] and told and "Save as PDF" in told[0]

    chosen = []

    def choose(self) -> int:
        chosen.append((self.printer_box.currentText(), self.copies_box.value()))
        self.copies_box.setValue(2)
        return 0  # cancelled: nothing printed

    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: ["Office", "Hotel lobby"]))
    monkeypatch.setattr(QPrinterInfo, "defaultPrinterName", staticmethod(lambda: "Hotel lobby"))
    monkeypatch.setattr(print_preview.PrinterChoice, "exec", choose)
    dialog.printer_action.trigger()
    assert made == [] and chosen == [("Hotel lobby", 1)]


@needs_pdftotext
def test_save_as_pdf_from_the_preview(qtbot, demo_store: Store, tmp_path: Path, monkeypatch) -> None:
    from negoprep.ui.dialogs import file_dialogs

    dialog = _preview(qtbot, demo_store, tmp_path)
    target = tmp_path / "tasks"
    asked = []
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (asked.append(a[2]) or str(target), ""))
    dialog.save_pdf_action.trigger()
    assert asked and asked[0].parent == demo_store.path.parent  # suggested beside the store
    pages = _pages(tmp_path / "tasks.pdf")  # the name given, with .pdf added
    assert pages and "2+2 trade consultation" in pages[0]


def test_save_as_pdf_over_the_store_is_refused(qtbot, demo_store: Store, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from negoprep.ui.dialogs import file_dialogs

    dialog = _preview(qtbot, demo_store, tmp_path)
    before = demo_store.dossiers()
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    for target in (demo_store.path, Path(f"{demo_store.path}-wal")):
        monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, t=target, **k: (str(t), ""))
        dialog.save_pdf_action.trigger()
    assert len(warned) == 2 and all("store" in w for w in warned)
    assert demo_store.dossiers() == before


def test_a_printing_cut_off_leaves_no_pdf(qtbot, tmp_path: Path, monkeypatch) -> None:
    def broken(device, *args, **kwargs):
        raise OSError("the disk is full")

    monkeypatch.setattr(printing, "paint_pages", broken)
    with pytest.raises(OSError):
        printing.render_pdf("<p>x</p>", tmp_path / "book.pdf", title="x")
    assert list(tmp_path.iterdir()) == []


def test_the_cli_leaves_no_empty_pdf_when_it_cannot_print(demo_store: Store, tmp_path: Path, capsys) -> None:
    out = tmp_path / "missing" / "book.pdf"
    assert cli.main(["--store", str(demo_store.path), "print", "briefing", "--out", str(out)]) == 2
    assert "does not exist" in capsys.readouterr().err


# --- the preview: readable, labelled, numbered copies, where the PDF went -------------------


def _window(qtbot, store: Store, settings_file: Path):
    from negoprep.ui.main_window import MainWindow
    from negoprep.ui.settings import Settings

    win = MainWindow(store, Settings(settings_file))
    qtbot.addWidget(win)
    return win


def _accept_offered(monkeypatch, asked: list[Path]) -> None:
    """The file dialog answers with the file it offers, as a person pressing Save would."""
    from negoprep.ui.dialogs import file_dialogs

    def offered(parent, caption, suggested, *args, **kwargs):
        asked.append(Path(suggested))
        return str(suggested), ""

    monkeypatch.setattr(file_dialogs, "save_file_name", offered)


def test_the_preview_opens_readable_with_labelled_buttons(qtbot, demo_store: Store, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    win = _window(qtbot, demo_store, tmp_path / "settings.ini")
    dialog = printing.print_briefing(win, run=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    preview = dialog.findChild(QPrintPreviewWidget)
    # the page's width fills the preview, as wide as the screen allows (a 1366-pixel laptop
    # opens it 1100 pixels wide, the page then a little over life size)
    assert preview.zoomMode() == QPrintPreviewWidget.ZoomMode.FitToWidth
    room = dialog.screen().availableGeometry().width()
    assert dialog.width() == min(1100, int(room * 0.9))
    dialog.resize(1100, 700)
    qtbot.waitUntil(lambda: preview.zoomFactor() >= 1.0)  # not a thumbnail of the page
    for action, words in ((dialog.save_pdf_action, "Save as PDF…"), (dialog.printer_action, "Print…")):
        button = dialog.copies_toolbar.widgetForAction(action)
        assert button is not None and button.isVisible(), words
        assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        assert button.text() == words
    fit = dialog.findChild(type(dialog.save_pdf_action), "fitWidthAction")
    assert fit.isChecked()


def test_each_paper_has_its_own_file_name_in_the_remembered_folder(
    qtbot, demo_store: Store, tmp_path: Path, monkeypatch
) -> None:
    from datetime import date

    from PySide6.QtWidgets import QMessageBox

    settings_file = tmp_path / "settings.ini"
    win = _window(qtbot, demo_store, settings_file)
    asked: list[Path] = []
    _accept_offered(monkeypatch, asked)
    today = date.today().isoformat()
    title = demo_store.dossiers()[0].title

    # the first PDF is offered beside the store; the person saves it in a folder of their own
    dialog = printing.print_briefing(win, run=False)
    qtbot.addWidget(dialog)
    assert dialog.save_pdf_action.text() == "Save as PDF…"
    from negoprep.ui.dialogs import file_dialogs

    papers = tmp_path / "papers"
    papers.mkdir()
    chosen = papers / "book"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (asked.append(Path(a[2])) or str(chosen), ""))
    dialog.save_pdf_action.trigger()
    assert asked[-1] == demo_store.path.parent / f"{title} — briefing book — {today}.pdf"
    saved = papers / "book.pdf"
    assert _pages(saved)[0].count(title) >= 1
    # the window says where it went, with the full path, and offers to open the folder
    assert str(saved) in win.statusBar().currentMessage()
    box = win.findChild(QMessageBox, "pdf_saved_message")
    assert box is not None and str(saved) in box.text()
    opened = []
    monkeypatch.setattr(printing, "open_folder", lambda window, folder: opened.append(folder))
    box.findChild(type(box.button(QMessageBox.StandardButton.Close)), "open_folder_button").click()
    assert opened == [papers]

    # the next papers are offered in that folder, each under its own name, next run included
    _accept_offered(monkeypatch, asked)
    win.close()
    win = _window(qtbot, demo_store, settings_file)
    names = {}
    for make in (
        printing.print_checklist,
        printing.print_briefing,
        lambda w, run: printing.print_briefing(w, release=True, run=run),
        lambda w, run: printing.print_checklist(w, release=True, run=run),
    ):
        dialog = make(win, run=False)
        qtbot.addWidget(dialog)
        dialog.save_pdf_action.trigger()
        offered = asked[-1]
        assert offered.parent == papers
        assert offered.exists() and _pages(offered)
        names[offered.name] = offered
    assert sorted(names) == sorted(
        f"{title} — {paper} — {today}.pdf"
        for paper in ("checklists", "briefing book", "release briefing book", "release checklists")
    )
    assert str(names[f"{title} — release checklists — {today}.pdf"]) in win.statusBar().currentMessage()


@needs_pdftotext
def test_numbered_copies_saved_from_the_preview(qtbot, demo_store: Store, tmp_path: Path, monkeypatch) -> None:
    win = _window(qtbot, demo_store, tmp_path / "settings.ini")
    asked: list[Path] = []
    _accept_offered(monkeypatch, asked)
    dialog = printing.print_checklist(win, run=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    one_set = dialog.preview.pageCount()
    dialog.copies_box.setValue(3)
    dialog.numbered_box.setChecked(True)
    dialog.first_box.setValue(4)
    qtbot.waitUntil(lambda: dialog.preview.pageCount() == 3 * one_set)  # the preview shows every set
    dialog.save_pdf_action.trigger()
    assert "copies 4–6" in asked[-1].name
    pages = _pages(asked[-1])
    assert len(pages) == 3 * one_set
    for number, page in enumerate(pages):
        copy, index = divmod(number, one_set)
        assert f"Copy {4 + copy} of 6" in page
        assert f"Page {index + 1} of {one_set}" in page


@needs_pdftotext
def test_copies_on_a_printer_are_painted_sets_not_the_printers_count(
    qtbot, demo_store: Store, tmp_path: Path, monkeypatch
) -> None:
    """ "Copies: 2" in the print dialog prints two numbered sets; the printer is asked for one."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    from negoprep.ui.dialogs import print_preview

    win = _window(qtbot, demo_store, tmp_path / "settings.ini")
    dialog = printing.print_checklist(win, run=False)
    qtbot.addWidget(dialog)
    dialog.numbered_box.setChecked(True)
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: ["Office"]))
    monkeypatch.setattr(QPrinterInfo, "defaultPrinterName", staticmethod(lambda: "Office"))

    def choose(self) -> int:
        self.copies_box.setValue(2)
        return 1

    monkeypatch.setattr(print_preview.PrinterChoice, "exec", choose)
    out = tmp_path / "printer.pdf"
    real_paint = printing.paint_pages
    asked_of_printer = []

    def to_file(device, html, **kwargs):
        if device is dialog.kept_printer:  # the preview drawn anew for two copies
            return real_paint(device, html, **kwargs)
        asked_of_printer.append(device.copyCount())
        device.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # what the printer would get
        device.setOutputFileName(str(out))
        return real_paint(device, html, **kwargs)

    monkeypatch.setattr(printing, "paint_pages", to_file)
    dialog.printer_action.trigger()
    assert asked_of_printer == [1]
    text = "\f".join(_pages(out))
    assert text.count("Copy 1 of 2") == text.count("Copy 2 of 2") >= 1


@needs_pdftotext
def test_unnumbered_copies_are_whole_sets_without_numbers(qtbot, tmp_path: Path) -> None:
    from negoprep.paper.printout import Copies

    out = tmp_path / "two.pdf"
    result = printing.render_pdf("<p>Hello</p>", out, title="T", copies=Copies(count=2))
    pages = _pages(out)
    assert (result.pages, result.copies, len(pages)) == (1, 2, 2)
    assert all("Page 1 of 1" in page and "Copy" not in page for page in pages)


def test_the_menu_makes_the_printout_off_the_windows_thread_then_previews_it(
    demo_store: Store, tmp_path: Path, qtbot, monkeypatch
) -> None:
    """File → Print briefing book: the book (store reads, charts) is made on the operations
    runner's thread while the window keeps answering; the preview then opens on the GUI thread."""
    import threading

    from negoprep.ui.dialogs.print_preview import PrintPreview
    from negoprep.ui.main_window import MainWindow
    from negoprep.ui.settings import Settings
    from tests.ui.helpers import finish_operation

    made_on: list[str] = []
    shown: list[tuple[str, str]] = []
    real = printing.make_printout

    def make(*args, **kwargs):
        made_on.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(printing, "make_printout", make)
    monkeypatch.setattr(
        PrintPreview, "exec", lambda self: shown.append((threading.current_thread().name, self.windowTitle())) or 0
    )
    win = MainWindow(demo_store, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    assert printing.print_briefing(win) is None  # started, not yet shown
    finish_operation(qtbot, win)
    assert made_on and made_on[0] != threading.main_thread().name
    assert len(shown) == 1 and shown[0][0] == threading.main_thread().name


@needs_pdftotext
def test_a_title_with_line_breaks_is_one_header_line_on_every_page(qtbot, tmp_path: Path) -> None:
    out = tmp_path / "header.pdf"
    body = "".join(f"<p>paragraph {n}</p>" for n in range(120))  # several pages
    printing.render_pdf(
        body,
        out,
        title="EU–UK fisheries\nround\r\n3\u2028draft",
        classification="RESTRICTED\n\tEU only",
        printed="2026-12-01",
    )
    pages = _pages(out)
    assert len(pages) > 1
    for page in pages:
        lines = [_words(line) for line in page.splitlines() if line.strip()]
        assert any("EU–UK fisheries round 3 draft" in line and "Printed" in line for line in lines), lines[:4]
        assert sum("RESTRICTED EU only" in line for line in lines) == 2  # top and bottom, each one line


@needs_pdftotext
def test_a_long_title_is_elided_to_the_header_width(qtbot, tmp_path: Path) -> None:
    out = tmp_path / "long-title.pdf"
    title = " ".join(f"word{n}" for n in range(80))
    printing.render_pdf("<p>body</p>", out, title=title, classification="SECRET " * 30, printed="2026-12-01")
    lines = [_words(line) for line in _pages(out)[0].splitlines() if line.strip()]
    head = next(line for line in lines if "word0" in line)
    assert "Printed" in head and "word79" not in head and "…" in head
    assert all("word79" not in line for line in lines)
    marking = [line for line in lines if "SECRET" in line]
    assert len(marking) == 2 and all("…" in line for line in marking)


@pytest.mark.parametrize(
    "title",
    ["한" * 300, "\U0001f468\u200d\U0001f469\u200d\U0001f467 협상 \U0001f1f0\U0001f1f7 " * 30, "A" * 300],
)
def test_a_pdf_of_a_long_title_is_saved_under_the_name_offered(
    qtbot, demo_store: Store, tmp_path: Path, monkeypatch, title: str
) -> None:
    dossier = demo_store.dossiers()[0]
    demo_store.put(replace(dossier, title=title))
    win = _window(qtbot, demo_store, tmp_path / "settings.ini")
    asked: list[Path] = []
    _accept_offered(monkeypatch, asked)
    dialog = printing.print_checklist(win, run=False)
    qtbot.addWidget(dialog)
    dialog.copies_box.setValue(3)
    dialog.save_pdf_action.trigger()
    offered = asked[-1]
    assert len(offered.name.encode("utf-8")) <= 255 - 32
    assert offered.exists() and offered.read_bytes().startswith(b"%PDF")
    assert str(offered) in win.statusBar().currentMessage()


def test_the_cli_prints_to_a_name_that_nearly_fills_the_file_systems_limit(demo_store: Store, tmp_path: Path) -> None:
    out = tmp_path / ("한" * 83 + ".pdf")  # 253 bytes: the temporary name beside it must be cut
    code = cli.main(["--store", str(demo_store.name), "print", "checklist", "--out", str(out)])
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []
