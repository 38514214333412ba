#!/usr/bin/python3
"""Compare two snapshot CSVs keyed by (account_id, as_of).

  python3 bench/signals/compare.py A.csv B.csv [--rel 1e-9]

Same key set; for every column present in both files (by header name; columns only one file has are
ignored) equal values: both missing, or |a-b| <= rel*max(1,|a|,|b|) (non-numeric text: equal strings).
Prints counts and the first 20 differences; exit status 1 on any difference. Standard library only.
"""
import argparse
import csv
import math
import sys

KEY = ("account_id", "as_of")


def load(path):
    with open(path, encoding="utf-8", newline="") as f:
        r = csv.reader(f)
        header = next(r)
        for k in KEY:
            if k not in header:
                sys.exit(f"{path}: no {k} column")
        ki = [header.index(k) for k in KEY]
        rows, dups = {}, []
        for line in r:
            if not line:
                continue
            key = tuple(line[i] for i in ki)
            if key in rows:
                dups.append(key)
            rows[key] = line
    return header, rows, dups


def number(s):
    try:
        x = float(s)
    except ValueError:
        return None
    return x if math.isfinite(x) else None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--rel", type=float, default=1e-9)
    args = ap.parse_args()

    ha, ra, da = load(args.a)
    hb, rb, db = load(args.b)
    cols = [c for c in ha if c in hb and c not in KEY]
    ia = {c: ha.index(c) for c in cols}
    ib = {c: hb.index(c) for c in cols}
    only_a = sorted(set(ra) - set(rb))
    only_b = sorted(set(rb) - set(ra))
    common = [k for k in ra if k in rb]

    diffs = []
    ndiff = 0
    max_rel = 0.0
    per_col = {c: 0 for c in cols}
    for k in common:
        la, lb = ra[k], rb[k]
        for c in cols:
            sa = la[ia[c]] if ia[c] < len(la) else ""
            sb = lb[ib[c]] if ib[c] < len(lb) else ""
            if sa == sb:
                continue
            ok = False
            if sa != "" and sb != "":
                x, y = number(sa), number(sb)
                if x is not None and y is not None:
                    err = abs(x - y) / max(1.0, abs(x), abs(y))
                    max_rel = max(max_rel, err)
                    ok = err <= args.rel
            if not ok:
                ndiff += 1
                per_col[c] += 1
                if len(diffs) < 20:
                    diffs.append((k, c, sa, sb))

    print(f"{args.a}: {len(ra)} rows, {len(ha)} columns;  {args.b}: {len(rb)} rows, {len(hb)} columns")
    print(f"compared {len(cols)} common columns over {len(common)} common keys "
          f"({len(common) * len(cols)} cells); largest relative difference {max_rel:.3g} (tolerance {args.rel:g})")
    ignored = [c for c in ha if c not in hb] + [c for c in hb if c not in ha]
    if ignored:
        print(f"ignored columns present in one file only: {', '.join(ignored)}")
    bad = bool(only_a or only_b or da or db or ndiff)
    if da or db:
        print(f"duplicate keys: {len(da)} in A, {len(db)} in B (first: {(da + db)[0]})")
    if only_a or only_b:
        print(f"keys only in A: {len(only_a)} {only_a[:5]}; keys only in B: {len(only_b)} {only_b[:5]}")
    if ndiff:
        print(f"{ndiff} differing cells: " + ", ".join(f"{c}={n}" for c, n in per_col.items() if n))
        for (acct, asof), c, sa, sb in diffs:
            print(f"  {acct} {asof} {c}: {sa!r} vs {sb!r}")
    print("DIFFERENT" if bad else "IDENTICAL (within tolerance)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
