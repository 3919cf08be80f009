"""The `negoprep` command: the desktop app with no sub-command, headless jobs with one.

Exit codes: 0 success, 1 a check found problems, 2 bad input or usage, 3 an internal error
(whose details go to the log file, never as a traceback on the terminal).
"""

from __future__ import annotations

import argparse
import gc
import itertools
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from negoprep import __version__, desktop, i18n, live, paths, startup, terminal
from negoprep.echo import echoed
from negoprep.errors import NegoprepError, StoreError
from negoprep.i18n import QT_TRANSLATE_NOOP, format_number, translate
from negoprep.records import model
from negoprep.records.numbers import figure_text
from negoprep.records.problems import all_words
from negoprep.records.release import ReleasePolicy
from negoprep.store.store import Store
from negoprep.ui.labels import enum_label, noun  # (no Qt: the words of stored values)

if TYPE_CHECKING:
    from negoprep.analysis.scoring import PackageValue
    from negoprep.analysis.winset import HomeCheck
    from negoprep.redlines.check import DossierCheck

MAX_DOCUMENT_BYTES = 256 * 1024 * 1024


class UsageError(NegoprepError):
    """A command line that cannot be carried out as written."""


class _Parser(argparse.ArgumentParser):
    #: Whether a word that starts with one dash ("-foo", "-5%", "-hyundai") is a word of the
    #: command's text rather than an option, unless it is exactly one of the command's own
    #: options ("-h"): `search`, whose query may start with a dash. "--" before the words
    #: works too, as for every command; a word starting with two dashes is always an option.
    dash_words = False

    def _parse_optional(self, arg_string: str) -> Any:
        if (
            self.dash_words
            and arg_string[:1] == "-"
            and arg_string[1:2] not in ("", "-")
            and arg_string.split("=", 1)[0] not in self._option_string_actions
        ):
            return None  # (argparse's own way of saying "a positional word")
        return super()._parse_optional(arg_string)

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        self._words = list(sys.argv[1:] if args is None else args)  # (for `error`'s hint)
        return super().parse_known_args(args, namespace)

    def _dash_value_hint(self, message: str) -> str:
        """How to give an option a value that starts with a dash ("--dossier=-rf"), when that
        is what argparse refused as "expected one argument"; else ""."""
        words = getattr(self, "_words", [])
        for option, value in itertools.pairwise(words):
            action = self._option_string_actions.get(option)
            if action is None or action.nargs not in (None, 1) or not value.startswith("-"):
                continue
            if any(o in message for o in action.option_strings):
                name = max(action.option_strings, key=len)
                return translate("cli", "to give a value that starts with a dash, write {option}={value}").format(
                    option=name, value=value
                )
        return ""

    def error(self, message: str) -> NoReturn:
        # argparse would print the whole usage; one line and the hint is enough
        dash = self._dash_value_hint(message)
        if dash:
            message = f"{message}; {dash}"
        hint = translate("cli", "{prog}: {message} (see {command} --help)")
        say(hint.format(prog=self.prog, message=message, command=self.prog.split()[0]), err=True)
        self.exit(2)


# --- language -----------------------------------------------------------------------------


def use_language() -> str:
    """Speak the language chosen in the app's Settings, else the system's (LANGUAGE, LC_ALL,
    LC_MESSAGES, LANG), from now on; returns its code. English is the source language and
    needs no Qt; without Qt's libraries the command line speaks English."""
    code = i18n.chosen(startup.chosen_language() or None)
    if code == i18n.SOURCE_LANGUAGE:
        i18n.install(code, None)  # the source texts, whatever an earlier command left installed
        return code
    try:
        from negoprep.ui import translation
    except ImportError:
        i18n.install(i18n.SOURCE_LANGUAGE, None)
        return i18n.SOURCE_LANGUAGE
    return translation.use_language(code)


# argparse's own words ("usage:", its errors, the help option) come from gettext, which it
# imports as `_` and `ngettext`: while the command line is read they come from `translate`.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
)


def _argparse_text(message: str) -> str:
    return translate("argparse", message) if message else message


def _argparse_plural(singular: str, plural: str, n: int) -> str:
    return _argparse_text(singular if n == 1 else plural)


@contextmanager
def _argparse_translated() -> Iterator[None]:
    """argparse's words in the installed language while the command line is built and read."""
    names = vars(argparse)
    saved = names["_"], names["ngettext"]
    names["_"], names["ngettext"] = _argparse_text, _argparse_plural
    try:
        yield
    finally:
        names["_"], names["ngettext"] = saved


def _passphrase_help(what: str) -> str:
    """The help of a --passphrase-file: what it is for, and how the file is read."""
    how = translate(
        "cli",
        "(a UTF-8 text file: its whole text, without a leading byte order mark and without one final line "
        "break, whether \\n, \\r\\n or \\r)",
    )
    return f"{what} {how}"


def _key_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=_passphrase_help(translate("cli", "the passphrase of an encrypted file")),
    )
    parser.add_argument(
        "--identity", type=Path, metavar="KEYFILE", help=translate("cli", "your age secret key, for an encrypted file")
    )


def _keys(args: argparse.Namespace) -> dict[str, Any]:
    """The passphrase or identity given for an encrypted file."""
    from negoprep.formats.crypto import read_passphrase

    passphrase = read_passphrase(args.passphrase_file.expanduser()) if args.passphrase_file else None
    identity = args.identity.expanduser() if args.identity else None
    return {"passphrase": passphrase, "identity": identity}


def _dossier_help() -> str:
    return translate("cli", "the dossier's id or title, or the start of either")


def build_parser() -> argparse.ArgumentParser:
    from negoprep.store.at_rest import MIN_PASSPHRASE

    store_help = translate("cli", "the store file (default: $NEGOPREP_STORE, else negoprep.db in your data folder)")
    common = _Parser(add_help=False)  # the subcommands' parents: of their class
    common.add_argument("--store", type=Path, default=argparse.SUPPRESS, help=store_help)

    parser = _Parser(
        prog="negoprep",
        description=translate("cli", "Prepare a negotiation offline: agenda, positions, red lines, packages, paper."),
        epilog=translate("cli", "With no command, negoprep opens the desktop app."),
    )
    parser.add_argument("--store", type=Path, default=None, help=store_help)
    store_passphrase_help = _passphrase_help(translate("cli", "the passphrase of the store, when it is encrypted"))
    parser.add_argument(
        "--passphrase-file", dest="store_passphrase_file", type=Path, metavar="FILE", help=store_passphrase_help
    )
    # (in Python 3.11 the version option's help is a default argument, never passed to gettext)
    version = f"negoprep {__version__}"  # untranslated: the program's name and its version
    version_help = translate("argparse", "show program's version number and exit")
    parser.add_argument("--version", action="version", version=version, help=version_help)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = commands.add_parser(
        "demo", parents=[common], help=translate("cli", "create the store with the bundled demo dossier")
    )
    demo.add_argument(
        "--lang",
        type=str.lower,
        choices=sorted(startup.DEMO_SEEDS),
        help=translate("cli", "the demo's language (default: the language negoprep speaks)"),
    )

    listing = commands.add_parser("list", parents=[common], help=translate("cli", "the store's dossiers"))
    listing.add_argument("--json", action="store_true", help=translate("cli", "print the dossiers as JSON"))

    load = commands.add_parser(
        "load", parents=[common], help=translate("cli", "add a dossier from a JSON file, or apply it as edits")
    )
    load.add_argument(
        "file", metavar="FILE.json", help=translate("cli", "a dossier document ('-' reads standard input)")
    )

    dump = commands.add_parser("dump", parents=[common], help=translate("cli", "print a dossier as JSON"))
    dump.add_argument("--dossier", metavar="ID", help=_dossier_help())
    dump.add_argument(
        "--out", type=Path, metavar="FILE", help=translate("cli", "write to FILE instead of standard output")
    )

    search = commands.add_parser(
        "search", parents=[common], help=translate("cli", "full-text search of everything written")
    )
    search.dash_words = True  # a query may start with a dash: negoprep search -foo
    search.add_argument(
        "text",
        nargs="+",
        help=translate(
            "cli", "the words to find (each as the start of a word, or any part of a Korean, Chinese or Japanese word)"
        ),
    )
    search.add_argument("--dossier", metavar="ID", help=translate("cli", "search one dossier only"))
    search.add_argument(
        "--limit", type=int, default=50, help=translate("cli", "at most this many results (default 50)")
    )
    search.add_argument("--json", action="store_true", help=translate("cli", "print the results as JSON"))
    check = commands.add_parser(
        "check", parents=[common], help=translate("cli", "check every package against the red lines and at home")
    )
    check.add_argument("--dossier", metavar="ID", help=_dossier_help())
    check.add_argument("--json", action="store_true", help=translate("cli", "print the findings as JSON"))

    export = commands.add_parser(
        "export", parents=[common], help=translate("cli", "write a self-contained copy of the store to share")
    )
    export.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE.db",
        help=translate("cli", "the file to write (must not exist)"),
    )
    export.add_argument(
        "--dossier",
        metavar="ID",
        help=translate("cli", "export this dossier only (its id or title, or the start of either)"),
    )
    export.add_argument(
        "--release",
        action="store_true",
        help=translate("cli", "a release copy: withhold what each dossier's release policy withholds"),
    )
    export.add_argument("--encrypt", action="store_true", help=translate("cli", "encrypt the file (age format)"))
    export.add_argument(
        "--recipient",
        action="append",
        default=[],
        metavar="AGE_PUBLIC_KEY",
        help=translate("cli", "a teammate's key (repeatable)"),
    )
    export.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=_passphrase_help(translate("cli", "encrypt for the passphrase in FILE")),
    )

    verify = commands.add_parser("verify", help=translate("cli", "check a shared store file without importing it"))
    verify.add_argument(
        "file", type=Path, metavar="FILE.db", help=translate("cli", "the file to check (it is not changed)")
    )
    verify.add_argument("--json", action="store_true", help=translate("cli", "print what the file holds as JSON"))
    _key_options(verify)

    merge = commands.add_parser(
        "merge", parents=[common], help=translate("cli", "merge a teammate's store file into the store")
    )
    merge.add_argument(
        "file", type=Path, metavar="FILE.db", help=translate("cli", "the teammate's store file (it is not changed)")
    )
    merge.add_argument("--json", action="store_true", help=translate("cli", "print the report as JSON"))
    _key_options(merge)

    for name, text, passphrase_text in (
        (
            "encrypt",
            translate("cli", "encrypt the store at rest (SQLCipher), after a backup"),
            translate("cli", "the passphrase to encrypt it with, of {minimum} characters at least").format(
                minimum=MIN_PASSPHRASE
            ),
        ),
        (
            "decrypt",
            translate("cli", "turn an encrypted store back into a plain one, after a backup"),
            translate("cli", "the store's passphrase"),
        ),
    ):
        at_rest = commands.add_parser(name, parents=[common], help=text)
        at_rest.add_argument(
            "--passphrase-file",
            dest="store_passphrase_file",
            type=Path,
            metavar="FILE",
            default=argparse.SUPPRESS,
            help=_passphrase_help(passphrase_text),
        )

    shots = commands.add_parser("screenshots", parents=[common], help=translate("cli", "render each main view to PNG"))
    shots.add_argument(
        "--out", type=Path, required=True, metavar="DIR", help=translate("cli", "the folder to write the PNG files to")
    )
    shots.add_argument("--dossier", metavar="ID", help=translate("cli", "the dossier to show (default: the first)"))
    shots.add_argument("--dark", action="store_true", help=translate("cli", "use the dark colour scheme"))
    shots.add_argument(
        "--size",
        metavar="WxH",
        default="1440x900",
        help=translate("cli", "the window's width and height in pixels, e.g. 1366x768 (default 1440x900)"),
    )

    printing = commands.add_parser(
        "print", parents=[common], help=translate("cli", "print the checklists, briefing book or an addendum to PDF")
    )
    printing.add_argument(
        "kind",
        choices=["checklist", "briefing", "addendum"],
        metavar="KIND",
        help=translate("cli", "checklist, briefing or addendum"),
    )
    printing.add_argument(
        "--since",
        metavar="WHEN",
        help=translate(
            "cli",
            "an addendum: what changed since WHEN, a date (2025-05-01, UTC) or a time with its zone "
            "(2025-05-01T09:30:00Z, 2025-05-01T18:30+09:00)",
        ),
    )
    printing.add_argument(
        "--out", type=Path, required=True, metavar="FILE.pdf", help=translate("cli", "the PDF file to write")
    )
    printing.add_argument("--dossier", metavar="ID", help=_dossier_help())
    printing.add_argument(
        "--copy", type=int, metavar="N", help=translate("cli", "number this copy (printed in every footer)")
    )
    printing.add_argument(
        "--page-size", choices=["A4", "Letter"], default="A4", help=translate("cli", "the paper (default A4)")
    )
    printing.add_argument(
        "--release",
        action="store_true",
        help=translate("cli", "a release copy: withhold what the dossier's release policy withholds"),
    )

    chart = commands.add_parser(
        "chart", parents=[common], help=translate("cli", "draw a chart of a dossier to PNG or SVG")
    )
    chart.add_argument(
        "kind", metavar="KIND", help=translate("cli", "one of {kinds}").format(kinds=", ".join(_chart_kinds()))
    )
    chart.add_argument(
        "--out", type=Path, required=True, metavar="FILE.png|FILE.svg", help=translate("cli", "the picture to write")
    )
    chart.add_argument("--dossier", metavar="ID", help=_dossier_help())
    chart.add_argument("--dark", action="store_true", help=translate("cli", "use the dark colour scheme"))
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
        raise UsageError(
            translate("cli", "cannot write {file}: {reason}").format(file=out, reason=exc.strerror)
        ) from None


def _store_path(args: argparse.Namespace) -> tuple[Path, bool]:
    """The store to use, and whether it is the person's default one."""
    if args.store is not None:
        return args.store.expanduser(), False
    return paths.default_store(), not os.environ.get("NEGOPREP_STORE", "").strip()


def _encrypted_store(args: argparse.Namespace) -> Path | None:
    """The store of the command line when it is an encrypted one (asked of the file only)."""
    from negoprep.store import connection, engine

    path = _store_path(args)[0]
    try:
        exists = connection.regular_file(path) is not None
    except StoreError:
        return None
    return path if exists and engine.looks_encrypted(path) else None


def _misplaced_passphrase(path: Path, command: str) -> UsageError:
    """The error for the store's passphrase given after a command that does not take it."""
    return UsageError(
        translate(
            "cli",
            "{path} is encrypted, and its passphrase goes before the command: "
            "negoprep --store {path} --passphrase-file FILE {command} …",
        ).format(path=path, command=command)
    )


def _refuse_unrecognized(parser: argparse.ArgumentParser, args: argparse.Namespace, extras: list[str]) -> NoReturn:
    """What argparse says of arguments no command takes; but a --passphrase-file after a
    command that has none, with an encrypted store, is the store's passphrase misplaced."""
    given = any(extra == "--passphrase-file" or extra.startswith("--passphrase-file=") for extra in extras)
    if given and args.command is not None and getattr(args, "store_passphrase_file", None) is None:
        path = _encrypted_store(args)
        if path is not None:
            raise _misplaced_passphrase(path, args.command)
    with _argparse_translated():
        parser.error(translate("argparse", "unrecognized arguments: %s") % " ".join(extras))


def _store_passphrase(args: argparse.Namespace) -> str | None:
    from negoprep.formats.crypto import read_passphrase

    given = getattr(args, "store_passphrase_file", None)
    return read_passphrase(given.expanduser()) if given else None


def _unlock(path: Path, args: argparse.Namespace) -> None:
    """Unlock an encrypted store with the passphrase given before the command (a plain store
    needs none, and is opened as it is)."""
    from negoprep.store import engine

    passphrase = _store_passphrase(args)
    if passphrase is not None and engine.looks_encrypted(path):
        engine.unlock(path, passphrase)


def open_store(args: argparse.Namespace, *, create: bool = False) -> Store:
    from negoprep.store import engine

    path, is_default = _store_path(args)
    _unlock(path, args)
    try:
        store = startup.open_store(path, is_default=is_default, create=create)
    except engine.EncryptedStoreError:
        # the command's own --passphrase-file (of the file it exports or merges) is not the store's
        if getattr(args, "passphrase_file", None) and getattr(args, "store_passphrase_file", None) is None:
            raise _misplaced_passphrase(path, args.command) from None
        raise
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
            waiting = translate("cli", "negoprep: waiting for another program to finish writing to {store}…")
            say(waiting.format(store=self.name), err=True)


def _not_the_store(args: argparse.Namespace, out: Path, doing: str = "write to") -> None:  # untranslated: live's
    """Refuse an output file that is the store, or one of its -wal, -shm or -journal files.
    `doing` is the verb of live's message, which is written in English."""
    live.refuse_output(out, doing, also=_store_path(args)[0])


def _writable(out: Path) -> None:
    """A clear message now, rather than after the work, when `out` cannot be written."""
    problem = live.unwritable(out)
    if problem is not None:
        raise UsageError(problem)


def _dossier_id(store: Store, ref: str | None) -> str:
    if ref is None and len(dossiers := store.dossiers()) > 1:
        names = "; ".join(f'"{echoed(d.title)}" ({echoed(d.id)})' for d in dossiers)
        message = translate("cli", "{store} holds {count} dossiers, name one with --dossier: {names}")
        raise UsageError(message.format(store=store.name, count=format_number(len(dossiers)), names=names))
    return store.find_dossier(ref).id


def _too_large(source: str | Path) -> UsageError:
    message = translate("cli", "{file} is larger than {size} MB: not a dossier document")
    return UsageError(message.format(file=source, size=format_number(MAX_DOCUMENT_BYTES // 2**20)))


def _no_file(path: str | Path) -> UsageError:
    return UsageError(translate("cli", "there is no file {file}").format(file=path))


def _standard_input() -> str:
    return translate("cli", "standard input")


def _read_document(name: str) -> dict[str, Any]:
    if name == "-":
        data = sys.stdin.buffer.read(MAX_DOCUMENT_BYTES + 1)
        source = _standard_input()
    else:
        path = Path(name)
        source = str(path)
        try:
            if path.is_dir():
                raise UsageError(translate("cli", "{file} is a folder, not a JSON file").format(file=path))
            if path.stat().st_size > MAX_DOCUMENT_BYTES:
                raise _too_large(path)
            with path.open("rb") as handle:  # (a pipe or a device says nothing of its size)
                data = handle.read(MAX_DOCUMENT_BYTES + 1)
        except FileNotFoundError:
            raise _no_file(path) from None
        except OSError as exc:
            raise UsageError(
                translate("cli", "cannot read {file}: {reason}").format(file=path, reason=exc.strerror)
            ) from None
    if len(data) > MAX_DOCUMENT_BYTES:
        raise _too_large(source)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        message = translate("cli", "{file} is not UTF-8 text (byte {byte}): not a dossier document")
        raise UsageError(message.format(file=source, byte=format_number(exc.start))) from None
    from negoprep.formats import dossier_json  # not needed to open the window

    return dossier_json.parse_text(text, source)


# --- commands -----------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    path = _store_path(args)[0]
    existed = path.exists() and path.stat().st_size > 0
    with open_store(args, create=True) as store:
        result = startup.load_demo(store, args.lang)
        title = store.find_dossier(result.dossier_id).title
    if not existed:
        say(translate("cli", 'Created {path} with the demo dossier "{title}".').format(path=path, title=echoed(title)))
    elif result.new_dossier:
        say(translate("cli", 'Added the demo dossier "{title}" to {path}.').format(path=path, title=echoed(title)))
    else:
        message = translate("cli", 'The demo dossier "{title}" in {path}: {counts}.')
        say(message.format(path=path, title=echoed(title), counts=_counts(result)))
    return 0


def _counts(result: Any) -> str:
    counts = translate("cli", "{added} added, {changed} changed, {deleted} deleted, {unchanged} unchanged")
    numbers = ("added", "changed", "deleted", "unchanged")
    return counts.format(**{name: format_number(getattr(result, name)) for name in numbers})


def _how_many(count: int, one: str, many: str) -> str:
    """A count with its noun (`one` and `many` translated, each holding {count})."""
    return (one if count == 1 else many).format(count=format_number(count))


def _records(count: int) -> str:
    return _how_many(count, translate("cli", "{count} record"), translate("cli", "{count} records"))


def _revisions(count: int) -> str:
    return _how_many(count, translate("cli", "{count} revision"), translate("cli", "{count} revisions"))


def _warnings(warnings: Any) -> list[str]:
    return [translate("cli", "negoprep: warning: {warning}").format(warning=warning) for warning in warnings]


def cmd_load(args: argparse.Namespace) -> int:
    doc = _read_document(args.file)
    source = _standard_input() if args.file == "-" else args.file
    with open_store(args, create=True) as store:
        result = store.load(doc, source)
        title = store.find_dossier(result.dossier_id).title
    say(*_warnings(result.warnings), err=True)
    if result.new_dossier:
        message = translate("cli", 'Added the dossier "{title}" ({id}) with {records}.')
        say(message.format(title=echoed(title), id=echoed(result.dossier_id), records=_records(result.added)))
    else:
        say(
            translate("cli", 'Updated the dossier "{title}": {counts}.').format(
                title=echoed(title), counts=_counts(result)
            )
        )
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
        say(translate("cli", "negoprep: {store} holds no dossier").format(store=name), err=True)
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
        raise UsageError(translate("cli", "--limit must be at least 1"))
    text = " ".join(args.text)
    with open_store(args) as store:
        dossier_id = store.find_dossier(args.dossier).id if args.dossier else None
        hits = store.search(text, dossier_id, args.limit)
        titles = {d.id: d.title for d in store.dossiers()}
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
        say(translate("cli", 'negoprep: nothing matches "{text}"').format(text=echoed(text)), err=True)
        return 0
    kinds = [noun(h.kind) for h in hits]
    width = max(map(len, kinds))
    lines = []
    # in a store of several dossiers, searched whole, each hit says which dossier it is from
    several = dossier_id is None and len(titles) > 1
    for hit, kind in zip(hits, kinds, strict=True):
        where = f"  ({titles.get(hit.dossier_id, hit.dossier_id)})" if several else ""
        # (a snippet that is the whole title is shown as the title, its match marked)
        whole = hit.snippet.replace("[", "").replace("]", "") == hit.title
        lines.append(f"{kind:<{width}}  {hit.snippet if whole else hit.title}{where}")
        if not whole:
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
        content = store.content(dossier_id)
    from negoprep.analysis.winset import check_dossier_at_home  # (the desktop app starts without it)

    home = check_dossier_at_home(content) if content is not None else {}
    # every unacceptable package (it breaks an absolute red line) below every acceptable one
    report = replace(report, packages=sorted(report.packages, key=lambda c: not values[c.package.id].acceptable))
    if args.json:
        doc = {
            "dossier": dossier.id,
            "packages": [
                {
                    "id": p.package.id,
                    "name": p.package.name,
                    "origin": p.package.origin,
                    "breaks_absolute": p.breaks_absolute,
                    "acceptable": values[p.package.id].acceptable,
                    "value_for_us": values[p.package.id].ours,
                    "value_possible": values[p.package.id].possible,
                    "value_for_them": values[p.package.id].theirs,
                    "warnings": list(values[p.package.id].warnings),
                    "violations": [v.as_json() for v in p.violations],
                    "to_confirm": [r.id for r in p.to_confirm],
                    "home": _home(home, p.package.id).as_json(),
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
        say(*_check_lines(dossier, red_line_count, report, values, home))
    fails_at_home = any(h.fails for h in home.values())
    return 1 if report.violations or report.broken_rules or fails_at_home else 0


def _home(home: dict[str, HomeCheck], package_id: str) -> HomeCheck:
    """A package's check at home (one with no failures when there is none)."""
    from negoprep.analysis.winset import HomeCheck

    return home.get(package_id) or HomeCheck(package_id)


def _check_lines(
    dossier: model.Dossier,
    red_lines: int,
    report: DossierCheck,
    values: dict[str, PackageValue],
    home: dict[str, HomeCheck],
) -> list[str]:
    packages = _how_many(
        len(report.packages), translate("cli", "{count} package"), translate("cli", "{count} packages")
    )
    head = translate("cli", "{dossier}: {packages} checked against {red_lines}")
    lines = [head.format(dossier=dossier.title, packages=packages, red_lines=_red_lines(red_lines)), ""]
    indent = " " * 10
    for checked in report.packages:
        package = checked.package
        name = f"{package.name} ({enum_label(package.origin).lower()})"
        if not checked.violations:
            lines.append(translate("cli", "OK      {package}: breaks no red line").format(package=name))
        else:
            broken = _red_lines(len(checked.violations))
            lines.append(translate("cli", "BREAKS  {package}: {red_lines}").format(package=name, red_lines=broken))
            for v in checked.violations:
                lines.append(f"{indent}{enum_label(v.severity).upper():<8} {v.red_line}: {v.reason}")
        worth = values[package.id]
        value = (
            translate("cli", "value for us {ours} of {possible} points")
            if worth.acceptable
            else translate(
                "cli", "UNACCEPTABLE (breaks an absolute red line): value for us {ours} of {possible} points"
            )
        )
        value = value.format(ours=figure_text(worth.ours), possible=figure_text(worth.possible))
        if worth.theirs is not None:
            value += translate("cli", ", for them {theirs}").format(theirs=figure_text(worth.theirs))
        lines.append(indent + value)
        lines += [indent + translate("cli", "warning: {warning}").format(warning=w) for w in worth.warnings]
        at_home = _home(home, package.id).verdict()
        if at_home:  # the win-set: a constituency at home that would block or oppose it
            lines.append(indent + at_home)
        if checked.to_confirm:
            names = "; ".join(r.title for r in checked.to_confirm)
            lines.append(indent + translate("cli", "to confirm by a person: {names}").format(names=names))
    if report.broken_rules:
        lines += ["", translate("cli", "Red lines whose rule cannot be checked:")]
        for red_line, problems in report.broken_rules:
            lines.append(f'  "{red_line.title}": ' + "; ".join(all_words(problems)))
    return lines


def _red_lines(count: int) -> str:
    return _how_many(count, translate("cli", "{count} red line"), translate("cli", "{count} red lines"))


def cmd_merge(args: argparse.Namespace) -> int:
    source = args.file.expanduser()
    # the store itself (under any name) or one of its files: before a byte of it is read
    live.refuse_live(source, "merge", also=_store_path(args)[0])  # untranslated: a verb of live's message
    if not source.exists():
        raise _no_file(source)
    if source.is_dir():
        raise UsageError(translate("cli", "{file} is a folder, not a store file").format(file=source))
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
        raise UsageError(
            translate("cli", "--encrypt needs --recipient AGE_PUBLIC_KEY (repeatable) or --passphrase-file FILE")
        )
    if (args.recipient or args.passphrase_file) and not args.encrypt:
        if args.passphrase_file and not args.recipient and getattr(args, "store_passphrase_file", None) is None:
            path = _encrypted_store(args)
            if path is not None:
                raise _misplaced_passphrase(path, args.command)
        raise UsageError(translate("cli", "--recipient and --passphrase-file go with --encrypt"))
    if args.recipient and args.passphrase_file:
        raise UsageError(translate("cli", "encrypt either for recipients or for a passphrase, not both"))
    passphrase = read_passphrase(args.passphrase_file.expanduser()) if args.passphrase_file else None
    with open_store(args) as store:
        dossier_id = store.find_dossier(args.dossier).id if args.dossier else None
        report = export_shared(
            store, out, dossier_id=dossier_id, release=args.release, passphrase=passphrase, recipients=args.recipient
        )
    file = translate("cli", "{file} (encrypted)").format(file=out) if args.encrypt else str(out)
    counts = {"records": _records(report.records), "revisions": _revisions(report.revisions)}
    if report.release:
        message = translate(
            "cli", "Exported a release copy of {dossiers} to {file}: {records}, {revisions}; {withheld} left out."
        )
        withheld = _how_many(
            report.withheld,
            translate("cli", "{count} withheld record"),
            translate("cli", "{count} withheld records"),
        )
        counts["withheld"] = withheld
    else:
        message = translate("cli", "Exported {dossiers} to {file}: {records}, {revisions}.")
    say(message.format(dossiers=_titles(report.dossiers), file=file, **counts))
    if report.release:
        titles = dict(report.dossiers)
        for dossier_id, policy in report.policies.items():
            if dossier_id in titles:
                say(_withheld_line(titles[dossier_id], policy))
    return 0


def _withheld_line(title: str, policy: ReleasePolicy) -> str:
    """The one line that says what a release copy of a dossier withheld."""
    return translate("cli", '"{title}": {summary}').format(title=echoed(title), summary=policy.summary())


def cmd_encrypt(args: argparse.Namespace) -> int:
    from negoprep.store import at_rest, engine

    path = _store_path(args)[0]
    passphrase = _store_passphrase(args)
    if passphrase is None:
        raise UsageError(translate("cli", "encrypt needs --passphrase-file FILE: the passphrase to encrypt it with"))
    if not engine.CIPHER:
        raise engine.needs_cipher()
    backup = at_rest.encrypt_store(path, passphrase)
    say(
        translate(
            "cli",
            "Encrypted {path}; its backups are encrypted too (the latest: {backup}). Keep the passphrase: "
            "without it nothing in the store can be read.",
        ).format(path=path, backup=backup)
    )
    return 0


def cmd_decrypt(args: argparse.Namespace) -> int:
    from negoprep.store import at_rest, engine

    path = _store_path(args)[0]
    if not engine.CIPHER:
        raise engine.needs_cipher()
    if connection_exists(path) and not engine.looks_encrypted(path):
        raise UsageError(translate("cli", "{path} is not encrypted: there is nothing to decrypt").format(path=path))
    passphrase = _store_passphrase(args)
    if passphrase is None:
        raise UsageError(translate("cli", "decrypt needs --passphrase-file FILE: the store's passphrase"))
    _unlock(path, args)
    backup = at_rest.decrypt_store(path)
    say(
        translate(
            "cli", "Decrypted {path}: it is a plain SQLite file again, and so are its backups ({backup})."
        ).format(path=path, backup=backup)
    )
    return 0


def connection_exists(path: Path) -> bool:
    """Whether a store file is there (asked of the file system only)."""
    from negoprep.store import connection

    return connection.regular_file(path) is not None


def _titles(dossiers: list[tuple[str, str]]) -> str:
    """Dossiers' titles in quotes, or "no dossier"."""
    return ", ".join(f'"{title}"' for _, title in dossiers) or translate("cli", "no dossier")


def cmd_verify(args: argparse.Namespace) -> int:
    from negoprep.store.sharing import verify_shared

    source = args.file.expanduser()
    live.refuse_live(source, "check", also=_store_path(args)[0])  # untranslated: a verb of live's message
    report = verify_shared(source, **_keys(args))
    titles = dict(report.dossiers)
    if args.json:
        doc = {
            "file": str(report.path),
            "version": report.version,
            "bytes": report.bytes,
            "dossiers": [{"id": i, "title": t} for i, t in report.dossiers],
            "records": report.live,
            "rows": report.counts,
            # null, or what the file withholds as a release copy, by dossier
            "release": [
                {"id": i, "title": titles.get(i, ""), "policy": policy.flags(), "withheld_fields": fields}
                for i, (policy, fields) in report.release.items()
            ]
            or None,
        }
        write_json(doc)
        return 0
    message = translate(
        "cli", "{file}: accepted, a negoprep store (version {version}) holding {dossiers}: {records}, {revisions}."
    )
    say(
        message.format(
            file=report.path,
            version=report.version,
            dossiers=_titles(report.dossiers),
            records=_records(report.records),
            revisions=_revisions(report.counts["revisions"]),
        )
    )
    for dossier_id, (policy, _) in report.release.items():
        line = translate("cli", 'It is a release copy of "{title}": {summary}')
        say(line.format(title=echoed(titles.get(dossier_id, dossier_id)), summary=policy.summary()))
    return 0


def _no_display() -> bool:
    if sys.platform.startswith(("win", "darwin")) or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _paper_platform() -> None:
    """Render without a screen where a screen cannot be used: no display, or an X display
    whose Qt libraries are missing (where Qt would abort the process). Pictures and paper
    need no screen."""
    if _no_display() or desktop.xcb_problem() is not None or desktop.display_problem() is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def cmd_gui(args: argparse.Namespace) -> int:
    if _no_display():
        raise UsageError(
            translate(
                "cli",
                "no display to open a window on: run negoprep in a desktop session, or set "
                "QT_QPA_PLATFORM=offscreen to run it without a screen; the commands (negoprep --help) need no display",
            )
        )
    problem = desktop.xcb_problem() or desktop.display_problem()  # before Qt: it would abort, dumping core
    if problem is not None:
        raise UsageError(problem)
    try:
        from negoprep.ui.app import run
    except ImportError as exc:
        raise _qt_import_error(exc) from None
    path, is_default = _store_path(args)
    code = run(path, is_default)
    # the window and its store are closed: the process ends now. Python's last collection
    # would walk every object the window made (a twentieth of a second); the exit frees them.
    gc.freeze()
    return code


def _qt_import_error(exc: ImportError) -> UsageError:
    message = translate(
        "cli",
        "the Qt libraries cannot be loaded ({error}): install negoprep with pip, and on Linux the "
        "system packages libegl1, libxkbcommon0 and libfontconfig1",
    )
    return UsageError(message.format(error=exc))


def _window_size(text: str) -> tuple[int, int]:
    """ "1366x768" → (1366, 768): a width and a height in pixels, each 320 to 10000; anything
    else raises UsageError."""
    width, sep, height = text.lower().partition("x")
    if sep and width.strip().isdigit() and height.strip().isdigit():
        size = (int(width), int(height))
        if all(320 <= n <= 10000 for n in size):
            return size
    message = translate("cli", "--size must be a width and a height in pixels, such as 1366x768 (each 320 to 10000)")
    raise UsageError(message)


def cmd_screenshots(args: argparse.Namespace) -> int:
    _paper_platform()
    try:
        from negoprep.ui.screenshots import render
    except ImportError as exc:
        raise _qt_import_error(exc) from None
    size = _window_size(args.size)
    out = args.out.expanduser()
    # a folder named as a database's -wal or -journal would stop that database from being written
    _not_the_store(args, out)
    if out.exists() and not out.is_dir():
        raise UsageError(translate("cli", "cannot write to {folder}: it is a file, not a folder").format(folder=out))
    with open_store(args) as store:
        dossier_id = store.find_dossier(args.dossier).id if args.dossier else None
        try:
            files = render(store, out, dossier_id, dark=args.dark, size=size)
        except OSError as exc:
            message = translate("cli", "cannot write to {folder}: {reason}")
            raise UsageError(message.format(folder=args.out, reason=exc.strerror)) from None
    say(*(str(file) for file in files))
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    import importlib.util
    from datetime import date

    from negoprep.records.as_of import since_stamp

    if args.copy is not None and args.copy < 1:
        raise UsageError(translate("cli", "--copy must be at least 1"))
    since = None
    if args.kind == "addendum":
        if args.since is None:
            raise UsageError(translate("cli", "an addendum needs --since WHEN, e.g. --since 2025-05-01"))
        try:
            since = since_stamp(args.since)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    elif args.since is not None:
        raise UsageError(translate("cli", "--since is for an addendum only"))
    if args.kind == "briefing" and importlib.util.find_spec("negoprep.paper.briefing") is None:
        raise UsageError(translate("cli", "the briefing book is not available in this version"))
    out = args.out.expanduser()
    _not_the_store(args, out, "print to")  # untranslated: a verb of live's message
    _writable(out)
    _paper_platform()
    try:
        from negoprep.ui.printing import render_pdf
    except ImportError as exc:
        raise _qt_import_error(exc) from None
    from negoprep.paper.printout import Paper, make_printout

    with open_store(args) as store:
        dossier = store.find_dossier(_dossier_id(store, args.dossier))
        # the same printout the app previews (negoprep.paper.printout)
        html = make_printout(store, dossier.id, Paper(args.kind, args.release, since), today=date.today()).html
    if args.kind == "addendum":
        printed = translate("cli", 'Printed the addendum of "{title}" to {file}: {pages}.')
    elif args.kind == "briefing":
        printed = translate("cli", 'Printed the briefing book of "{title}" to {file}: {pages}.')
    else:
        printed = translate("cli", 'Printed the checklists of "{title}" to {file}: {pages}.')
    result = render_pdf(
        html,
        out,
        title=dossier.title,
        classification=dossier.classification,
        copy_number=args.copy,
        page_size=args.page_size,
    )
    say(*_warnings(result.warnings), err=True)
    pages = _how_many(result.pages, translate("cli", "{count} page"), translate("cli", "{count} pages"))
    say(printed.format(title=echoed(dossier.title), file=out, pages=pages))
    if args.release:
        say(_withheld_line(dossier.title, ReleasePolicy.of(dossier)))
    return 0


def _chart_kinds() -> tuple[str, ...]:
    from negoprep.paper.chart_kinds import KINDS  # (not the charts: every command reads the help)

    return KINDS


def cmd_chart(args: argparse.Namespace) -> int:
    from negoprep.paper import charts

    if args.kind not in charts.KINDS:
        message = translate("cli", "unknown chart {kind}: choose one of {kinds}")
        raise UsageError(message.format(kind=repr(args.kind), kinds=", ".join(charts.KINDS)))
    out = args.out.expanduser()
    if out.suffix.lower() not in (".png", ".svg"):
        message = translate("cli", "cannot write a chart to {file}: the name must end in .png or .svg")
        raise UsageError(message.format(file=out))
    _not_the_store(args, out, "draw over")  # untranslated: a verb of live's message
    _writable(out)
    try:
        with open_store(args) as store:
            dossier = store.find_dossier(_dossier_id(store, args.dossier))
            figure = charts.build(args.kind, store, dossier.id, dark=args.dark)
        charts.save(figure, out)
        say(*_warnings(charts.font_warnings(figure)), err=True)
    except ImportError as exc:
        message = translate("cli", "matplotlib cannot be loaded ({error}): install negoprep with pip")
        raise UsageError(message.format(error=exc)) from None
    except OSError as exc:
        raise UsageError(
            translate("cli", "cannot write {file}: {reason}").format(file=out, reason=exc.strerror)
        ) from None
    drew = translate("cli", 'Drew "{chart}" of "{title}" to {file}.')
    say(drew.format(chart=charts.TITLES[args.kind], title=echoed(dossier.title), file=out))
    return 0


COMMANDS = {
    "demo": cmd_demo,
    "list": cmd_list,
    "load": cmd_load,
    "dump": cmd_dump,
    "search": cmd_search,
    "check": cmd_check,
    "export": cmd_export,
    "encrypt": cmd_encrypt,
    "decrypt": cmd_decrypt,
    "verify": cmd_verify,
    "merge": cmd_merge,
    "screenshots": cmd_screenshots,
    "print": cmd_print,
    "chart": cmd_chart,
}


def main(argv: list[str] | None = None) -> int:
    from negoprep import tempfiles

    use_language()  # before anything is said, and before the help texts are made
    tempfiles.sweep()  # the private temporary folders of negoprep processes that were killed
    with _argparse_translated():
        parser = build_parser()
        args, extras = parser.parse_known_args(argv)
    try:
        if extras:
            _refuse_unrecognized(parser, args, extras)
        if args.command is None:
            return cmd_gui(args)
        return COMMANDS[args.command](args)
    except (NegoprepError, StoreError) as exc:
        say(f"negoprep: {exc}", err=True)  # untranslated: the program's name, then a translated message
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader went away (e.g. `negoprep dump | head`): not an error of ours
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - stops Python's flush at exit from failing
        return 0
    except Exception as exc:  # noqa: BLE001 - the last line of defence: never a traceback
        log = paths.log_defect(exc, " ".join(sys.argv))
        if log:
            message = translate("cli", "negoprep: internal error: {kind}: {error}; details are in {log}")
        else:
            message = translate("cli", "negoprep: internal error: {kind}: {error}")
        say(message.format(kind=type(exc).__name__, error=exc, log=log), err=True)
        return 3
