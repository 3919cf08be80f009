"""Whether Qt can open a window on this Linux desktop, asked before Qt is loaded.

Qt picks its X11 platform plugin ("xcb") on a Linux desktop with an X display. The plugin
links system libraries that a fresh install may lack (libxcb-cursor0 above all, on Debian and
Ubuntu); without them Qt prints "Could not load the Qt platform plugin xcb" and aborts the
process, dumping core, where no Python code can catch it. `missing_libraries` tries to load
each of them as the plugin would (`ctypes.CDLL`), and `xcb_problem` turns what is missing into
the one command that installs it, so that the command line can say so and exit instead.

The list is what PySide6 6.x's `plugins/platforms/libqxcb.so` and its `libQt6XcbQpa.so.6` need
(their ELF "NEEDED" entries, beyond Qt's own libraries and the C/C++ runtime), with the
package of each on Debian/Ubuntu and on Fedora. No Qt import here.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from negoprep.i18n import QT_TRANSLATE_NOOP, translate

#: Each library the xcb plugin loads: (its file name, Debian/Ubuntu package, Fedora package).
XCB_LIBRARIES: tuple[tuple[str, str, str], ...] = (
    ("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    ("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
    ("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
    ("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
    ("libxcb-util.so.1", "libxcb-util1", "xcb-util"),
    ("libxcb-randr.so.0", "libxcb-randr0", "libxcb"),
    ("libxcb-render.so.0", "libxcb-render0", "libxcb"),
    ("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
    ("libxcb-shm.so.0", "libxcb-shm0", "libxcb"),
    ("libxcb-sync.so.1", "libxcb-sync1", "libxcb"),
    ("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb"),
    ("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"),
    ("libxcb.so.1", "libxcb1", "libxcb"),
    ("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb"),
    ("libX11.so.6", "libx11-6", "libX11"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
    ("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon"),
    ("libGL.so.1", "libgl1", "libglvnd-glx"),
    ("libEGL.so.1", "libegl1", "libglvnd-egl"),
    ("libfontconfig.so.1", "libfontconfig1", "fontconfig"),
    ("libdbus-1.so.3", "libdbus-1-3", "dbus-libs"),
)

Loader = Callable[[str], object]


def _load(name: str) -> object:
    """Load a shared library as Qt's plugin would; OSError when the system does not have it."""
    return ctypes.CDLL(name)


def missing_libraries(load: Loader | None = None) -> list[str]:
    """The file names of the xcb plugin's libraries that cannot be loaded (`load`, by default
    `ctypes.CDLL`, raises OSError for them)."""
    load = load or _load
    missing = []
    for name, _debian, _fedora in XCB_LIBRARIES:
        try:
            load(name)
        except OSError:
            missing.append(name)
    return missing


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt would open its window through the xcb plugin: on Linux (or another Unix
    with X), with an X display and no other platform chosen. On a Wayland session Qt tries
    its Wayland plugin first, so the X libraries are not required there."""
    if platform.startswith(("win", "darwin", "cygwin")):
        return False
    chosen = _chosen(environ)
    if chosen:
        return chosen == "xcb"
    return bool(environ.get("DISPLAY")) and not environ.get("WAYLAND_DISPLAY")


def _is_fedora_like(os_release: Path) -> bool:
    try:
        text = os_release.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    words: set[str] = set()
    for line in text.splitlines():
        key, _, value = line.partition("=")
        if key.strip() in ("ID", "ID_LIKE"):
            words.update(value.strip().strip("\"'").lower().split())
    return bool(words & {"fedora", "rhel", "centos"})


def install_command(missing: list[str], os_release: Path = Path("/etc/os-release")) -> str:
    """The command that installs the packages holding `missing` libraries: dnf on Fedora and
    its kin, apt-get elsewhere (Debian, Ubuntu and theirs)."""
    fedora = _is_fedora_like(os_release)
    packages = dict.fromkeys(f if fedora else d for name, d, f in XCB_LIBRARIES if name in missing)
    command = "sudo dnf install " if fedora else "sudo apt-get install "  # untranslated: a command to type
    return command + " ".join(packages)


def xcb_problem(
    environ: Mapping[str, str] | None = None,
    load: Loader | None = None,
    platform: str = sys.platform,
    os_release: Path = Path("/etc/os-release"),
) -> str | None:
    """One line saying what to install for Qt to open a window on this X display, or None when
    nothing is missing (or Qt will not use X: see `uses_xcb`)."""
    environ = os.environ if environ is None else environ
    if not uses_xcb(environ, platform):
        return None
    missing = missing_libraries(load)
    if not missing:
        return None
    message = translate(
        "desktop",
        "cannot open a window: Qt needs system libraries this computer lacks ({libraries}); install them with: "
        "{command} (or set QT_QPA_PLATFORM=offscreen to run without a screen)",
    )
    return message.format(libraries=", ".join(missing), command=install_command(missing, os_release))


#: Asks whether a display can be connected to: takes the DISPLAY value ("" for the default),
#: returns None when it can, else a few words saying why not.
Connector = Callable[[str], str | None]

# xcb_connection_has_error's codes (xcb.h), in words
_XCB_ERRORS = {
    1: QT_TRANSLATE_NOOP("desktop", "the connection failed (no X server is listening there)"),
    2: QT_TRANSLATE_NOOP("desktop", "the X server does not support an extension"),
    3: QT_TRANSLATE_NOOP("desktop", "out of memory"),
    4: QT_TRANSLATE_NOOP("desktop", "the request is too long"),
    5: QT_TRANSLATE_NOOP("desktop", "the display name cannot be parsed"),
    6: QT_TRANSLATE_NOOP("desktop", "no such screen"),
    7: QT_TRANSLATE_NOOP("desktop", "the file descriptor was refused"),
}


def connect_xcb(display: str) -> str | None:
    """Connect to the X display `display` through libxcb (as Qt's xcb plugin would) and hang
    up again: None when the connection works, else why not. Without libxcb, None: the
    missing library is said by `xcb_problem`."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return None
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    conn = xcb.xcb_connect(display.encode() if display else None, None)
    if not conn:
        return translate("desktop", _XCB_ERRORS[3])
    try:
        code = xcb.xcb_connection_has_error(conn)
    finally:
        xcb.xcb_disconnect(conn)  # (an errored connection is freed this way too)
    return None if code == 0 else translate("desktop", _XCB_ERRORS.get(code, "error {code}")).format(code=code)


def _wayland_socket(environ: Mapping[str, str]) -> Path | None:
    name = environ.get("WAYLAND_DISPLAY") or "wayland-0"
    if os.path.isabs(name):
        return Path(name)
    runtime = environ.get("XDG_RUNTIME_DIR")
    return Path(runtime) / name if runtime else None


# the platforms that draw on a screen device rather than in a desktop session, and the devices
DEVICE_PLATFORMS = {"eglfs": ("/dev/dri", "/dev/fb0"), "linuxfb": ("/dev/fb0",), "vkkhrdisplay": ("/dev/dri",)}


def _chosen(environ: Mapping[str, str]) -> str:
    """The platform QT_QPA_PLATFORM names first ("xcb;offscreen" → "xcb", "vnc:size=…" → "vnc")."""
    return environ.get("QT_QPA_PLATFORM", "").strip().split(";")[0].split(":")[0]


def platform_plugins(folder: Path | None = None) -> set[str] | None:
    """The names of the Qt platform plugins installed with PySide6 (libqxcb.so → "xcb"), found
    without starting Qt; None where they cannot be listed."""
    if folder is None:
        spec = importlib.util.find_spec("PySide6")
        if spec is None or not spec.submodule_search_locations:
            return None
        folder = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" / "platforms"
    if not folder.is_dir():
        return None
    found = (re.fullmatch(r"(?:lib)?q(.+?)\.(?:so|dll|dylib)", f.name) for f in folder.iterdir())
    return {m.group(1) for m in found if m} or None


def platform_problem(environ: Mapping[str, str], plugins: set[str] | None, exists: Callable[[str], bool]) -> str | None:
    """One line saying that the platform QT_QPA_PLATFORM names is not one this Qt has (a typo:
    Qt would abort), or draws on a screen device there is none of; else None."""
    chosen = _chosen(environ)
    if not chosen or environ.get("QT_QPA_PLATFORM_PLUGIN_PATH"):
        return None  # (plugins from elsewhere: Qt's own word counts)
    if plugins is not None and chosen not in plugins and not (chosen.startswith("wayland") and "wayland" in plugins):
        message = translate(
            "desktop", 'QT_QPA_PLATFORM names "{name}", which is not a Qt platform here; this Qt has: {names}'
        )
        return message.format(name=chosen, names=", ".join(sorted(plugins)))
    devices = DEVICE_PLATFORMS.get(chosen, ())
    if devices and not any(exists(device) for device in devices):
        message = translate(
            "desktop",
            "the {name} platform (QT_QPA_PLATFORM) draws on a screen device ({devices}), and there is none here; "
            "start negoprep inside your desktop session, or use QT_QPA_PLATFORM=offscreen for screenshots or printing",
        )
        return message.format(name=chosen, devices=", ".join(devices))
    return None


def display_problem(
    environ: Mapping[str, str] | None = None,
    connect: Connector | None = None,
    platform: str = sys.platform,
    plugins: set[str] | None = None,
    exists: Callable[[str], bool] = os.path.exists,
) -> str | None:
    """One line saying that the display Qt will open its window on cannot be reached (an X
    display no server answers on, a Wayland socket that is not there), or None. Qt itself
    would abort the process there, with a misleading hint about missing libraries."""
    environ = os.environ if environ is None else environ
    if platform.startswith(("win", "darwin", "cygwin")):
        return None
    advice = translate(
        "desktop",
        "start negoprep inside your desktop session, or use QT_QPA_PLATFORM=offscreen for screenshots or printing",
    )
    wrong = platform_problem(environ, plugins if plugins is not None else platform_plugins(), exists)
    if wrong is not None:
        return wrong
    if uses_xcb(environ, platform):
        display = environ.get("DISPLAY", "")
        why = (connect or connect_xcb)(display)
        if why is not None:
            message = translate("desktop", "cannot connect to the display {display}: {why}; {advice}")
            return message.format(display=display or '""', why=why, advice=advice)
        return None
    chosen = _chosen(environ)
    if chosen.startswith("wayland") or (not chosen and environ.get("WAYLAND_DISPLAY")):
        socket = _wayland_socket(environ)
        if socket is None or not socket.exists():
            where = str(socket) if socket is not None else translate("desktop", "XDG_RUNTIME_DIR is not set")
            message = translate(
                "desktop", "cannot connect to the Wayland display {name}: {where} is not there; {advice}"
            )
            if socket is None:
                message = translate("desktop", "cannot connect to the Wayland display {name}: {where}; {advice}")
            return message.format(name=environ.get("WAYLAND_DISPLAY") or "wayland-0", where=where, advice=advice)
    return None
