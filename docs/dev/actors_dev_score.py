#!/usr/bin/env python3
"""Scores the actor layer on the events dev set: are the gold source/target actor codes of a
sentence among the actor codes Herodotus finds in it?

Usage:
  python3 docs/dev/actors_dev_score.py GOLD.jsonl OUTPUT.jsonl [--show N]

GOLD is ../shared/eval/events/dev.jsonl; OUTPUT is what `herodotus extract` (or `extract
--annotated`) wrote for the same ids. Per record, G is the set of gold codes (sources and targets,
nulls left out) and P the set of predicted actor codes; micro-averaged precision and recall, for
the full code and for its first three characters (the state, IGO, IMG, ---). Precision is a lower
bound: the gold lists only the actors of coded events.
"""
import json
import sys


def main():
    gold_path, out_path = sys.argv[1], sys.argv[2]
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 0
    predicted = {}
    for line in open(out_path, encoding="utf-8"):
        doc = json.loads(line)
        predicted[doc["id"]] = {a["code"] for a in doc.get("actors", []) if a.get("code")}
    totals = {}
    shown = 0
    for line in open(gold_path, encoding="utf-8"):
        rec = json.loads(line)
        gold = {c for e in rec["events"] for c in (e["source"], e["target"]) if c}
        if not gold:
            continue
        pred = predicted.get(rec["id"], set())
        for variant, g, p in (("code", gold, pred), ("country", {c[:3] for c in gold}, {c[:3] for c in pred})):
            for subset in (rec["subset"], "all"):
                t = totals.setdefault((subset, variant), [0, 0, 0])
                t[0] += len(g & p)
                t[1] += len(p - g)
                t[2] += len(g - p)
        if show and shown < show and gold - pred:
            shown += 1
            print(f"{rec['id']}: gold {sorted(gold)} predicted {sorted(pred)}\n  {rec['text']}")
    print(f"{'subset':22} {'variant':8} {'P':>6} {'R':>6} {'F1':>6}  tp/fp/fn")
    for (subset, variant), (tp, fp, fn) in sorted(totals.items()):
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{subset:22} {variant:8} {p:6.3f} {r:6.3f} {f:6.3f}  {tp}/{fp}/{fn}")


if __name__ == "__main__":
    main()
