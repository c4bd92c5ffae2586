# SPDX-License-Identifier: GPL-3.0-or-later
"""Signs a pack's files as `guichet-pack build` does (signature format 2, content/FORMAT.md),
through libsodium itself: for packs guichet-pack would not build (they do not validate, have
expired, or carry a forged manifest) and for tests that choose a pack's dates."""
import base64
import ctypes
import datetime
import hashlib
import json


def iso_utc(moment):
    return moment.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def sign(files, secret_key_file, created, expires, signed_edit=None):
    """The files with signature.json added (any old one replaced). signed_edit(signed) changes
    the signed part after signing: a forged manifest."""
    sodium = ctypes.CDLL("libsodium.so.23")
    assert sodium.sodium_init() >= 0
    with open(secret_key_file) as f:
        secret = base64.b64decode(f.read().strip())
    files = {k: v for k, v in files.items() if k != "signature.json"}
    manifest = json.loads(files["manifest.json"])
    signed = {"id": manifest["id"], "version": manifest["version"], "languages": manifest["languages"],
              "created": iso_utc(created), "expires": iso_utc(expires),
              "files": {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}}
    # What is signed: the compact JSON of `signed`, keys sorted, as Qt writes it.
    payload = json.dumps(signed, separators=(",", ":"), sort_keys=True, ensure_ascii=False).encode()
    signature = ctypes.create_string_buffer(64)
    sodium.crypto_sign_detached(signature, None, payload, ctypes.c_ulonglong(len(payload)), secret)
    if signed_edit:
        signed_edit(signed)
    files["signature.json"] = json.dumps({"format": 2, "signed": signed, "public_key": base64.b64encode(secret[32:]).decode(),
                                          "signature": base64.b64encode(signature.raw).decode()}, indent=2).encode()
    return files
