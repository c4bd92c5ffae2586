# SPDX-License-Identifier: GPL-3.0-or-later
"""guichet-server backup and restore, on the database GUICHET_DB_URL names (PostgreSQL) or on
SQLite: a backup taken while bookings are still coming in holds every booking acknowledged
before it began; restored into an emptied database, they are all there and a full slot is
still full (no seat sold twice after a restore). A restore from a file that is not a Guichet
backup changes nothing; on SQLite, a restore while the server runs is refused."""
import datetime
import os
import subprocess
import sys
import tempfile
import threading
import uuid

sys.path.insert(0, os.path.dirname(__file__))
from serverprocess import NOW, TODAY, Database, Server, test_pack  # noqa: E402

OFFICE = "bapa-bxl"
SERVICE = "french-assessment"
CREATED = NOW.astimezone(datetime.timezone.utc).isoformat(timespec="seconds")


def check(condition, message):
    if not condition:
        print(f"backup: FAIL: {message}", flush=True)
        sys.exit(1)


def book(server, token, slot_id):
    body = {"id": str(uuid.uuid4()), "slot_id": slot_id, "language": "fr", "phone": "0470 12 34 56", "created_at": CREATED}
    status, _, value = server.call("POST", "/api/v1/bookings", token, body, headers={"Idempotency-Key": body["id"]})
    return status, body["id"], value


def free_slots(server, token):
    """(day, slots) of the first day from a week ahead with free slots of the service."""
    day = TODAY + datetime.timedelta(days=7)
    for _ in range(60):
        status, _, slots = server.call("GET", f"/api/v1/slots?office={OFFICE}&service={SERVICE}&from={day}&to={day}", token)
        free = [s for s in slots if s["available"] > 0] if status == 200 else []
        if len(free) >= 3:
            return day, free
        day += datetime.timedelta(days=1)
    check(False, "no day with 3 free slots in 60 days")


def listed_ids(server, staff, day):
    status, _, value = server.call("GET", f"/api/v1/bookings?office={OFFICE}&date={day}", staff)
    check(status == 200, f"staff listing: {status} {value}")
    return {b["id"] for b in value}


def wipe(db, work):
    if db.kind == "sqlite":
        path = db.url[len("sqlite:"):]
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(path + suffix):
                os.remove(path + suffix)
    else:
        db.sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")


def main():
    with tempfile.TemporaryDirectory() as work:
        pack = test_pack(work, seats={SERVICE: 2})
        db = Database(work)
        db.cli("import", "--pack", pack)
        staff = db.token("staff")
        kiosk = db.token("kiosk", "hall")
        server = Server(db, "--rate-per-token", "0", "--rate-per-address", "0")
        try:
            day, slots = free_slots(server, kiosk)
            full, others = slots[0]["id"], [s["id"] for s in slots[1:]]
            acknowledged = []
            for _ in range(2):  # the full slot's two seats
                status, booking, value = book(server, kiosk, full)
                check(status == 201, f"booking: {status} {value}")
                acknowledged.append(booking)
            # Bookings keep coming while the backup runs.
            stop = threading.Event()
            during = []

            def keep_booking():
                while not stop.is_set():
                    for slot in others:
                        status, booking, _ = book(server, kiosk, slot)
                        if status == 201:
                            during.append(booking)
            writer = threading.Thread(target=keep_booking)
            writer.start()
            backup = os.path.join(work, "guichet.backup")
            result = db.cli("backup", backup)
            stop.set()
            writer.join()
            check(result.stdout.startswith(f"backup: {backup} ("), f"backup said {result.stdout!r}")
            print(f"backup: {result.stdout.strip()}; {len(during)} bookings made while it ran", flush=True)
            if db.kind == "sqlite":
                refused = db.cli("restore", backup, check=False)
                check(refused.returncode != 0 and "stop the server first" in refused.stderr,
                      f"a restore while the server runs: {refused.returncode} {refused.stderr}")
        finally:
            server.stop()

        # Files that are not a Guichet backup: refused, nothing changed.
        junk = os.path.join(work, "junk")
        with open(junk, "wb") as f:
            f.write(os.urandom(8192))
        other = os.path.join(work, "other.sqlite")
        subprocess.run([sys.executable, "-c", f"import sqlite3; c = sqlite3.connect({other!r}); c.execute('CREATE TABLE t (a)'); c.commit()"],
                       check=True)
        server = Server(db, "--rate-per-token", "0", "--rate-per-address", "0")
        before = listed_ids(server, staff, day)
        server.stop()
        for bad in (junk, other):
            refused = db.cli("restore", bad, check=False)
            check(refused.returncode == 2 and "nothing restored" in refused.stderr, f"restore {bad}: {refused.returncode} {refused.stderr}")
        server = Server(db)
        check(listed_ids(server, staff, day) == before, "a refused restore changed the bookings")
        server.stop()

        wipe(db, work)
        result = db.cli("restore", backup)
        check(result.stdout.startswith(f"restored: {backup} ("), f"restore said {result.stdout!r}")
        server = Server(db, "--rate-per-token", "0", "--rate-per-address", "0")
        try:
            restored = listed_ids(server, staff, day)
            missing = set(acknowledged) - restored
            check(not missing, f"{len(missing)} bookings acknowledged before the backup are missing")
            status, _, value = book(server, kiosk, full)
            check(status == 409 and value.get("error") == "slot_full", f"the full slot after the restore: {status} {value}")
            print(f"backup: restored into an empty {db.kind} database: {len(restored)} bookings, "
                  f"the {len(acknowledged)} from before the backup among them; the full slot still refuses", flush=True)
        finally:
            server.stop()
    print(f"backup {db.kind}: ok")


main()
