#!/usr/bin/env python3
"""Draws the 30 stories of story-sample.tsv from two scan reports (reprint scan --format json).

Per corpus, with seed 20261203: 7 stories among those of 4 members or more, then 8 among all the other
stories of 2 members or more (which may include larger ones). The scans were of BBC News (run from the
datasets folder: `reprint scan bbc_news --format json`) and of Reuters-21578 converted to JSON Lines
(`ReutersToJsonLines`, then `reprint scan reuters.jsonl --format json`), both at commit 6c-stories of
2026-12-03.

usage: sample_stories.py BBC_SCAN.json REUTERS_SCAN.json > story-sample.tsv
"""
import json
import random
import sys

random.seed(20261203)
print("story\tcorpus\tsize\tmembers")
n = 0
for name, path in [("bbc", sys.argv[1]), ("reuters", sys.argv[2])]:
    report = json.load(open(path))
    stories = [s for s in report["stories"] if len(s["members"]) >= 2]
    big = [s for s in stories if len(s["members"]) >= 4]
    pick = random.sample(big, 7)
    rest = [s for s in stories if s not in pick]
    pick += random.sample(rest, 8)
    for story in pick:
        n += 1
        print(f"{n}\t{name}\t{len(story['members'])}\t" + " ".join(story["members"]))
