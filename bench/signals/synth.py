#!/usr/bin/python3
"""Deterministic synthetic raw exports for the signal-recipe benchmark.

Writes accounts.csv, usage.csv, tickets.csv and recipes.json into --out.
Same arguments -> byte-identical files (numpy default_rng(seed), no wall clock, no hash order).

  /usr/bin/python3 bench/signals/synth.py --accounts 5000 --usage-events 2000000 \
      --tickets 100000 --weeks 104 --seed 1 --out /tmp/sig5k
"""
import argparse
import os
import sys
import time

import numpy as np

FIRST_MONDAY = "2023-01-02"   # grid start (a Monday)
PRE_EXPORT_DAYS = 365         # the usage/ticket export starts this many days before the grid
POST_EXPORT_DAYS = 6          # ... and ends this many days after the grid's last date

RECIPES = """{"format": "tierlab-signals", "version": 1,
 "grid": {"every_days": 7, "first": "%(first)s", "last": "%(last)s"},
 "accounts": {"table": "accounts", "start": "signup_date", "name": "account_name", "segment": "segment"},
 "signals": [
  {"id": "usage_events_30d", "table": "usage", "agg": "count", "window_days": 30},
  {"id": "usage_secs_30d", "table": "usage", "agg": "sum", "column": "duration_secs", "window_days": 30},
  {"id": "active_users_30d", "table": "usage", "agg": "distinct", "column": "user_id", "window_days": 30},
  {"id": "max_secs_7d", "table": "usage", "agg": "max", "column": "duration_secs", "window_days": 7},
  {"id": "days_since_use", "table": "usage", "agg": "days_since"},
  {"id": "urgent_tickets_90d", "table": "tickets", "agg": "count", "window_days": 90,
   "where": [{"column": "priority", "op": "in", "value": ["urgent", "high"]}]},
  {"id": "csat_180d", "table": "tickets", "agg": "mean", "column": "csat", "window_days": 180},
  {"id": "last_csat", "table": "tickets", "agg": "last", "column": "csat"},
  {"id": "open_tickets", "table": "tickets", "agg": "open"},
  {"id": "events_per_user_30d", "expr": "ratio", "of": ["usage_events_30d", "active_users_30d"]},
  {"id": "usage_trend_4w", "expr": "change", "of": "usage_events_30d", "weeks": 4},
  {"id": "usage_pct_4w", "expr": "pct_change", "of": "usage_events_30d", "weeks": 4},
  {"id": "usage_slope_8w", "expr": "slope", "of": "usage_events_30d", "weeks": 8}
 ]}
"""

SEGMENTS = np.array(["SMB", "Mid-Market", "Enterprise"], dtype=object)
ADJ = ["Blue", "Northern", "Bright", "Silver", "Rapid", "Quiet", "Golden", "Prime", "Urban", "Coastal",
       "Summit", "Vivid", "Iron", "Clear", "Atlas", "Nova", "Green", "Polar", "Red", "Solid"]
NOUN = ["Harbor", "Peak", "Forge", "Field", "River", "Labs", "Works", "Bridge", "Cloud", "Stone",
        "Pixel", "Orbit", "Signal", "Grove", "Vector", "Canyon", "Beacon", "Falcon", "Maple", "Crest"]
SUFFIX = ["Inc", "GmbH", "Ltd", "Group", "Systems", "Partners", "Analytics", "Health", "Logistics", "Retail"]


def day_strings(d0, d1):
    """'YYYY-MM-DD' for every day number d0..d1 (days since 1970-01-01) as an object array."""
    return np.array(np.datetime_as_string(np.arange(d0, d1 + 1).astype("datetime64[D]")).tolist(), dtype=object)


def time_strings(prefix=""):
    return np.array([f"{prefix}{h:02d}:{m:02d}:{s:02d}" for h in range(24) for m in range(60) for s in range(60)],
                    dtype=object)


def write_chunks(path, header, n, make_lines, chunk=500_000):
    with open(path, "w", encoding="utf-8", newline="", buffering=1 << 22) as f:
        f.write(header + "\n")
        for i0 in range(0, n, chunk):
            i1 = min(n, i0 + chunk)
            f.write("\n".join(make_lines(i0, i1)))
            f.write("\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--accounts", type=int, default=5000)
    ap.add_argument("--usage-events", type=int, default=2_000_000)
    ap.add_argument("--tickets", type=int, default=100_000)
    ap.add_argument("--weeks", type=int, default=104)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--first", default=FIRST_MONDAY, help="first grid date (must be a Monday)")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    t_start = time.perf_counter()

    N, M, K, W = args.accounts, args.usage_events, args.tickets, args.weeks
    if N < 1 or W < 1 or M < 0 or K < 0:
        sys.exit("sizes must be positive")
    first = int(np.datetime64(args.first, "D").astype(np.int64))
    if (first - 4) % 7 != 0:   # 1970-01-01 was a Thursday -> Mondays are day numbers with d % 7 == 4
        sys.exit(f"--first {args.first} is not a Monday")
    last = first + 7 * (W - 1)
    grid = first + 7 * np.arange(W, dtype=np.int64)
    exp_start = first - PRE_EXPORT_DAYS
    exp_end = last + POST_EXPORT_DAYS
    os.makedirs(args.out, exist_ok=True)
    rng = np.random.default_rng(args.seed)

    # ------------------------------------------------------------------ accounts
    w = max(5, len(str(N + 3)))
    acct_ids = np.array([f"A{i:0{w}d}" for i in range(1, N + 1)]
                        + [f"A{N + j:0{w}d}" for j in range(1, 4)], dtype=object)  # 3 ghost ids (not in accounts.csv)
    seg = rng.choice(3, size=N, p=[0.6, 0.3, 0.1])
    r = rng.random(N)
    signup = np.where(r < 0.55, rng.integers(first - 1095, first, size=N),            # before the grid
                      rng.integers(first, last + 1, size=N))                           # during the grid
    edge = (r >= 0.95) & (r < 0.99)          # exactly on a grid date, or the day before/after one
    signup = np.where(edge, grid[rng.integers(0, W, size=N)] + rng.integers(-1, 2, size=N), signup)
    signup = np.where(r >= 0.995, rng.integers(last, last + POST_EXPORT_DAYS + 1, size=N), signup)  # at/after last
    seats = np.select([seg == 0, seg == 1], [rng.integers(1, 26, size=N), rng.integers(20, 201, size=N)],
                      rng.integers(150, 5001, size=N))
    names = [f"{ADJ[a]} {NOUN[b]} {SUFFIX[c]}" for a, b, c in
             zip(rng.integers(0, len(ADJ), N).tolist(), rng.integers(0, len(NOUN), N).tolist(),
                 rng.integers(0, len(SUFFIX), N).tolist())]
    sdays = day_strings(signup.min(), signup.max())
    signup_str = sdays[signup - signup.min()]
    with open(os.path.join(args.out, "accounts.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("account_id,account_name,segment,signup_date,seats\n")
        f.write("".join(f"{a},{n},{s},{d},{k}\n" for a, n, s, d, k in
                        zip(acct_ids[:N].tolist(), names, SEGMENTS[seg].tolist(), signup_str.tolist(),
                            seats.tolist())))

    # per-account activity model
    act_start = np.maximum(signup, exp_start)                 # first possible event day
    act_end = np.full(N, exp_end, dtype=np.int64)             # last possible event day (inclusive)
    churn = rng.random(N) < 0.15
    churn_day = act_start + (rng.random(N) * (exp_end - act_start + 1)).astype(np.int64)
    act_end = np.where(churn, np.maximum(churn_day, act_start), act_end)
    shape = rng.random(N)
    k_exp = np.where(shape < 0.25, rng.uniform(1.5, 3.0, N),            # declining accounts
                     np.where(shape < 0.40, rng.uniform(0.4, 0.8, N), 1.0))  # growing / flat
    span = (act_end - act_start + 1).astype(np.float64)
    seg_factor = np.array([1.0, 3.0, 8.0])[seg]
    weight = rng.lognormal(0.0, 1.0, N) * seg_factor * span
    weight[rng.random(N) < 0.02] = 0.0                        # accounts without any usage
    n_users = np.select([seg == 0, seg == 1], [rng.integers(2, 9, N), rng.integers(5, 26, N)],
                        rng.integers(10, 61, N))
    uoff = np.concatenate([[0], np.cumsum(n_users)])
    user_ids = np.array([f"U{a + 1:0{w}d}-{u + 1:02d}" for a in range(N) for u in range(n_users[a])], dtype=object)

    day_lo = min(int(signup.min()), exp_start) - 400
    days = day_strings(day_lo, exp_end + 60)
    tod = time_strings()
    tod_sp = time_strings(" ")

    def edge_days(n, acct, offsets):
        """grid dates plus an offset (edge cases), or -1 where not allowed for that account."""
        d = grid[rng.integers(0, W, size=n)] + np.asarray(offsets)[rng.integers(0, len(offsets), size=n)]
        ok = (d >= act_start[acct]) & (d <= act_end[acct])
        return np.where(ok, d, -1)

    def event_times(acct, n):
        u = rng.random(n) ** k_exp[acct]
        secs = (u * (span[acct] * 86400.0)).astype(np.int64)
        return act_start[acct] * 86400 + secs

    # ------------------------------------------------------------------ usage
    if weight.sum() == 0:
        weight[:] = 1.0
    counts = rng.multinomial(M, weight / weight.sum())
    acct = np.repeat(np.arange(N), counts)
    ts = event_times(acct, M)
    e = rng.random(M) < 0.01                                  # edge cases: exactly on / 7 / 29 / 30 days before a grid date
    ne = int(e.sum())
    ed = edge_days(ne, acct[e], [0, 0, -30, -30, -7, -29, 1])
    esec = np.array([0, 86399, 43200])[rng.integers(0, 3, ne)]
    ts_e = ts[e]
    ts[e] = np.where(ed >= 0, ed * 86400 + esec, ts_e)
    user = uoff[acct] + (n_users[acct] * rng.random(M) ** 1.6).astype(np.int64)
    fp = 1.0 / np.arange(1, 21) ** 1.1
    feature = rng.choice(20, size=M, p=fp / fp.sum())
    dur = np.clip(np.rint(rng.lognormal(4.0, 1.1, M) * 10.0), 10, 144000).astype(np.int64)  # tenths of seconds
    dur[rng.random(M) < 0.03] = -1                            # missing
    ghost = rng.random(M) < 0.0005
    acct_out = np.where(ghost, N + rng.integers(0, 3, M), acct)
    order = np.argsort((ts // 86400) * (1 << 32) + rng.integers(0, 1 << 32, M), kind="stable")  # by day, shuffled within a day
    acct_out, ts, user, feature, dur = acct_out[order], ts[order], user[order], feature[order], dur[order]
    del acct, order
    feat_s = np.array([f"feature_{i}" for i in range(1, 21)], dtype=object)
    dur_s = np.array([f"{t // 10}.{t % 10}" for t in range(144001)] + [""], dtype=object)  # index -1 -> ""
    ew = max(7, len(str(M)))

    def usage_lines(i0, i1):
        t = ts[i0:i1]
        return [f"E{i:0{ew}d},{a},{u},{d}{h},{fe},{du}" for i, a, u, d, h, fe, du in
                zip(range(i0 + 1, i1 + 1), acct_ids[acct_out[i0:i1]].tolist(), user_ids[user[i0:i1]].tolist(),
                    days[t // 86400 - day_lo].tolist(), tod_sp[t % 86400].tolist(),
                    feat_s[feature[i0:i1]].tolist(), dur_s[dur[i0:i1]].tolist())]

    write_chunks(os.path.join(args.out, "usage.csv"),
                 "event_id,account_id,user_id,event_time,feature,duration_secs", M, usage_lines)
    del ts, user, feature, dur, acct_out

    # ------------------------------------------------------------------ tickets
    tweight = rng.lognormal(0.0, 0.8, N) * np.sqrt(seg_factor) * span
    K0 = K - K // 100                                          # ~1% are same-time duplicates (tie-break cases)
    tacct = np.repeat(np.arange(N), rng.multinomial(K0, tweight / tweight.sum()))
    tts = event_times(tacct, K0)
    e = rng.random(K0) < 0.02                                 # opened exactly on / 90 / 180 days before a grid date
    ed = edge_days(int(e.sum()), tacct[e], [0, -90, -180, -89, -179, 1])
    tts_e = tts[e]
    tts[e] = np.where(ed >= 0, ed * 86400 + tts_e % 86400, tts_e)
    topen_dt = rng.random(K0) < 0.7                            # opened_at with time (else date only = midnight)
    tts = np.where(topen_dt, tts, tts // 86400 * 86400)
    # duplicates: same account, same opened_at as an earlier ticket
    src = rng.integers(0, K0, K - K0) if K0 > 0 else np.zeros(0, dtype=np.int64)
    tacct = np.concatenate([tacct, tacct[src]])
    tts = np.concatenate([tts, tts[src]])
    topen_dt = np.concatenate([topen_dt, topen_dt[src]])
    csat = np.where(rng.random(K) < 0.6, 0, rng.choice(np.arange(1, 6), size=K, p=[.05, .1, .2, .35, .3]))
    csat[src] = rng.integers(1, 6, len(src))                   # both ends of a tie carry a csat
    csat[K0:] = rng.integers(1, 6, K - K0)
    prio = rng.choice(5, size=K, p=[0.40, 0.35, 0.16, 0.08, 0.01])  # low medium high urgent (missing)
    r = rng.random(K)
    delay = np.where(r < 0.15, 0, 1 + np.minimum(rng.geometric(0.12, K) - 1, 39))  # 0..40 days
    close_day = tts // 86400 + delay
    e = rng.random(K) < 0.03                                  # closed exactly on a grid date or the day after one
    g = np.searchsorted(grid, tts // 86400)                   # first grid date >= open day
    cand = grid[np.minimum(g, W - 1)] + rng.integers(0, 2, K)
    e &= (g < W) & (cand >= tts // 86400) & (cand <= tts // 86400 + 40)
    close_day = np.where(e, cand, close_day)
    close_sec = np.where(close_day == tts // 86400,
                         tts % 86400 + (rng.random(K) * (86400 - tts % 86400)).astype(np.int64),
                         rng.integers(0, 86400, K))
    tclose = close_day * 86400 + close_sec
    tclose_dt = rng.random(K) < 0.8
    tclose = np.where(rng.random(K) < 0.05, -1, tclose)       # still open
    tacct = np.where(rng.random(K) < 0.001, N + rng.integers(0, 3, K), tacct)
    order = np.argsort((tts // 86400) * (1 << 32) + rng.integers(0, 1 << 32, K), kind="stable")
    tacct, tts, topen_dt, tclose, tclose_dt, prio, csat = (x[order] for x in
                                                          (tacct, tts, topen_dt, tclose, tclose_dt, prio, csat))
    prio_s = np.array(["low", "medium", "high", "urgent", ""], dtype=object)
    csat_s = np.array(["", "1", "2", "3", "4", "5"], dtype=object)
    opened_s = days[tts // 86400 - day_lo] + np.where(topen_dt, tod_sp[tts % 86400], "")
    tc = np.where(tclose < 0, tts, tclose)
    closed_s = np.where(tclose < 0, "", days[tc // 86400 - day_lo] + np.where(tclose_dt, tod_sp[tc % 86400], ""))
    tw = max(7, len(str(K)))

    def ticket_lines(i0, i1):
        return [f"T{i:0{tw}d},{a},{o},{c},{p},{s}" for i, a, o, c, p, s in
                zip(range(i0 + 1, i1 + 1), acct_ids[tacct[i0:i1]].tolist(), opened_s[i0:i1].tolist(),
                    closed_s[i0:i1].tolist(), prio_s[prio[i0:i1]].tolist(), csat_s[csat[i0:i1]].tolist())]

    write_chunks(os.path.join(args.out, "tickets.csv"),
                 "ticket_id,account_id,opened_at,closed_at,priority,csat", K, ticket_lines)

    d = lambda x: str(np.datetime64(int(x), "D"))
    with open(os.path.join(args.out, "recipes.json"), "w", encoding="utf-8", newline="") as f:
        f.write(RECIPES % {"first": d(first), "last": d(last)})
    print(f"synth: {N} accounts, {M} usage events, {K} tickets, {W} weeks ({d(first)}..{d(last)}) "
          f"-> {args.out} in {time.perf_counter() - t_start:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
