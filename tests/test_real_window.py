"""End to end in a real X window: the app as a person uses it, through the keyboard, on Xvfb (not offscreen).

Starts its own Xvfb (``-displayfd``: the server picks a free display itself, no race with other servers),
runs ``python -m isoapp --data-dir <tmp>`` on the xcb platform, and drives it with xdotool:

1. Ctrl+N on the opening tab: the app switches to "My notes" with a note titled "About Overview" and the
   cursor in the note text; type the text.
2. Ctrl+N again (now in My notes): a blank note, cursor in the title; type a title, Tab to
   "Question for my doctor", Space to tick it, Tab past "Answered" to the note text, type it.
3. Ctrl+Q (File > Quit): the window closes through closeEvent; the process must exit 0.

Autosave is checked by polling the notes store read-only while the app runs; after exit the store and
settings.ini are checked. A second launch on the same data dir must show its window and exit 0 when closed
the way a window manager's close button does (a WM_DELETE_WINDOW message), losing nothing.

Skipped when Xvfb or xdotool is missing, unless ISOAPP_REQUIRE_REAL_WINDOW=1 (CI), where that fails instead.
Debian packages: xvfb, xdotool (imagemagick optional: a screenshot of the real window).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

APP_TITLE = "Isotretinoin Guide"
WINDOW_TIMEOUT = 30.0  # the window must appear within this
SAVE_TIMEOUT = 15.0  # autosave is 0.6 s after the last key; generous for a loaded 2-core machine
EXIT_TIMEOUT = 20.0
TYPE_DELAY_MS = "25"

FIRST_BODY = "Ask if my skin will get drier in winter"
SECOND_TITLE = "Questions for Dr Lee"
SECOND_BODY = "Which blood tests do I need and how often"


def _tools_or_skip() -> None:
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if not missing:
        return
    reason = f"{' and '.join(missing)} not on PATH (Debian: apt-get install xvfb xdotool)"
    if os.environ.get("ISOAPP_REQUIRE_REAL_WINDOW") == "1":
        pytest.fail(f"ISOAPP_REQUIRE_REAL_WINDOW=1 but {reason}", pytrace=False)
    pytest.skip(reason)


def _stop(proc: subprocess.Popen | None, sig: int = signal.SIGTERM) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.send_signal(sig)
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


@pytest.fixture
def xdisplay(tmp_path):
    """A private Xvfb server; yields its DISPLAY string and always stops it."""
    _tools_or_skip()
    read_fd, write_fd = os.pipe()
    log = open(tmp_path / "xvfb.log", "wb")  # noqa: SIM115 - closed below
    server = None
    try:
        server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x900x24", "-nolisten", "tcp", "-noreset"],
            pass_fds=(write_fd,),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        os.close(write_fd)
        write_fd = -1
        number = b""
        deadline = time.monotonic() + 20
        while not number.endswith(b"\n"):
            left = deadline - time.monotonic()
            if left <= 0 or server.poll() is not None:
                log.flush()
                pytest.fail(
                    "Xvfb did not start: " + (tmp_path / "xvfb.log").read_text(errors="replace")[-2000:],
                    pytrace=False,
                )
            ready, _, _ = select.select([read_fd], [], [], left)
            if ready:
                chunk = os.read(read_fd, 16)
                if not chunk:  # pipe closed without a number: Xvfb is exiting (checked above)
                    time.sleep(0.05)
                number += chunk
        yield f":{number.decode().strip()}"
    finally:
        if write_fd >= 0:
            os.close(write_fd)
        os.close(read_fd)
        _stop(server)
        log.close()


class App:
    """One run of ``python -m isoapp`` on the test display, its stderr kept in a file for failure messages."""

    def __init__(self, display: str, data_dir: Path, log: Path) -> None:
        self.display = display
        self.log = log
        self.env = dict(os.environ)
        self.env.pop("WAYLAND_DISPLAY", None)
        self.env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_LOGGING_RULES="qt.qpa.*=false")
        self._log_file = open(log, "wb")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "isoapp", "--data-dir", str(data_dir)],
            env=self.env,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            cwd=data_dir.parent,
        )
        self.window: str | None = None

    def output(self) -> str:
        self._log_file.flush()
        text = self.log.read_text(errors="replace").strip()
        return f"\n--- app output (exit code {self.proc.poll()}) ---\n{text[-4000:] or '(none)'}"

    def fail(self, message: str) -> None:
        pytest.fail(message + self.output(), pytrace=False)

    def xdotool(self, *args: str, timeout: float = 15, check: bool = True) -> str:
        try:
            done = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            self.fail(f"xdotool {' '.join(args)} took more than {timeout} s")
        if done.returncode != 0 and check:
            self.fail(f"xdotool {' '.join(args)} failed ({done.returncode}): {done.stderr.strip()}")
        return done.stdout if done.returncode == 0 else ""

    def wait_for_window(self) -> str:
        """The visible top-level window titled exactly APP_TITLE (Qt also makes an unmapped leader window)."""
        deadline = time.monotonic() + WINDOW_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self.fail("the app exited before its window appeared")
            found = self.xdotool("search", "--onlyvisible", "--name", f"^{APP_TITLE}$", check=False).split()
            if found:
                self.window = found[0]
                # No window manager on Xvfb: give the window the keyboard focus the way a WM would.
                self.xdotool("windowfocus", "--sync", self.window)
                return self.window
            time.sleep(0.1)
        self.fail(f"no visible window named {APP_TITLE!r} within {WINDOW_TIMEOUT:.0f} s")
        raise AssertionError  # not reached

    def key(self, *keys: str) -> None:
        self.xdotool("key", "--clearmodifiers", *keys)

    def type(self, text: str) -> None:
        self.xdotool("type", "--clearmodifiers", "--delay", TYPE_DELAY_MS, text, timeout=60)

    def wait_exit(self, how: str) -> int:
        try:
            return self.proc.wait(timeout=EXIT_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.fail(f"the app did not exit within {EXIT_TIMEOUT:.0f} s after {how}")
        raise AssertionError  # not reached

    def stop(self) -> None:
        _stop(self.proc)
        self._log_file.close()


def read_notes(store: Path) -> list[tuple]:
    """(title, body, section, is_question) of the notes not in the bin, oldest first; read-only."""
    if not store.exists():
        return []
    conn = sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=2)
    try:
        return conn.execute(
            "SELECT title, body, section, is_question FROM notes WHERE deleted_at IS NULL ORDER BY id"
        ).fetchall()
    finally:
        conn.close()


def wait_for_notes(app: App, store: Path, expected: list[tuple], what: str) -> None:
    deadline = time.monotonic() + SAVE_TIMEOUT
    seen: list[tuple] = []
    while time.monotonic() < deadline:
        if app.proc.poll() is not None:
            app.fail(f"the app exited while waiting for: {what}")
        try:
            seen = read_notes(store)
        except sqlite3.OperationalError:  # the store is still being created
            seen = []
        if seen == expected:
            return
        time.sleep(0.1)
    app.fail(f"autosave did not store {what} within {SAVE_TIMEOUT:.0f} s\nexpected {expected!r}\nstored   {seen!r}")


def send_wm_delete(display: str, window: str) -> None:
    """What a window manager's close button sends: a WM_PROTOCOLS / WM_DELETE_WINDOW client message."""
    name = ctypes.util.find_library("X11") or "libX11.so.6"
    xlib = ctypes.CDLL(name)
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    xlib.XInternAtom.restype = ctypes.c_ulong
    xlib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    xlib.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.c_void_p]
    xlib.XFlush.argtypes = [ctypes.c_void_p]
    xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]

    class ClientMessage(ctypes.Structure):
        _fields_ = [
            ("type", ctypes.c_int),
            ("serial", ctypes.c_ulong),
            ("send_event", ctypes.c_int),
            ("display", ctypes.c_void_p),
            ("window", ctypes.c_ulong),
            ("message_type", ctypes.c_ulong),
            ("format", ctypes.c_int),
            ("data", ctypes.c_long * 5),
        ]

    class XEvent(ctypes.Union):
        _fields_ = [("xclient", ClientMessage), ("pad", ctypes.c_long * 24)]

    dpy = xlib.XOpenDisplay(display.encode())
    assert dpy, f"cannot open X display {display}"
    try:
        event = XEvent()
        msg = event.xclient
        msg.type = 33  # ClientMessage
        msg.window = int(window)
        msg.message_type = xlib.XInternAtom(dpy, b"WM_PROTOCOLS", 0)
        msg.format = 32
        msg.data[0] = xlib.XInternAtom(dpy, b"WM_DELETE_WINDOW", 0)
        msg.data[1] = 0  # CurrentTime
        assert xlib.XSendEvent(dpy, int(window), 0, 0, ctypes.byref(event)), "XSendEvent failed"
        xlib.XFlush(dpy)
    finally:
        xlib.XCloseDisplay(dpy)


def screenshot(app: App, target: Path) -> None:
    """A picture of the real screen, only when ImageMagick's ``import`` is installed (optional)."""
    if shutil.which("import") is None:
        return
    subprocess.run(["import", "-window", "root", str(target)], env=app.env, capture_output=True, timeout=30)
    assert target.is_file() and target.stat().st_size > 0, "import -window root wrote no screenshot"


def test_real_window_new_note_autosaves_and_survives_quit_and_relaunch(xdisplay, tmp_path):
    data = tmp_path / "data"
    store = data / "notes.sqlite3"

    app = App(xdisplay, data, tmp_path / "first-run.log")
    try:
        app.wait_for_window()

        # 1. Ctrl+N on the opening tab: a note about that section, the cursor already in the note text.
        app.key("ctrl+n")
        app.type(FIRST_BODY)
        first = ("About Overview", FIRST_BODY, "overview", 0)
        wait_for_notes(app, store, [first], "the note started from the opening tab")

        # 2. Ctrl+N in My notes: a blank note, the cursor in the title. Tab order: title, "Question for my
        # doctor", "Answered" (enabled once the question box is ticked), note text.
        app.key("ctrl+n")
        app.type(SECOND_TITLE)
        app.key("Tab", "space", "Tab", "Tab")
        app.type(SECOND_BODY)
        second = (SECOND_TITLE, SECOND_BODY, None, 1)
        wait_for_notes(app, store, [first, second], "the titled question note")
        screenshot(app, tmp_path / "real-window.png")

        # 3. File > Quit by its key.
        app.key("ctrl+q")
        code = app.wait_exit("Ctrl+Q")
        if code != 0:
            app.fail(f"the app exited with {code} after Ctrl+Q")
    finally:
        app.stop()

    assert read_notes(store) == [first, second]
    settings = data / "settings.ini"
    assert settings.is_file(), "settings.ini was not written on quit"
    assert "section=notes" in settings.read_text(errors="replace"), "the open section was not remembered"

    # A second launch on the same data dir: shows its window, closes like a WM close button, exits 0.
    again = App(xdisplay, data, tmp_path / "second-run.log")
    try:
        window = again.wait_for_window()
        send_wm_delete(xdisplay, window)
        code = again.wait_exit("a WM_DELETE_WINDOW message (the close button)")
        if code != 0:
            again.fail(f"the second launch exited with {code} when closed")
    finally:
        again.stop()
    assert read_notes(store) == [first, second], "the notes changed on a second launch that only looked"
