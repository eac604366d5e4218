#!/usr/bin/env python3
"""Times pandas and NumPy loading + sorting a one-column CSV, for the README comparison with
CsvLoadBenchmark. Needs pandas (Debian: apt-get install python3-pandas; run /usr/bin/python3).

Run:  java -jar app/target/probscope.jar sample --target normal -n 10000000 --seed 1 > /tmp/big.csv
      /usr/bin/python3 model/src/test/python/time_pandas_load.py /tmp/big.csv
"""
import time, os, sys
import numpy as np, pandas as pd
path = sys.argv[1]
def t(label, f, n=3):
    best = 1e9
    for _ in range(n):
        c0 = time.process_time(); w0 = time.perf_counter(); v = f(); w = time.perf_counter() - w0; c = time.process_time() - c0
        best = min(best, w)
        print(f"{label}: wall {w:.2f} s cpu {c:.2f} s n={len(v)}", flush=True)
    return best
t("pandas.read_csv + np.sort", lambda: np.sort(pd.read_csv(path, engine="c")["x"].to_numpy()))
t("pandas.read_csv(float_precision='round_trip') + np.sort", lambda: np.sort(pd.read_csv(path, float_precision="round_trip")["x"].to_numpy()))
t("numpy.loadtxt + np.sort", lambda: np.sort(np.loadtxt(path, skiprows=1)), n=1)
print("load", os.getloadavg())
