# Peer of the ingest benchmark: pandas reads the benchmark CSV (`;`, decimal comma) and sums a
# weight by wave x commune. Run by tests/bench/run.ts when pandas is installed (Debian python3-pandas).
import json, sys, time
import pandas as pd
t0 = time.perf_counter()
t = pd.read_csv(sys.argv[1], sep=";", decimal=",", dtype={"vague": str, "commune": str})
read = time.perf_counter() - t0
g = t.groupby(["vague", "commune"])["A5"].agg(["sum", "count"])
print(json.dumps({"read": read, "total": time.perf_counter() - t0, "groups": len(g)}))
