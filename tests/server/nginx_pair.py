# SPDX-License-Identifier: GPL-3.0-or-later
"""Two guichet-server processes on one PostgreSQL database behind nginx (issue 12), as
deploy/README.md describes: kiosks race through nginx for the seats of a few slots, some
resend their booking, then one server stops and bookings still go through.
Needs GUICHET_DB_URL (a postgresql:// URL: nginx_pair.sh starts a throwaway cluster),
GUICHET_SERVER and GUICHET_PACK; nginx from Debian's package (NGINX, default /usr/sbin/nginx).
Prints "nginx pair: ok" and the numbers at the end."""
import collections
import ctypes
import datetime
import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import serverprocess  # noqa: E402
from serverprocess import NOW, TODAY, Database, Server  # noqa: E402

NGINX = os.environ.get("NGINX", "/usr/sbin/nginx")
HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATE = os.path.join(HERE, "nginx-guichet.conf.in")
# The configuration deploy/README.md gives, run as it is but for its ports.
DEPLOYED = os.path.join(HERE, "..", "..", "deploy", "nginx", "guichet.conf")
RACERS = 40
SERVICE = "french-assessment"  # 4 seats per slot in the default pack
RACE_SLOTS = 3
CREATED = NOW.astimezone(datetime.timezone.utc).isoformat(timespec="seconds")


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def free_port():
    """A loopback port free right now (nginx binds it a moment later; a clash is retried)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def die_with_parent():
    """In the child: SIGQUIT (nginx's graceful stop) when the test itself dies, even killed."""
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGQUIT)  # PR_SET_PDEATHSIG


class Nginx:
    def __init__(self, work, ports):
        self.work = work
        for attempt in range(3):
            self.port = free_port()
            with open(DEPLOYED, encoding="utf-8") as f:
                deployed = f.read()
            for key, value in {"127.0.0.1:8081": f"127.0.0.1:{ports[0]}", "127.0.0.1:8082": f"127.0.0.1:{ports[1]}",
                               "listen 80;": f"listen 127.0.0.1:{self.port};"}.items():
                check(deployed.count(key) == 1, f"{DEPLOYED} has not one {key!r}")
                deployed = deployed.replace(key, value)
            with open(os.path.join(work, "guichet.conf"), "w", encoding="utf-8") as f:
                f.write(deployed)
            with open(TEMPLATE, encoding="utf-8") as f:
                text = f.read().replace("@WORK@", work)
            conf = os.path.join(work, "nginx.conf")
            with open(conf, "w", encoding="utf-8") as f:
                f.write(text)
            # -e: the log nginx writes before it has read error_log (else /var/log/nginx).
            self.process = subprocess.Popen([NGINX, "-p", work, "-c", conf, "-e", os.path.join(work, "error.log")],
                                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=die_with_parent)
            if self.wait_ready():
                return
            self.stop()
            if "Address already in use" not in self.errors():
                break
        raise AssertionError(f"nginx did not start:\n{self.errors()}")

    def wait_ready(self):
        for _ in range(100):
            if self.process.poll() is not None:
                return False
            try:
                if self.call("GET", "/api/v1/health")[0] == 200:
                    return True
            except OSError:
                pass
            time.sleep(0.1)
        return False

    def connection(self):
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)

    def call(self, method, path, token=None, body=None, headers=None, connection=None):
        """(status, the upstream that answered, the JSON answer) through nginx."""
        sent = dict(headers or {})
        if token:
            sent["Authorization"] = "Bearer " + token
        data = json.dumps(body).encode() if body is not None else None
        if data:
            sent["Content-Type"] = "application/json"
        conn = connection or self.connection()
        try:
            conn.request(method, path, body=data, headers=sent)
            response = conn.getresponse()
            payload = response.read()
        finally:
            if connection is None:
                conn.close()
        try:
            value = json.loads(payload)
        except ValueError:
            value = payload.decode("utf-8", "replace")  # nginx's own error pages (502) are HTML
        return response.status, response.getheader("X-Guichet-Upstream", ""), value

    def errors(self):
        try:
            with open(os.path.join(self.work, "error.log"), encoding="utf-8", errors="replace") as f:
                return f.read()
        except FileNotFoundError:
            return ""

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGQUIT)  # finish the requests under way, then exit
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def booking(slot_id):
    return {"id": str(uuid.uuid4()), "slot_id": slot_id, "language": "fr", "phone": "0470 12 34 56", "created_at": CREATED}


def post(proxy, token, body, connection=None):
    return proxy.call("POST", "/api/v1/bookings", token, body, {"Idempotency-Key": body["id"]}, connection)


def main():
    check(os.environ.get("GUICHET_DB_URL", "").startswith("postgresql://"), "GUICHET_DB_URL must be a postgresql:// URL (run nginx_pair.sh)")
    # Under /tmp and searchable by nginx's workers (they run as nobody when the test is root).
    work = tempfile.mkdtemp(prefix="guichet-nginx.", dir="/tmp")
    os.chmod(work, 0o755)
    # A copy of the server: a rebuild during the test does not swap it under our feet.
    serverprocess.SERVER = shutil.copy(serverprocess.SERVER, os.path.join(work, "guichet-server"))
    servers, proxy = [], None
    try:
        db = Database(work)  # the cluster's database, emptied
        db.cli("import", "--pack", serverprocess.PACK)
        staff = db.token("staff")
        # One kiosk per racer: the per-token rate stays on (default 20/s). Behind nginx every
        # request comes from 127.0.0.1, so the per-address bucket would be shared by everyone.
        kiosks = [db.token("kiosk", f"k{i}") for i in range(RACERS)]
        for _ in range(2):
            servers.append(Server(db, "--rate-per-address", "0"))
        ports = [s.port for s in servers]
        upstreams = [f"127.0.0.1:{p}" for p in ports]
        proxy = Nginx(work, ports)

        # A week ahead, the first day with enough free slots of the service.
        day = TODAY + datetime.timedelta(days=7)
        for _ in range(30):
            status, _, slots = proxy.call("GET", f"/api/v1/slots?office=bapa-bxl&service={SERVICE}&from={day}&to={day}", kiosks[0])
            check(status == 200, f"slots: {status} {slots}")
            slots = [s for s in slots if s["available"] == s["capacity"]]
            if len(slots) >= RACE_SLOTS + 2:
                break
            day += datetime.timedelta(days=1)
        else:
            raise AssertionError(f"no day with {RACE_SLOTS + 2} free {SERVICE} slots")
        race_slots, spare_slots = slots[:RACE_SLOTS], slots[RACE_SLOTS:RACE_SLOTS + 2]
        capacity = {s["id"]: s["capacity"] for s in slots}

        # -- the race: 40 kiosks at once, each its own booking; every fourth resends it -------
        barrier = threading.Barrier(RACERS)
        results = [None] * RACERS

        def race(i):
            conn = proxy.connection()
            conn.connect()
            body = booking(race_slots[i % RACE_SLOTS]["id"])
            barrier.wait()
            try:
                first = post(proxy, kiosks[i], body, conn)
                replays = []
                if i % 4 == 0:
                    # A kiosk that did not hear the answer sends the same booking again, until a
                    # copy lands on the other server (round robin: the next request or so).
                    for _ in range(6):
                        replays.append(post(proxy, kiosks[i], body, conn))
                        if replays[-1][1] != first[1]:
                            break
                results[i] = (body, first, replays)
            except Exception as e:  # noqa: BLE001 -- reported by the main thread
                results[i] = e
            finally:
                conn.close()

        threads = [threading.Thread(target=race, args=(i,)) for i in range(RACERS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        for i, r in enumerate(results):
            check(isinstance(r, tuple), f"racer {i}: {r!r}")

        acked = {}  # booking id -> (code, upstream)
        refused = 0
        per_upstream = collections.Counter()
        crossed = 0
        for body, (status, upstream, value), replays in results:
            check(upstream in upstreams, f"answered by {upstream!r}, not one of {upstreams}")
            if status == 201:
                acked[body["id"]] = (value["code"], upstream)
                per_upstream[upstream] += 1
            else:
                check(status == 409 and value.get("error") == "slot_full", f"a racer got {status} {value}")
                refused += 1
            for again, upstream_again, value_again in replays:
                if status == 201:
                    check(again == 200, f"a replay of a 201 got {again} {value_again}")
                    check(value_again["id"] == body["id"] and value_again["code"] == value["code"],
                          f"a replay answered another booking: {value_again} for {value}")
                else:
                    check(again == 409 and value_again.get("error") == "slot_full", f"a replay of a 409 got {again} {value_again}")
            if replays and replays[-1][1] != upstream:
                crossed += 1
        check(crossed > 0, "no replay reached the other server")

        seats = sum(capacity[s["id"]] for s in race_slots)
        check(len(acked) == seats, f"{len(acked)} bookings acknowledged for {seats} seats")

        def listing():
            status, _, value = proxy.call("GET", f"/api/v1/bookings?office=bapa-bxl&date={day}", staff)
            check(status == 200, f"staff listing: {status} {value}")
            return value

        def check_listing(expected):
            """No slot over its seats; every acknowledged booking there once, with its code."""
            listed = listing()
            ids = collections.Counter(b["id"] for b in listed)
            for slot_id, n in collections.Counter(b["slot_id"] for b in listed).items():
                check(n <= capacity.get(slot_id, 0), f"{slot_id}: {n} bookings for {capacity.get(slot_id)} seats")
            check(set(ids) == set(expected), f"listed {sorted(ids)} but acknowledged {sorted(expected)}")
            check(max(ids.values()) == 1, f"a booking listed twice: {ids.most_common(1)}")
            codes = {b["id"]: b["code"] for b in listed}
            for booking_id, (code, _) in expected.items():
                check(codes[booking_id] == code, f"{booking_id}: listed with {codes[booking_id]}, acknowledged {code}")

        check_listing(acked)

        # -- both servers served: their access logs (stderr, one line per request) -----------
        served = [sum(1 for line in s.logged().splitlines() if line.startswith(("GET ", "POST "))) for s in servers]
        made = [s.logged().count("POST bookings.create 201") for s in servers]
        check(all(served), f"requests per server: {served}")
        check(sum(made) == len(acked), f"201s in the access logs {made}, acknowledged {len(acked)}")
        check(made == [per_upstream[u] for u in upstreams], f"201s in the access logs {made}, through nginx {dict(per_upstream)}")

        # -- one server stops: nginx finds it refusing and sends everything to the other ------
        servers[1].stop()
        after = {}
        resent = 0
        passed_on = 0  # requests nginx sent to the stopped server first, then to the other
        for i in range(2 * spare_slots[0]["capacity"]):
            body = booking(spare_slots[i % 2]["id"])
            for _ in range(3):
                status, upstream, value = post(proxy, kiosks[i], body)
                if status == 201:
                    break
                # A POST that reached the stopping server and got no answer is not retried by
                # nginx (502); the kiosk resends it with the same key, as its outbox does.
                check(status == 502, f"with one server stopped: {status} {value}")
                resent += 1
            check(status == 201, f"with one server stopped: {status} {value}")
            # $upstream_addr lists every server tried: "B, A" when B refused the connection.
            tried = upstream.split(", ")
            check(tried[-1] == upstreams[0], f"answered by {upstream} after {upstreams[1]} stopped")
            passed_on += len(tried) - 1
            after[body["id"]] = (value["code"], upstream)
        check_listing({**acked, **after})
        check(upstreams[1] in proxy.errors(), "nginx's error log does not mention the stopped server")

        print(f"nginx pair: ok: {RACERS} racers for {seats} seats on {RACE_SLOTS} slots through nginx; "
              f"acknowledged {len(acked)} ({per_upstream[upstreams[0]]} by server A, {per_upstream[upstreams[1]]} by server B), "
              f"refused {refused} (409 slot_full); {sum(len(r[2]) for r in results)} replays, {crossed} of them on the other server, "
              f"answered alike; requests per server {served[0]}/{served[1]}; "
              f"server B stopped: {len(after)} more bookings through server A ({passed_on} passed on by nginx from server B, {resent} resent after a 502)")
        return 0
    finally:
        if proxy:
            proxy.stop()
        for s in servers:
            s.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    # ctest's timeout or ^C: run the finally above (nginx and the servers stopped).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    sys.exit(main())
