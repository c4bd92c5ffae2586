#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a kiosk booking outbox, DATA/kiosk.sqlite, holding one booking not yet sent to the
server, for the upgrade check of tests/deploy/packages_test.sh (the upgrade must leave it as it
is). The schema is kiosk/store/bookingstore.cpp's, version 1.

  package-outbox.py FILE
"""
import sqlite3
import sys

SCHEMA = [
    "CREATE TABLE outbox ("
    " id TEXT PRIMARY KEY, slot_id TEXT NOT NULL, office TEXT NOT NULL, service TEXT NOT NULL,"
    " language TEXT NOT NULL, phone TEXT, name TEXT, lease_id TEXT, created_at TEXT NOT NULL,"
    " state INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0, next_attempt_ms INTEGER NOT NULL DEFAULT 0,"
    " code TEXT, error TEXT, seq INTEGER NOT NULL)",
    "CREATE INDEX outbox_pending ON outbox (state, seq)",
    "CREATE TABLE leased_seats ("
    " lease_id TEXT NOT NULL, office TEXT NOT NULL, service TEXT NOT NULL, day TEXT NOT NULL, slot_id TEXT NOT NULL,"
    " code TEXT NOT NULL, expires_ms INTEGER NOT NULL, booking_id TEXT, PRIMARY KEY (lease_id, code))",
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)",
]

if len(sys.argv) != 2:
    sys.exit(__doc__)
db = sqlite3.connect(sys.argv[1])
for statement in SCHEMA:
    db.execute(statement)
db.execute("PRAGMA user_version = 1")
# Pending (state 0), with the phone number the visitor typed: what a kiosk holds while offline.
db.execute("INSERT INTO outbox (id, slot_id, office, service, language, phone, created_at, state, seq) "
           "VALUES ('0b5e7a52-4a0c-4f3e-9d1e-7c2f3a9b8d01', 'bapa-bxl/first-welcome/2027-01-12T09:00', "
           "'bapa-bxl', 'first-welcome', 'ar', '+32470123456', '2027-01-05T10:00:00Z', 0, 1)")
db.commit()
db.close()
