"""Helpers of bench/booking-storm.sh that are not load: building the pool of free slots the hold phases pick from,
reading the verification codes out of the outbox's .eml files, and counting the mails.

  python3 bench/storm.py pool BASE_URL OUT_FILE
  python3 bench/storm.py holds OUTBOX_DIR PREFIX EXPECTED TIMEOUT_SECONDS OUT_FILE
  python3 bench/storm.py mails OUTBOX_DIR EXPECTED TIMEOUT_SECONDS

Only BASE_URL (loopback) is ever asked.
"""
import datetime
import email
import email.header
import email.policy
import json
import os
import random
import re
import sys
import time
import urllib.error
import urllib.request
import zoneinfo

WINDOW_DAYS = 92  # the longest range the availability endpoint answers
BENCH_DOMAIN = "@bench.test"


def get_json(url):
    with urllib.request.urlopen(url, timeout=60) as answer:
        return json.load(answer)


def pool(base, out_file):
    """Every free slot of every office, for one bookable procedure per office (the first of a shuffled list, seeded
    by the office, that the office offers), as the JSON members of a hold: one line per slot."""
    offices = get_json(base + "/api/v1/offices")
    procedures = [p["code"] for p in get_json(base + "/api/v1/procedures") if p.get("bookableOnline")]
    lines, places, used = [], 0, 0
    for office in offices:
        today = datetime.datetime.now(zoneinfo.ZoneInfo(office["timeZone"])).date()
        until = today + datetime.timedelta(days=WINDOW_DAYS - 1)
        candidates = sorted(procedures)
        random.Random(office["id"]).shuffle(candidates)
        for procedure in candidates:
            try:
                days = get_json(f"{base}/api/v1/offices/{office['id']}/availability?procedure={procedure}"
                                f"&from={today}&to={until}")["days"]
            except urllib.error.HTTPError:
                continue  # not offered there
            slots = [s for d in days for s in d["slots"] if s["remaining"] > 0]
            if not slots:
                continue
            used += 1
            for slot in slots:
                lines.append(f'"officeId":"{office["id"]}","procedure":"{procedure}","start":"{slot["start"]}"')
                places += slot["remaining"]
            break
    with open(out_file, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    print(f"{len(lines)} free slots, {places} places, in {used} of {len(offices)} offices")


def read_mail(path):
    with open(path, "rb") as f:
        return email.message_from_binary_file(f, policy=email.policy.default)


def text_of(message):
    part = message.get_body(preferencelist=("plain",))
    return part.get_content() if part is not None else ""


CONFIRM_LINK = re.compile(r"confirm\?code=([A-Z0-9]{8})&")
SIX_DIGITS = re.compile(r"(?m)^\s*(\d{6})\s*$")


def holds(outbox, prefix, expected, timeout, out_file):
    """Waits until the verification mails of EXPECTED applicants whose passport starts with PREFIX are in the
    outbox (or the time is up), then writes one line per hold: its code, the passport and the six digits."""
    wanted = prefix.lower() + "t"
    found, seen = {}, set()
    deadline = time.monotonic() + timeout
    while True:
        names = [n for n in os.listdir(outbox) if n.endswith(".eml")] if os.path.isdir(outbox) else []
        for name in names:
            if name in seen:
                continue
            seen.add(name)
            message = read_mail(os.path.join(outbox, name))
            to = str(message["To"] or "")
            if not (to.startswith(wanted) and to.endswith(BENCH_DOMAIN)):
                continue
            text = text_of(message)
            code, digits = CONFIRM_LINK.search(text), SIX_DIGITS.search(text)
            if code and digits:
                found[to] = (code.group(1), to[:-len(BENCH_DOMAIN)].upper(), digits.group(1))
        if len(found) >= expected or time.monotonic() > deadline:
            break
        time.sleep(1)
    with open(out_file, "w", encoding="utf-8") as out:
        for code, passport, digits in found.values():
            out.write(f"{code} {passport} {digits}\n")
    print(len(found))


def mails(outbox, expected, timeout):
    """Waits until the outbox holds EXPECTED .eml files (or the time is up), then counts them and the pairs of
    recipient and subject that were written more than once (every bench applicant holds once: a second message with
    the same subject to the same address would be a mail composed twice)."""
    deadline = time.monotonic() + timeout
    names = []
    while True:
        names = [n for n in os.listdir(outbox) if n.endswith(".eml")] if os.path.isdir(outbox) else []
        if len(names) >= expected or time.monotonic() > deadline:
            break
        time.sleep(1)
    pairs = {}
    for name in names:
        message = read_mail(os.path.join(outbox, name))
        key = (str(message["To"]), str(message["Subject"]))
        pairs[key] = pairs.get(key, 0) + 1
    twice = sum(1 for n in pairs.values() if n > 1)
    print(f"files={len(names)} recipients={len({to for to, _ in pairs})} twice={twice}")


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "pool":
        pool(args[0].rstrip("/"), args[1])
    elif command == "holds":
        holds(args[0], args[1], int(args[2]), float(args[3]), args[4])
    elif command == "mails":
        mails(args[0], int(args[1]), float(args[2]))
    else:
        sys.exit("unknown command " + command)
