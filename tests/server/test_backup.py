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
import time
import uuid

sys.path.insert(0, os.path.dirname(__file__))
from serverprocess import NOW, TODAY, Database, Server, test_pack  # noqa: E402

OFFICE = "bapa-bxl"
SERVICE = "french-assessment"
SEATS = 40  # enough for the writer below to keep booking while the backup runs
CREATED = NOW.astimezone(datetime.timezone.utc).isoformat(timespec="seconds")


def check(condition, message):
    if not condition:
        print(f"backup: FAIL: {message}", flush=True)
        sys.exit(1)


def book(server, token, slot_id):
    body = {"id": str(uuid.uuid4()), "slot_id": slot_id, "language": "fr", "phone": "0470 12 34 56", "created_at": CREATED}
    status, _, value = server.call("POST", "/api/v1/bookings", token, body, headers={"Idempotency-Key": body["id"]})
    return status, body["id"], value


def free_slots(server, token, days=14):
    """[(day, slot)] of the service's free slots on `days` days from a week ahead."""
    found = []
    day = TODAY + datetime.timedelta(days=7)
    for _ in range(days):
        status, _, slots = server.call("GET", f"/api/v1/slots?office={OFFICE}&service={SERVICE}&from={day}&to={day}", token)
        check(status == 200, f"slots on {day}: {status} {slots}")
        found += [(day, s["id"]) for s in slots if s["available"] > 0]
        day += datetime.timedelta(days=1)
    check(len(found) >= 10, f"only {len(found)} free slots in {days} days")
    return found


def listed_ids(server, staff, days):
    ids = set()
    for day in sorted(days):
        status, _, value = server.call("GET", f"/api/v1/bookings?office={OFFICE}&date={day}", staff)
        check(status == 200, f"staff listing: {status} {value}")
        ids |= {b["id"] for b in value}
    return ids


def printed_count(line):
    """N in "backup: FILE (N bookings)"."""
    return int(line.rsplit("(", 1)[1].split()[0])


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
        pack = test_pack(work, seats={SERVICE: SEATS})
        db = Database(work)
        db.cli("import", "--pack", pack)
        staff = db.token("staff")
        kiosk = db.token("kiosk", "hall")
        server = Server(db, "--rate-per-token", "0", "--rate-per-address", "0")
        try:
            slots = free_slots(server, kiosk)
            days = {day for day, _ in slots}
            (_, full), others = slots[0], [slot for _, slot in slots[1:]]
            # Before the backup: the first slot full, two seats taken in each of the others.
            acknowledged = []
            for slot in [full] * SEATS + others * 2:
                status, booking, value = book(server, kiosk, slot)
                check(status == 201, f"booking: {status} {value}")
                acknowledged.append(booking)
            # Bookings keep coming while the backup runs, each noted with when it was answered.
            stop = threading.Event()
            answered = []

            def keep_booking():
                while not stop.is_set():
                    for slot in others:
                        status, booking, _ = book(server, kiosk, slot)
                        if status == 201:
                            answered.append((time.monotonic(), booking))
            writer = threading.Thread(target=keep_booking)
            writer.start()
            while not answered and writer.is_alive():  # the writer under way
                time.sleep(0.01)
            backup = os.path.join(work, "guichet.backup")
            began = time.monotonic()
            result = db.cli("backup", backup)
            ended = time.monotonic()
            stop.set()
            writer.join()
            check(result.stdout.startswith(f"backup: {backup} (") and result.stdout.strip().endswith(" bookings)"),
                  f"backup said {result.stdout!r}")
            acknowledged += [booking for at, booking in answered if at < began]
            during = sum(1 for at, _ in answered if began <= at <= ended)
            backed_up = printed_count(result.stdout)
            check(backed_up >= len(acknowledged), f"the backup holds {backed_up} bookings, {len(acknowledged)} were acknowledged before it")
            print(f"backup: {result.stdout.strip()}: {os.path.getsize(backup)} bytes in {ended - began:.2f} s (the command), "
                  f"{during} bookings answered while it ran", flush=True)
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
        server = Server(db)
        before = listed_ids(server, staff, days)
        server.stop()
        for bad in (junk, other):
            refused = db.cli("restore", bad, check=False)
            check(refused.returncode == 2 and "nothing restored" in refused.stderr, f"restore {bad}: {refused.returncode} {refused.stderr}")
            print(f"backup: restore {os.path.basename(bad)} refused: {refused.stderr.strip()}", flush=True)
        server = Server(db)
        check(listed_ids(server, staff, days) == before, "a refused restore changed the bookings")
        server.stop()

        wipe(db, work)
        result = db.cli("restore", backup)
        check(result.stdout.strip() == f"restored: {backup} ({backed_up} bookings)", f"restore said {result.stdout!r}")
        server = Server(db, "--rate-per-token", "0", "--rate-per-address", "0")
        try:
            restored = listed_ids(server, staff, days)
            check(len(restored) == backed_up, f"{len(restored)} bookings listed after the restore, the backup said {backed_up}")
            missing = set(acknowledged) - restored
            check(not missing, f"{len(missing)} bookings acknowledged before the backup are missing")
            status, _, value = book(server, kiosk, full)
            check(status == 409 and value.get("error") == "slot_full", f"the full slot after the restore: {status} {value}")
            print(f"backup: restored into an empty {db.kind} database: {len(restored)} bookings, "
                  f"the {len(acknowledged)} acknowledged before the backup among them; the full slot still refuses", flush=True)
        finally:
            server.stop()
    print(f"backup {db.kind}: ok")


main()
