#!/usr/bin/env python3
"""Check an annotated gold file against GUIDELINES.md before it is used for training.

usage: check_gold.py FILE.jsonl [FILE.jsonl ...]
Prints one line per problem (file:line: what is wrong) and exits 1 if any.
"""
import json, re, sys

UNITS = {"parameter", "token", "flop", "flop_per_s", "gpu", "byte", "document", "example",
         "language", "word", "image", "percent", "percentage_point", "factor", "score",
         "second", "other"}
PROPS = {None, "parameterCount", "activeParameterCount", "trainingTokens", "datasetSize",
         "contextLength", "acceleratorCount", "score"}
RELS = {"trainedOn", "evaluatedOn", "outperforms", "basedOn", "partOf", "developedBy"}


def norm(s):
    s = str(s).strip().lower()
    s = re.sub(r"^the\s+", "", s)
    return re.sub(r"[^0-9a-z]", "", s)


def check(path):
    problems = 0
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        def bad(msg):
            nonlocal problems
            problems += 1
            print(f"{path}:{n}: {msg}")
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            bad(f"not JSON: {e}")
            continue
        text = norm((r.get("title") or "") + " " + (r.get("abstract") or "") + " " + (r.get("org_line") or ""))
        names = {}
        for kind in ("models", "datasets", "organizations"):
            if not isinstance(r.get(kind), list):
                bad(f"{kind} missing or not a list")
                continue
            for e in r[kind]:
                for form in [e.get("name")] + list(e.get("aliases") or []):
                    if not form or norm(form) not in text:
                        bad(f"{kind}: '{form}' does not occur in the title or abstract")
                    else:
                        names[norm(form)] = kind
                if kind != "organizations" and not isinstance(e.get("introduced"), bool):
                    bad(f"{kind}: '{e.get('name')}' needs introduced true/false")
                if kind == "datasets" and e.get("role") not in ("benchmark", "corpus"):
                    bad(f"datasets: '{e.get('name')}' role must be benchmark or corpus")
        for q in r.get("quantities") or []:
            if q.get("unit") not in UNITS:
                bad(f"quantity '{q.get('text')}': unit {q.get('unit')!r} not in the closed list")
            if not isinstance(q.get("value"), (int, float)):
                bad(f"quantity '{q.get('text')}': value must be a number")
            if q.get("property") not in PROPS:
                bad(f"quantity '{q.get('text')}': property {q.get('property')!r} not allowed")
            if q.get("subject") and norm(q["subject"]) not in names:
                bad(f"quantity '{q.get('text')}': subject '{q['subject']}' is not a listed entity")
            if q.get("property") and not q.get("subject"):
                bad(f"quantity '{q.get('text')}': property without subject")
            if q.get("text") and norm(q["text"]) not in text:
                bad(f"quantity text '{q.get('text')}' not found verbatim in the text")
        for rel in r.get("relations") or []:
            if rel.get("p") not in RELS:
                bad(f"relation {rel}: p not in the closed list")
            for side in ("s", "o"):
                if norm(rel.get(side) or "") not in names:
                    bad(f"relation {rel}: {side} '{rel.get(side)}' is not a listed entity")
    return problems


if __name__ == "__main__":
    total = sum(check(p) for p in sys.argv[1:])
    print(f"{total} problems")
    sys.exit(1 if total else 0)
