# SPDX-License-Identifier: GPL-3.0-or-later
"""Packs for the kiosk's install tests: a pack directory made into files in memory, signed the
way guichet-pack signs (signature format 2, Ed25519 through libsodium itself), and written to
tar.gz archives that may hold anything a hostile archive can (links, devices, "..", bombs)."""
import datetime
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile

BIN = os.environ.get("GUICHET_BIN", "")
KIOSK = os.path.join(BIN, "guichet-kiosk")
PACK_TOOL = os.path.join(BIN, "guichet-pack")
MINIPACK = os.path.join(os.environ.get("GUICHET_TEST_DATA", ""), "minipack")

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import packsigning  # noqa: E402


def run(*args, env=None, timeout=180):
    """Runs a program; (exit code, stdout, stderr)."""
    result = subprocess.run(list(args), capture_output=True, text=True, timeout=timeout, env=env)
    return result.returncode, result.stdout, result.stderr


def kiosk_env():
    """The kiosk finds its packs in --data: GUICHET_PACK (set for the other tests) would pin one."""
    env = dict(os.environ)
    env.pop("GUICHET_PACK", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def keygen(directory, name):
    secret, public = os.path.join(directory, name + ".key"), os.path.join(directory, name + ".pub")
    code, _, err = run(PACK_TOOL, "keygen", "--secret", secret, "--public", public)
    assert code == 0, err
    return secret, public


def read_dir(directory):
    files = {}
    for root, _, names in os.walk(directory):
        for name in names:
            path = os.path.join(root, name)
            with open(path, "rb") as f:
                files[os.path.relpath(path, directory)] = f.read()
    return files


def pack_files(version, source=MINIPACK, edit=None):
    """A format 2 pack's files (from the minipack), with that version; edit(files) may change them."""
    files = {k: v for k, v in read_dir(source).items() if k != "signature.json"}
    manifest = json.loads(files["manifest.json"])
    manifest.update(format=2, version=version)
    files["manifest.json"] = json.dumps(manifest, ensure_ascii=False, indent=2).encode()
    if edit:
        edit(files)
    return files


def sign(files, secret_key_file, created, expires, signed_edit=None):
    """Adds signature.json as guichet-pack build writes it (tests/support/packsigning.py)."""
    return packsigning.sign(files, secret_key_file, created, expires, signed_edit)


def archive(files, extra=None):
    """A tar.gz of the files; extra(tar) may add hostile members."""
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w:gz", format=tarfile.PAX_FORMAT) as tar:
        for name in sorted(files):
            info = tarfile.TarInfo(name)
            info.size = len(files[name])
            tar.addfile(info, io.BytesIO(files[name]))
        if extra:
            extra(tar)
    return out.getvalue()


def signed_files_match(directory):
    """True when every file of an installed pack is as signed, none missing or added."""
    files = read_dir(directory)
    signed = json.loads(files.pop("signature.json"))["signed"]
    hashes = {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
    return hashes == signed["files"]


# The kiosk runs these tests on this moment (--now), so that expiry means the same on any day.
NOW = datetime.datetime(2026, 12, 2, 10, 0, tzinfo=datetime.timezone.utc)
NOW_ARG = "2026-12-02T10:00:00Z"


def days(n):
    """NOW moved by n days."""
    return NOW + datetime.timedelta(days=n)


def fresh_dir(path):
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path
