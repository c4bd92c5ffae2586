# SPDX-License-Identifier: GPL-3.0-or-later
"""The real guichet-server, started over loopback for a test: its database, tokens, an
imported pack, and a small HTTP client (http.client, one connection per call or per thread).
Every server started here runs on one pinned moment (--now NOW), so that no test depends on the
day it runs: the winter closure, the daylight-saving week and "a week ahead" stay where they are."""
import datetime
import http.client
import json
import os
import shutil
import ssl
import subprocess
import tempfile
import urllib.parse
from zoneinfo import ZoneInfo

SERVER = os.environ["GUICHET_SERVER"]
PACK = os.environ["GUICHET_PACK"]
# sqlite (a file in a temp dir, the default) or a postgresql:// URL from pgcluster.sh.
DB_URL = os.environ.get("GUICHET_DB_URL", "")
# A Monday morning in school term, before the winter closure and the 2027 change to summer time.
NOW = datetime.datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Europe/Brussels"))
TODAY = NOW.date()


def test_pack(workdir, seats=None):
    """The default pack, copied, with some services' seats per slot changed."""
    pack = os.path.join(workdir, "pack")
    shutil.copytree(PACK, pack)
    if seats:
        path = os.path.join(pack, "services.json")
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        for service in data["services"]:
            if service["id"] in seats:
                service["seats_per_slot"] = seats[service["id"]]
        with open(path, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=2)
    return pack


class Database:
    """One database for a test class: a fresh SQLite file, or the PostgreSQL cluster emptied."""

    def __init__(self, workdir):
        if DB_URL:
            self.url = DB_URL
            self.kind = "postgresql"
            subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", DB_URL, "-c",
                            "DROP SCHEMA public CASCADE; CREATE SCHEMA public;"],
                           check=True, capture_output=True)
        else:
            self.url = "sqlite:" + os.path.join(workdir, "guichet.sqlite")
            self.kind = "sqlite"

    def sql(self, statement):
        """Runs one statement on the database itself, as an administrator would."""
        if self.kind == "postgresql":
            subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", self.url, "-c", statement], check=True, capture_output=True)
        else:
            import sqlite3
            with sqlite3.connect(self.url[len("sqlite:"):]) as db:
                db.execute(statement)

    def cli(self, *args, check=True):
        result = subprocess.run([SERVER, "--db", self.url, *args], capture_output=True, text=True, timeout=60)
        if check and result.returncode != 0:
            raise AssertionError(f"guichet-server {' '.join(args)}: {result.stderr}")
        return result

    def token(self, role, kiosk=None):
        args = ["token", "add", "--role", role] + (["--kiosk", kiosk] if kiosk else [])
        return self.cli(*args).stdout.strip()


class Server:
    def __init__(self, db, *extra, tls=None):
        self.log = tempfile.TemporaryFile(mode="w+")
        args = [SERVER, "--db", db.url, "--listen", "127.0.0.1:0", "--access-log", "--now", NOW.isoformat(), *extra]
        self.context = None
        if tls:
            args += ["--tls-cert", tls[0], "--tls-key", tls[1]]
            self.context = ssl.create_default_context(cafile=tls[0])
        self.process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=self.log, text=True)
        line = self.process.stdout.readline()
        if not line.startswith("listening on "):
            self.stop()
            raise AssertionError(f"server did not start: {line!r} {self.logged()}")
        url = urllib.parse.urlparse(line.split()[-1])
        self.scheme, self.host, self.port = url.scheme, url.hostname, url.port

    def connection(self):
        if self.scheme == "https":
            return http.client.HTTPSConnection(self.host, self.port, timeout=30, context=self.context)
        return http.client.HTTPConnection(self.host, self.port, timeout=30)

    def call(self, method, path, token=None, body=None, headers=None, raw=None, connection=None):
        """(status, headers, JSON or text) of one request; body is JSON, raw is bytes as sent."""
        sent = dict(headers or {})
        if token:
            sent["Authorization"] = "Bearer " + token
        data = raw
        if body is not None:
            data = json.dumps(body).encode()
            sent["Content-Type"] = "application/json"
        own = connection is None
        conn = connection or self.connection()
        try:
            conn.request(method, path, body=data, headers=sent)
            response = conn.getresponse()
            payload = response.read()
        finally:
            if own:
                conn.close()
        kind = response.getheader("Content-Type", "")
        value = json.loads(payload) if kind.startswith("application/json") else payload.decode("utf-8", "replace")
        return response.status, dict(response.getheaders()), value

    def logged(self):
        self.log.seek(0)
        return self.log.read()

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process.stdout.close()
