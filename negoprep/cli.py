"""The `negoprep` command: the desktop app with no sub-command, headless jobs with one.

Exit codes: 0 success, 1 a check found problems, 2 bad input or usage, 3 an internal error
(whose details go to the log file, never as a traceback on the terminal).
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from negoprep import __version__, live, paths, startup, terminal
from negoprep.errors import NegoprepError, StoreError
from negoprep.records import model
from negoprep.records.numbers import figure_text
from negoprep.records.problems import all_words
from negoprep.store.store import Store

if TYPE_CHECKING:
    from negoprep.analysis.scoring import PackageValue
    from negoprep.redlines.check import DossierCheck

MAX_DOCUMENT_BYTES = 256 * 1024 * 1024


class UsageError(NegoprepError):
    """A command line that cannot be carried out as written."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # argparse would print the whole usage; one line and the hint is enough
        say(f"{self.prog}: {message} (see {self.prog.split()[0]} --help)", err=True)
        self.exit(2)


def _key_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-file", type=Path, metavar="FILE", help="the passphrase of an encrypted file")
    parser.add_argument("--identity", type=Path, metavar="KEYFILE", help="your age secret key, for an encrypted file")


def _keys(args: argparse.Namespace) -> dict[str, Any]:
    """The passphrase or identity given for an encrypted file."""
    from negoprep.formats.crypto import read_passphrase

    passphrase = read_passphrase(args.passphrase_file.expanduser()) if args.passphrase_file else None
    identity = args.identity.expanduser() if args.identity else None
    return {"passphrase": passphrase, "identity": identity}


def build_parser() -> argparse.ArgumentParser:
    store_help = "the store file (default: $NEGOPREP_STORE, else negoprep.db in your data folder)"
    common = _Parser(add_help=False)  # the subcommands' parents: of their class
    common.add_argument("--store", type=Path, default=argparse.SUPPRESS, help=store_help)

    parser = _Parser(
        prog="negoprep",
        description="Prepare a negotiation offline: agenda, positions, red lines, packages, paper.",
        epilog="With no command, negoprep opens the desktop app.",
    )
    parser.add_argument("--store", type=Path, default=None, help=store_help)
    parser.add_argument("--version", action="version", version=f"negoprep {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    commands.add_parser("demo", parents=[common], help="create the store with the bundled demo dossier")

    listing = commands.add_parser("list", parents=[common], help="the store's dossiers")
    listing.add_argument("--json", action="store_true", help="print the dossiers as JSON")

    load = commands.add_parser("load", parents=[common], help="add a dossier from a JSON file, or apply it as edits")
    load.add_argument("file", metavar="FILE.json", help="a dossier document ('-' reads standard input)")

    dump = commands.add_parser("dump", parents=[common], help="print a dossier as JSON")
    dump.add_argument("--dossier", metavar="ID", help="the dossier's id, id prefix or title")
    dump.add_argument("--out", type=Path, metavar="FILE", help="write to FILE instead of standard output")

    search = commands.add_parser("search", parents=[common], help="full-text search of everything written")
    search.add_argument("text", nargs="+", help="the words to find (each as a word prefix)")
    search.add_argument("--dossier", metavar="ID", help="search one dossier only")
    search.add_argument("--limit", type=int, default=50, help="at most this many results (default 50)")
    search.add_argument("--json", action="store_true", help="print the results as JSON")
    check = commands.add_parser("check", parents=[common], help="check every package against the red lines")
    check.add_argument("--dossier", metavar="ID", help="the dossier's id, id prefix or title")
    check.add_argument("--json", action="store_true", help="print the findings as JSON")

    export = commands.add_parser("export", parents=[common], help="write a self-contained copy of the store to share")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.db", help="the file to write (must not exist)")
    export.add_argument("--dossier", metavar="ID", help="export this dossier only (id, id prefix or title)")
    export.add_argument("--release", action="store_true", help="leave out everything marked 'never disclose'")
    export.add_argument("--encrypt", action="store_true", help="encrypt the file (age format)")
    export.add_argument(
        "--recipient", action="append", default=[], metavar="AGE_PUBLIC_KEY", help="a teammate's key (repeatable)"
    )
    export.add_argument("--passphrase-file", type=Path, metavar="FILE", help="encrypt for the passphrase in FILE")

    verify = commands.add_parser("verify", help="check a shared store file without importing it")
    verify.add_argument("file", type=Path, metavar="FILE.db", help="the file to check (it is not changed)")
    verify.add_argument("--json", action="store_true", help="print what the file holds as JSON")
    _key_options(verify)

    merge = commands.add_parser("merge", parents=[common], help="merge a teammate's store file into the store")
    merge.add_argument("file", type=Path, metavar="FILE.db", help="the teammate's store file (it is not changed)")
    merge.add_argument("--json", action="store_true", help="print the report as JSON")
    _key_options(merge)

    shots = commands.add_parser("screenshots", parents=[common], help="render each main view to PNG")
    shots.add_argument("--out", type=Path, required=True, metavar="DIR", help="the folder to write the PNG files to")
    shots.add_argument("--dossier", metavar="ID", help="the dossier to show (default: the first)")
    shots.add_argument("--dark", action="store_true", help="use the dark colour scheme")

    printing = commands.add_parser("print", parents=[common], help="print the checklists or briefing book to PDF")
    printing.add_argument("kind", choices=["checklist", "briefing"], metavar="KIND", help="checklist or briefing")
    printing.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF file to write")
    printing.add_argument("--dossier", metavar="ID", help="the dossier's id, id prefix or title")
    printing.add_argument("--copy", type=int, metavar="N", help="number this copy (printed in every footer)")
    printing.add_argument("--page-size", choices=["A4", "Letter"], default="A4", help="the paper (default A4)")
    printing.add_argument("--release", action="store_true", help="briefing: leave out everything 'never disclose'")

    chart = commands.add_parser("chart", parents=[common], help="draw a chart of a dossier to PNG or SVG")
    chart.add_argument("kind", metavar="KIND", help="priority-matrix, readiness, packages, figures or status")
    chart.add_argument("--out", type=Path, required=True, metavar="FILE.png|FILE.svg", help="the picture to write")
    chart.add_argument("--dossier", metavar="ID", help="the dossier's id, id prefix or title")
    chart.add_argument("--dark", action="store_true", help="use the dark colour scheme")
    return parser


# --- helpers ------------------------------------------------------------------------------


# Everything the command line prints goes through `say` (text for a person) or `write_json`:
# stored text may hold what a terminal acts on (ESC, BEL, U+202E...), shown escaped instead.


def say(*lines: str, err: bool = False) -> None:
    """Print lines for a person on standard output (or error), each kept on one line of the
    terminal: a newline or a control character inside it is shown escaped (see `terminal`)."""
    _emit("".join(terminal.shown(line) + "\n" for line in lines), sys.stderr if err else sys.stdout)


def _emit(text: str, stream: TextIO) -> None:
    # in the terminal's encoding; a character it cannot show is written as an escape too
    encoding = getattr(stream, "encoding", None) or "utf-8"
    buffer = getattr(stream, "buffer", None)
    stream.flush()
    if buffer is None:
        stream.write(text.encode(encoding, "backslashreplace").decode(encoding))
        stream.flush()
        return
    buffer.write(text.encode(encoding, "backslashreplace"))
    buffer.flush()


def write_json(doc: Any, out: Path | None = None) -> None:
    """Print a JSON document (UTF-8), or write it to `out`; what a terminal would act on is
    written as a \\u escape, which any JSON reader reads back as it was."""
    data = terminal.json_text(doc).encode("utf-8")
    if out is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    try:
        out.write_bytes(data)
    except OSError as exc:
        raise UsageError(f"cannot write {out}: {exc.strerror}") from None


def _store_path(args: argparse.Namespace) -> tuple[Path, bool]:
    """The store to use, and whether it is the person's default one."""
    if args.store is not None:
        return args.store.expanduser(), False
    return paths.default_store(), not os.environ.get("NEGOPREP_STORE", "").strip()


def open_store(args: argparse.Namespace, *, create: bool = False) -> Store:
    path, is_default = _store_path(args)
    store = startup.open_store(path, is_default=is_default, create=create)
    store.on_wait = _Waiting(store.name)
    return store


class _Waiting:
    """Says once, on stderr, that a change waits for another program writing to the store."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.said = False

    def __call__(self, seconds: float) -> None:
        if not self.said and seconds >= 1:
            self.said = True
            say(f"negoprep: waiting for another program to finish writing to {self.name}…", err=True)


def _not_the_store(args: argparse.Namespace, out: Path, doing: str = "write to") -> None:
    """Refuse an output file that is the store, or one of its -wal, -shm or -journal files."""
    live.refuse_output(out, doing, also=_store_path(args)[0])


def _writable(out: Path) -> None:
    """A clear message now, rather than after the work, when `out` cannot be written (looked
    at without creating it: a run cut off half-way leaves no empty file behind)."""
    folder = out.parent if str(out.parent) else Path(".")
    if out.is_dir():
        raise UsageError(f"cannot write {out}: it is a folder")
    if not folder.is_dir():
        raise UsageError(f"cannot write {out}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise UsageError(f"cannot write {out}: permission denied")


def _dossier_id(store: Store, ref: str | None) -> str:
    if ref is None and len(dossiers := store.dossiers()) > 1:
        names = "; ".join(f'"{d.title}" ({d.id})' for d in dossiers)
        raise UsageError(f"{store.name} holds {len(dossiers)} dossiers, name one with --dossier: {names}")
    return store.find_dossier(ref).id


def _read_document(name: str) -> dict[str, Any]:
    if name == "-":
        data = sys.stdin.buffer.read(MAX_DOCUMENT_BYTES + 1)
        source = "standard input"
    else:
        path = Path(name)
        source = str(path)
        try:
            if path.is_dir():
                raise UsageError(f"{path} is a folder, not a JSON file")
            if path.stat().st_size > MAX_DOCUMENT_BYTES:
                raise UsageError(f"{path} is larger than {MAX_DOCUMENT_BYTES // 2**20} MB: not a dossier document")
            with path.open("rb") as handle:  # (a pipe or a device says nothing of its size)
                data = handle.read(MAX_DOCUMENT_BYTES + 1)
        except FileNotFoundError:
            raise UsageError(f"there is no file {path}") from None
        except OSError as exc:
            raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    if len(data) > MAX_DOCUMENT_BYTES:
        raise UsageError(f"{source} is larger than {MAX_DOCUMENT_BYTES // 2**20} MB: not a dossier document")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{source} is not UTF-8 text (byte {exc.start}): not a dossier document") from None
    from negoprep.formats import dossier_json  # not needed to open the window

    return dossier_json.parse_text(text, source)


# --- commands -----------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    path = _store_path(args)[0]
    existed = path.exists() and path.stat().st_size > 0
    with open_store(args, create=True) as store:
        result = startup.load_demo(store)
        title = store.find_dossier(result.dossier_id).title
    if not existed:
        say(f'Created {path} with the demo dossier "{title}".')
    elif result.new_dossier:
        say(f'Added the demo dossier "{title}" to {path}.')
    else:
        say(f'The demo dossier "{title}" in {path}: {_counts(result)}.')
    return 0


def _counts(result: Any) -> str:
    parts = [f"{result.added} added", f"{result.changed} changed", f"{result.deleted} deleted"]
    return ", ".join(parts) + f", {result.unchanged} unchanged"


def cmd_load(args: argparse.Namespace) -> int:
    doc = _read_document(args.file)
    source = "standard input" if args.file == "-" else args.file
    with open_store(args, create=True) as store:
        result = store.load(doc, source)
        title = store.find_dossier(result.dossier_id).title
    say(*(f"negoprep: warning: {warning}" for warning in result.warnings), err=True)
    if result.new_dossier:
        say(f'Added the dossier "{title}" ({result.dossier_id}) with {result.added} records.')
    else:
        say(f'Updated the dossier "{title}": {_counts(result)}.')
    return 0


def cmd_dump(args: argparse.Namespace) -> int:
    if args.out is not None:
        _not_the_store(args, args.out.expanduser())
    with open_store(args) as store:
        doc = store.dump(_dossier_id(store, args.dossier))
    write_json(doc, args.out)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        dossiers = store.dossiers()
        name = store.name
    if args.json:
        keys = ("id", "title", "counterpart", "venue", "starts_on", "ends_on", "format")
        write_json([{key: getattr(d, key) for key in keys} for d in dossiers])
        return 0
    if not dossiers:
        say(f"negoprep: {name} holds no dossier", err=True)
        return 0
    lines = []
    for d in dossiers:
        dates = " – ".join(day for day in (d.starts_on, d.ends_on) if day)
        about = ", ".join(part for part in (d.counterpart, d.venue, dates) if part)
        lines.append(f"{d.id}  {d.title}" + (f" ({about})" if about else ""))
    say(*lines)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    text = " ".join(args.text)
    with open_store(args) as store:
        dossier_id = store.find_dossier(args.dossier).id if args.dossier else None
        hits = store.search(text, dossier_id, args.limit)
    if args.json:
        rows = [
            {
                "kind": h.kind,
                "table": h.table,
                "id": h.row_id,
                "dossier": h.dossier_id,
                "title": h.title,
                "snippet": h.snippet,
            }
            for h in hits
        ]
        write_json(rows)
        return 0
    if not hits:
        say(f'negoprep: nothing matches "{text}"', err=True)
        return 0
    width = max(len(h.kind) for h in hits)
    lines = []
    for hit in hits:
        lines.append(f"{hit.kind:<{width}}  {hit.title}")
        if hit.snippet.replace("[", "").replace("]", "") != hit.title:
            lines.append(f"{'':<{width}}  {hit.snippet}")
    say(*lines)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        dossier_id = _dossier_id(store, args.dossier)
        report = store.check_packages(dossier_id)
        values = store.package_values(dossier_id)
        dossier = store.find_dossier(dossier_id)
        red_line_count = store.count(model.RedLine, dossier_id)
    if args.json:
        doc = {
            "dossier": dossier.id,
            "packages": [
                {
                    "id": p.package.id,
                    "name": p.package.name,
                    "origin": p.package.origin,
                    "breaks_absolute": p.breaks_absolute,
                    "value_for_us": values[p.package.id].ours,
                    "value_possible": values[p.package.id].possible,
                    "value_for_them": values[p.package.id].theirs,
                    "warnings": list(values[p.package.id].warnings),
                    "violations": [v.as_json() for v in p.violations],
                    "to_confirm": [r.id for r in p.to_confirm],
                }
                for p in report.packages
            ],
            "violations": [v.as_json() for v in report.violations],
            "unchecked_red_lines": [
                {"red_line": r.id, "title": r.title, "problems": all_words(ps)} for r, ps in report.broken_rules
            ],
        }
        write_json(doc)
    else:
        say(*_check_lines(dossier, red_line_count, report, values))
    return 1 if report.violations or report.broken_rules else 0


def _check_lines(
    dossier: model.Dossier, red_lines: int, report: DossierCheck, values: dict[str, PackageValue]
) -> list[str]:
    packages = len(report.packages)
    lines = [
        f"{dossier.title}: {packages} package{'' if packages == 1 else 's'} checked against "
        f"{red_lines} red line{'' if red_lines == 1 else 's'}",
        "",
    ]
    for checked in report.packages:
        package = checked.package
        head = f"{package.name} ({package.origin})"
        if not checked.violations:
            lines.append(f"OK      {head}: breaks no red line")
        else:
            count = len(checked.violations)
            lines.append(f"BREAKS  {head}: {count} red line{'s' if count != 1 else ''}")
            for v in checked.violations:
                lines.append(f"          {v.severity.upper():<8} {v.red_line}: {v.reason}")
        worth = values[package.id]
        for_them = f", for them {figure_text(worth.theirs)}" if worth.theirs is not None else ""
        points = f"{figure_text(worth.ours)} of {figure_text(worth.possible)} points"
        lines.append(f"          value for us {points}{for_them}")
        lines += [f"          warning: {warning}" for warning in worth.warnings]
        if checked.to_confirm:
            names = "; ".join(r.title for r in checked.to_confirm)
            lines.append(f"          to confirm by a person: {names}")
    if report.broken_rules:
        lines += ["", "Red lines whose rule cannot be checked:"]
        for red_line, problems in report.broken_rules:
            lines.append(f'  "{red_line.title}": ' + "; ".join(all_words(problems)))
    return lines


def cmd_merge(args: argparse.Namespace) -> int:
    source = args.file.expanduser()
    if not source.exists():
        raise UsageError(f"there is no file {source}")
    if source.is_dir():
        raise UsageError(f"{source} is a folder, not a store file")
    from negoprep.store.sharing import opened_shared

    with opened_shared(source, **_keys(args)) as plain, open_store(args, create=True) as store:
        report = store.merge_file(plain, name=str(source))
    report.source = str(source)
    if args.json:
        write_json(report.as_json())
    else:
        # the file names shown escaped first: a newline in one must not make two lines
        backup = terminal.shown(report.backup) if report.backup else None
        say(*replace(report, source=terminal.shown(source), backup=backup).text().splitlines())
    return 1 if report.pending_conflicts else 0


def cmd_export(args: argparse.Namespace) -> int:
    from negoprep.formats.crypto import read_passphrase
    from negoprep.store.sharing import export_shared

    out = args.out.expanduser()
    if args.encrypt and not (args.recipient or args.passphrase_file):
        raise UsageError("--encrypt needs --recipient AGE_PUBLIC_KEY (repeatable) or --passphrase-file FILE")
    if (args.recipient or args.passphrase_file) and not args.encrypt:
        raise UsageError("--recipient and --passphrase-file go with --encrypt")
    if args.recipient and args.passphrase_file:
        raise UsageError("encrypt either for recipients or for a passphrase, not both")
    passphrase = read_passphrase(args.passphrase_file.expanduser()) if args.passphrase_file else None
    with open_store(args) as store:
        dossier_id = store.find_dossier(args.dossier).id if args.dossier else None
        report = export_shared(
            store, out, dossier_id=dossier_id, release=args.release, passphrase=passphrase, recipients=args.recipient
        )
    titles = ", ".join(f'"{title}"' for _, title in report.dossiers) or "no dossier"
    kind = "a release copy of " if report.release else ""
    withheld = f"; {report.withheld} records marked 'never disclose' left out" if report.release else ""
    sealed = " (encrypted)" if args.encrypt else ""
    say(f"Exported {kind}{titles} to {out}{sealed}: {report.records} records, {report.revisions} revisions{withheld}.")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from negoprep.store.sharing import verify_shared

    report = verify_shared(args.file.expanduser(), **_keys(args))
    if args.json:
        doc = {
            "file": str(report.path),
            "version": report.version,
            "bytes": report.bytes,
            "dossiers": [{"id": i, "title": t} for i, t in report.dossiers],
            "records": report.live,
            "rows": report.counts,
        }
        write_json(doc)
        return 0
    titles = ", ".join(f'"{title}"' for _, title in report.dossiers) or "no dossier"
    say(
        f"{report.path}: accepted, a negoprep store (version {report.version}) holding {titles}: "
        f"{report.records} records, {report.counts['revisions']} revisions."
    )
    return 0


def _no_display() -> bool:
    if sys.platform.startswith(("win", "darwin")) or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def cmd_gui(args: argparse.Namespace) -> int:
    if _no_display():
        raise UsageError(
            "no display to open a window on: run negoprep in a desktop session, or set "
            "QT_QPA_PLATFORM=offscreen to run it without a screen; the commands (negoprep --help) need no display"
        )
    try:
        from negoprep.ui.app import run
    except ImportError as exc:
        raise _qt_import_error(exc) from None
    path, is_default = _store_path(args)
    return run(path, is_default)


def _qt_import_error(exc: ImportError) -> UsageError:
    return UsageError(
        f"the Qt libraries cannot be loaded ({exc}): install negoprep with pip, and on Linux the "
        "system packages libegl1, libxkbcommon0 and libfontconfig1"
    )


def cmd_screenshots(args: argparse.Namespace) -> int:
    if _no_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # pictures need no screen
    try:
        from negoprep.ui.screenshots import render
    except ImportError as exc:
        raise _qt_import_error(exc) from None
    with open_store(args) as store:
        dossier_id = store.find_dossier(args.dossier).id if args.dossier else None
        try:
            files = render(store, args.out, dossier_id, dark=args.dark)
        except OSError as exc:
            raise UsageError(f"cannot write to {args.out}: {exc.strerror}") from None
    say(*(str(file) for file in files))
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    import importlib.util
    from datetime import date

    if args.copy is not None and args.copy < 1:
        raise UsageError("--copy must be at least 1")
    if args.release and args.kind != "briefing":
        raise UsageError("--release goes with print briefing")
    if args.kind == "briefing" and importlib.util.find_spec("negoprep.paper.briefing") is None:
        raise UsageError("the briefing book is not available in this version")
    out = args.out.expanduser()
    _not_the_store(args, out, "print to")
    _writable(out)
    if _no_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # paper needs no screen
    try:
        from negoprep.ui.printing import render_pdf
    except ImportError as exc:
        raise _qt_import_error(exc) from None
    with open_store(args) as store:
        dossier = store.find_dossier(_dossier_id(store, args.dossier))
        if args.kind == "briefing":
            from negoprep.paper import briefing

            html = briefing.briefing_html(store, dossier.id, release=args.release, with_charts=True)
            what = "the briefing book"
        else:
            from negoprep.paper.checklists import store_checklists_html

            html = store_checklists_html(store, dossier.id, today=date.today().isoformat())
            what = "the checklists"
    result = render_pdf(
        html,
        out,
        title=dossier.title,
        classification=dossier.classification,
        copy_number=args.copy,
        page_size=args.page_size,
    )
    say(*(f"negoprep: warning: {warning}" for warning in result.warnings), err=True)
    pages = f"{result.pages} page{'s' if result.pages != 1 else ''}"
    say(f'Printed {what} of "{dossier.title}" to {out}: {pages}.')
    return 0


def cmd_chart(args: argparse.Namespace) -> int:
    from negoprep.paper import charts

    if args.kind not in charts.KINDS:
        raise UsageError(f"unknown chart {args.kind!r}: choose one of {', '.join(charts.KINDS)}")
    out = args.out.expanduser()
    if out.suffix.lower() not in (".png", ".svg"):
        raise UsageError(f"cannot write a chart to {out}: the name must end in .png or .svg")
    _not_the_store(args, out, "draw over")
    _writable(out)
    try:
        with open_store(args) as store:
            dossier = store.find_dossier(_dossier_id(store, args.dossier))
            figure = charts.build(args.kind, store, dossier.id, dark=args.dark)
        charts.save(figure, out)
        say(*(f"negoprep: warning: {warning}" for warning in charts.font_warnings(figure)), err=True)
    except ImportError as exc:
        raise UsageError(f"matplotlib cannot be loaded ({exc}): install negoprep with pip") from None
    except OSError as exc:
        raise UsageError(f"cannot write {out}: {exc.strerror}") from None
    say(f'Drew "{charts.TITLES[args.kind]}" of "{dossier.title}" to {out}.')
    return 0


COMMANDS = {
    "demo": cmd_demo,
    "list": cmd_list,
    "load": cmd_load,
    "dump": cmd_dump,
    "search": cmd_search,
    "check": cmd_check,
    "export": cmd_export,
    "verify": cmd_verify,
    "merge": cmd_merge,
    "screenshots": cmd_screenshots,
    "print": cmd_print,
    "chart": cmd_chart,
}


def main(argv: list[str] | None = None) -> int:
    from negoprep import tempfiles

    tempfiles.sweep()  # the private temporary folders of negoprep processes that were killed
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            return cmd_gui(args)
        return COMMANDS[args.command](args)
    except (NegoprepError, StoreError) as exc:
        say(f"negoprep: {exc}", err=True)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader went away (e.g. `negoprep dump | head`): not an error of ours
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - stops Python's flush at exit from failing
        return 0
    except Exception as exc:  # noqa: BLE001 - the last line of defence: never a traceback
        log = paths.log_defect(exc, " ".join(sys.argv))
        where = f"; details are in {log}" if log else ""
        say(f"negoprep: internal error: {type(exc).__name__}: {exc}{where}", err=True)
        return 3
