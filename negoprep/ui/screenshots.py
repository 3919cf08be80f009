"""Render every section of the main window, and the dialogs and rule editors a person meets
in them, to PNG files, without a screen."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QScrollArea, QTabWidget, QWidget

from negoprep.records import model
from negoprep.store.store import Store
from negoprep.ui.app import application
from negoprep.ui.main_window import MainWindow
from negoprep.ui.qt_log import quiet_platform_noise
from negoprep.ui.sections.registry import SECTIONS
from negoprep.ui.sections.section_view import SectionView
from negoprep.ui.settings import Settings
from negoprep.ui.theme import apply_palette


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


#: the window's size (width, height in pixels) when no other is asked for
DEFAULT_SIZE = (1440, 900)


def render(
    store: Store,
    out: Path,
    dossier_id: str | None = None,
    dark: bool = False,
    size: tuple[int, int] = DEFAULT_SIZE,
) -> list[Path]:
    """One PNG per section, then a record's history, the rule editor of each other kind of red line,
    a package that breaks red lines, the equivalent offers, the checklist templates, the merge's
    conflicts (only when the store has some waiting), the search and the guide, of the window at
    `size` (width, height in pixels: e.g. (1366, 768), a small laptop's screen); returns the files.
    Nothing is written to the store. Qt's platform noise ("This plugin does not support raise()")
    stays off the terminal."""
    with quiet_platform_noise():
        return _render(store, out, dossier_id, dark, size)


def _render(store: Store, out: Path, dossier_id: str | None, dark: bool, size: tuple[int, int]) -> list[Path]:
    app = application()
    apply_palette(app, dark)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as folder:  # the person's own settings stay untouched
        window = MainWindow(store, Settings(Path(folder) / "settings.ini"))
        window.resize(*size)
        if dossier_id is not None:
            window.refresh_dossiers(dossier_id)
        window.show()
        _settle(app)

        def shot(name: str, widget: QWidget | None = None) -> None:
            settle = getattr(window.current_section(), "settle", None)
            if callable(settle):  # figures read and charts drawn off the GUI thread are in the picture
                settle()
                _settle(app)
                settle()  # (a chart laid out anew is drawn again at its new size)
            _settle(app)
            path = out / f"{len(written) + 1:02d}-{name}.png"
            (widget or window).grab().save(str(path))
            written.append(path)

        for row, section in enumerate(SECTIONS):
            window.show_section(row)
            shot(section.icon)
        agenda = _section(window, "agenda_items")
        agenda.details.setCurrentWidget(agenda.history)
        shot("agenda-history")
        agenda.details.setCurrentIndex(0)
        window.show_section(next(row for row, s in enumerate(SECTIONS) if "offers" in s.tables))
        tabs = getattr(window.current_section(), "tabs", None)
        if isinstance(tabs, QTabWidget):  # the talks' second tab: target vs actual
            tabs.setCurrentIndex(1)
            shot("target-vs-actual")
            tabs.setCurrentIndex(0)
        _red_lines(window, shot)
        _packages(window, shot)
        _checklist_templates(window, shot)
        _conflicts(window, shot)
        window.open_search()
        dialog = window.search_dialog
        assert dialog is not None
        dialog.query.setText("alaska lng")  # untranslated: a search typed into the demo
        dialog.run()
        shot("search", dialog)
        dialog.close()
        window.open_guide()
        shot("guide", window.guide_dialog)
        window.guide_dialog.close()
        window.close()
        window.deleteLater()
        _settle(app)
    return written


def _section(window: MainWindow, table: str) -> SectionView:
    """Show the section of `table` and return it."""
    window.show_section(next(row for row, s in enumerate(SECTIONS) if table in s.tables))
    view = window.current_section()
    if not isinstance(view, SectionView):
        raise TypeError(f"{table} are shown by a {type(view).__name__}, not a SectionView")
    return view


def _red_lines(window: MainWindow, shot: Callable[..., None]) -> None:
    """The rule editor of each kind of rule the dossier's red lines use, besides the first one's
    (the section's own picture shows that): "rule-ceiling", "rule-no-bundle", ..."""
    view = _section(window, "red_lines")
    first = view.current_record()
    seen = {first.rule.get("kind") if isinstance(first, model.RedLine) else None}
    for row in range(view.model.rowCount()):
        record = view.model.record(row)
        kind = record.rule.get("kind") if isinstance(record, model.RedLine) else None
        if record is None or kind is None or kind in seen:
            continue
        seen.add(kind)
        view.select(record.id)
        scroll = view.details.widget(0)
        if isinstance(scroll, QScrollArea):  # on a small screen the editor is below the fields
            scroll.ensureWidgetVisible(getattr(view, "rule_editor", view))
        shot(f"rule-{kind.replace('_', '-')}")
    if first is not None:
        view.select(first.id)
        scroll = view.details.widget(0)
        if isinstance(scroll, QScrollArea):
            scroll.verticalScrollBar().setValue(0)


def _packages(window: MainWindow, shot: Callable[..., None]) -> None:
    """The first package that breaks red lines, its details scrolled to what it breaks; then the
    equivalent offers proposed for the dossier (proposed only: none is added)."""
    from negoprep.ui.dialogs.offers_dialog import OffersDialog
    from negoprep.ui.sections.packages_view import PackagesView

    view = _section(window, "packages")
    if not isinstance(view, PackagesView):
        raise TypeError(f"packages are shown by a {type(view).__name__}, not a PackagesView")
    first = view.current_record()
    for row in range(view.model.rowCount()):
        record = view.model.record(row)
        if isinstance(record, model.Package) and view.check(record).violations:
            view.select(record.id)
            scroll = view.details.widget(0)
            if isinstance(scroll, QScrollArea):
                scroll.ensureWidgetVisible(view.violations)
            shot("package-violations")
            if first is not None:
                view.select(first.id)
            break
    dialog = OffersDialog(view.workspace, view)
    dialog.show()
    if dialog.propose_button.isEnabled():
        dialog.propose_button.click()
    shot("offers", dialog)
    dialog.close()
    dialog.deleteLater()


def _checklist_templates(window: MainWindow, shot: Callable[..., None]) -> None:
    """The dialog that makes a checklist from a template."""
    from negoprep.formats import templates
    from negoprep.ui.sections.checklists_view import TemplateDialog

    view = _section(window, "checklists")
    dossier_id = view.workspace.dossier_id
    red_lines = view.workspace.store.count(model.RedLine, dossier_id) if dossier_id is not None else 0
    dialog = TemplateDialog(templates.list_templates(), red_lines, view)
    dialog.show()
    shot("checklist-templates", dialog)
    dialog.close()
    dialog.deleteLater()


def _conflicts(window: MainWindow, shot: Callable[..., None]) -> None:
    """The dialog that resolves what a merge could not, when conflicts are waiting (of any dossier:
    the dialog lists them all)."""
    from negoprep.store.merge import pending_conflicts
    from negoprep.ui.dialogs.conflicts_dialog import ConflictsDialog

    if window.workspace is None or not pending_conflicts(window.store):
        return
    dialog = ConflictsDialog(window.workspace, window)
    dialog.show()
    shot("conflicts", dialog)
    dialog.close()
    dialog.deleteLater()
