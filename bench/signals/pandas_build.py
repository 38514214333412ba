#!/usr/bin/python3
"""Weekly per-account signals from raw CSV exports with pandas/numpy (vectorised baseline).

  /usr/bin/python3 bench/signals/pandas_build.py --dir /tmp/sig5k --out /tmp/sig5k/snapshots.csv --json

Reads DIR/recipes.json and the CSVs it names, computes every signal for every account at every grid
date T >= the account's start, writes `account_id,as_of,<signal ids...>` (missing = empty, '%.17g').
No Python loop over accounts or rows: per-(account, window-bin) partial aggregates with bincount,
then one slice per grid week; distinct values and open rows via per-row grid ranges + difference arrays.
"""
import argparse
import operator
import json
import os
import resource
import sys
import time

import numpy as np
import pandas as pd

TABLES = {
    "usage": {"file": "usage.csv", "key": "account_id", "time": "event_time"},
    "tickets": {"file": "tickets.csv", "key": "account_id", "time": "opened_at", "end": "closed_at"},
}
ACCOUNTS = {"file": "accounts.csv", "key": "account_id"}
NUMERIC_AGGS = {"sum", "mean", "min", "max", "last", "open_sum"}      # read `column` as a number
COLUMN_AGGS = NUMERIC_AGGS | {"distinct"}                             # rows with `column` missing are left out
OPEN_AGGS = {"open", "open_sum"}
NS_PER_DAY = 86_400_000_000_000
OPS = {"eq": operator.eq, "ne": operator.ne, "lt": operator.lt, "le": operator.le, "gt": operator.gt,
       "ge": operator.ge}


def read_csv(path, usecols, numeric):
    df = pd.read_csv(path, usecols=usecols, dtype={c: str for c in usecols if c not in numeric},
                     keep_default_na=False, na_values=[""])
    for c in numeric:
        if df[c].dtype == object:
            df[c] = pd.to_numeric(df[c], errors="coerce")   # non-numeric text counts as missing
    return df


def to_ns(series):
    """ISO date or date-time strings -> int64 ns since epoch, and a 'missing' mask."""
    t = pd.to_datetime(series, errors="coerce")
    return t.values.view(np.int64), t.isna().to_numpy()


def where_mask(cols, conds, numeric):
    """All conditions must hold; a condition on a missing value never matches."""
    m = None
    for c in conds:
        col, op, val = c["column"], c["op"], c["value"]
        x = cols[col]
        present = ~pd.isna(x)
        conv = float if col in numeric else (lambda v: v if isinstance(v, str) else str(v))
        xp = x[present]
        r = np.zeros(len(x), dtype=bool)
        if op in ("in", "not_in"):
            hit = pd.Series(xp).isin([conv(v) for v in val]).to_numpy()
            r[present] = hit if op == "in" else ~hit
        else:
            r[present] = np.asarray(OPS[op](xp, conv(val)), dtype=bool)
        m = r if m is None else (m & r)
    return m


class Grid:
    def __init__(self, g):
        self.first = int(np.datetime64(g["first"], "D").astype(np.int64))
        self.last = int(np.datetime64(g["last"], "D").astype(np.int64))
        self.every = int(g["every_days"])
        self.T = np.arange(self.first, self.last + 1, self.every, dtype=np.int64)
        self.G = len(self.T)

    def ceil(self, d):      # first grid index with T >= d
        return -((self.first - d) // self.every)

    def floor(self, d):     # last grid index with T <= d
        return (d - self.first) // self.every


def window_bins(grid, D):
    """Bins (e[k-1], e[k]] between all window boundaries; window of grid point g = bins lo[g]..hi[g]."""
    T = grid.T
    if D is None:
        edges, lo = T, np.zeros(grid.G, dtype=np.int64)
    else:
        edges = np.unique(np.concatenate([T - D, T]))
        lo = np.searchsorted(edges, T - D) + 1
    return edges, lo, np.searchsorted(edges, T)


def reduce_windows(M, lo, hi, ufunc, cumulative):
    if cumulative:                                         # no window: running reduction over all bins
        return ufunc.accumulate(M, axis=1)[:, hi]
    out = np.empty((M.shape[0], len(hi)), dtype=M.dtype)
    for g in range(len(hi)):                               # loop over grid weeks, vectorised over accounts
        out[:, g] = ufunc.reduce(M[:, lo[g]:hi[g] + 1], axis=1)
    return out


def table_signal(sig, t, grid, A):
    """One table-based recipe -> float64 array (accounts x grid), NaN = missing."""
    agg, D, col = sig["agg"], sig.get("window_days"), sig.get("column")
    G = grid.G
    m = np.ones(len(t["a"]), dtype=bool)
    if sig.get("where"):
        m &= where_mask(t["cols"], sig["where"], t["numeric"])
    if agg in COLUMN_AGGS:
        m &= ~pd.isna(t["cols"][col])
    a, day = t["a"][m], t["day"][m]
    v = t["cols"][col][m] if agg in COLUMN_AGGS else None

    if agg in OPEN_AGGS:
        lo = np.maximum(grid.ceil(day), 0)
        end, end_na = t["end_day"][m], t["end_na"][m]
        hi = np.where(end_na, G - 1, grid.floor(np.where(end_na, 0, end) - 1))
        if D is not None:
            hi = np.minimum(hi, grid.floor(day + D - 1))
        hi = np.minimum(hi, G - 1)
        k = lo <= hi
        w = np.ones(int(k.sum())) if agg == "open" else v[k].astype(np.float64)
        diff = (np.bincount(a[k] * (G + 1) + lo[k], weights=w, minlength=A * (G + 1))
                - np.bincount(a[k] * (G + 1) + hi[k] + 1, weights=w, minlength=A * (G + 1)))
        return np.cumsum(diff.reshape(A, G + 1), axis=1)[:, :G]

    if agg == "distinct":
        codes, uniq = pd.factorize(v)
        nc = max(len(uniq), 1)
        dmin = int(day.min()) if len(day) else 0
        nd = int(day.max()) - dmin + 1 if len(day) else 1
        pair = a * nc + codes
        if A * nc * nd < (1 << 62):
            u = np.unique(pair * nd + (day - dmin))
            pu, du = u // nd, u % nd + dmin
        else:
            o = np.lexsort((day, pair))
            pu, du = pair[o], day[o]
            k = np.r_[True, (pu[1:] != pu[:-1]) | (du[1:] != du[:-1])]
            pu, du = pu[k], du[k]
        same_next = np.r_[pu[1:] == pu[:-1], False]
        first_occ = np.r_[True, pu[1:] != pu[:-1]]
        lo = np.maximum(grid.ceil(du), 0)
        if D is None:                                       # counted from the first occurrence on
            keep = first_occ
            hi = np.full(len(du), G - 1)
        else:                                               # du is the latest day <= T until the next day
            keep = np.ones(len(du), dtype=bool)
            nxt = np.where(same_next, np.r_[du[1:], 0], du + D)
            hi = np.minimum(grid.floor(nxt - 1), grid.floor(du + D - 1))
        hi = np.minimum(hi, G - 1)
        keep &= lo <= hi
        au = pu[keep] // nc
        diff = (np.bincount(au * (G + 1) + lo[keep], minlength=A * (G + 1))
                - np.bincount(au * (G + 1) + hi[keep] + 1, minlength=A * (G + 1)))
        return np.cumsum(diff.reshape(A, G + 1), axis=1)[:, :G].astype(np.float64)

    edges, lo, hi = window_bins(grid, D)
    nb = len(edges)
    key = a * nb + np.searchsorted(edges, day)             # rows are sorted by (account, time): key ascending
    cum = D is None

    if agg in ("count", "mean"):
        C = np.bincount(key, minlength=A * nb).reshape(A, nb)
        Cp = np.concatenate([np.zeros((A, 1), dtype=C.dtype), np.cumsum(C, axis=1)], axis=1)
        cnt = (Cp[:, hi + 1] - Cp[:, lo]).astype(np.float64)   # integers: exact
        if agg == "count":
            return cnt
    if agg in ("sum", "mean"):
        S = np.bincount(key, weights=v, minlength=A * nb).reshape(A, nb)  # adds in time order
        s = reduce_windows(S, lo, hi, np.add, cum)
        if agg == "sum":
            return s
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(cnt > 0, s / np.where(cnt > 0, cnt, 1), np.nan)
    if agg in ("min", "max"):
        starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]]) if len(key) else np.zeros(0, np.int64)
        X = np.full(A * nb, np.nan)
        uf = np.fmin if agg == "min" else np.fmax
        if len(key):
            X[key[starts]] = (np.minimum if agg == "min" else np.maximum).reduceat(v, starts)
        return reduce_windows(X.reshape(A, nb), lo, hi, uf, cum)
    if agg in ("last", "days_since"):
        L = np.full(A * nb, -1, dtype=np.int64)            # position of the latest row per (account, bin)
        if len(key):
            ends = np.flatnonzero(np.r_[key[1:] != key[:-1], True])
            L[key[ends]] = ends
        L = reduce_windows(L.reshape(A, nb), lo, hi, np.maximum, cum)
        ok = L >= 0
        Li = np.where(ok, L, 0)
        if agg == "last":
            vv = v.astype(np.float64) if len(v) else np.zeros(1)
            return np.where(ok, vv[Li] if len(v) else np.nan, np.nan)
        dd = day if len(day) else np.zeros(1, dtype=np.int64)
        return np.where(ok, (grid.T[None, :] - dd[Li]).astype(np.float64), np.nan)
    raise SystemExit(f"signal {sig['id']}: unknown agg {agg!r}")


def shift(X, k):
    """X at grid index g - k (NaN before the grid)."""
    out = np.full_like(X, np.nan)
    if k < X.shape[1]:
        out[:, k:] = X[:, :X.shape[1] - k]
    return out


def derived_signal(sig, vals, grid):
    e, of = sig["expr"], sig["of"]
    with np.errstate(invalid="ignore", divide="ignore"):
        if e == "ratio":
            A, B = vals[of[0]], vals[of[1]]
            return np.where((B != 0) & ~np.isnan(A) & ~np.isnan(B), A / np.where(B != 0, B, 1), np.nan)
        X = vals[of]
        days = 7 * int(sig["weeks"])
        if e in ("change", "pct_change"):
            if days % grid.every:
                return np.full_like(X, np.nan)            # T - 7N is never a grid point
            old = shift(X, days // grid.every)
            if e == "change":
                return X - old
            ok = (old != 0) & ~np.isnan(old) & ~np.isnan(X)
            return np.where(ok, 100.0 * (X - old) / np.where(ok, old, 1), np.nan)
        if e == "slope":
            lags = range(-(-days // grid.every) - 1, -1, -1)   # oldest first, like the reference
            n = np.zeros_like(X)
            sx = np.zeros_like(X)
            sy = np.zeros_like(X)
            Ys = [(-(j * grid.every) / 7, shift(X, j)) for j in lags]
            for x, Y in Ys:
                P = ~np.isnan(Y)
                n += P
                sx += np.where(P, x, 0.0)
                sy += np.where(P, Y, 0.0)
            xm, ym = sx / n, sy / n
            num = np.zeros_like(X)
            den = np.zeros_like(X)
            for x, Y in Ys:
                P = ~np.isnan(Y)
                num += np.where(P, (x - xm) * (Y - ym), 0.0)
                den += np.where(P, (x - xm) * (x - xm), 0.0)
            return np.where(n >= 3, num / den, np.nan)
    raise SystemExit(f"signal {sig['id']}: unknown expr {e!r}")


def integral(x):
    xf = x[~np.isnan(x)]
    return bool(np.all(xf == np.round(xf)) and (len(xf) == 0 or np.abs(xf).max() < 2.0 ** 53))


def format_column(x, as_int):
    """Column -> list of strings: integers as '3', other numbers as '%.17g', missing as ''."""
    fin = ~np.isnan(x)
    if as_int:
        out = list(map(str, np.where(fin, x, 0).astype(np.int64).tolist()))
    else:
        out = list(map("%.17g".__mod__, x.tolist()))
    out = np.array(out, dtype=object)
    out[~fin] = ""
    return out.tolist()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--json", action="store_true", help="print one JSON line with the phase timings")
    args = ap.parse_args()
    t0 = time.perf_counter()

    rec = json.load(open(os.path.join(args.dir, "recipes.json"), encoding="utf-8"))
    grid = Grid(rec["grid"])
    sigs = rec["signals"]
    start_col = rec["accounts"]["start"]

    # ---------------------------------------------------------------- read
    acc = pd.read_csv(os.path.join(args.dir, ACCOUNTS["file"]), dtype=str, keep_default_na=False, na_values=[""])
    if acc[ACCOUNTS["key"]].duplicated().any():
        print(f"accounts: {int(acc[ACCOUNTS['key']].duplicated().sum())} duplicate account ids ignored "
              "(first row wins)", file=sys.stderr)
        acc = acc.drop_duplicates(ACCOUNTS["key"], keep="first")
    acc_ids = acc[ACCOUNTS["key"]].to_numpy()
    acc_index = pd.Index(acc_ids)
    A = len(acc_ids)
    start_ns, start_na = to_ns(acc[start_col])

    raw = {}
    for name in dict.fromkeys(s["table"] for s in sigs if "table" in s):
        spec = TABLES[name]
        ts = [s for s in sigs if s.get("table") == name]
        numeric = {s["column"] for s in ts if s["agg"] in NUMERIC_AGGS}
        cols = {s["column"] for s in ts if s["agg"] in COLUMN_AGGS} | {c["column"] for s in ts for c in s.get("where", [])}
        usecols = [spec["key"], spec["time"]] + ([spec["end"]] if any(s["agg"] in OPEN_AGGS for s in ts) else []) + sorted(cols)
        df = read_csv(os.path.join(args.dir, spec["file"]), usecols, numeric)
        ns, ns_na = to_ns(df[spec["time"]])
        end = to_ns(df[spec["end"]]) if spec.get("end") in df.columns else None
        df = df.drop(columns=[c for c in (spec["time"], spec.get("end")) if c in df.columns and c not in cols])
        raw[name] = (spec, df, ns, ns_na, end, numeric, sorted(cols))
    t_read = time.perf_counter()

    # ---------------------------------------------------------------- compute
    s_day = np.where(start_na, grid.first, start_ns // NS_PER_DAY)   # missing start: every grid point
    valid = np.arange(grid.G)[None, :] >= np.clip(grid.ceil(s_day), 0, grid.G)[:, None]

    tables = {}
    for name, (spec, df, ns, ns_na, end, numeric, cols) in raw.items():
        a = acc_index.get_indexer(df[spec["key"]])
        unknown = int((a < 0).sum())
        if unknown:
            print(f"{name}: {unknown} rows with an account_id not in accounts.csv ignored", file=sys.stderr)
        if ns_na.any():
            print(f"{name}: {int(ns_na.sum())} rows without a readable {spec['time']} ignored", file=sys.stderr)
        day = ns // NS_PER_DAY
        keep = np.flatnonzero((a >= 0) & ~ns_na & (day <= grid.last))
        o = keep[np.lexsort((ns[keep], a[keep]))]              # account, then time; ties keep file order
        t = {"a": a[o].astype(np.int64), "day": day[o], "numeric": numeric,
             "cols": {c: df[c].to_numpy()[o] for c in cols}}
        if end is not None:
            t["end_day"], t["end_na"] = end[0][o] // NS_PER_DAY, end[1][o]
        tables[name] = t
    del raw

    vals = {}
    for sig in sigs:
        if "table" in sig:
            X = table_signal(sig, tables[sig["table"]], grid, A)
        else:
            X = derived_signal(sig, vals, grid)
        X = X.astype(np.float64)
        X[~valid] = np.nan                                  # no snapshot -> no value (matters for change/slope)
        vals[sig["id"]] = X
    t_compute = time.perf_counter()

    # ---------------------------------------------------------------- write
    ai, gi = np.nonzero(valid)
    grid_s = np.array(np.datetime_as_string(grid.T.astype("datetime64[D]")).tolist(), dtype=object)
    ids = acc_ids.astype(object)
    as_int = [integral(vals[s["id"]]) for s in sigs]
    with open(args.out, "w", encoding="utf-8", newline="", buffering=1 << 22) as f:
        f.write(",".join(["account_id", "as_of"] + [s["id"] for s in sigs]) + "\n")
        step = 100_000
        for i in range(0, len(ai), step):
            a_, g_ = ai[i:i + step], gi[i:i + step]
            cols = [ids[a_].tolist(), grid_s[g_].tolist()]
            cols += [format_column(vals[s["id"]][a_, g_], k) for s, k in zip(sigs, as_int)]
            f.write("\n".join(map(",".join, zip(*cols))))
            f.write("\n")
    t_end = time.perf_counter()

    if args.json:
        print(json.dumps({"read_s": round(t_read - t0, 3), "compute_s": round(t_compute - t_read, 3),
                          "write_s": round(t_end - t_compute, 3), "total_s": round(t_end - t0, 3),
                          "rows": int(len(ai)),
                          "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}))


if __name__ == "__main__":
    main()
