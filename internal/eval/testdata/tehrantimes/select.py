#!/usr/bin/env python3
"""Draw the Tehran Times articles of the project's own attribution gold.

Usage: python3 select.py ARTICLES_DIR OUT_DIR

ARTICLES_DIR is the tehran-times corpus's articles/ folder. An article is
eligible when its body holds 3 to 12 opening curly quotes (U+201C). The
eligible files, sorted by name, are sampled with random.Random(15) (the
issue's number as the seed). Of the first 48 of the draw, the first half
is the part rules are tuned on (tune/), the second the part that is only
checked (check/); the next 12 (drawn and annotated later, with the same
seed, so the first 48 are unchanged) are a second part to tune on
(tune2/), and the 10 after them a second part that is only checked
(check2/). The 12 after those (drawn in a third round, with the same
seed, so the first 70 are unchanged) are a third part to tune on (tune3/),
and the 10 after them a third part that is only checked (check3/).
A fourth round likewise adds 14 to tune on (tune4/) and 10 only checked
(check4/), a fifth 12 to tune on (tune5/) and 10 only checked (check5/),
a sixth 14 to tune on (tune6/) and 12 only checked (check6/), and a
seventh 16 to tune on (tune7/) and 10 only checked (check7/), and an
eighth 12 only checked (check8/), drawn after the fifth round of rules;
a ninth draw adds 14 to tune on (tune8/) and 10 only checked (check9/),
a tenth 14 to tune on (tune9/) and 10 only checked (check10/), and an
eleventh 14 to tune on (tune10/) and 10 only checked (check11/), and a
twelfth 14 to tune on (tune11/) and 10 only checked (check12/), and a
thirteenth 14 to tune on (tune12/) and 10 only checked (check13/), and a
fourteenth 14 to tune on (tune13/) and 10 only checked (check14/), and a
fifteenth 14 to tune on (tune14/) and 10 only checked (check15/), and a
sixteenth 14 to tune on (tune15/) and 10 only checked (check16/), and a
seventeenth 14 to tune on (tune16/) and 10 only checked (check17/), and an
eighteenth 14 to tune on (tune17/) and 10 only checked (check18/), and a
nineteenth 14 to tune on (tune18/) and 10 only checked (check19/), and a
twentieth 14 to tune on (tune19/) and 10 only checked (check20/), and a
twenty-first 14 to tune on (tune20/) and 10 only checked (check21/), and a
twenty-second 14 to tune on (tune21/) and 10 only checked (check22/).
Each body is written as OUT_DIR/<part>/<id>.txt, exactly as ANNOTATING.md
defines it: text.split('\\n---\\n', 1)[1].lstrip('\\n').
"""

import os
import random
import sys

DRAW = 48
EXTRA = 12
CHECK2 = 10
TUNE3 = 12
CHECK3 = 10
TUNE4 = 14
CHECK4 = 10
TUNE5 = 12
CHECK5 = 10
TUNE6 = 14
CHECK6 = 12
TUNE7 = 16
CHECK7 = 10
CHECK8 = 12
TUNE8 = 14
CHECK9 = 10
TUNE9 = 14
CHECK10 = 10
TUNE10 = 14
CHECK11 = 10
TUNE11 = 14
CHECK12 = 10
TUNE12 = 14
CHECK13 = 10
TUNE13 = 14
CHECK14 = 10
TUNE14 = 14
CHECK15 = 10
TUNE15 = 14
CHECK16 = 10
TUNE16 = 14
CHECK17 = 10
TUNE17 = 14
CHECK18 = 10
TUNE18 = 14
CHECK19 = 10
TUNE19 = 14
CHECK20 = 10
TUNE20 = 14
CHECK21 = 10
TUNE21 = 14
CHECK22 = 10


def body(path):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    return text.split("\n---\n", 1)[1].lstrip("\n")


def main():
    src, out = sys.argv[1], sys.argv[2]
    names = sorted(f for f in os.listdir(src) if f.endswith(".md"))
    eligible = [n for n in names if 3 <= body(os.path.join(src, n)).count("\u201c") <= 12]
    draw = random.Random(15).sample(eligible, DRAW + EXTRA + CHECK2 + TUNE3 + CHECK3 + TUNE4 + CHECK4 + TUNE5 + CHECK5 + TUNE6 + CHECK6 + TUNE7 + CHECK7 + CHECK8 + TUNE8 + CHECK9 + TUNE9 + CHECK10 + TUNE10 + CHECK11 + TUNE11 + CHECK12 + TUNE12 + CHECK13 + TUNE13 + CHECK14 + TUNE14 + CHECK15 + TUNE15 + CHECK16 + TUNE16 + CHECK17 + TUNE17 + CHECK18 + TUNE18 + CHECK19 + TUNE19 + CHECK20 + TUNE20 + CHECK21 + TUNE21 + CHECK22)
    for i, name in enumerate(draw):
        parts = [("tune", DRAW // 2), ("check", DRAW // 2), ("tune2", EXTRA), ("check2", CHECK2),
                 ("tune3", TUNE3), ("check3", CHECK3), ("tune4", TUNE4), ("check4", CHECK4),
                 ("tune5", TUNE5), ("check5", CHECK5), ("tune6", TUNE6), ("check6", CHECK6), ("tune7", TUNE7), ("check7", CHECK7), ("check8", CHECK8),
                 ("tune8", TUNE8), ("check9", CHECK9), ("tune9", TUNE9), ("check10", CHECK10),
                 ("tune10", TUNE10), ("check11", CHECK11),
                 ("tune11", TUNE11), ("check12", CHECK12),
                 ("tune12", TUNE12), ("check13", CHECK13),
                 ("tune13", TUNE13), ("check14", CHECK14),
                 ("tune14", TUNE14), ("check15", CHECK15),
                 ("tune15", TUNE15), ("check16", CHECK16),
                 ("tune16", TUNE16), ("check17", CHECK17),
                 ("tune17", TUNE17), ("check18", CHECK18),
                 ("tune18", TUNE18), ("check19", CHECK19),
                 ("tune19", TUNE19), ("check20", CHECK20),
                 ("tune20", TUNE20), ("check21", CHECK21),
                 ("tune21", TUNE21), ("check22", CHECK22)]
        part, end = parts[0][0], 0
        for part, size in parts:
            end += size
            if i < end:
                break
        os.makedirs(os.path.join(out, part), exist_ok=True)
        with open(os.path.join(out, part, name[:-3] + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(body(os.path.join(src, name)))
        print(part, name[:-3])
    print("eligible", len(eligible), "of", len(names), file=sys.stderr)


if __name__ == "__main__":
    main()
