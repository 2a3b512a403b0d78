#!/usr/bin/env python3
"""Rebuild gold files of outside abstracts from their stored annotations and the ACL corpus.

The annotations in this folder leave out each paper's title and abstract: those belong to the
ACL Anthology corpus (../shared/corpora), which is not copied into the project. This script
puts them back, so that `paperkg evaluate --gold OUT` and `score.py` can read the result.

usage: python3 data/outside/join.py CORPUS.jsonl.gz OUTDIR [ANNOTATIONS.jsonl ...]
       (default annotations: every *.annotations.jsonl beside this script)
Writes OUTDIR/NAME.gold.jsonl and OUTDIR/NAME.input.jsonl for each annotation file NAME.annotations.jsonl.
"""
import glob
import gzip
import json
import os
import sys

INPUT_FIELDS = ['id', 'title', 'abstract', 'sources', 'org_line', 'authors', 'date_line']


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    corpus, outdir = argv[1], argv[2]
    files = argv[3:] or sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), '*.annotations.jsonl')))
    wanted = {}
    for f in files:
        with open(f, encoding='utf-8') as fh:
            wanted[f] = [json.loads(line) for line in fh if line.strip()]
    ids = {r['id'] for recs in wanted.values() for r in recs}
    texts = {}
    with gzip.open(corpus, 'rt', encoding='utf-8') as fh:
        for line in fh:
            r = json.loads(line)
            if r['id'] in ids:
                texts[r['id']] = r
    os.makedirs(outdir, exist_ok=True)
    for f, recs in wanted.items():
        name = os.path.basename(f).split('.')[0]
        with open(os.path.join(outdir, name + '.gold.jsonl'), 'w', encoding='utf-8') as gold, \
             open(os.path.join(outdir, name + '.input.jsonl'), 'w', encoding='utf-8') as inp:
            for r in recs:
                source = texts.get(r['id'])
                if source is None:
                    sys.exit(f'{f}: record {r["id"]} is not in {corpus}')
                full = {'id': r['id'], 'title': source['title'], 'abstract': source['abstract'],
                        'sources': [], 'org_line': None, 'authors': None, 'date_line': None}
                full.update({k: v for k, v in r.items() if k not in full})
                gold.write(json.dumps(full, ensure_ascii=False) + '\n')
                inp.write(json.dumps({k: full[k] for k in INPUT_FIELDS}, ensure_ascii=False) + '\n')
        print(f'{name}: {len(recs)} records -> {outdir}')


if __name__ == '__main__':
    main(sys.argv)
