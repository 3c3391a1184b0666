#!/usr/bin/env python3
"""Draw the quotes of the statement-date gold from the PolNeAR 2016 corpus.

The draw is seeded, so it gives the same quotes on every machine:

    python3 draw.py tune ARTICLES_DIR > tune.draw.jsonl
    python3 draw.py check ARTICLES_DIR > check.draw.jsonl

The tune part holds ARTICLES articles drawn at random among those with a
quotation of at least MIN_WORDS words in curly marks (four of the seven
publishers use them); the check part, drawn with another seed, holds
CHECK_ARTICLES articles of the publishers that use straight marks only.
In each article up to PER_ARTICLE such quotations are drawn, also at
random, and listed in the order of the text. Offsets are
code points of the body (the text after the front matter), as in the
other gold files. The script only finds offsets: the date of each quote
is given by a person reading the article (see README.md).
"""
import json
import os
import random
import re
import sys

SEED = 2016
ARTICLES = 56
CHECK_SEED = 2017
CHECK_ARTICLES = 24
PER_ARTICLE = 4
MIN_WORDS = 5
EXCERPT_WORDS = 8

CURLY = re.compile(r"\u201c([^\u201c\u201d]+)\u201d")
STRAIGHT = re.compile(r'"([^"\n]+)"')


def body(text):
    return text.split("\n---\n", 1)[1].lstrip("\n")


def front(text, key):
    m = re.search(r"^" + key + r":\s*(.*)$", text, re.M)
    return m.group(1).strip().strip('"') if m else ""


def spans(b, quote):
    out = []
    for m in quote.finditer(b):
        inner = m.group(1)
        lead = len(inner) - len(inner.lstrip())
        s, e = m.start(1) + lead, m.start(1) + len(inner.rstrip())
        if len(b[s:e].split()) >= MIN_WORDS:
            out.append((s, e))
    return out


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("tune", "check"):
        sys.exit("usage: draw.py tune|check ARTICLES_DIR")
    part, root = sys.argv[1], sys.argv[2]
    names = sorted(n for n in os.listdir(root) if n.endswith(".md"))
    found = {}
    for n in names:
        with open(os.path.join(root, n), encoding="utf-8") as f:
            text = f.read()
        b = body(text)
        if part == "tune":
            sp = spans(b, CURLY)
        elif "\u201c" not in b:
            sp = spans(b, STRAIGHT)
        else:
            sp = []
        if sp:
            found[n] = (text, sp)
    seed, count = (SEED, ARTICLES) if part == "tune" else (CHECK_SEED, CHECK_ARTICLES)
    rng = random.Random(seed)
    for n in sorted(rng.sample(sorted(found), count)):
        text, sp = found[n]
        b = body(text)
        pick = sorted(rng.sample(sp, min(PER_ARTICLE, len(sp))))
        for s, e in pick:
            words = b[s:e].split()
            rec = {
                "article": n[: -len(".md")],
                "published": front(text, "published"),
                "start": s,
                "end": e,
                "excerpt": " ".join(words[:EXCERPT_WORDS]),
            }
            print(json.dumps(rec, ensure_ascii=False))


if __name__ == "__main__":
    main()
