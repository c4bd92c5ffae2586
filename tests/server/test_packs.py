# SPDX-License-Identifier: GPL-3.0-or-later
"""Publishing content packs through the real server: signed with guichet-pack (Ed25519), checked
file by file and validated before acceptance, then served to kiosks and made the schedule.
Runs on SQLite, and on PostgreSQL when GUICHET_DB_URL is set."""
import base64
import ctypes
import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from serverprocess import Database, Server, test_pack  # noqa: E402

PACK_TOOL = os.environ["GUICHET_PACK_TOOL"]


def tool(*args):
    result = subprocess.run([PACK_TOOL, *args], capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        raise AssertionError(f"guichet-pack {' '.join(args)}: {result.stderr}")
    return result.stdout


def archive_files(data):
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()}


def make_archive(files):
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w:gz") as tar:
        for name, data in sorted(files.items()):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return out.getvalue()


def sign_with_libsodium(files, secret_key_file):
    """Signs files as guichet-pack does, through libsodium itself (for a pack guichet-pack
    would refuse to build because it does not validate)."""
    sodium = ctypes.CDLL("libsodium.so.23")
    assert sodium.sodium_init() >= 0
    with open(secret_key_file) as f:
        secret = base64.b64decode(f.read().strip())
    files = {k: v for k, v in files.items() if k != "signature.json"}
    hashes = {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
    version = json.loads(files["manifest.json"])["version"]
    payload = json.dumps({"files": hashes, "version": version}, separators=(",", ":"), sort_keys=True).encode()
    signature = ctypes.create_string_buffer(64)
    sodium.crypto_sign_detached(signature, None, payload, ctypes.c_ulonglong(len(payload)), secret)
    files["signature.json"] = json.dumps({"version": version, "files": hashes, "public_key": base64.b64encode(secret[32:]).decode(),
                                          "signature": base64.b64encode(signature.raw).decode()}).encode()
    return files


class PacksTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.work = tempfile.TemporaryDirectory()
        w = cls.work.name
        cls.secret, cls.public = os.path.join(w, "pack.key"), os.path.join(w, "pack.pub")
        tool("keygen", "--secret", cls.secret, "--public", cls.public)
        cls.db = Database(w)
        cls.db.cli("import", "--pack", test_pack(os.path.join(w, "first")))
        cls.staff = cls.db.token("staff")
        cls.kiosk = cls.db.token("kiosk", "k1")
        cls.server = Server(cls.db, "--pack-key", cls.public, "--rate-per-token", "0", "--rate-per-address", "0")
        # A new version whose main office has a new phone number.
        cls.pack_dir = test_pack(os.path.join(w, "second"))
        cls.edit(cls.pack_dir, "manifest.json", lambda m: m.update(version="2099.1.0"))
        cls.edit(cls.pack_dir, "offices.json", lambda o: o["offices"][0].update(phone="+3222222222"))
        cls.archive_path = os.path.join(w, "pack.tar.gz")
        tool("build", cls.pack_dir, "--key", cls.secret, "--out", cls.archive_path)
        with open(cls.archive_path, "rb") as f:
            cls.archive = f.read()

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()
        cls.work.cleanup()

    @staticmethod
    def edit(pack, name, change):
        path = os.path.join(pack, name)
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        change(data)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=2)

    def publish(self, data, token=None):
        return self.server.call("POST", "/api/v1/packs", token or self.staff, raw=data, headers={"Content-Type": "application/gzip"})

    def test_1_publish_serve_and_become_the_schedule(self):
        status, _, value = self.server.call("GET", "/api/v1/packs/latest", self.kiosk)
        self.assertEqual(status, 404, value)
        self.assertGreater(len(self.archive), 64 * 1024, "a real pack is over the 64 KiB of other bodies")
        self.assertEqual(self.publish(self.archive, self.kiosk)[0], 403)
        status, _, published = self.publish(self.archive)
        self.assertEqual(status, 201, published)
        self.assertEqual(published["version"], "2099.1.0")
        self.assertEqual(published["sha256"], hashlib.sha256(self.archive).hexdigest())
        self.assertEqual(published["size"], len(self.archive))
        self.assertTrue(published["signature"])
        # The same archive again: accepted once, answered the same.
        status, _, again = self.publish(self.archive)
        self.assertEqual((status, again), (200, published))
        # Kiosks see it and download exactly those bytes.
        self.assertEqual(self.server.call("GET", "/api/v1/packs/latest", self.kiosk)[2], published)
        conn = self.server.connection()
        conn.request("GET", "/api/v1/packs/2099.1.0", headers={"Authorization": "Bearer " + self.kiosk})
        response = conn.getresponse()
        self.assertEqual(response.status, 200)
        self.assertEqual(hashlib.sha256(response.read()).hexdigest(), published["sha256"])
        conn.close()
        self.assertEqual(self.server.call("GET", "/api/v1/packs/1.0.0-nope", self.kiosk)[0], 404)
        self.assertEqual(self.server.call("GET", "/api/v1/packs/..%2Fetc", self.kiosk)[0], 404)
        # And it is the server's schedule now.
        offices = self.server.call("GET", "/api/v1/offices", self.kiosk)[2]
        self.assertIn("+3222222222", [o["phone"] for o in offices])

    def refused(self, data, field=None, status=400):
        before = self.server.call("GET", "/api/v1/offices", self.kiosk)[2]
        code, _, value = self.publish(data)
        self.assertEqual(code, status, value)
        if field:
            self.assertEqual(value.get("field"), field, value)
        self.assertEqual(self.server.call("GET", "/api/v1/offices", self.kiosk)[2], before, "a refused pack changes nothing")
        return value

    def test_2_tampered_packs_are_refused(self):
        files = archive_files(self.archive)
        changed = dict(files)
        changed["texts/fr.json"] = changed["texts/fr.json"].replace(b"Bienvenue", b"Bienvenu")
        self.assertIn("changed after signing", self.refused(make_archive(changed), "signature")["message"])
        added = dict(files, **{"extra.json": b"{}"})
        self.assertIn("added after signing", self.refused(make_archive(added), "signature")["message"])
        missing = {k: v for k, v in files.items() if k != "calendar.json"}
        self.assertIn("missing", self.refused(make_archive(missing), "signature")["message"])
        unsigned = {k: v for k, v in files.items() if k != "signature.json"}
        self.refused(make_archive(unsigned), "signature")
        self.refused(b"\x1f\x8b\x08not really gzip", "body")
        self.refused(b"", "body")
        escaping = dict(files, **{"../../etc/passwd": b"x"})
        self.refused(make_archive(escaping), "body")

    def test_3_a_stranger_key_is_refused(self):
        other = os.path.join(self.work.name, "other")
        os.makedirs(other, exist_ok=True)
        tool("keygen", "--secret", os.path.join(other, "k"), "--public", os.path.join(other, "p"))
        tool("build", self.pack_dir, "--key", os.path.join(other, "k"), "--out", os.path.join(other, "pack.tar.gz"))
        with open(os.path.join(other, "pack.tar.gz"), "rb") as f:
            self.assertIn("does not trust", self.refused(f.read(), "signature")["message"])

    def test_4_a_signed_pack_that_does_not_validate_is_refused(self):
        files = archive_files(self.archive)
        offices = json.loads(files["offices.json"])
        offices["offices"][0]["services"][0]["service"] = "juggling"
        files["offices.json"] = json.dumps(offices).encode()
        files["manifest.json"] = files["manifest.json"].replace(b"2099.1.0", b"2099.2.0")
        value = self.refused(make_archive(sign_with_libsodium(files, self.secret)), "pack")
        self.assertIn("juggling", value["message"])

    def test_5_a_version_is_published_once(self):
        files = archive_files(self.archive)
        files["texts/fr.json"] = files["texts/fr.json"].replace(b"Bienvenue", b"Bonjour")
        self.refused(make_archive(sign_with_libsodium(files, self.secret)), status=409)

    def test_6_without_a_trusted_key_nothing_is_published(self):
        server = Server(self.db)
        try:
            status, _, value = server.call("POST", "/api/v1/packs", self.staff, raw=self.archive)
            self.assertEqual(status, 403, value)
            self.assertIn("--pack-key", value["message"])
        finally:
            server.stop()


if __name__ == "__main__":
    unittest.main(verbosity=2)
