"""What a scored batch missed, one line each: figures not found or misread, speakers and titles
not matched. Reads a warehouse and a gold file with ../shared/eval/score.py's own matching.

    python -m crosscheck.bench.misses WAREHOUSE GOLD.json [figures|speakers|titles|groups ...]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from crosscheck.bench.blind import score_module


def _claim(c: dict | None) -> str:
    if c is None:
        return "-"
    return f"{c['text']!r} v={c['value']} [{c['value_low']},{c['value_high']}] {c['unit']} spk={c.get('speaker')}"


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    warehouse, gold_path, *what = args
    what = set(what or ("figures", "speakers", "titles", "groups"))
    score = score_module()
    gold = json.loads(Path(gold_path).read_text())
    w = score.Warehouse(warehouse, gold)
    best = {}
    for g in gold["figures"]:
        hits = w.at(g["doc"], g["quote"], "figure") or []
        good = [c for c in hits if score.value_right(c, g)]
        c = (good or hits or [None])[0]
        best[(g["doc"], g["quote"])] = c
        if g.get("optional"):
            continue
        if "figures" in what and not good:
            print(f"FIGURE {'misread' if hits else 'missed'} {g['doc']}: {g['quote']!r} gold v={g['value']} "
                  f"[{g['low']},{g['high']}] {g['unit']} | got {_claim(c)}")
        if "speakers" in what and g.get("speaker") and not (c and w.same_source(c.get("speaker"), g["speaker"])):
            print(f"SPEAKER {g['doc']}: {g['quote']!r} gold={g['speaker']!r} got={(c or {}).get('speaker')!r}")
    if "titles" in what:
        for g in gold.get("titles", []):
            hits = w.at(g["doc"], g["quote"], "title") or []
            if not any(w.same_source(c.get("person"), g["person"]) for c in hits):
                print(f"TITLE {g['doc']}: {g['quote']!r} gold={g['person']!r}/{g.get('title_as_written')!r} "
                      f"got={[(c.get('person'), c['text']) for c in hits]}")
    if "groups" in what:
        for group in gold.get("groups", []):
            got = [(doc.split('/')[-1][:14], (best.get((doc, q)) or {}).get("group_id")) for doc, q in group["members"]]
            if len({g for _, g in got}) > 1 or any(g is None for _, g in got):
                print(f"GROUP {group['id']} ({group.get('about', '')[:50]}): {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
