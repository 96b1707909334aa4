#!/usr/bin/env python3
"""One round of new held-out questions, the way rounds 3 to 8 were made (tests/eval/README.md).

  rounds.py prep    ROUND WRITERS   merge the writers' files, check them, write two blind labelling inputs
  rounds.py compare ROUND WRITERS   compare writers' labels with the blind labels; list permit disagreements
  rounds.py split   ROUND WRITERS   apply the adjudication, split questions and conversations once at random

ROUND is a number; WRITERS a comma-separated list of the writers' file suffixes (writer-X.jsonl). Files live in
/work/questions/rROUND (outside the repository until the held-out half has been scored once).
"""
import collections
import json
import random
import sys

PERMITS = {"allowed", "allowed_with_care"}
VERDICTS = PERMITS | {"not_allowed", "depends", "info", "report_concern", "out_of_scope"}
SEED = 20261201


def load(path):
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def accepted(r):
    return {r["verdict"], *r.get("ok_verdicts", [])}


def prep(d, writers):
    rows = [r for w in writers for r in load(f"{d}/writer-{w}.jsonl")]
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for r in rows:
        assert r["verdict"] in VERDICTS and set(r.get("ok_verdicts", [])) <= VERDICTS, r["id"]
        assert isinstance(r["q"], str) and r["q"].strip(), r["id"]
    print(len(rows), "questions;", sum(r.get("lang") == "cy" for r in rows), "Welsh;",
          collections.Counter(r["verdict"] for r in rows))
    random.Random(5).shuffle(rows)
    h = len(rows) // 2
    for i, part in enumerate((rows[:h], rows[h:]), 1):
        write(f"{d}/blind/unlabelled-{i}.jsonl", [{"id": r["id"], "q": r["q"]} for r in part])


def compare(d, writers):
    w = {r["id"]: r for x in writers for r in load(f"{d}/writer-{x}.jsonl")}
    b = {r["id"]: r for i in (1, 2) for r in load(f"{d}/blind/labels-{i}.jsonl")}
    missing = set(w) - set(b)
    assert not missing, f"unlabelled: {sorted(missing)[:10]}"
    exact = sum(w[i]["verdict"] == b[i]["verdict"] for i in w)
    compatible = sum(bool(accepted(w[i]) & accepted(b[i])) for i in w)
    disagree = sorted(i for i in w if bool(accepted(w[i]) & PERMITS) != bool(accepted(b[i]) & PERMITS))
    print(f"exact {exact}/{len(w)}, compatible {compatible}/{len(w)}, permit disagreements {len(disagree)}")
    keys = ("verdict", "clauses", "ok_verdicts", "ok_clauses", "note")
    write(f"{d}/blind/permit-disagreements.jsonl",
          [{"id": i, "q": w[i]["q"], "en": w[i].get("en"), "writer": {k: w[i].get(k) for k in keys},
            "blind": {k: b[i].get(k) for k in keys}} for i in disagree])


def split(d, writers, rnd):
    adj = json.load(open(f"{d}/blind/adjudication.json", encoding="utf-8"))
    rows = [r for w in writers for r in load(f"{d}/writer-{w}.jsonl")]
    for r in rows:
        i = r["id"]
        if i in adj["remove"]:
            r["ok_verdicts"] = [v for v in r.get("ok_verdicts", []) if v not in PERMITS]
            if r["verdict"] in PERMITS:
                r["verdict"] = adj.get("new_verdict", {}).get(i, "depends")
            r["adjudicated"] = True
        if i in adj["add"]:
            r["ok_verdicts"] = sorted(set(r.get("ok_verdicts", [])) | set(adj["add"][i]))
            r["adjudicated"] = True
        if r["verdict"] in r.get("ok_verdicts", []):
            r["ok_verdicts"].remove(r["verdict"])
        if r.get("ok_verdicts") == []:
            del r["ok_verdicts"]
    rng = random.Random(SEED)
    rng.shuffle(rows)
    h = len(rows) // 2
    for name, part in ((f"tuning-{rnd}", rows[:h]), (f"heldout-{rnd}", rows[h:])):
        write(f"{d}/questions.{name}.jsonl", part)
        print(name, len(part), "Welsh", sum(r.get("lang") == "cy" for r in part))
    conv = [c for w in writers for c in load(f"{d}/conversations-{w}.jsonl")]
    rng.shuffle(conv)
    h = len(conv) // 2
    for name, part in ((f"tuning-{rnd}", conv[:h]), (f"heldout-{rnd}", conv[h:])):
        write(f"{d}/conversations.{name}.jsonl", part)
        print("conversations", name, len(part), "turns", sum(len(c["turns"]) for c in part))


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in ("prep", "compare", "split"):
        print(__doc__)
        sys.exit(2)
    step, rnd, writers = sys.argv[1], sys.argv[2], sys.argv[3].split(",")
    folder = f"/work/questions/r{rnd}"
    {"prep": lambda: prep(folder, writers), "compare": lambda: compare(folder, writers),
     "split": lambda: split(folder, writers, rnd)}[step]()
