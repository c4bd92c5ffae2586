# SPDX-License-Identifier: GPL-3.0-or-later
"""The kiosk under systemd's eyes, with no systemd: the test binds the datagram socket that
systemd would (NOTIFY_SOCKET) and reads what the kiosk says there. READY=1 after the first frame,
WATCHDOG=1 every third of WATCHDOG_USEC from the UI thread, no ping while the process is stopped
(SIGSTOP: what a hung UI looks like to systemd), STOPPING=1 and exit 0 on SIGTERM. And a
kiosk.conf with bad lines: each named on stderr, and the kiosk still comes up.
    python3 watchdog_test.py GUICHET_KIOSK"""
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time

KIOSK = sys.argv[1] if len(sys.argv) > 1 else os.environ["GUICHET_KIOSK"]
WATCHDOG_USEC = 3_000_000  # pings every second


def fail(message):
    print(f"watchdog: FAIL: {message}", flush=True)
    sys.exit(1)


class Notifications:
    """The socket systemd would listen on, and what arrives there with its time."""

    def __init__(self, directory):
        self.path = os.path.join(directory, "notify")
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(self.path)
        self.sock.settimeout(0.2)

    def receive(self, seconds):
        """Every message within `seconds`, as (monotonic time, line) pairs."""
        got = []
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            try:
                data = self.sock.recv(4096)
            except socket.timeout:
                continue
            for line in data.decode().splitlines():
                got.append((time.monotonic(), line))
        return got

    def wait_for(self, line, seconds):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            for _, got in self.receive(0.5):
                if got == line:
                    return True
        return False


def start_kiosk(work, notify, extra=()):
    env = dict(os.environ, NOTIFY_SOCKET=notify.path, WATCHDOG_USEC=str(WATCHDOG_USEC), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([KIOSK, "--mute", "--data", os.path.join(work, "data"), *extra], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def pings(messages):
    return [t for t, line in messages if line == "WATCHDOG=1"]


def check_watchdog(work):
    notify = Notifications(work)
    kiosk = start_kiosk(work, notify)
    try:
        if not notify.wait_for("READY=1", 90):
            fail("no READY=1 within 90 s")
        times = pings(notify.receive(6))
        gaps = [b - a for a, b in zip(times, times[1:])]
        if len(times) < 4 or max(gaps) > 2.5:
            fail(f"{len(times)} pings in 6 s, gaps {gaps}")
        print(f"watchdog: {len(times)} pings in 6 s, longest gap {max(gaps):.2f} s", flush=True)

        kiosk.send_signal(signal.SIGSTOP)
        notify.receive(0.3)  # a ping already on its way
        stopped = pings(notify.receive(5))
        if stopped:
            fail(f"{len(stopped)} pings while the kiosk was stopped")
        kiosk.send_signal(signal.SIGCONT)
        if len(pings(notify.receive(3))) < 2:
            fail("the pings did not come back after SIGCONT")
        print("watchdog: no ping for 5 s while stopped, pings again after SIGCONT", flush=True)

        kiosk.send_signal(signal.SIGTERM)
        said = [line for _, line in notify.receive(3)]
        code = kiosk.wait(30)
        if code != 0:
            fail(f"exit status {code} after SIGTERM; stderr: {kiosk.stderr.read()[-2000:]}")
        if "STOPPING=1" not in said:
            fail(f"no STOPPING=1 after SIGTERM: {said}")
        print("watchdog: SIGTERM: STOPPING=1 and exit 0", flush=True)
    finally:
        if kiosk.poll() is None:
            kiosk.send_signal(signal.SIGCONT)
            kiosk.kill()
        kiosk.wait()


def check_bad_configuration(work):
    conf = os.path.join(work, "kiosk.conf")
    with open(conf, "w", encoding="utf-8") as f:
        f.write("# a kiosk.conf with mistakes in it\n"
                "volum = 50\n"
                "volume = 150\n"
                "office = nowhere\n"
                "server = https://127.0.0.1:9/\n"
                "kiosk-id = hall\n"
                "token-file = /nonexistent/kiosk.token\n"
                "pack-key = /nonexistent/pack.pub\n")
    notify = Notifications(os.path.join(work, "bad"))
    kiosk = start_kiosk(work, notify, ["--config", conf])
    try:
        if not notify.wait_for("READY=1", 90):
            fail("a bad kiosk.conf kept the kiosk from its first frame")
    finally:
        kiosk.send_signal(signal.SIGTERM)
        code = kiosk.wait(30)
    stderr = kiosk.stderr.read()
    for expected in (f'{conf}:2: unknown key "volum"', "volume 150 is not a whole number from 0 to 100",
                     "office: the pack has no office nowhere", "booking: ", "booking is off"):
        if expected not in stderr:
            fail(f"stderr does not say {expected!r}:\n{stderr}")
    if code != 0:
        fail(f"exit status {code} after SIGTERM")
    print("watchdog: a kiosk.conf with 4 bad lines: each named, READY=1 all the same", flush=True)


def main():
    with tempfile.TemporaryDirectory() as work:
        os.mkdir(os.path.join(work, "bad"))
        check_watchdog(work)
        check_bad_configuration(work)
    print("watchdog: ok")


main()
