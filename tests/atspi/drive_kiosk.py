#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Drive the Guichet kiosk from outside through AT-SPI, as a screen reader would.

The test builds its own little desktop and tears it down again, whatever happens:
Xvfb on a free display (Xvfb -displayfd chooses it), a private D-Bus session bus, the AT-SPI
bus launcher and registry, then the kiosk, windowed, on the pack named by GUICHET_PACK, with
the xcb platform and Qt's AT-SPI bridge forced on (Qt 6.4 has the bridge on xcb only).

The journey, every control found by its accessible name and activated with the AT-SPI "Press"
action (what Orca does when a blind visitor activates a button):

1. the home screen: press "Français", which opens the main menu;
2. each menu entry ("Le parcours d'accueil", "Bureaux et heures d'ouverture",
   "Organisations d'aide", "Puis-je participer"; or the English source strings while the French
   interface translation is not compiled), then "Retour" back to the menu;
3. "Aide" on the top bar, its dialog, then "Fermer";
4. "Changer de langue" back to the languages, "العربية" when the pack has Arabic, and the
   right-to-left menu.

On every screen reached, every SHOWING interactive object (push button, check box, toggle
button, radio button, link, list item with an action, or anything with a Press action) must have
a non-empty accessible name and extents of at least 80×80 logical pixels. Problems are
collected, never fatal on their own; a step that cannot be done (a control not found, a Press
that changes nothing) is a problem too. Output: one line per screen, one line per problem, then
"atspi: N screens, M controls checked, P problems". Exit status 0 when P is 0, 1 otherwise,
2 on a usage error.

Usage (Debian's Python, which has pyatspi):
    GUICHET_PACK=content/bapa-bxl /usr/bin/python3 tests/atspi/drive_kiosk.py build/dev/bin/guichet-kiosk
"""

import ctypes
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
import unicodedata
from pathlib import Path
from typing import NamedTuple, Optional

import pyatspi

MIN_SIZE = 80                 # logical pixels, both ways
APP_TIMEOUT = 10.0            # seconds for the kiosk to appear on the AT-SPI desktop
CHANGE_TIMEOUT = 5.0          # seconds for a screen to change after a Press (about 0.3 s when idle)
SETTLE_INTERVAL = 0.1         # seconds between two equal walks of the tree that mean "settled"
SETTLE_TIMEOUT = 2.0          # seconds a changing screen gets to hold still
POLL_INTERVAL = 0.05
SERVICE_TIMEOUT = 10.0        # seconds for Xvfb, the buses and the registry to come up
STOP_TIMEOUT = 3.0            # seconds a process gets to end after SIGTERM

DEFAULT_PACK = Path(__file__).resolve().parents[2] / "content" / "bapa-bxl"
APP_NAME = "guichet-kiosk"

# Accessible names, French first; the English source strings while the French translation of
# the interface is not compiled yet.
FRENCH = ("Français",)
BACK = ("Retour", "Back")
HOME = ("Accueil", "Home")
LARGE_TEXT = ("Grand texte", "Large text")
HELP = ("Aide", "Help")
CLOSE = ("Fermer", "Close")
CHANGE_LANGUAGE = ("Changer de langue", "Change language")
ARABIC = ("العربية",)
# A menu button is named "<title>. <detail>": matched on the start of the name.
MENU_ENTRIES = (
    ("Le parcours d'accueil", "The welcome programme"),
    ("Bureaux et heures d'ouverture", "Offices and opening hours"),
    ("Organisations d'aide", "Help organisations"),
    ("Puis-je participer", "Est-ce que je peux participer", "Can I take part?"),
)

INTERACTIVE_ROLES = frozenset({
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_LINK,
})


class StepFailed(Exception):
    """A step of the journey that cannot be done; the journey stops there."""


class Node(NamedTuple):
    """One SHOWING accessible object, as read during one walk of the tree."""
    obj: object
    role: object
    role_name: str
    name: str
    extents: Optional[tuple]  # (x, y, width, height) in desktop coordinates, None if unknown
    actions: tuple             # action names, lower case


class Report:
    """The screens and controls checked, and every problem found."""

    def __init__(self):
        self.screens = 0
        self.controls = 0
        self.problems = []

    def problem(self, text):
        self.problems.append(text)
        say(f"  problem: {text}")

    def screen(self, label, controls, problems):
        self.screens += 1
        self.controls += controls
        say(f"screen {label}: {controls} controls checked, {len(problems)} problems")
        for text in problems:
            self.problem(f"{label}: {text}")

    def summary(self):
        return f"atspi: {self.screens} screens, {self.controls} controls checked, {len(self.problems)} problems"


# ---------------------------------------------------------------------------------------------
# Text helpers

def say(line):
    print(line, flush=True)


def quoted(name):
    """A name as a JSON string: newlines escaped, every script kept readable."""
    return json.dumps(name, ensure_ascii=False)


def spoken(name):
    """What a screen reader would have to say: the name without spaces and format characters."""
    return "".join(c for c in name if not c.isspace() and unicodedata.category(c) != "Cf")


def normalised(text):
    """A name folded for comparison: NFC, plain spaces and apostrophes, no case."""
    text = unicodedata.normalize("NFC", text)
    for fancy, plain in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'")):
        text = text.replace(fancy, plain)
    return " ".join(text.split()).casefold()


def is_arabic_script(text):
    return any("\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" or "\u08a0" <= c <= "\u08ff"
               or "\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufefc" for c in text)


# ---------------------------------------------------------------------------------------------
# The private desktop: Xvfb, D-Bus, AT-SPI, the kiosk

class Processes:
    """Every process this test starts, each in its own process group, stopped by its id.

    This process becomes a child subreaper, so that a grandchild orphaned during the clean-up
    (the accessibility bus's dbus-daemon, when its launcher goes first) is reaped here too."""

    def __init__(self):
        self.started = []
        become_subreaper()

    def start(self, argv, env, **kwargs):
        proc = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL, start_new_session=True, **kwargs)
        self.started.append(proc)
        return proc

    def stop_all(self):
        """Stops the newest first, then reaps the orphans they left."""
        for proc in reversed(self.started):
            stop_group(proc)
        self.started.clear()
        reap_orphans()


def become_subreaper():
    PR_SET_CHILD_SUBREAPER = 36
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # not Linux: orphans go to init as usual


def stop_group(proc):
    """Ends a process started with start_new_session, then whatever it left in its group.

    SIGTERM goes to the process alone first, so that it can stop its own children; SIGKILL then
    goes to anything left in its process group."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            pass
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    proc.wait()


def reap_orphans():
    """Waits for the adopted orphans, all killed with their group, to be gone."""
    deadline = time.monotonic() + STOP_TIMEOUT
    while time.monotonic() < deadline:
        try:
            pid, _status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            time.sleep(POLL_INTERVAL)


def read_line(fd, timeout, what):
    """Reads one line from a pipe, or raises StepFailed after timeout seconds."""
    data = b""
    deadline = time.monotonic() + timeout
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            raise StepFailed(f"{what} did not start within {timeout:.0f} s")
        chunk = os.read(fd, 256)
        if not chunk:
            raise StepFailed(f"{what} exited before it was ready")
        data += chunk
    return data.decode().strip()


def make_runtime_dir():
    path = tempfile.mkdtemp(prefix="guichet-atspi-")
    os.chmod(path, 0o700)
    return path


def base_environment(runtime_dir):
    """The environment every child shares: a private runtime dir, no inherited display or bus."""
    env = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS", "XAUTHORITY"):
        env.pop(name, None)
    env["XDG_RUNTIME_DIR"] = runtime_dir
    return env


def start_xvfb(procs, env, log):
    """Starts Xvfb on a display it chooses itself; returns ':N'."""
    read_fd, write_fd = os.pipe()
    try:
        procs.start(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1080x1920x24", "-nolisten", "tcp",
                     "-noreset"], env, pass_fds=(write_fd,), stdout=log, stderr=log)
        os.close(write_fd)
        write_fd = -1
        return ":" + read_line(read_fd, SERVICE_TIMEOUT, "Xvfb")
    finally:
        os.close(read_fd)
        if write_fd >= 0:
            os.close(write_fd)


def start_session_bus(procs, env, log):
    """Starts a private D-Bus session bus; returns its address."""
    proc = procs.start(["dbus-daemon", "--session", "--nofork", "--print-address=1"], env,
                       stdout=subprocess.PIPE, stderr=log)
    return read_line(proc.stdout.fileno(), SERVICE_TIMEOUT, "dbus-daemon")


def dbus_call(bus, dest, path, method, *args):
    """Calls a D-Bus method with dbus-send; returns the printed reply, or '' on an error."""
    argv = ["dbus-send", f"--bus={bus}", "--print-reply", f"--dest={dest}", path, method, *args]
    result = subprocess.run(argv, capture_output=True, text=True, timeout=5)
    return result.stdout if result.returncode == 0 else ""


def wait_for_bus_name(bus, name, what):
    """Waits until a name has an owner on a bus, without activating it."""
    deadline = time.monotonic() + SERVICE_TIMEOUT
    while time.monotonic() < deadline:
        reply = dbus_call(bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                          "org.freedesktop.DBus.NameHasOwner", f"string:{name}")
        if "boolean true" in reply:
            return
        time.sleep(POLL_INTERVAL)
    raise StepFailed(f"{what} did not take {name} within {SERVICE_TIMEOUT:.0f} s")


def accessibility_bus_address(session_bus):
    reply = dbus_call(session_bus, "org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus.GetAddress")
    start, end = reply.find('"'), reply.rfind('"')
    if start < 0 or end <= start:
        raise StepFailed("the AT-SPI bus launcher gave no accessibility bus address")
    return reply[start + 1:end]


def start_atspi(procs, env, log):
    """Starts the AT-SPI bus launcher, then the registry, and waits for both."""
    procs.start(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately", "--a11y=1"],
                env, stdout=log, stderr=log)
    wait_for_bus_name(env["DBUS_SESSION_BUS_ADDRESS"], "org.a11y.Bus", "at-spi-bus-launcher")
    a11y_bus = accessibility_bus_address(env["DBUS_SESSION_BUS_ADDRESS"])
    procs.start(["/usr/libexec/at-spi2-registryd"], env, stdout=log, stderr=log)
    wait_for_bus_name(a11y_bus, "org.a11y.atspi.Registry", "at-spi2-registryd")


def start_kiosk(procs, env, kiosk, pack, log):
    kiosk_env = dict(env, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
    return procs.start([kiosk, "--windowed", "--pack", str(pack)], kiosk_env, stdout=log, stderr=log)


def start_desktop(procs, kiosk, pack, runtime_dir, log):
    """Brings up Xvfb, the session bus, AT-SPI and the kiosk; points this process at them."""
    env = base_environment(runtime_dir)
    env["DISPLAY"] = start_xvfb(procs, env, log)
    env["DBUS_SESSION_BUS_ADDRESS"] = start_session_bus(procs, env, log)
    start_atspi(procs, env, log)
    # libatspi finds the accessibility bus from these when this process first uses it.
    for name in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR"):
        os.environ[name] = env[name]
    os.environ.pop("AT_SPI_BUS_ADDRESS", None)
    return start_kiosk(procs, env, kiosk, pack, log)


# ---------------------------------------------------------------------------------------------
# Reading the accessible tree

def action_names(obj):
    try:
        action = obj.queryAction()
    except NotImplementedError:
        return ()
    return tuple(action.getName(i).lower() for i in range(action.nActions))


def extents_of(obj):
    try:
        box = obj.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    except NotImplementedError:
        return None
    return (box.x, box.y, box.width, box.height)


def read_node(obj):
    """A Node for obj when it is SHOWING, else None."""
    if not obj.getState().contains(pyatspi.STATE_SHOWING):
        return None
    return Node(obj, obj.getRole(), obj.getRoleName(), obj.name or "", extents_of(obj), action_names(obj))


def showing_nodes(root):
    """Every SHOWING object under root (root included), in tree order."""
    nodes, stack = [], [root]
    while stack:
        obj = stack.pop()
        try:
            node = read_node(obj)
            children = [obj.getChildAtIndex(i) for i in range(obj.childCount)]
        except Exception:  # an object that went away during the walk
            continue
        if node is not None:
            nodes.append(node)
        stack.extend(child for child in reversed(children) if child is not None)
    return nodes


def is_interactive(node):
    if node.role in INTERACTIVE_ROLES:
        return True
    if node.role == pyatspi.ROLE_LIST_ITEM and node.actions:
        return True
    return "press" in node.actions


def signature(nodes):
    """What a visitor would notice changing: roles, names and places of what is showing."""
    return tuple((node.role_name, node.name, node.extents) for node in nodes)


def find_app(kiosk_proc):
    """The kiosk's application object on the AT-SPI desktop, waiting up to APP_TIMEOUT."""
    deadline = time.monotonic() + APP_TIMEOUT
    while time.monotonic() < deadline:
        if kiosk_proc.poll() is not None:
            raise StepFailed(f"the kiosk exited with status {kiosk_proc.returncode} before it appeared on AT-SPI")
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and (app.get_process_id() == kiosk_proc.pid or app.name == APP_NAME):
                    return app
            except Exception:
                continue
        time.sleep(0.1)
    raise StepFailed(f"the kiosk did not appear on the AT-SPI desktop within {APP_TIMEOUT:.0f} s")


def matches(node, names, prefix):
    name = normalised(node.name)
    return any(name.startswith(normalised(n)) if prefix else name == normalised(n) for n in names)


def find_control(root, names, prefix=False, timeout=CHANGE_TIMEOUT):
    """The first showing interactive object named one of names (in their order of preference)."""
    deadline = time.monotonic() + timeout
    while True:
        controls = [node for node in showing_nodes(root) if is_interactive(node)]
        for wanted in names:
            for node in controls:
                if matches(node, (wanted,), prefix):
                    return node
        if time.monotonic() >= deadline:
            return None
        time.sleep(POLL_INTERVAL)


def find_role(root, role):
    """The first showing object with this role under root, or None."""
    return next((node for node in showing_nodes(root) if node.role == role), None)


# ---------------------------------------------------------------------------------------------
# Acting

def press(node):
    """Invokes the control's AT-SPI "Press" action; False when it has none or it fails."""
    try:
        action = node.obj.queryAction()
    except NotImplementedError:
        return False
    for i in range(action.nActions):
        if action.getName(i).lower() == "press":
            return bool(action.doAction(i))
    return False


def wait_for_change(root, before):
    """The showing nodes once they differ from the signature `before`; None after CHANGE_TIMEOUT."""
    deadline = time.monotonic() + CHANGE_TIMEOUT
    while True:
        nodes = showing_nodes(root)
        if signature(nodes) != before:
            return nodes
        if time.monotonic() >= deadline:
            return None
        time.sleep(POLL_INTERVAL)


def settle(root, nodes):
    """The showing nodes once two walks SETTLE_INTERVAL apart agree (or after SETTLE_TIMEOUT)."""
    deadline = time.monotonic() + SETTLE_TIMEOUT
    while time.monotonic() < deadline:
        time.sleep(SETTLE_INTERVAL)
        again = showing_nodes(root)
        if signature(again) == signature(nodes):
            break
        nodes = again
    return nodes


def activate(app, names, what, prefix=False, scope=None):
    """Finds a control by name, presses it and waits for the screen to change.

    Raises StepFailed when the control is missing, has no Press action or changes nothing."""
    node = find_control(scope or app, names, prefix)
    if node is None:
        raise StepFailed(f"no showing control named {' or '.join(map(quoted, names))} ({what})")
    before = signature(showing_nodes(app))
    if not press(node):
        raise StepFailed(f"{quoted(node.name)} has no working AT-SPI Press action ({what})")
    changed = wait_for_change(app, before)
    if changed is None:
        raise StepFailed(f"pressing {quoted(node.name)} changed nothing within {CHANGE_TIMEOUT:.0f} s ({what})")
    settle(app, changed)
    return node


# ---------------------------------------------------------------------------------------------
# Checking

def control_problems(node):
    """What is wrong with one showing interactive control, as a list of sentences."""
    where = f"{node.role_name} {quoted(node.name)}"
    if node.extents:
        where += f" at {node.extents[0]},{node.extents[1]}"
    problems = []
    if not spoken(node.name):
        problems.append(f"{where}: no accessible name, a screen reader says nothing")
    if node.extents is None:
        problems.append(f"{where}: no extents (no Component interface)")
    elif node.extents[2] < MIN_SIZE or node.extents[3] < MIN_SIZE:
        problems.append(f"{where}: {node.extents[2]}×{node.extents[3]} px, smaller than {MIN_SIZE}×{MIN_SIZE}")
    return problems


def check_screen(report, label, root):
    """Checks every showing interactive control under root; returns the controls checked."""
    controls = [node for node in showing_nodes(root) if is_interactive(node)]
    problems = [text for node in controls for text in control_problems(node)]
    report.screen(label, len(controls), problems)
    if not controls:
        report.problem(f"{label}: no showing control at all")
    return controls


# ---------------------------------------------------------------------------------------------
# The journey

def pack_has_language(pack, code):
    try:
        languages = json.loads((Path(pack) / "languages.json").read_text(encoding="utf-8"))["languages"]
    except (OSError, ValueError, KeyError):
        return False
    return any(language.get("code") == code for language in languages)


def at_menu(app):
    """Whether some menu entry is showing, i.e. the journey can go on from the menu."""
    return any(find_control(app, names, prefix=True, timeout=0) for names in MENU_ENTRIES)


def visit_menu_entry(report, app, entry_names):
    """Opens one menu entry by name, checks its screen, and goes back to the menu."""
    node = activate(app, entry_names, "menu entry", prefix=True)
    title = node.name.split(". ")[0]
    check_screen(report, f"{quoted(title)} (fr)", app)
    activate(app, BACK, f"back from {quoted(title)}")


def visit_help(report, app):
    """Opens Help from the top bar, checks its dialog, and closes it."""
    activate(app, HELP, "top bar")
    dialog = find_role(app, pyatspi.ROLE_DIALOG)
    if dialog is None:
        raise StepFailed("pressing Help showed no dialog")
    check_screen(report, "help dialog (fr)", dialog.obj)
    activate(app, CLOSE, "help dialog", scope=dialog.obj)
    if find_role(app, pyatspi.ROLE_DIALOG) is not None:
        report.problem("help dialog: still showing after its close button was pressed")


def has_state(node, state):
    return node.obj.getState().contains(state)


def visit_modes(report, app):
    """The large-text toggle says it is a toggle and whether it is on, as a screen reader needs."""
    node = find_control(app, LARGE_TEXT)
    if node is None:
        raise StepFailed(f"no showing control named {' or '.join(map(quoted, LARGE_TEXT))} (mode bar)")
    # A check box or toggle button is announced with its state ("check box, not checked");
    # Qt 6.4 sets the role but not STATE_CHECKABLE, so either counts.
    toggles = (pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_TOGGLE_BUTTON)
    if node.role not in toggles and not has_state(node, pyatspi.STATE_CHECKABLE):
        report.problem(f"{quoted(node.name)} ({node.role_name}): not announced as something that turns on and off")
    states = []
    for _ in range(2):
        press(node)
        deadline = time.monotonic() + CHANGE_TIMEOUT
        wanted = not states or not states[-1]
        while has_state(node, pyatspi.STATE_CHECKED) != wanted and time.monotonic() < deadline:
            time.sleep(POLL_INTERVAL)
        states.append(has_state(node, pyatspi.STATE_CHECKED))
    say(f"mode {quoted(node.name)} ({node.role_name}): checked after Press = {states[0]}, after a second Press = {states[1]}")
    if states != [True, False]:
        report.problem(f"{quoted(node.name)}: its on/off state does not follow Press ({states})")


def visit_right_to_left(report, app, pack, french_menu_controls):
    """Back to the languages, Arabic, and the right-to-left menu."""
    if not pack_has_language(pack, "ar"):
        say(f"screen menu (ar): skipped, the pack in {pack} has no Arabic")
        return
    try:
        activate(app, CHANGE_LANGUAGE, "mode bar")
    except StepFailed as failure:
        report.problem(f"{failure}; trying Home instead")
        activate(app, HOME, "top bar")
    activate(app, ARABIC, "home screen")
    controls = check_screen(report, "menu (ar)", app)
    if len(controls) != len(french_menu_controls):
        report.problem(f"menu (ar): {len(controls)} controls, the French menu had {len(french_menu_controls)}")
    foreign = [node.name for node in controls if spoken(node.name) and not is_arabic_script(node.name)]
    if foreign:
        say(f"  note: {len(foreign)} of {len(controls)} names are not in Arabic script "
            f"(translation not compiled?): {', '.join(map(quoted, foreign))}")


def journey(report, app, pack):
    """Home, French, every menu entry, Help, then the right-to-left menu."""
    if find_control(app, FRENCH, timeout=APP_TIMEOUT) is None:
        raise StepFailed("the home screen shows no control named \"Français\"")
    check_screen(report, "home", app)
    activate(app, FRENCH, "home screen")
    french_menu = check_screen(report, "menu (fr)", app)
    for entry_names in MENU_ENTRIES:
        try:
            visit_menu_entry(report, app, entry_names)
        except StepFailed as failure:
            report.problem(str(failure))
            if not at_menu(app):
                raise StepFailed("lost the way back to the menu") from failure
    visit_help(report, app)
    visit_modes(report, app)
    visit_right_to_left(report, app, pack, french_menu)


def show_log(path, lines=20):
    try:
        tail = Path(path).read_text(errors="replace").splitlines()[-lines:]
    except OSError:
        return
    if tail:
        say(f"  last lines of {path.name}:")
        for line in tail:
            say(f"    {line}")


def run(kiosk, pack):
    """Sets up the private desktop, drives the kiosk, tears everything down; returns the exit status."""
    report = Report()
    procs = Processes()
    runtime_dir = make_runtime_dir()
    log_path = Path(runtime_dir) / "processes.log"
    try:
        with open(log_path, "wb") as log:
            try:
                kiosk_proc = start_desktop(procs, kiosk, pack, runtime_dir, log)
                app = find_app(kiosk_proc)
                journey(report, app, pack)
            except StepFailed as failure:
                report.problem(str(failure))
                show_log(log_path)
            except Exception as error:  # an AT-SPI call that failed: still a result, not a crash
                traceback.print_exc()
                report.problem(f"unexpected {type(error).__name__}: {error}")
                show_log(log_path)
    finally:
        procs.stop_all()
        shutil.rmtree(runtime_dir, ignore_errors=True)
    say(report.summary())
    return 1 if report.problems else 0


def raise_on_sigterm(signum, _frame):
    raise SystemExit(128 + signum)


def main(argv):
    if len(argv) != 2:
        print(f"usage: {argv[0]} PATH-TO-guichet-kiosk   (the pack comes from GUICHET_PACK)", file=sys.stderr)
        return 2
    kiosk = os.path.abspath(argv[1])
    if not os.access(kiosk, os.X_OK):
        print(f"{argv[0]}: {kiosk} is not an executable", file=sys.stderr)
        return 2
    pack = Path(os.environ.get("GUICHET_PACK") or DEFAULT_PACK).resolve()
    signal.signal(signal.SIGTERM, raise_on_sigterm)  # so that the clean-up in run() happens
    sys.stdout.reconfigure(errors="backslashreplace")
    say(f"atspi: {kiosk} on {pack}")
    return run(kiosk, pack)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
