#!/usr/bin/env python3
"""Regenerates src/main/resources/org/paperkg/nlp/common-words.txt from the ACL Anthology corpus.

usage: make_common_words.py ../shared/corpora/acl-anthology-abstracts.jsonl.gz
Only records from 2016 on (CC BY 4.0) are read. A word is common when it is seen in lower case at
least 25 times and at least twice as often in lower case as capitalised in mid-sentence.
"""
import collections, gzip, json, re, sys

HEADER = """# Ordinary English words, one a line: a capitalised word on this list does not start a name by itself.
# Derived from the ACL Anthology abstracts of 2016 and later (CC BY 4.0; https://aclanthology.org):
# words seen in lower case at least 25 times and at least twice as often in lower case as capitalised
# mid-sentence. Regenerate with data/train/make_common_words.py.
"""

low, cap = collections.Counter(), collections.Counter()
for line in gzip.open(sys.argv[1], "rt", encoding="utf-8"):
    r = json.loads(line)
    if not r.get("year") or int(r["year"]) < 2016:
        continue
    for sent in re.split(r"(?<=[.!?])\s+", r["abstract"]):
        toks = re.findall(r"[A-Za-z][A-Za-z'-]*", sent)
        for i, t in enumerate(toks):
            if t.islower():
                low[t] += 1
            elif i > 0 and t[0].isupper() and t[1:].islower():
                cap[t.lower()] += 1
words = sorted(w for w, c in low.items() if c >= 25 and c >= 2 * cap[w] and len(w) > 1)
out = "src/main/resources/org/paperkg/nlp/common-words.txt"
with open(out, "w", encoding="utf-8") as f:
    f.write(HEADER + "\n".join(words) + "\n")
print(f"{len(words)} words -> {out}")
