#!/usr/bin/python3
"""Slow, obviously correct pure-Python implementation of the signal contract (for verification only).

  python3 bench/signals/reference.py --dir /tmp/sig_small --out /tmp/sig_small/ref.csv

Per account, per grid date T, per recipe: a plain loop over that account's rows, exactly as the contract
reads. Standard library only. Use small inputs (e.g. 50 accounts, 20k events, 2k tickets, 30 weeks).
"""
import argparse
import csv
import json
import os
import sys
from datetime import date, datetime, timedelta

TABLES = {
    "usage": {"file": "usage.csv", "key": "account_id", "time": "event_time"},
    "tickets": {"file": "tickets.csv", "key": "account_id", "time": "opened_at", "end": "closed_at"},
}
ACCOUNTS = {"file": "accounts.csv", "key": "account_id"}
NUMERIC_AGGS = {"sum", "mean", "min", "max", "last", "open_sum"}   # these read `column` as a number
COLUMN_AGGS = NUMERIC_AGGS | {"distinct"}                          # these read `column`


def parse_time(s):
    """'YYYY-MM-DD' (= midnight) or 'YYYY-MM-DD HH:MM:SS' -> datetime; empty/unreadable -> None."""
    s = s.strip()
    if not s:
        return None
    try:
        return datetime.fromisoformat(s)
    except ValueError:
        return None


def parse_number(s):
    s = s.strip()
    if not s:
        return None
    try:
        return float(s)
    except ValueError:
        return None


class Row:
    def __init__(self, index, time, end, values):
        self.index = index          # position in the file (tie-breaker: later wins)
        self.time = time            # full date-time
        self.date = time.date()     # calendar date
        self.end_date = end.date() if end is not None else None
        self.values = values        # column -> str / float / None (missing)


def condition_holds(row, cond, numeric):
    v = row.values[cond["column"]]
    if v is None:
        return False                # a condition on a missing value never matches
    conv = float if cond["column"] in numeric else (lambda x: x if isinstance(x, str) else str(x))
    op, val = cond["op"], cond["value"]
    if op == "in":
        return v in [conv(x) for x in val]
    if op == "not_in":
        return v not in [conv(x) for x in val]
    val = conv(val)
    return {"eq": v == val, "ne": v != val, "lt": v < val, "le": v <= val, "gt": v > val, "ge": v >= val}[op]


def table_value(sig, rows, T, numeric):
    agg = sig["agg"]
    D = sig.get("window_days")
    col = sig.get("column")
    selected = []
    for r in rows:
        if agg in ("open", "open_sum"):
            if not (r.date <= T and (r.end_date is None or r.end_date > T)):
                continue
            if D is not None and not (r.date > T - timedelta(days=D)):
                continue
        else:
            if r.date > T:
                continue
            if D is not None and not (r.date > T - timedelta(days=D)):
                continue
        if not all(condition_holds(r, c, numeric) for c in sig.get("where", [])):
            continue
        if agg in COLUMN_AGGS and r.values[col] is None:
            continue
        selected.append(r)
    in_time_order = sorted(selected, key=lambda r: (r.time, r.index))

    if agg in ("count", "open"):
        return len(selected)
    if agg in ("sum", "open_sum", "mean"):
        total = 0.0
        for r in in_time_order:
            total += r.values[col]
        if agg == "mean":
            return total / len(selected) if selected else None
        return total
    if agg == "min":
        return min(r.values[col] for r in selected) if selected else None
    if agg == "max":
        return max(r.values[col] for r in selected) if selected else None
    if agg == "distinct":
        return len(set(r.values[col] for r in selected))
    if agg == "last":
        return in_time_order[-1].values[col] if selected else None
    if agg == "days_since":
        return (T - max(r.date for r in selected)).days if selected else None
    raise SystemExit(f"unknown agg {agg}")


def derived_value(sig, values, acct, T, grid_of_account):
    e, of = sig["expr"], sig["of"]

    def get(sid, t):
        return values.get((acct, t), {}).get(sid)

    if e == "ratio":
        a, b = get(of[0], T), get(of[1], T)
        if a is None or b is None or b == 0:
            return None
        return a / b
    weeks = sig["weeks"]
    if e in ("change", "pct_change"):
        now, old = get(of, T), get(of, T - timedelta(days=7 * weeks))
        if now is None or old is None:
            return None
        if e == "change":
            return now - old
        if old == 0:
            return None
        return 100.0 * (now - old) / old
    if e == "slope":
        xs, ys = [], []
        for t in grid_of_account:                              # ascending
            if T - timedelta(days=7 * weeks) < t <= T:
                y = get(of, t)
                if y is not None:
                    xs.append((t - T).days / 7)
                    ys.append(y)
        n = len(xs)
        if n < 3:
            return None
        xm = sum(xs) / n
        ym = sum(ys) / n
        num = sum((x - xm) * (y - ym) for x, y in zip(xs, ys))
        den = sum((x - xm) * (x - xm) for x in xs)
        return num / den
    raise SystemExit(f"unknown expr {e}")


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    return "%.17g" % v


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    with open(os.path.join(args.dir, "recipes.json"), encoding="utf-8") as f:
        rec = json.load(f)
    sigs = rec["signals"]
    first = date.fromisoformat(rec["grid"]["first"])
    last = date.fromisoformat(rec["grid"]["last"])
    every = rec["grid"]["every_days"]
    grid = []
    t = first
    while t <= last:
        grid.append(t)
        t += timedelta(days=every)

    accounts = []              # (account_id, start date or None) in file order
    seen = set()
    with open(os.path.join(args.dir, ACCOUNTS["file"]), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            aid = row[ACCOUNTS["key"]]
            if aid in seen:
                print(f"accounts: duplicate account id {aid} ignored (first row wins)", file=sys.stderr)
                continue
            seen.add(aid)
            st = parse_time(row[rec["accounts"]["start"]])
            accounts.append((aid, st.date() if st else None))

    rows = {}                  # table -> account -> [Row]
    numeric_of = {}
    for name in dict.fromkeys(s["table"] for s in sigs if "table" in s):
        spec = TABLES[name]
        numeric = {s["column"] for s in sigs if s.get("table") == name and s["agg"] in NUMERIC_AGGS}
        numeric_of[name] = numeric
        per_account = {aid: [] for aid in seen}
        unknown = unreadable = 0
        with open(os.path.join(args.dir, spec["file"]), encoding="utf-8", newline="") as f:
            for i, row in enumerate(csv.DictReader(f)):
                if row[spec["key"]] not in per_account:
                    unknown += 1
                    continue
                tm = parse_time(row[spec["time"]])
                if tm is None:
                    unreadable += 1
                    continue
                end = parse_time(row[spec["end"]]) if "end" in spec else None
                values = {}
                for c, s in row.items():
                    if c in numeric:
                        values[c] = parse_number(s)
                    else:
                        values[c] = s if s != "" else None
                per_account[row[spec["key"]]].append(Row(i, tm, end, values))
        if unknown:
            print(f"{name}: {unknown} rows with an account_id not in accounts.csv ignored", file=sys.stderr)
        if unreadable:
            print(f"{name}: {unreadable} rows without a readable {spec['time']} ignored", file=sys.stderr)
        rows[name] = per_account

    values = {}                # (account_id, T) -> {signal id: value}
    snap_grid = {}
    for aid, start in accounts:
        snap_grid[aid] = [T for T in grid if start is None or T >= start]
        for T in snap_grid[aid]:
            v = values[(aid, T)] = {}
            for sig in sigs:
                if "table" in sig:
                    v[sig["id"]] = table_value(sig, rows[sig["table"]][aid], T, numeric_of[sig["table"]])
    for sig in sigs:           # derived, in recipe order (may read earlier derived signals, at other dates)
        if "expr" in sig:
            for aid, _ in accounts:
                for T in snap_grid[aid]:
                    values[(aid, T)][sig["id"]] = derived_value(sig, values, aid, T, snap_grid[aid])

    with open(args.out, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(["account_id", "as_of"] + [s["id"] for s in sigs]) + "\n")
        for aid, _ in accounts:
            for T in snap_grid[aid]:
                v = values[(aid, T)]
                f.write(",".join([aid, T.isoformat()] + [fmt(v[s["id"]]) for s in sigs]) + "\n")


if __name__ == "__main__":
    main()
