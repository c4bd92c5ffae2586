# SPDX-License-Identifier: GPL-3.0-or-later
"""A power cut during an install: `guichet-kiosk --install-pack` (and the self-test it runs in a
child) is killed with SIGKILL at a random moment, 100 times. After each, `current` names exactly
the old or exactly the new pack, every file as signed, and the kiosk starts on it. Never a mix."""
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import packtools as pt  # noqa: E402

ROUNDS = int(os.environ.get("GUICHET_KILL_ROUNDS", "100"))


class KillInstallTest(unittest.TestCase):
    def test_kill_during_install(self):
        work = tempfile.TemporaryDirectory()
        secret, public = pt.keygen(work.name, "staff")
        data = os.path.join(work.name, "data")
        packs = os.path.join(data, "packs")
        archive = os.path.join(work.name, "pack.tar.gz")
        env = pt.kiosk_env()

        def write(version):
            files = pt.sign(pt.pack_files(version), secret, pt.days(-1), pt.days(30))
            with open(archive, "wb") as f:
                f.write(pt.archive(files))

        def install():
            # Its own process group, so that the kill takes the self-test child too, as a power cut would.
            return subprocess.Popen([pt.KIOSK, "--data", data, "--now", pt.NOW_ARG, "--pack-key", public, "--install-pack", archive],
                                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, start_new_session=True)

        write("2027.2.0")
        self.assertEqual(install().wait(timeout=120), 0)
        started = time.monotonic()
        write("2027.2.1")
        self.assertEqual(install().wait(timeout=120), 0)
        duration = time.monotonic() - started
        rng = random.Random(20261204)  # the same moments on every run, so a failure can be replayed
        outcomes = {"old": 0, "new": 0}
        phases = {"before writing": 0, "while writing": 0, "written, not yet current": 0, "switched": 0}
        for round_ in range(ROUNDS):
            old = os.readlink(os.path.join(packs, "current"))
            new = "2027.3.%d" % round_
            write(new)
            process = install()
            # Half the kills anywhere in the install, half around its end, where the new
            # directory is renamed into place and the links are switched.
            moment = rng.uniform(0, duration) if round_ % 2 == 0 else rng.uniform(0.75 * duration, 1.1 * duration)
            try:
                process.wait(timeout=moment)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
            current = os.readlink(os.path.join(packs, "current"))
            self.assertIn(current, (old, new), f"round {round_}, killed after {moment:.3f} s")
            left = set(os.listdir(packs))
            if current == new:
                phases["switched"] += 1
            elif new in left:
                phases["written, not yet current"] += 1
            elif any(name.startswith(".staging-") for name in left):
                phases["while writing"] += 1
            else:
                phases["before writing"] += 1
            self.assertTrue(pt.signed_files_match(os.path.join(packs, current)), f"round {round_}: {current} is not whole")
            outcomes["new" if current == new else "old"] += 1
            # The kiosk starts on it (its self-test: every screen of the pack it chose).
            code, out, err = pt.run(pt.KIOSK, "--data", data, "--now", pt.NOW_ARG, "--self-test", "--mute", env=env)
            self.assertEqual(code, 0, f"round {round_}: {out}{err}")
            self.assertIn("x 2 languages ok", out)
            self.assertNotIn("passing over", err)
        print(f"kill_install: {ROUNDS} kills over {duration:.2f} s installs: {outcomes['old']} left the old pack, "
              f"{outcomes['new']} the new one, never a mix; killed {phases}")


if __name__ == "__main__":
    unittest.main(verbosity=2)
