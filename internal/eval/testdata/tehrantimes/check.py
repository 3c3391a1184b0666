#!/usr/bin/env python3
"""Check gold files against ANNOTATING.md's record format.

Usage: python3 check.py FILE.gold.jsonl...

Every record needs the guide's fields; offsets are code points into the
.txt beside it; a single-span record's quote is exactly body[start:end],
a record with several spans has its pieces joined by one space; records
are sorted by start; speaker_named is false exactly when speaker is "".
"""

import json
import sys

FIELDS = {"quote": str, "speaker": str, "speaker_named": bool, "role": str, "kind": str,
          "start": int, "end": int, "spans": list, "cue": str, "note": str}
KINDS = {"direct", "partial", "indirect"}


def check(path):
    bad = 0
    body = open(path[: -len(".gold.jsonl")] + ".txt", encoding="utf-8").read()
    last = -1
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        where = "%s:%d" % (path, n)
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            print(where, e); bad += 1; continue
        errs = []
        for f, t in FIELDS.items():
            if not isinstance(r.get(f), t):
                errs.append("field %s missing or not %s" % (f, t.__name__))
        if errs:
            print(where, "; ".join(errs)); bad += 1; continue
        if r["kind"] not in KINDS:
            errs.append("kind %r" % r["kind"])
        if r["speaker_named"] != (r["speaker"] != ""):
            errs.append("speaker_named must be false exactly when speaker is empty")
        spans = r["spans"]
        if not spans or spans[0][0] != r["start"] or spans[-1][1] != r["end"]:
            errs.append("spans must begin at start and end at end")
        pieces = [body[a:b] for a, b in spans]
        if " ".join(pieces) != r["quote"]:
            errs.append("quote is not the text of its spans: %r" % " ".join(pieces)[:80])
        if r["start"] < last:
            errs.append("not sorted by start")
        last = r["start"]
        if errs:
            print(where, "; ".join(errs)); bad += 1
    return bad


if __name__ == "__main__":
    bad = sum(check(p) for p in sys.argv[1:])
    print("ok" if bad == 0 else "%d bad records" % bad)
    sys.exit(1 if bad else 0)
