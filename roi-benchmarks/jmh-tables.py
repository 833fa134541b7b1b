#!/usr/bin/env python3
"""Turns the JSON results of the attribution benchmarks into the Markdown tables of BENCHMARKS.md.

    java -jar roi-benchmarks/target/benchmarks.jar AttributionBenchmark -prof gc -rf json -rff attribution.json
    java -jar roi-benchmarks/target/benchmarks.jar JourneyLengthBenchmark -prof gc -rf json -rff length.json
    python3 roi-benchmarks/jmh-tables.py attribution.json length.json

Touchpoints per second is the secondary result `touchpoints` (see TouchpointCounter); allocation
per journey is `gc.alloc.rate.norm` (bytes per batch) divided by the journeys in the batch.
"""
import json
import sys

MODELS = ["last-touch", "first-touch", "linear", "time-decay", "position-based", "last-non-direct"]


def load(paths):
    rows = []
    for path in paths:
        with open(path) as f:
            rows.extend(json.load(f))
    return rows


def key(row):
    name = row["benchmark"].rsplit(".", 2)
    return name[-2], name[-1]


def metric(row, name):
    m = row["secondaryMetrics"].get(name) if name != "primary" else row["primaryMetric"]
    return (m["score"], float(m["scoreError"])) if m else (float("nan"), float("nan"))


def mtps(value):
    return f"{value / 1e6:,.1f} M"


def mtps_err(pair):
    score, error = pair
    if isinstance(error, str) or error != error:  # NaN (JSON "NaN"): a single iteration
        return mtps(score)
    return f"{score / 1e6:,.1f} ± {error / 1e6:,.1f} M"


def index(rows, cls, param):
    out = {}
    for row in rows:
        c, method = key(row)
        if c != cls:
            continue
        p = row["params"]
        out[(method, p["model"], int(p[param]))] = row
    return out


def sizes_tables(rows):
    by = index(rows, "AttributionBenchmark", "journeys")
    if not by:
        return
    sizes = sorted({k[2] for k in by})
    # Results of the object-path suite (before roikitObjects existed) give the same table as before.
    objects = any(k[0] == "roikitObjects" for k in by)
    print("### Touchpoints per second by model and batch size (one roikit thread, DuckDB threads = 2)\n")
    extra = " roikit objects | batch / objects |" if objects else ""
    print("| model | journeys | touchpoints | roikit | DuckDB | roikit / DuckDB | roikit, 2 threads | 2 threads / 1 |" + extra)
    print("|---|---:|---:|---:|---:|---:|---:|---:|" + ("---:|---:|" if objects else ""))
    for model in MODELS:
        for n in sizes:
            r = by.get(("roikit", model, n))
            d = by.get(("duckdb", model, n))
            t = by.get(("roikitTwoThreads", model, n))
            if not r:
                continue
            rt = metric(r, "touchpoints")
            tps_batch = rt[0] / metric(r, "primary")[0]
            cells = [model, f"{n:,}", f"{round(tps_batch):,}", mtps_err(rt)]
            if d:
                dt = metric(d, "touchpoints")
                cells += [mtps_err(dt), f"{rt[0] / dt[0]:.1f}x"]
            else:
                cells += ["", ""]
            if t:
                tt = metric(t, "touchpoints")
                cells += [mtps_err(tt), f"{tt[0] / rt[0]:.2f}x"]
            else:
                cells += ["", ""]
            o = by.get(("roikitObjects", model, n))
            if objects and o:
                ot = metric(o, "touchpoints")
                cells += [mtps_err(ot), f"{rt[0] / ot[0]:.1f}x"]
            elif objects:
                cells += ["", ""]
            print("| " + " | ".join(cells) + " |")
    print()
    print("### Allocation per journey (gc.alloc.rate.norm / journeys)\n")
    print("| model | journeys | roikit: attribute (B/journey) | roikit: steady state (B/journey) | roikit: B/batch | DuckDB, Java side (B/batch) |")
    print("|---|---:|---:|---:|---:|---:|")
    for model in MODELS:
        for n in sizes:
            r = by.get(("roikit", model, n))
            s = by.get(("roikitSteadyState", model, n))
            d = by.get(("duckdb", model, n))
            if not r:
                continue
            rn = metric(r, "gc.alloc.rate.norm")[0]
            sn = metric(s, "gc.alloc.rate.norm")[0] if s else float("nan")
            dn = metric(d, "gc.alloc.rate.norm")[0] if d else float("nan")
            print(f"| {model} | {n:,} | {rn / n:,.3f} | {sn / n:,.4f} | {rn:,.0f} | {dn:,.0f} |")
    print()


def best(row):
    return max(row["secondaryMetrics"]["touchpoints"]["rawData"][0])


def best_table(rows):
    by = index(rows, "AttributionBenchmark", "journeys")
    if not by:
        return
    n = max(k[2] for k in by)
    print(f"### {n:,} journeys: mean and best iteration (touchpoints per second)\n")
    print("On a shared machine other work only ever slows a run down, so the best iteration is the")
    print("closer estimate of the uncontended speed; ratios are given for both.\n")
    print("| model | roikit mean | roikit best | DuckDB mean | DuckDB best | roikit / DuckDB (mean) | (best) | roikit 2 threads best | 2 threads / 1 (best) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for model in MODELS:
        r = by.get(("roikit", model, n))
        d = by.get(("duckdb", model, n))
        t = by.get(("roikitTwoThreads", model, n))
        if not r or not d:
            continue
        rm, dm = metric(r, "touchpoints")[0], metric(d, "touchpoints")[0]
        cells = [model, mtps(rm), mtps(best(r)), mtps(dm), mtps(best(d)), f"{rm / dm:.1f}x", f"{best(r) / best(d):.1f}x"]
        cells += [mtps(best(t)), f"{best(t) / best(r):.2f}x"] if t else ["", ""]
        print("| " + " | ".join(cells) + " |")
    print()


def length_tables(rows):
    by = index(rows, "JourneyLengthBenchmark", "length")
    if not by:
        return
    lengths = sorted({k[2] for k in by})
    print("### Touchpoints per second by journey length (about 2^20 touchpoints per batch)\n")
    print("| model | " + " | ".join(f"L = {n}" for n in lengths) + " |")
    print("|---|" + "---:|" * len(lengths))
    for model in MODELS:
        cells = [model]
        for n in lengths:
            r = by.get(("roikit", model, n))
            d = by.get(("duckdb", model, n))
            cell = mtps(metric(r, "touchpoints")[0]) if r else ""
            if d:
                cell += f" / {mtps(metric(d, 'touchpoints')[0])} ({metric(r, 'touchpoints')[0] / metric(d, 'touchpoints')[0]:.1f}x)"
            cells.append(cell)
        print("| " + " | ".join(cells) + " |")
    print()
    print("Each cell: roikit / DuckDB touchpoints per second (ratio). Nanoseconds per touchpoint, roikit:\n")
    print("| model | " + " | ".join(f"L = {n}" for n in lengths) + " |")
    print("|---|" + "---:|" * len(lengths))
    for model in MODELS:
        cells = [model]
        for n in lengths:
            r = by.get(("roikit", model, n))
            cells.append(f"{1e9 / metric(r, 'touchpoints')[0]:.1f}" if r else "")
        print("| " + " | ".join(cells) + " |")
    print()
    if any(k[0] == "roikitObjects" for k in by):
        print("roikit's object path (roikitObjects), touchpoints per second (batch path / object path):\n")
        print("| model | " + " | ".join(f"L = {n}" for n in lengths) + " |")
        print("|---|" + "---:|" * len(lengths))
        for model in MODELS:
            cells = [model]
            for n in lengths:
                r = by.get(("roikit", model, n))
                o = by.get(("roikitObjects", model, n))
                cell = mtps(metric(o, "touchpoints")[0]) if o else ""
                if o and r:
                    cell += f" ({metric(r, 'touchpoints')[0] / metric(o, 'touchpoints')[0]:.1f}x)"
                cells.append(cell)
            print("| " + " | ".join(cells) + " |")
        print()


def main():
    rows = load(sys.argv[1:])
    sizes_tables(rows)
    best_table(rows)
    length_tables(rows)


if __name__ == "__main__":
    main()
