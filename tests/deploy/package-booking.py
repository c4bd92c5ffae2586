#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""One booking through a running guichet-server, as a kiosk makes it (docs/PROTOCOL.md), and the
check that staff see it, for tests/deploy/packages_test.sh.

  package-booking.py book URL KIOSK_TOKEN_FILE     books the first free slot of the first
                                                   office's first service from tomorrow on;
                                                   prints "ID DAY OFFICE CODE"
  package-booking.py check URL STAFF_TOKEN_FILE ID DAY OFFICE
                                                   exits 0 when staff see that booking that day
Days are the server's own (its clock decides what is bookable), so nothing here depends on the
day the test runs beyond "within the next 60 days the default pack has a free slot".
"""
import datetime
import json
import sys
import urllib.error
import urllib.request
import uuid


def call(url, token, method, path, body=None, headers=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url + path, data=data, method=method)
    request.add_header("Authorization", "Bearer " + token)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    for key, value in (headers or {}).items():
        request.add_header(key, value)
    try:
        with urllib.request.urlopen(request, timeout=30) as reply:
            return reply.status, json.loads(reply.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace")


def expect(status, value, wanted, what):
    if status != wanted:
        sys.exit(f"package-booking: {what}: HTTP {status}: {value}")
    return value


def book(url, token):
    offices = expect(*call(url, token, "GET", "/api/v1/offices"), 200, "GET /offices")
    if not offices or not offices[0]["services"]:
        sys.exit(f"package-booking: no office with a service was imported: {offices}")
    office = offices[0]["id"]
    service = offices[0]["services"][0]["id"]
    day = datetime.date.today() + datetime.timedelta(days=1)
    for _ in range(60):
        path = f"/api/v1/slots?office={office}&service={service}&from={day}&to={day}"
        slots = expect(*call(url, token, "GET", path), 200, "GET /slots")
        free = [s for s in slots if s["available"] > 0]
        if free:
            break
        day += datetime.timedelta(days=1)
    else:
        sys.exit(f"package-booking: no free {service} slot at {office} in 60 days")
    booking_id = str(uuid.uuid4())
    body = {"id": booking_id, "slot_id": free[0]["id"], "language": "fr", "phone": "0470 12 34 56",
            "created_at": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")}
    booked = expect(*call(url, token, "POST", "/api/v1/bookings", body, {"Idempotency-Key": booking_id}), 201, "POST /bookings")
    # The slot id ends with its local start, yyyy-MM-ddTHH:mm: the office day staff list.
    print(booking_id, free[0]["id"].rsplit("/", 1)[-1][:10], office, booked["code"])


def check(url, token, booking_id, day, office):
    listed = expect(*call(url, token, "GET", f"/api/v1/bookings?office={office}&date={day}"), 200, "GET /bookings")
    if not any(b["id"] == booking_id for b in listed):
        sys.exit(f"package-booking: booking {booking_id} is not among the {len(listed)} of {office} on {day}")
    print(f"booking {booking_id} listed")


def main():
    args = sys.argv[1:]
    if len(args) == 3 and args[0] == "book":
        book(args[1], open(args[2]).read().strip())
    elif len(args) == 6 and args[0] == "check":
        check(args[1], open(args[2]).read().strip(), args[3], args[4], args[5])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
