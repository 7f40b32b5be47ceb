#!/usr/bin/env python3
"""Runs the example binary on every scored data set in ../shared and prints
one table of F1 figures, each from ../shared/eval/score.py.

    python3 scripts/accuracy.py [--shared DIR] [--bin PATH] [--floor NAME=F1 ...]

With --floor, exits 1 when a figure is below its floor (names as in the
table: seed.event, silver.tuple, cluener.person, ...).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

SETS = [
    # name, gold file (relative to shared), scoring mode, fields to report
    ("seed", "gold/seed_article.jsonl", "events", ["event", "tuple", "org", "role", "time"]),
    ("silver", "gold/cluener_personnel.silver.jsonl", "events", ["event", "tuple", "org", "role", "time"]),
    ("cluener", "data/ner/cluener_train.jsonl", "entities", ["person", "org", "role"]),
    ("resume", "data/ner/resume_train.jsonl", "entities", ["person", "org", "role"]),
]


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw).stdout


def listed_entities(gold_path, pred_path):
    """The share of the entity texts a gold file lists (by kind, without spans)
    that appear among the predicted entities; reported as recall."""
    found = total = 0
    preds = {}
    with open(pred_path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            preds[str(r.get("id"))] = {(e["kind"], "".join(e["text"].split())) for e in r.get("entities", [])}
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            g = json.loads(line)
            have = preds.get(str(g.get("id")), set())
            for kind, names in (g.get("entities") or {}).items():
                for name in names:
                    total += 1
                    found += (kind, "".join(name.split())) in have
    r = found / total if total else 0.0
    return {"p": r, "r": r, "f1": r}


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
    ap.add_argument("--bin", default=os.path.join(here, "..", "target", "release", "examples", "extract"))
    ap.add_argument("--floor", action="append", default=[])
    args = ap.parse_args()
    score = os.path.join(args.shared, "eval", "score.py")
    figures = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, gold, mode, fields in SETS:
            gold = os.path.join(args.shared, gold)
            inputs = run([sys.executable, score, "inputs", gold])
            pred = os.path.join(tmp, name + ".jsonl")
            with open(pred, "w", encoding="utf-8") as f:
                f.write(run([args.bin, "--jsonl"], input=inputs))
            report = json.loads(run([sys.executable, score, mode, gold, pred, "--json"]))["scores"]
            for field in fields:
                s = report.get(field, {"p": 0.0, "r": 0.0, "f1": 0.0})
                figures[f"{name}.{field}"] = s
            if name == "seed":
                figures["seed.entities"] = listed_entities(gold, pred)
    print(f"{'figure':16} {'P':>6} {'R':>6} {'F1':>6}")
    for key, s in figures.items():
        print(f"{key:16} {s['p']:6.3f} {s['r']:6.3f} {s['f1']:6.3f}")
    failed = False
    for floor in args.floor:
        key, _, value = floor.partition("=")
        if key not in figures:
            print(f"floor {key}: no such figure", file=sys.stderr)
            failed = True
        elif figures[key]["f1"] < float(value):
            print(f"floor {key}: F1 {figures[key]['f1']:.3f} is below {value}", file=sys.stderr)
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
