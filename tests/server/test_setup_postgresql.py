# SPDX-License-Identifier: GPL-3.0-or-later
"""guichet-server setup-postgresql on a PostgreSQL cluster whose local socket uses peer
authentication, as Debian's does: it makes the role and the database once (a second run changes
nothing), and the server, run as the OS user of that name with the printed `db =` URL, migrates,
imports the pack and takes a booking over the socket. Another OS user is refused.
    python3 test_setup_postgresql.py SOCKET_DIR PORT      (as root; pgcluster.sh with peer)"""
import datetime
import json
import os
import pwd
import subprocess
import sys
import urllib.request
import uuid

sys.path.insert(0, os.path.dirname(__file__))
from serverprocess import NOW, TODAY  # noqa: E402

SERVER = os.environ["GUICHET_SERVER"]
PACK = os.environ["GUICHET_PACK"]
SOCKET, PORT = sys.argv[1], sys.argv[2]
USER = "guichet-server"


def check(condition, message):
    if not condition:
        print(f"setup-postgresql: FAIL: {message}", flush=True)
        sys.exit(1)


def server(*args, user=None, check_ok=True):
    command = ([] if user is None else ["runuser", "-u", user, "--"]) + [SERVER, *args]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60, cwd="/")
    if check_ok:
        check(result.returncode == 0, f"{' '.join(args)}: {result.stderr}")
    return result


def main():
    created_user = False
    try:
        pwd.getpwnam(USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", USER], check=True)
        created_user = True
    try:
        first = server("setup-postgresql", "--pg-socket", SOCKET, "--pg-port", PORT, "--database", "guichet_setup").stdout
        check(f"created role {USER}" in first and "created database guichet_setup" in first, f"first run said: {first}")
        again = server("setup-postgresql", "--pg-socket", SOCKET, "--pg-port", PORT, "--database", "guichet_setup").stdout
        check(f"role {USER} exists" in again and "database guichet_setup exists" in again, f"second run said: {again}")
        url = [line for line in first.splitlines() if line.startswith("db = ")][-1][len("db = "):]
        check(url == f"postgresql://{USER}@/guichet_setup?host={SOCKET}&port={PORT}", f"printed {url}")
        print(f"setup-postgresql: made the role and the database once; db = {url}", flush=True)

        server("--db", url, "import", "--pack", PACK, user=USER)
        kiosk = server("--db", url, "token", "add", "--role", "kiosk", "--kiosk", "hall", user=USER).stdout.strip()
        refused = server("--db", url, "token", "list", user="nobody", check_ok=False)
        check(refused.returncode != 0 and "Peer authentication failed" in refused.stderr, f"nobody was let in: {refused.stderr}")

        process = subprocess.Popen(["runuser", "-u", USER, "--", SERVER, "--db", url, "--listen", "127.0.0.1:0", "--now", NOW.isoformat()],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd="/")
        try:
            line = process.stdout.readline()
            check(line.startswith("listening on "), f"the server did not start: {line} {process.stderr.read() if process.poll() is not None else ''}")
            base = line.split()[-1]

            def call(method, path, body=None):
                headers = {"Authorization": "Bearer " + kiosk, "Content-Type": "application/json"}
                if body is not None:
                    headers["Idempotency-Key"] = body["id"]
                request = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                                 headers=headers)
                with urllib.request.urlopen(request, timeout=30) as response:
                    return response.status, json.loads(response.read())
            day = TODAY + datetime.timedelta(days=7)
            for _ in range(60):
                _, slots = call("GET", f"/api/v1/slots?office=bapa-bxl&service=social-assessment&from={day}&to={day}")
                free = [s for s in slots if s["available"] > 0]
                if free:
                    break
                day += datetime.timedelta(days=1)
            check(free, "no free slot in 60 days")
            body = {"id": str(uuid.uuid4()), "slot_id": free[0]["id"], "language": "fr", "phone": "0470 12 34 56",
                    "created_at": NOW.astimezone(datetime.timezone.utc).isoformat(timespec="seconds")}
            status, booked = call("POST", "/api/v1/bookings", body)
            check(status == 201 and booked.get("code"), f"booking: {status} {booked}")
            print(f"setup-postgresql: the server as {USER} over the socket (peer) booked {booked['code']}", flush=True)
        finally:
            process.terminate()
            process.wait(10)
    finally:
        if created_user:
            subprocess.run(["userdel", USER], check=False)
    print("setup-postgresql: ok")


main()
