# SPDX-License-Identifier: GPL-3.0-or-later
"""Publishing content packs through the real server: signed with guichet-pack (Ed25519, signature
format 2), checked file by file, for expiry and for a version greater than the latest, and
validated before acceptance, then served to kiosks (with an ETag) and made the schedule; previews
say what would change without storing anything. Runs on SQLite, and on PostgreSQL when
GUICHET_DB_URL is set. Dates come from the server's pinned clock (serverprocess.NOW), never from
the day the test runs."""
import datetime
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
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import packsigning  # noqa: E402
from serverprocess import NOW, Database, Server, test_pack  # noqa: E402

PACK_TOOL = os.environ["GUICHET_PACK_TOOL"]
# guichet-pack build signs with its own clock, the system's, which may be before or after the
# server's pinned NOW: an expiry far from both keeps its packs valid whatever day this runs.
FAR_EXPIRY = "2999-01-01"


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


def sign_with_libsodium(files, secret_key_file, created=None, expires=None):
    """Signs files as guichet-pack does: for a pack guichet-pack would refuse to build (it does
    not validate, or has expired), and to choose its dates. By default made a day before the
    server's NOW, valid a year after it."""
    return packsigning.sign(files, secret_key_file, created or NOW - datetime.timedelta(days=1),
                            expires or NOW + datetime.timedelta(days=365))


def with_version(files, version):
    """The pack's files with another version in its manifest (to be signed again)."""
    manifest = json.loads(files["manifest.json"])
    manifest["version"] = version
    return dict(files, **{"manifest.json": json.dumps(manifest, ensure_ascii=False, indent=2).encode()})


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
        tool("build", cls.pack_dir, "--key", cls.secret, "--out", cls.archive_path, "--expires", FAR_EXPIRY)
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

    def preview(self, data, lang="fr", token=None):
        query = f"?lang={lang}" if lang else ""
        return self.server.call("POST", "/api/v1/packs/preview" + query, token or self.staff, raw=data,
                                headers={"Content-Type": "application/gzip"})

    def signed(self, version, change=None, **dates):
        """The published test pack's files as another version, changed by change(files) and
        signed again (format 2): an archive."""
        files = with_version(archive_files(self.archive), version)
        if change:
            change(files)
        return make_archive(sign_with_libsodium(files, self.secret, **dates))

    def latest_version(self):
        status, _, latest = self.server.call("GET", "/api/v1/packs/latest", self.kiosk)
        self.assertEqual(status, 200, latest)
        return latest["version"]

    def test_0_preview_before_the_first_publish(self):
        offices = self.server.call("GET", "/api/v1/offices", self.kiosk)[2]
        self.assertEqual(self.preview(self.archive, token=self.kiosk)[0], 403)
        status, _, preview = self.preview(self.archive)
        self.assertEqual(status, 200, preview)
        manifest = json.loads(archive_files(self.archive)["manifest.json"])
        self.assertEqual(preview["version"], "2099.1.0")
        self.assertEqual(preview["id"], manifest["id"])
        self.assertEqual(preview["languages"], manifest["languages"])
        self.assertEqual(preview["expires"], FAR_EXPIRY + "T00:00:00Z")
        self.assertRegex(preview["created"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
        self.assertEqual(preview["sha256"], hashlib.sha256(self.archive).hexdigest())
        # Nothing to compare with: said, not made up.
        self.assertIsNone(preview["against"])
        self.assertIs(preview["first_pack"], True)
        self.assertIs(preview["already_published"], False)
        self.assertEqual(preview["changes"], [])
        self.assertIn("Premier", preview["summary"])
        self.assertIn("Eerste", self.preview(self.archive, lang="nl")[2]["summary"])
        self.assertEqual(self.preview(self.archive, lang=None)[2]["summary"], preview["summary"])  # French unless asked
        status, _, value = self.preview(self.archive, lang="de")
        self.assertEqual((status, value.get("field")), (400, "lang"), value)
        # A preview stores nothing.
        self.assertEqual(self.server.call("GET", "/api/v1/packs/latest", self.kiosk)[0], 404)
        self.assertEqual(self.server.call("GET", "/api/v1/offices", self.kiosk)[2], offices)

    def test_0_preview_refuses_what_publish_refuses(self):
        files = archive_files(self.archive)
        files["texts/fr.json"] = files["texts/fr.json"].replace(b"Bienvenue", b"Bienvenu")
        status, _, value = self.preview(make_archive(files))
        self.assertEqual((status, value.get("field")), (400, "signature"), value)
        self.assertEqual(self.preview(b"not an archive")[2].get("field"), "body")
        status, _, value = self.preview(self.signed("2099.3.0", expires=NOW - datetime.timedelta(hours=1),
                                                    created=NOW - datetime.timedelta(days=30)))
        self.assertEqual((status, value["error"]), (422, "expired"), value)

    def test_0_archive_bodies_over_64_mib_are_refused_before_reading(self):
        for path in ("/api/v1/packs", "/api/v1/packs/preview"):
            conn = self.server.connection()
            try:
                conn.putrequest("POST", path)
                conn.putheader("Authorization", "Bearer " + self.staff)
                conn.putheader("Content-Length", str(64 * 1024 * 1024 + 1))
                conn.endheaders()
                self.assertEqual(conn.getresponse().status, 413, path)
            finally:
                conn.close()

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
        # Kiosks see it, tagged with its hash, and download exactly those bytes.
        status, headers, latest = self.server.call("GET", "/api/v1/packs/latest", self.kiosk)
        self.assertEqual((status, latest), (200, published))
        etag = f'"{published["sha256"]}"'
        self.assertEqual(headers.get("ETag"), etag)
        for same in (etag, "W/" + etag, f'"other", {etag}', "*"):
            self.assertEqual(self.latest_raw(same), (304, etag, b""), same)
        status, tag, body = self.latest_raw('"something else"')
        self.assertEqual((status, tag, json.loads(body)), (200, etag, published))
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

    def latest_raw(self, if_none_match):
        """(status, ETag, body bytes) of GET /packs/latest with If-None-Match."""
        conn = self.server.connection()
        try:
            conn.request("GET", "/api/v1/packs/latest", headers={"Authorization": "Bearer " + self.kiosk, "If-None-Match": if_none_match})
            response = conn.getresponse()
            return response.status, response.getheader("ETag"), response.read()
        finally:
            conn.close()

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
        tool("build", self.pack_dir, "--key", os.path.join(other, "k"), "--out", os.path.join(other, "pack.tar.gz"), "--expires", FAR_EXPIRY)
        with open(os.path.join(other, "pack.tar.gz"), "rb") as f:
            self.assertIn("not trusted", self.refused(f.read(), "signature")["message"])

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
            for path in ("/api/v1/packs", "/api/v1/packs/preview"):
                status, _, value = server.call("POST", path, self.staff, raw=self.archive)
                self.assertEqual(status, 403, value)
                self.assertIn("--pack-key", value["message"])
        finally:
            server.stop()

    def test_7_an_expired_pack_is_refused(self):
        value = self.refused(self.signed("2099.3.0", created=NOW - datetime.timedelta(days=30), expires=NOW - datetime.timedelta(seconds=1)),
                             status=422)
        self.assertEqual(value["error"], "expired")
        self.assertIn("expired", value["message"])
        self.assertEqual(self.latest_version(), "2099.1.0")

    def test_8_versions_only_grow(self):
        self.assertEqual(self.latest_version(), "2099.1.0")
        for older in ("2099.0.9", "2099.1", "2026.11.22"):
            value = self.refused(self.signed(older), status=409)
            self.assertEqual(value["error"], "stale_version", older)
            self.assertIn("2099.1.0", value["message"])
            self.assertEqual(self.preview(self.signed(older))[2].get("error"), "stale_version", older)
        self.assertEqual(self.refused(self.signed("1.0.0-beta"), "version")["error"], "invalid")
        # Compared number by number: 2099.10.0 is after 2099.9.0.
        for newer in ("2099.9.0", "2099.10.0"):
            status, _, published = self.publish(self.signed(newer))
            self.assertEqual(status, 201, published)
            self.assertEqual(self.latest_version(), newer)
        self.assertEqual(self.refused(self.signed("2099.9.5"), status=409)["error"], "stale_version")
        # An archive published before is still answered 200, as it was, and changes nothing.
        status, _, again = self.publish(self.archive)
        self.assertEqual((status, again["version"], again["sha256"]), (200, "2099.1.0", hashlib.sha256(self.archive).hexdigest()))
        self.assertEqual(self.latest_version(), "2099.10.0")
        # The fleet says which kiosk runs the latest.
        for version, latest in (("2099.10.0", True), ("2099.9.0", False)):
            self.assertEqual(self.server.call("POST", "/api/v1/kiosks/k1/heartbeat", self.kiosk, {"pack_version": version})[0], 200)
            fleet = {k["id"]: k for k in self.server.call("GET", "/api/v1/kiosks", self.staff)[2]}
            self.assertIs(fleet["k1"]["pack_is_latest"], latest, version)

    def test_9_preview_says_what_would_change(self):
        latest = self.latest_version()
        offices = self.server.call("GET", "/api/v1/offices", self.kiosk)[2]

        def shorter_tuesday_evening(files):
            # VIA Schaerbeek closes at 19:00 instead of 20:00 on Tuesdays, office and services.
            data = json.loads(files["offices.json"])
            office = next(o for o in data["offices"] if o["id"] == "via-schaerbeek")
            for hours in [office["hours"]] + [s["hours"] for s in office["services"]]:
                for r in hours.get("tue", []):
                    if r == {"from": "17:00", "to": "20:00"}:
                        r["to"] = "19:00"
            files["offices.json"] = json.dumps(data, ensure_ascii=False).encode()

        archive = self.signed(latest + ".1", shorter_tuesday_evening)
        status, _, fr = self.preview(archive)
        self.assertEqual(status, 200, fr)
        self.assertEqual((fr["version"], fr["against"], fr["first_pack"], fr["already_published"]), (latest + ".1", latest, False, False))
        office_lines = [c for c in fr["changes"] if c["kind"] in ("hours_removed", "hours_added")]
        self.assertEqual([(c["kind"], c["office_id"], c["day"], c["from"], c["to"], c["text"]) for c in office_lines], [
            ("hours_removed", "via-schaerbeek", "tue", "17:00", "20:00", "VIA Schaerbeek : mardi 17:00-20:00 supprimé"),
            ("hours_added", "via-schaerbeek", "tue", "17:00", "19:00", "VIA Schaerbeek : mardi 17:00-19:00 ajouté"),
        ])
        self.assertTrue(all(c["kind"].startswith("service_hours_") for c in fr["changes"] if c not in office_lines), fr["changes"])
        self.assertIn("VIA Schaerbeek : mardi 17:00-19:00 ajouté", fr["summary"])
        nl = self.preview(archive, lang="nl")[2]
        self.assertIn("VIA Schaerbeek: dinsdag 17:00-19:00 toegevoegd", [c["text"] for c in nl["changes"]])
        # Nothing was stored.
        self.assertEqual(self.latest_version(), latest)
        self.assertEqual(self.server.call("GET", "/api/v1/offices", self.kiosk)[2], offices)
        # The published pack itself: nothing would change.
        with_latest = self.server.connection()
        with_latest.request("GET", f"/api/v1/packs/{latest}", headers={"Authorization": "Bearer " + self.staff})
        published = with_latest.getresponse().read()
        with_latest.close()
        status, _, again = self.preview(published)
        self.assertEqual((status, again["already_published"], again["changes"], again["against"]), (200, True, [], latest), again)
        # A pack that does not validate is refused with its problems, as publishing would.
        broken = self.signed(latest + ".2", lambda f: f.update({"services.json": b'{"services": []}'}))
        status, _, value = self.preview(broken)
        self.assertEqual((status, value.get("field")), (400, "pack"), value)


if __name__ == "__main__":
    unittest.main(verbosity=2)
