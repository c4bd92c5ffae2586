# SPDX-License-Identifier: GPL-3.0-or-later
"""guichet-kiosk --install-pack, the USB-stick way, with the real kiosk: a good pack is installed
and made current with the previous one kept; every bad one is refused with its reason in one
line, exit 2, the running pack still current and nothing left behind in DATA/packs. The kiosk
then starts on current, falls back on previous, then on the pack installed with it."""
import io
import json
import os
import shutil
import sys
import tarfile
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import packtools as pt  # noqa: E402

V1, V2 = "2027.1.1", "2027.1.2"


def add_member(name, type_, **fields):
    def extra(tar):
        info = tarfile.TarInfo(name)
        info.type = type_
        for key, value in fields.items():
            setattr(info, key, value)
        tar.addfile(info, io.BytesIO(b"x" * info.size) if type_ == tarfile.REGTYPE else None)
    return extra


class InstallTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.work = tempfile.TemporaryDirectory()
        w = cls.work.name
        cls.secret, cls.public = pt.keygen(w, "staff")
        cls.other_secret, cls.other_public = pt.keygen(w, "other")
        cls.data = os.path.join(w, "data")

    def setUp(self):
        # Every case starts with V1 installed and running.
        pt.fresh_dir(self.data)
        self.assertEqual(self.install(self.signed(V1)), (0, f"installed {V1}"))
        self.before = self.entries()

    def signed(self, version, edit=None, key=None, expires=30, signed_edit=None):
        files = pt.pack_files(version, edit=edit)
        return pt.sign(files, key or self.secret, pt.days(-1), pt.days(expires), signed_edit)

    def install(self, files_or_bytes, keys=None):
        data = files_or_bytes if isinstance(files_or_bytes, bytes) else pt.archive(files_or_bytes)
        path = os.path.join(self.work.name, "pack.tar.gz")
        with open(path, "wb") as f:
            f.write(data)
        args = [pt.KIOSK, "--data", self.data, "--now", pt.NOW_ARG, "--install-pack", path]
        for key in keys or [self.public]:
            args += ["--pack-key", key]
        code, out, err = pt.run(*args, env=pt.kiosk_env())
        lines = out.strip().splitlines()
        self.assertEqual(len(lines), 1, f"one line expected: {out!r} {err}")
        return code, lines[0]

    def entries(self):
        packs = os.path.join(self.data, "packs")
        return {name: os.readlink(os.path.join(packs, name)) if os.path.islink(os.path.join(packs, name)) else None
                for name in os.listdir(packs)}

    def current(self):
        return os.readlink(os.path.join(self.data, "packs", "current"))

    def assertRefused(self, pack, reason, keys=None):
        code, line = self.install(pack, keys)
        self.assertEqual(code, 2, line)
        self.assertTrue(line.startswith("refused: "), line)
        self.assertIn(reason, line)
        self.assertEqual(self.current(), V1)
        self.assertEqual(self.entries(), self.before, "something was left behind in DATA/packs")
        self.assertTrue(pt.signed_files_match(os.path.join(self.data, "packs", V1)))

    # A good pack

    def test_a_new_version_is_installed_and_the_previous_kept(self):
        self.assertEqual(self.install(self.signed(V2)), (0, f"installed {V2}"))
        self.assertEqual(self.entries(), {"current": V2, "previous": V1, V1: None, V2: None})
        self.assertTrue(pt.signed_files_match(os.path.join(self.data, "packs", V2)))

    def test_the_same_pack_again_changes_nothing(self):
        self.assertEqual(self.install(self.signed(V1)), (0, f"installed {V1}"))
        self.assertEqual(self.entries(), self.before)

    def test_two_keys_are_trusted_during_a_key_rotation(self):
        pack = self.signed(V2, key=self.other_secret)
        self.assertRefused(pack, "not trusted")
        self.assertEqual(self.install(pack, [self.public, self.other_public]), (0, f"installed {V2}"))

    def test_only_the_last_two_versions_are_kept(self):
        self.install(self.signed(V2))
        self.assertEqual(self.install(self.signed("2027.1.3")), (0, "installed 2027.1.3"))
        self.assertEqual(self.entries(), {"current": "2027.1.3", "previous": V2, V2: None, "2027.1.3": None})

    # The refusal matrix

    def test_a_flipped_byte(self):
        pack = self.signed(V2)
        data = bytearray(pack["offices.json"])
        data[10] ^= 0x01
        pack["offices.json"] = bytes(data)
        self.assertRefused(pack, "offices.json was changed after signing")

    def test_a_file_added(self):
        pack = self.signed(V2)
        pack["pictograms/extra.svg"] = b"<svg/>"
        self.assertRefused(pack, "pictograms/extra.svg was added after signing")

    def test_a_file_removed(self):
        pack = self.signed(V2)
        del pack["texts/ar.json"]
        self.assertRefused(pack, "texts/ar.json is missing")

    def test_the_signed_manifest_edited(self):
        self.assertRefused(self.signed(V2, signed_edit=lambda s: s.update(expires="2999-01-01T00:00:00Z")), "signature does not match")

    def test_an_unsigned_pack(self):
        self.assertRefused(pt.pack_files(V2), "not signed")

    def test_a_key_not_trusted(self):
        self.assertRefused(self.signed(V2, key=self.other_secret), "not trusted")

    def test_an_older_version(self):
        self.assertRefused(self.signed("2027.1.0"), "older than the running 2027.1.1")

    def test_the_same_version_with_other_content(self):
        def edit(files):
            files["texts/fr.json"] = files["texts/fr.json"].replace(b"Bienvenue", b"Bonjour")
        self.assertRefused(self.signed(V1, edit=edit), "already installed with other content")

    def test_an_expired_pack(self):
        self.assertRefused(self.signed(V2, expires=-1), "expired on 2026-12-01")

    def test_a_truncated_archive(self):
        data = pt.archive(self.signed(V2))
        self.assertRefused(data[: len(data) // 2], "truncated")

    def test_not_an_archive(self):
        self.assertRefused(b"not a pack at all", "not a pack archive")

    def test_a_pack_that_fails_the_self_test(self):
        # It validates (a missing glyph is only a warning there) but a visitor would see boxes.
        def edit(files):
            texts = json.loads(files["texts/fr.json"])
            key = sorted(texts["texts"])[0]
            texts["texts"][key] = "\U00018b00\U00018b01"
            files["texts/fr.json"] = json.dumps(texts, ensure_ascii=False).encode()
        self.assertRefused(self.signed(V2, edit=edit), "self-test failed")

    # What extraction refuses

    def hostile(self, extra, reason):
        self.assertRefused(pt.archive(self.signed(V2), extra), reason)

    def test_an_absolute_path(self):
        self.hostile(add_member("/etc/guichet", tarfile.REGTYPE, size=1), "only plain files")

    def test_a_parent_path(self):
        self.hostile(add_member("texts/../../escape", tarfile.REGTYPE, size=1), "only plain files")

    def test_a_symbolic_link(self):
        self.hostile(add_member("pictograms/link.svg", tarfile.SYMTYPE, linkname="/etc/passwd"), "only plain files")

    def test_a_hard_link(self):
        self.hostile(add_member("pictograms/hard.svg", tarfile.LNKTYPE, linkname="manifest.json"), "only plain files")

    def test_a_device(self):
        self.hostile(add_member("dev", tarfile.CHRTYPE, devmajor=1, devminor=3), "only plain files")

    def test_a_fifo(self):
        self.hostile(add_member("fifo", tarfile.FIFOTYPE), "only plain files")

    def test_an_entry_twice(self):
        self.hostile(add_member("manifest.json", tarfile.REGTYPE, size=3), "twice")

    def test_too_many_files(self):
        def many(tar):
            for i in range(5001):
                tar.addfile(tarfile.TarInfo(f"many/{i}"), io.BytesIO(b""))
        self.hostile(many, "over the limits")

    def test_a_file_too_large(self):
        def large(tar):
            info = tarfile.TarInfo("audio/fr/huge.wav")
            info.size = 49 * 1024 * 1024
            tar.addfile(info, io.BytesIO(bytes(info.size)))
        self.hostile(large, "over the limits")

    def test_a_decompression_bomb(self):
        # 5 × 45 MiB of zeros: a few hundred KiB compressed, over the 200 MiB total once
        # unpacked. It stops at the limit, in memory: the disk never sees it.
        def bomb(tar):
            for i in range(5):
                info = tarfile.TarInfo(f"audio/fr/bomb{i}.wav")
                info.size = 45 * 1024 * 1024
                tar.addfile(info, io.BytesIO(bytes(info.size)))
        self.hostile(bomb, "over the limits")

    # Starting

    def start(self):
        """The kiosk's self-test on what it starts on: (stdout, stderr). A minipack version
        shows 2 languages; the pack installed with the program, 13."""
        code, out, err = pt.run(pt.KIOSK, "--data", self.data, "--now", pt.NOW_ARG, "--self-test", "--mute", env=pt.kiosk_env())
        self.assertEqual(code, 0, out + err)
        return out, err

    def test_the_kiosk_starts_on_current_then_previous_then_the_installed_pack(self):
        self.install(self.signed(V2))
        out, err = self.start()
        self.assertNotIn("passing over", err)
        self.assertIn("x 2 languages ok", out)
        with open(os.path.join(self.data, "packs", V2, "offices.json"), "ab") as f:
            f.write(b" ")  # damaged on disk
        out, err = self.start()
        self.assertIn(f"passing over the installed pack {V2}", err)
        self.assertNotIn(f"passing over the installed pack {V1}", err)
        self.assertIn("x 2 languages ok", out)
        shutil.rmtree(os.path.join(self.data, "packs", V1))
        out, err = self.start()
        self.assertIn(f"passing over the installed pack {V2}", err)
        self.assertIn("x 13 languages ok", out)


if __name__ == "__main__":
    unittest.main(verbosity=2)
