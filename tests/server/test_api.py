# SPDX-License-Identifier: GPL-3.0-or-later
"""docs/PROTOCOL.md against the real guichet-server over loopback: every route's success and its
documented errors, replays, races for the last seats, leases, roles, hostile input, the
iCalendar export across a daylight-saving change, HTTPS, metrics, and logs free of phone numbers.
Runs on SQLite, and on PostgreSQL when GUICHET_DB_URL is set (see run_api_tests.sh)."""
import datetime
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import uuid
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(__file__))
from serverprocess import NOW, TODAY, Database, Server, test_pack  # noqa: E402

BRUSSELS = ZoneInfo("Europe/Brussels")
CODE = re.compile(r"^[A-HJ-NP-Z][2-9]-[2-9]{4}$")  # no 0/O, no 1/I


def booking_body(slot_id, **changes):
    body = {"id": str(uuid.uuid4()), "slot_id": slot_id, "language": "ar", "phone": "0470 12 34 56",
            "created_at": NOW.astimezone(datetime.timezone.utc).isoformat(timespec="seconds")}
    body.update(changes)
    return body


class ApiTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.work = tempfile.TemporaryDirectory()
        # 20 seats per French assessment slot: the race below is for 20 seats.
        pack = test_pack(cls.work.name, seats={"french-assessment": 20})
        cls.db = Database(cls.work.name)
        cls.db.cli("import", "--pack", pack)
        cls.staff = cls.db.token("staff")
        cls.kiosk = cls.db.token("kiosk", "k1")
        cls.other_kiosk = cls.db.token("kiosk", "k2")
        cls.server = Server(cls.db, "--rate-per-token", "0", "--rate-per-address", "0")

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()
        cls.work.cleanup()

    # -- helpers ---------------------------------------------------------------------------

    def call(self, *args, **kwargs):
        return self.server.call(*args, **kwargs)

    def ok(self, method, path, token, body=None, expect=200, **kwargs):
        status, _, value = self.call(method, path, token, body, **kwargs)
        self.assertEqual(status, expect, value)
        return value

    def error(self, method, path, token, body=None, expect=400, code=None, field=None, **kwargs):
        status, _, value = self.call(method, path, token, body, **kwargs)
        self.assertEqual(status, expect, value)
        self.assertIsInstance(value, dict, "every error is JSON")
        self.assertIn("message", value)
        if code:
            self.assertEqual(value["error"], code)
        if field:
            self.assertEqual(value.get("field"), field)
        return value

    def slots(self, service, day, office="bapa-bxl"):
        return self.ok("GET", f"/api/v1/slots?office={office}&service={service}&from={day}&to={day}", self.kiosk)

    def day_with_slots(self, service, skip=0, office="bapa-bxl"):
        """A future day (from 7 days ahead) with free slots of the service, skipping the first few."""
        day = TODAY + datetime.timedelta(days=7)
        for _ in range(60):
            found = [s for s in self.slots(service, day.isoformat(), office) if s["available"] > 0]
            if found:
                if skip == 0:
                    return day, found
                skip -= 1
            day += datetime.timedelta(days=1)
        self.fail(f"no free {service} slot in 60 days")

    def book(self, slot_id, token=None, expect=201, **changes):
        body = booking_body(slot_id, **changes)
        status, _, value = self.call("POST", "/api/v1/bookings", token or self.kiosk, body, headers={"Idempotency-Key": body["id"]})
        self.assertEqual(status, expect, value)
        return body, value

    # -- health, auth, roles ---------------------------------------------------------------

    def test_health_needs_no_token(self):
        value = self.ok("GET", "/api/v1/health", None)
        self.assertEqual(value["status"], "ok")
        self.assertEqual(value["storage"], self.db.kind)

    def test_tokens_and_roles(self):
        self.error("GET", "/api/v1/offices", None, expect=401, code="unauthorized")
        self.error("GET", "/api/v1/offices", "not-a-token-at-all-0123456789", expect=401, code="unauthorized")
        self.error("GET", "/api/v1/offices", None, expect=401, headers={"Authorization": "Basic abc"})
        self.error("GET", "/api/v1/bookings?office=bapa-bxl&date=2026-12-01", self.kiosk, expect=403, code="forbidden")
        self.error("GET", "/api/v1/kiosks", self.kiosk, expect=403, code="forbidden")
        self.error("POST", "/api/v1/leases", self.staff, {"office": "bapa-bxl"}, expect=403, code="forbidden")
        # Revoked: refused within a second (a valid token is believed that long without asking
        # the database). The number comes from `token list`.
        doomed = self.db.token("kiosk", "doomed")
        self.ok("GET", "/api/v1/offices", doomed)
        number = [line.split("\t")[0] for line in self.db.cli("token", "list").stdout.splitlines() if "\tdoomed\t" in line][0]
        self.db.cli("token", "revoke", number)
        time.sleep(1.1)
        self.error("GET", "/api/v1/offices", doomed, expect=401, code="revoked")  # not "sign in again"
        listing = self.db.cli("token", "list").stdout
        self.assertNotIn(doomed, listing, "a token is shown once, never listed")

    def test_tokens_are_stored_as_hashes(self):
        if self.db.kind == "sqlite":
            with open(self.db.url[len("sqlite:"):], "rb") as f:
                data = f.read()
        else:
            data = subprocess.run(["pg_dump", "--data-only", self.db.url], check=True, capture_output=True).stdout
        self.assertNotIn(self.staff.encode(), data)
        self.assertNotIn(self.kiosk.encode(), data)
        self.assertIn(hashlib.sha256(self.staff.encode()).hexdigest().encode(), data)

    # -- offices and slots -----------------------------------------------------------------

    def test_offices(self):
        offices = self.ok("GET", "/api/v1/offices", self.kiosk)
        ids = [o["id"] for o in offices]
        self.assertIn("bapa-bxl", ids)
        office = offices[ids.index("bapa-bxl")]
        self.assertEqual(office["time_zone"], "Europe/Brussels")
        self.assertTrue(office["services"])
        self.assertIn("mon", office["hours"])
        # The city in French, and in Dutch for a Dutch page.
        self.assertEqual(office["address"]["city"], "Bruxelles")
        self.assertEqual(office["address"]["city_by_language"], {"nl": "Brussel"})

    def test_slots_follow_the_schedule(self):
        day, slots = self.day_with_slots("first-welcome")
        for s in slots:
            start = datetime.datetime.fromisoformat(s["start"])
            end = datetime.datetime.fromisoformat(s["end"])
            self.assertEqual(end - start, datetime.timedelta(minutes=60))  # the service's duration
            self.assertEqual(start.astimezone(BRUSSELS).date(), day)
            self.assertEqual(s["capacity"], 1)
        # A closure (the winter closure of the pack) has no slots at all.
        self.assertEqual(self.slots("first-welcome", "2026-12-28"), [])

    def test_the_servers_today_is_its_clock(self):
        # --now pins the server's clock: the Monday before is past and has no slots, a Monday
        # ahead has them, whatever day the test runs on.
        self.assertEqual(TODAY.weekday(), 0)
        self.assertEqual(self.slots("first-welcome", (TODAY - datetime.timedelta(days=7)).isoformat()), [])
        self.assertTrue(self.slots("first-welcome", (TODAY + datetime.timedelta(days=7)).isoformat()))

    def test_slots_errors(self):
        base = "/api/v1/slots?office=bapa-bxl&service=first-welcome"
        self.error("GET", base + "&from=2026-12-01", self.kiosk, field="to")
        self.error("GET", base + "&from=tomorrow&to=2026-12-01", self.kiosk, field="from")
        self.error("GET", base + "&from=2026-12-01&to=2027-06-01", self.kiosk, field="to")
        self.error("GET", "/api/v1/slots?office=nowhere&service=first-welcome&from=2026-12-01&to=2026-12-01", self.kiosk, expect=404, code="not_found")
        self.error("GET", "/api/v1/slots?office=bapa-bxl&service=juggling&from=2026-12-01&to=2026-12-01", self.kiosk, expect=404)

    # -- bookings --------------------------------------------------------------------------

    def test_booking_replay_and_mismatch(self):
        _, slots = self.day_with_slots("advisor-follow-up")
        body, first = self.book(slots[0]["id"])
        self.assertRegex(first["code"], CODE)
        self.assertEqual(first["phone"], "+32470123456")  # E.164
        self.assertEqual(first["status"], "booked")
        # The same request again: the same booking, not a second one.
        status, _, again = self.call("POST", "/api/v1/bookings", self.kiosk, body, headers={"Idempotency-Key": body["id"]})
        self.assertEqual(status, 200)
        self.assertEqual(again, first)
        # The same id with another body: 422, and nothing changed.
        changed = dict(body, phone="0470 99 99 99")
        self.error("POST", "/api/v1/bookings", self.kiosk, changed, expect=422, code="idempotency_mismatch", headers={"Idempotency-Key": body["id"]})
        after = [s for s in self.slots("advisor-follow-up", slots[0]["start"][:10]) if s["id"] == slots[0]["id"]][0]
        self.assertEqual(after["booked"], 1)

    def test_booking_errors(self):
        _, slots = self.day_with_slots("first-welcome", skip=1)
        slot = slots[0]["id"]
        body = booking_body(slot)
        self.error("POST", "/api/v1/bookings", self.kiosk, body, headers={"Idempotency-Key": str(uuid.uuid4())}, field="Idempotency-Key")
        self.error("POST", "/api/v1/bookings", self.kiosk, body, field="Idempotency-Key")  # no key at all
        for phone in ["12", "call me", "+32 470 12 34 56 78 90", "٠٤٧٠١٢٣٤٥٦"]:
            bad = booking_body(slot, phone=phone)
            self.error("POST", "/api/v1/bookings", self.kiosk, bad, headers={"Idempotency-Key": bad["id"]}, field="phone", code="invalid")
        bad = booking_body("bapa-bxl/first-welcome/1999-01-01T09:00")
        self.error("POST", "/api/v1/bookings", self.kiosk, bad, headers={"Idempotency-Key": bad["id"]}, expect=404, field="slot_id")
        bad = booking_body(slot, code="K7-4825")  # a code only comes with its lease
        self.error("POST", "/api/v1/bookings", self.kiosk, bad, headers={"Idempotency-Key": bad["id"]}, field="code")
        bad = booking_body(slot, id="not-a-uuid")
        self.error("POST", "/api/v1/bookings", self.kiosk, bad, headers={"Idempotency-Key": "not-a-uuid"}, field="id")
        # One seat: the second visitor gets slot_full.
        self.book(slot)
        body, _ = self.book(slot, expect=409)
        status, _, value = self.call("POST", "/api/v1/bookings", self.kiosk, body, headers={"Idempotency-Key": body["id"]})
        self.assertEqual((status, value["error"]), (409, "slot_full"))

    def test_staff_day_and_status(self):
        day, slots = self.day_with_slots("social-assessment")
        _, made = self.book(slots[0]["id"], name="Amina")
        listed = self.ok("GET", f"/api/v1/bookings?office=bapa-bxl&date={day.isoformat()}", self.staff)
        mine = [b for b in listed if b["id"] == made["id"]]
        self.assertEqual(len(mine), 1)
        self.assertEqual(mine[0]["phone"], "+32470123456")
        self.assertEqual(mine[0]["name"], "Amina")
        marked = self.ok("PATCH", f"/api/v1/bookings/{made['id']}", self.staff, {"status": "attended"})
        self.assertEqual(marked["status"], "attended")
        self.error("PATCH", f"/api/v1/bookings/{made['id']}", self.staff, {"status": "teleported"}, field="status")
        self.error("PATCH", f"/api/v1/bookings/{made['id']}", self.staff, {"status": 3}, field="status")
        self.error("PATCH", f"/api/v1/bookings/{uuid.uuid4()}", self.staff, {"status": "attended"}, expect=404)
        self.error("PATCH", f"/api/v1/bookings/{made['id']}", self.kiosk, {"status": "cancelled"}, expect=403)
        # Cancelling gives the seat back.
        self.ok("PATCH", f"/api/v1/bookings/{made['id']}", self.staff, {"status": "cancelled"})
        after = [s for s in self.slots("social-assessment", day.isoformat()) if s["id"] == slots[0]["id"]][0]
        self.assertEqual(after["available"], 1)
        self.error("GET", "/api/v1/bookings?office=bapa-bxl&date=soon", self.staff, field="date")

    def test_two_desks_on_one_booking(self):
        day, slots = self.day_with_slots("social-assessment", skip=1)
        _, made = self.book(slots[0]["id"])
        path = f"/api/v1/bookings/{made['id']}"
        # Desk A marks it attended; desk B, which still shows it booked, marks it no-show.
        self.ok("PATCH", path, self.staff, {"status": "attended", "from": "booked"})
        refused = self.error("PATCH", path, self.staff, {"status": "no_show", "from": "booked"}, expect=409, code="status_changed", field="status")
        self.assertIn("attended", refused["message"])
        listed = {b["id"]: b for b in self.ok("GET", f"/api/v1/bookings?office=bapa-bxl&date={day.isoformat()}", self.staff)}
        self.assertEqual(listed[made["id"]]["status"], "attended", "the first desk's change stands")
        # Both agreeing (or a request repeated) is no conflict; undoing from what is shown works.
        self.ok("PATCH", path, self.staff, {"status": "attended", "from": "booked"})
        self.assertEqual(self.ok("PATCH", path, self.staff, {"status": "booked", "from": "attended"})["status"], "booked")
        self.error("PATCH", path, self.staff, {"status": "booked", "from": 3}, field="from")

    # -- races -----------------------------------------------------------------------------

    def race(self, slot_id, clients, servers, same_body=None):
        """clients threads book the slot at once through the given servers, each as its own kiosk
        with its own booking, or all as self.kiosk sending same_body; the statuses, or the
        (status, answer) pairs with same_body."""
        tokens = [self.kiosk] * clients if same_body else [self.db.token("kiosk", f"racer{i}") for i in range(clients)]
        barrier = threading.Barrier(clients)
        answers = [None] * clients

        def run(i):
            server = servers[i % len(servers)]
            conn = server.connection()
            conn.connect()
            body = same_body or booking_body(slot_id)
            barrier.wait()
            answers[i] = server.call("POST", "/api/v1/bookings", tokens[i], body, headers={"Idempotency-Key": body["id"]}, connection=conn)
            conn.close()

        threads = [threading.Thread(target=run, args=(i,)) for i in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        return [(a[0], a[2]) for a in answers] if same_body else [a[0] for a in answers]

    def test_one_booking_sent_many_times_at_once_is_booked_once(self):
        # A kiosk that retried while its first request was still on its way: the copies meet in
        # one batch of the server's writer, or in two server processes on PostgreSQL.
        _, slots = self.day_with_slots("advisor-follow-up", skip=2)
        slot = slots[0]
        body = booking_body(slot["id"])
        second = Server(self.db, "--rate-per-token", "0", "--rate-per-address", "0") if self.db.kind == "postgresql" else None
        try:
            answers = self.race(slot["id"], 20, [self.server] + ([second] if second else []), same_body=body)
        finally:
            if second:
                second.stop()
        statuses = [status for status, _ in answers]
        self.assertEqual(statuses.count(201), 1, answers)
        self.assertEqual(statuses.count(200), 19, answers)
        self.assertEqual(len({answer["code"] for _, answer in answers}), 1, answers)
        after = [s for s in self.slots("advisor-follow-up", slot["start"][:10]) if s["id"] == slot["id"]][0]
        self.assertEqual(after["booked"], slot["booked"] + 1)

    def test_fifty_clients_race_for_twenty_seats(self):
        _, slots = self.day_with_slots("french-assessment")
        slot = slots[0]
        self.assertEqual(slot["capacity"], 20)
        statuses = self.race(slot["id"], 50, [self.server])
        self.assertEqual(statuses.count(201), 20, statuses)
        self.assertEqual(statuses.count(409), 30, statuses)
        after = [s for s in self.slots("french-assessment", slot["start"][:10]) if s["id"] == slot["id"]][0]
        self.assertEqual((after["booked"], after["available"]), (20, 0))

    def test_two_servers_race_on_one_database(self):
        if self.db.kind != "postgresql":
            self.skipTest("several server processes share PostgreSQL in production")
        _, slots = self.day_with_slots("french-assessment", skip=1)
        second = Server(self.db, "--rate-per-token", "0", "--rate-per-address", "0")
        try:
            statuses = self.race(slots[0]["id"], 50, [self.server, second])
        finally:
            second.stop()
        self.assertEqual(statuses.count(201), 20, statuses)
        self.assertEqual(statuses.count(409), 30, statuses)

    # -- leases ----------------------------------------------------------------------------

    def test_leased_seats_are_honoured(self):
        day, slots = self.day_with_slots("first-welcome", skip=2)
        lease = self.ok("POST", "/api/v1/leases", self.kiosk,
                        {"office": "bapa-bxl", "service": "first-welcome", "date": day.isoformat(), "seats": 2}, expect=201)
        self.assertEqual(len(lease["slots"]), 2)
        self.assertEqual(datetime.datetime.fromisoformat(lease["expires"]).astimezone(BRUSSELS),
                         datetime.datetime.combine(day, datetime.time(0, 0), BRUSSELS))
        leased = lease["slots"][0]["slot_id"]
        # Nobody else can take a leased seat (one seat per slot: the slot is now full to others).
        self.book(leased, token=self.other_kiosk, expect=409)
        # Offline, the kiosk booked it from its lease and showed the seat's code: it always
        # succeeds, even sent late, with that very code.
        seat_code = lease["slots"][0]["codes"][0]
        self.assertRegex(seat_code, CODE)
        _, made = self.book(leased, lease_id=lease["id"], code=seat_code)
        self.assertEqual(made["lease_id"], lease["id"])
        self.assertEqual(made["code"], seat_code)
        # The lease's seat is used: a second booking on it has nothing left.
        _, refused = self.book(leased, lease_id=lease["id"], expect=409)
        self.assertEqual(refused["error"], "lease_exhausted")
        # Another kiosk cannot use or give back this lease.
        self.book(lease["slots"][1]["slot_id"], token=self.other_kiosk, lease_id=lease["id"], expect=409)
        self.error("DELETE", f"/api/v1/leases/{lease['id']}", self.other_kiosk, expect=403)
        returned = self.ok("DELETE", f"/api/v1/leases/{lease['id']}", self.kiosk)
        self.assertEqual(returned["returned"], 1)
        free = [s for s in self.slots("first-welcome", day.isoformat()) if s["id"] == lease["slots"][1]["slot_id"]][0]
        self.assertEqual(free["available"], 1)
        self.error("DELETE", f"/api/v1/leases/{uuid.uuid4()}", self.kiosk, expect=404)

    def test_a_slot_that_has_started_is_neither_offered_nor_booked(self):
        day, slots = self.day_with_slots("first-welcome", skip=4)
        self.assertGreaterEqual(len(slots), 3, slots)
        # Mid-morning of that day: the first two slots have started, the third is ahead.
        moment = datetime.datetime.fromisoformat(slots[1]["start"]) + datetime.timedelta(minutes=30)
        morning, ahead = slots[:2], slots[2:]
        # Before that day, a kiosk leases a morning seat (its visitor leaves with the code).
        lease = self.ok("POST", "/api/v1/leases", self.kiosk,
                        {"office": "bapa-bxl", "service": "first-welcome", "date": day.isoformat(), "seats": 1}, expect=201)
        leased = lease["slots"][0]["slot_id"]
        self.assertEqual(leased, morning[0]["id"])
        # The same database, with the clock at that moment.
        later = Server(self.db, "--rate-per-token", "0", "--rate-per-address", "0", "--now", moment.isoformat())
        try:
            # The leased seat's booking, reaching the server late, is honoured with its code.
            body = booking_body(leased, lease_id=lease["id"], code=lease["slots"][0]["codes"][0])
            status, _, made = later.call("POST", "/api/v1/bookings", self.kiosk, body, headers={"Idempotency-Key": body["id"]})
            self.assertEqual(status, 201, made)
            self.assertEqual(made["code"], lease["slots"][0]["codes"][0])
            listed = later.call("GET", f"/api/v1/slots?office=bapa-bxl&service=first-welcome&from={day}&to={day}", self.kiosk)[2]
            self.assertEqual([s["id"] for s in listed], [s["id"] for s in ahead])
            body = booking_body(morning[1]["id"])
            status, _, refused = later.call("POST", "/api/v1/bookings", self.kiosk, body, headers={"Idempotency-Key": body["id"]})
            self.assertEqual((status, refused["error"]), (409, "slot_started"), refused)
            body = booking_body(morning[1]["id"])
            status, _, refused = later.call("POST", "/api/v1/bookings", self.staff, body, headers={"Idempotency-Key": body["id"]})
            self.assertEqual((status, refused["error"]), (409, "slot_started"), refused)
            # A slot still ahead is booked as before.
            body = booking_body(ahead[0]["id"])
            self.assertEqual(later.call("POST", "/api/v1/bookings", self.kiosk, body, headers={"Idempotency-Key": body["id"]})[0], 201)
        finally:
            later.stop()

    def test_lease_errors(self):
        day, _ = self.day_with_slots("first-welcome")
        base = {"office": "bapa-bxl", "service": "first-welcome", "date": day.isoformat(), "seats": 1}
        for field, value in [("seats", 0), ("seats", 2.5), ("seats", "2"), ("seats", 1000), ("date", "2026-13-01"), ("office", 7)]:
            self.error("POST", "/api/v1/leases", self.kiosk, dict(base, **{field: value}), field=field)
        self.error("POST", "/api/v1/leases", self.kiosk, dict(base, office="nowhere"), expect=404)
        self.error("POST", "/api/v1/leases", self.kiosk, dict(base, date="2026-12-28"), expect=409, code="lease_exhausted")  # closed

    # -- fleet -----------------------------------------------------------------------------

    def test_heartbeat_and_fleet(self):
        beat = {"pack_version": "2026.11.1", "outbox_depth": 3, "last_sync": "2026-11-22T10:00:00Z",
                "speech_ok": True, "printer_ok": False, "uptime_s": 3600}
        self.ok("POST", "/api/v1/kiosks/k1/heartbeat", self.kiosk, beat)
        self.error("POST", "/api/v1/kiosks/k2/heartbeat", self.kiosk, beat, expect=403)  # not itself
        self.error("POST", "/api/v1/kiosks/k1/heartbeat", self.staff, beat, expect=403)
        self.error("POST", "/api/v1/kiosks/k1/heartbeat", self.kiosk, dict(beat, outbox_depth="three"), field="outbox_depth")
        self.error("POST", "/api/v1/kiosks/k1/heartbeat", self.kiosk, dict(beat, speech_ok="yes"), field="speech_ok")
        self.error("POST", "/api/v1/kiosks/k1/heartbeat", self.kiosk, dict(beat, office="Bapa BXL!"), field="office")
        self.ok("POST", "/api/v1/kiosks/k1/heartbeat", self.kiosk, dict(beat, office="via-schaerbeek"))
        fleet = {k["id"]: k for k in self.ok("GET", "/api/v1/kiosks", self.staff)}
        self.assertEqual(fleet["k1"]["office"], "via-schaerbeek")
        self.assertIsNone(fleet["k2"]["office"])
        self.assertEqual(fleet["k1"]["pack_version"], "2026.11.1")
        self.assertEqual(fleet["k1"]["outbox_depth"], 3)
        self.assertIs(fleet["k1"]["speech_ok"], True)
        self.assertLess(fleet["k1"]["age_s"], 60)
        self.assertIsNone(fleet["k1"]["pack_refusal"])
        self.assertIsNone(fleet["k1"]["pack_is_latest"])  # no pack published on this server
        self.assertIsNone(fleet["k2"]["last_heartbeat"])  # has a token, never seen
        self.assertIsNone(fleet["k2"]["pack_refusal"])

    def test_heartbeat_says_the_last_pack_refused(self):
        refusal = {"version": "2026.12.1", "reason": "the pack expired on 2026-12-01T00:00:00Z"}
        self.ok("POST", "/api/v1/kiosks/k1/heartbeat", self.kiosk, {"pack_version": "2026.11.1", "pack_refusal": refusal})
        fleet = {k["id"]: k for k in self.ok("GET", "/api/v1/kiosks", self.staff)}
        self.assertEqual(fleet["k1"]["pack_refusal"], refusal)
        self.assertEqual(fleet["k1"]["pack_version"], "2026.11.1")
        # Like every field, stored as sent: a heartbeat without it says there is none.
        self.ok("POST", "/api/v1/kiosks/k1/heartbeat", self.kiosk, {"pack_version": "2026.11.1", "pack_refusal": None})
        self.assertIsNone({k["id"]: k for k in self.ok("GET", "/api/v1/kiosks", self.staff)}["k1"]["pack_refusal"])
        for bad, field in [("expired", "pack_refusal"), ([refusal], "pack_refusal"),
                           ({"reason": "x"}, "pack_refusal.version"), ({"version": "", "reason": "x"}, "pack_refusal.version"),
                           ({"version": "1" * 65, "reason": "x"}, "pack_refusal.version"),
                           ({"version": "2026.12.1"}, "pack_refusal.reason"), ({"version": "2026.12.1", "reason": 7}, "pack_refusal.reason"),
                           ({"version": "2026.12.1", "reason": "x" * 501}, "pack_refusal.reason")]:
            self.error("POST", "/api/v1/kiosks/k1/heartbeat", self.kiosk, {"pack_refusal": bad}, field=field)
        self.ok("POST", "/api/v1/kiosks/k1/heartbeat", self.kiosk, {"pack_refusal": dict(refusal, reason="é" * 500)})

    def test_alerts(self):
        made = self.ok("POST", "/api/v1/alerts", self.kiosk, {"kiosk": "k1", "reason": "call_staff"}, expect=201)
        self.error("POST", "/api/v1/alerts", self.kiosk, {"kiosk": "k2", "reason": "call_staff"}, expect=403)
        self.error("POST", "/api/v1/alerts", self.kiosk, {"kiosk": "k1", "reason": "<script>"}, field="reason")
        listed = self.ok("GET", "/api/v1/alerts", self.staff)
        self.assertEqual(listed[0]["id"], made["id"])
        self.assertEqual(listed[0]["reason"], "call_staff")
        self.assertEqual(self.ok("GET", f"/api/v1/alerts?after={made['id']}", self.staff), [])
        self.error("GET", "/api/v1/alerts", self.kiosk, expect=403)
        # A conflict says which booking, and how to reach the visitor who left with it.
        booking = str(uuid.uuid4())
        conflict = self.ok("POST", "/api/v1/alerts", self.kiosk, {"kiosk": "k1", "reason": "conflict", "booking": booking, "code": "K7-4825",
                                                                  "slot_id": "bapa-bxl/first-welcome/2026-12-01T09:00", "phone": "0470 12 34 56"}, expect=201)
        listed = self.ok("GET", "/api/v1/alerts", self.staff)[0]
        self.assertEqual(listed["id"], conflict["id"])
        self.assertEqual((listed["booking"], listed["code"], listed["phone"]), (booking, "K7-4825", "+32470123456"))
        self.error("POST", "/api/v1/alerts", self.kiosk, {"kiosk": "k1", "reason": "call_staff", "phone": "0470123456"}, field="phone")
        self.error("POST", "/api/v1/alerts", self.kiosk, {"kiosk": "k1", "reason": "conflict", "booking": "x"}, field="booking")

    def test_alerts_name_an_office_and_are_taken_in_hand(self):
        # The office the alert names; without one, the office of the kiosk's last heartbeat.
        said = self.ok("POST", "/api/v1/alerts", self.kiosk, {"kiosk": "k1", "reason": "call_staff", "office": "via-molenbeek"}, expect=201)
        self.assertEqual(said["office"], "via-molenbeek")
        third = self.db.token("kiosk", "k3")
        self.ok("POST", "/api/v1/kiosks/k3/heartbeat", third, {"office": "bapa-bxl"})
        inferred = self.ok("POST", "/api/v1/alerts", third, {"kiosk": "k3", "reason": "call_staff"}, expect=201)
        self.assertEqual(inferred["office"], "bapa-bxl")
        self.error("POST", "/api/v1/alerts", self.kiosk, {"kiosk": "k1", "reason": "call_staff", "office": "../x"}, field="office")
        open_ids = [a["id"] for a in self.ok("GET", "/api/v1/alerts?open=true", self.staff)]
        self.assertIn(said["id"], open_ids)
        # Taken in hand: once, with the time; the second desk learns it was already taken.
        taken = self.ok("POST", f"/api/v1/alerts/{said['id']}/taken", self.staff)
        self.assertIs(taken["already_taken"], False)
        self.assertTrue(taken["taken_at"].endswith("Z"))
        again = self.ok("POST", f"/api/v1/alerts/{said['id']}/taken", self.staff)
        self.assertEqual((again["already_taken"], again["taken_at"]), (True, taken["taken_at"]))
        open_ids = [a["id"] for a in self.ok("GET", "/api/v1/alerts?open=true", self.staff)]
        self.assertNotIn(said["id"], open_ids)
        self.assertIn(inferred["id"], open_ids)
        everything = {a["id"]: a for a in self.ok("GET", "/api/v1/alerts", self.staff)}
        self.assertEqual(everything[said["id"]]["taken_at"], taken["taken_at"])
        self.assertIsNone(everything[inferred["id"]]["taken_at"])
        self.error("POST", "/api/v1/alerts/999999/taken", self.staff, expect=404)
        self.error("POST", "/api/v1/alerts/nine/taken", self.staff, expect=404)
        self.error("POST", f"/api/v1/alerts/{inferred['id']}/taken", self.kiosk, expect=403)
        self.error("GET", "/api/v1/alerts?open=maybe", self.staff, field="open")

    # -- hostile input ---------------------------------------------------------------------

    def test_malformed_input_gets_4xx_never_5xx(self):
        _, slots = self.day_with_slots("advisor-follow-up", skip=1)
        key = {"Idempotency-Key": str(uuid.uuid4())}
        cases = [
            b"", b"{", b"[]", b"null", b"42", b'"text"', b'{"id": ', b"\xff\xfe\x00junk",
            b'{"id": 5, "slot_id": [], "language": {}, "phone": 470123456}',
            json.dumps(booking_body(slots[0]["id"], name="A\u0000B")).encode(),
            json.dumps(booking_body(slots[0]["id"], name="x" * 5000)).encode(),
            json.dumps(booking_body(slots[0]["id"], language="../../etc")).encode(),
            json.dumps(booking_body(slots[0]["id"], created_at="yesterday")).encode(),
            '{"id": "\ud800", "phone": "\u202e0470"}'.encode("utf-8", "surrogatepass"),
            b'{"id": "' + b"\xed\xa0\x80" + b'"}',  # a UTF-8-encoded lone surrogate
        ]
        for raw in cases:
            status, _, value = self.call("POST", "/api/v1/bookings", self.kiosk, raw=raw, headers=key)
            self.assertTrue(400 <= status < 500, (raw[:40], status, value))
            self.assertIn("error", value)
        for path in ["/api/v1/bookings/..%2F..%2Fetc", "/api/v1/nothing", "/api/v1/kiosks/%00/heartbeat"]:
            status, _, value = self.call("PATCH" if "bookings" in path else "POST", path, self.staff, raw=b"{}")
            self.assertTrue(400 <= status < 500, (path, status, value))
        # Over 64 KiB: 413 before anything is read into a booking.
        status, _, value = self.call("POST", "/api/v1/bookings", self.kiosk, raw=b"{" + b" " * (70 * 1024) + b"}", headers=key)
        self.assertEqual(status, 413)
        self.assertIn("error", value)
        # And the server is still here.
        self.ok("GET", "/api/v1/health", None)

    # -- export, metrics, logs ---------------------------------------------------------------

    def test_icalendar_across_daylight_saving(self):
        import icalendar  # Debian's python3-icalendar: a real parser, not ours
        # Summer time starts on the last Sunday of March 2027 (the 28th): the Friday before and
        # the Tuesday after (Monday is Easter Monday, closed).
        before, after = datetime.date(2027, 3, 26), datetime.date(2027, 3, 30)
        made = []
        for day in (before, after):
            slot = [s for s in self.slots("advisor-follow-up", day.isoformat()) if s["available"] > 0][0]
            made.append(self.book(slot["id"])[1])
        status, headers, text = self.call("GET", f"/api/v1/bookings.ics?office=bapa-bxl&from={before}&to={after}", self.staff)
        self.assertEqual(status, 200)
        self.assertTrue(headers["Content-Type"].startswith("text/calendar"))
        self.assertNotIn("470123456", text, "no phone number in a calendar file")
        calendar = icalendar.Calendar.from_ical(text)
        events = {str(e["UID"]).split("@")[0]: e for e in calendar.walk("VEVENT")}
        for booking in made:
            event = events[booking["id"]]
            start = event.decoded("DTSTART")
            self.assertEqual(start, datetime.datetime.fromisoformat(booking["start"]))
            self.assertIn(booking["code"], str(event["SUMMARY"]))
        # The same local hour is an hour earlier in UTC once summer time has begun.
        first, second = (events[b["id"]].decoded("DTSTART") for b in made)
        self.assertEqual(first.utcoffset(), datetime.timedelta(hours=1))
        self.assertEqual(second.utcoffset(), datetime.timedelta(hours=2))
        self.error("GET", f"/api/v1/bookings.ics?office=bapa-bxl&from={after}&to={before}", self.staff, field="to")
        self.error("GET", f"/api/v1/bookings.ics?office=bapa-bxl&from={before}&to={after}", self.kiosk, expect=403)

    def test_metrics(self):
        _, slots = self.day_with_slots("advisor-follow-up", skip=2)
        self.book(slots[0]["id"])
        self.ok("POST", "/api/v1/kiosks/k1/heartbeat", self.kiosk, {"outbox_depth": 0})
        status, headers, text = self.call("GET", "/metrics")
        self.assertEqual(status, 200)
        self.assertRegex(text, r'guichet_requests_total\{route="bookings.create",status="201"\} [1-9]')
        self.assertRegex(text, r"guichet_bookings_created_total [1-9]")
        self.assertIn("guichet_booking_conflicts_total", text)
        self.assertIn('guichet_request_seconds_bucket{le="+Inf"}', text)
        self.assertRegex(text, r'guichet_kiosk_heartbeat_age_seconds\{kiosk="k1"\} \d+')

    def test_zz_no_phone_or_name_in_the_log(self):
        # Runs last (zz): the log then holds every request of this class.
        log = self.server.logged()
        self.assertIn("POST bookings.create 201", log)
        for secret in ["470123456", "0470 12", "Amina", self.kiosk, self.staff]:
            self.assertNotIn(secret, log)


class LimitsTest(unittest.TestCase):
    """Rate limits and HTTPS need servers of their own."""

    def setUp(self):
        self.work = tempfile.TemporaryDirectory()
        self.db = Database(self.work.name)
        self.db.cli("import", "--pack", test_pack(self.work.name))
        self.kiosk = self.db.token("kiosk", "k1")

    def tearDown(self):
        self.work.cleanup()

    def test_rate_limit_per_token_says_when_to_come_back(self):
        server = Server(self.db, "--rate-per-token", "2", "--rate-per-address", "0")
        try:
            statuses = []
            conn = server.connection()
            for _ in range(12):
                status, headers, value = server.call("GET", "/api/v1/offices", self.kiosk, connection=conn)
                statuses.append(status)
                if status == 429:
                    self.assertEqual(value["error"], "too_many_requests")
                    self.assertGreaterEqual(int(headers["Retry-After"]), 1)
            self.assertIn(429, statuses)
            self.assertEqual(statuses[0], 200)
        finally:
            server.stop()

    def test_rate_limit_per_address(self):
        server = Server(self.db, "--rate-per-token", "0", "--rate-per-address", "2")
        try:
            statuses = [server.call("GET", "/api/v1/health")[0] for _ in range(12)]
            self.assertIn(429, statuses)
        finally:
            server.stop()

    def test_https(self):
        cert, key = os.path.join(self.work.name, "cert.pem"), os.path.join(self.work.name, "key.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                        "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", cert], check=True, capture_output=True)
        server = Server(self.db, tls=(cert, key))
        try:
            self.assertEqual(server.scheme, "https")
            status, _, value = server.call("GET", "/api/v1/offices", self.kiosk)
            self.assertEqual(status, 200, value)
        finally:
            server.stop()

    def test_a_broken_pack_is_refused_and_changes_nothing(self):
        pack = test_pack(self.work.name + "/broken")
        with open(os.path.join(pack, "services.json"), "w") as f:
            f.write('{"services": [ {"id": "x", ')
        result = self.db.cli("import", "--pack", pack, check=False)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("services.json", result.stderr)
        self.assertIn("nothing imported", result.stderr)
        server = Server(self.db)
        try:
            offices = server.call("GET", "/api/v1/offices", self.kiosk)[2]
            self.assertIn("bapa-bxl", [o["id"] for o in offices])  # the earlier import stands
        finally:
            server.stop()

    def test_phone_and_name_are_erased_after_the_appointment(self):
        server = Server(self.db)
        try:
            slots = server.call("GET", f"/api/v1/slots?office=bapa-bxl&service=first-welcome&from={TODAY + datetime.timedelta(days=7)}"
                                f"&to={TODAY + datetime.timedelta(days=21)}", self.kiosk)[2]
            body = booking_body(slots[0]["id"], name="Amina")
            self.assertEqual(server.call("POST", "/api/v1/bookings", self.kiosk, body, headers={"Idempotency-Key": body["id"]})[0], 201)
        finally:
            server.stop()
        # As if the appointment were long past: the next start erases what has served.
        self.db.sql(f"UPDATE bookings SET day = '2000-01-03' WHERE id = '{body['id']}'")
        staff = self.db.token("staff")
        server = Server(self.db, "--keep-personal-days", "7")
        try:
            def stored():
                return server.call("GET", "/api/v1/bookings?office=bapa-bxl&date=2000-01-03", staff)[2][0]
            for _ in range(50):
                if stored()["phone"] is None:
                    break
                time.sleep(0.1)
            self.assertIsNone(stored()["phone"])
            self.assertIsNone(stored()["name"])
            self.assertEqual(stored()["status"], "booked")  # the booking itself stays
            # A replay still answers with the same booking (the request's hash is kept).
            status, _, again = server.call("POST", "/api/v1/bookings", self.kiosk, body, headers={"Idempotency-Key": body["id"]})
            self.assertEqual((status, again["id"]), (200, body["id"]))
        finally:
            server.stop()

    def test_bad_command_lines(self):
        for args in (["--db", "mysql://x"], ["--listen", "nowhere"], ["--tls-cert", "/nonexistent"], ["token", "add", "--role", "king"],
                     ["token", "add", "--role", "kiosk", "--kiosk", "../k"], ["import"], ["--now", "next tuesday"]):
            full = args if args[0] == "--db" else ["--db", self.db.url, *args]
            result = subprocess.run([os.environ["GUICHET_SERVER"], *full], capture_output=True, text=True, timeout=30)
            self.assertNotEqual(result.returncode, 0, args)
            self.assertTrue(result.stderr.strip(), args)


if __name__ == "__main__":
    unittest.main(verbosity=2)
