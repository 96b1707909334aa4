#!/usr/bin/env python3
"""How well a second, blind human labeller scores against the gold labels, by score.py's own rule.

  agreement.py   (run from tests/eval)

Each round's blind labels (blind-labels-R.jsonl) are scored as if they were the bot's answers against that round's
gold (both halves): the verdict must be accepted and, where the gold lists clauses, one of them cited. This is the
ceiling the labels themselves allow: two careful people reading the same policy agree this often.
"""
import json
import os

PERMITS = {"allowed", "allowed_with_care"}
ROUNDS = {3: "2", 4: "4", 5: "5", 6: "6", 7: "7", 8: "8"}


def load(path):
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


for rnd, suffix in ROUNDS.items():
    if not os.path.exists(f"blind-labels-{rnd}.jsonl") or not os.path.exists(f"questions.heldout-{suffix}.jsonl"):
        continue
    gold = {g["id"]: g for half in ("tuning", "heldout") for g in load(f"questions.{half}-{suffix}.jsonl")}
    n = passed = false_permits = 0
    for b in load(f"blind-labels-{rnd}.jsonl"):
        g = gold.get(b["id"])
        if g is None:
            continue
        accepted = {g["verdict"], *g.get("ok_verdicts", [])}
        cited = {str(c) for c in b.get("clauses", [])}
        n += 1
        passed += b["verdict"] in accepted and (not g["clauses"] or bool(cited & set(g["clauses"])))
        false_permits += b["verdict"] in PERMITS and not accepted & PERMITS
    print(f"round {rnd}: blind labeller {passed}/{n} ({100 * passed / n:.1f} %), false permits {false_permits}")
