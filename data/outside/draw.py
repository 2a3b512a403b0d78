#!/usr/bin/env python3
"""Draw the outside measuring samples (see README.md here): writes OUTDIR/{p1..p9,pa..pg,q1..q4,r1..r8}.input.jsonl.

usage: python3 data/outside/draw.py CORPUS.jsonl.gz OUTDIR
"""
import gzip
import json
import os
import random
import re
import sys

# a capitalised word with a digit or an inner capital, or an acronym joined to a digit or capital
NAME = re.compile(r"\b(?:[A-Z][A-Za-z]*-?\d[\w.-]*|[A-Z][a-z]+[A-Z]\w*|[A-Z]{2,}[a-z]*-?[A-Z0-9]\w*)")
SEED = 20261124
SAMPLES = ['p1', 'p2', 'p3', 'p4', 'q1', 'q2', 'q3', 'q4', 'p5', 'p6', 'p7', 'p8', 'p9', 'pa', 'pb', 'pc', 'pd', 'pe', 'pf', 'pg',
           'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8']


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    corpus, outdir = argv[1], argv[2]
    records = []
    with gzip.open(corpus, 'rt', encoding='utf-8') as fh:
        for line in fh:
            r = json.loads(line)
            text = r['abstract']
            if 2023 <= int(r['year']) <= 2025 and len(text) >= 300 \
                    and len(NAME.findall(text)) >= 2 and re.search(r'\d', text):
                records.append(r)
    random.Random(SEED).shuffle(records)
    os.makedirs(outdir, exist_ok=True)
    for i, name in enumerate(SAMPLES):
        with open(os.path.join(outdir, name + '.input.jsonl'), 'w', encoding='utf-8') as out:
            for r in records[i * 30:(i + 1) * 30]:
                out.write(json.dumps({'id': r['id'], 'title': r['title'], 'abstract': r['abstract'],
                                      'sources': [], 'org_line': None, 'authors': None, 'date_line': None},
                                     ensure_ascii=False) + '\n')
    print(f'{len(records)} records qualify; {len(SAMPLES)} samples of 30 written to {outdir}')


if __name__ == '__main__':
    main(sys.argv)
