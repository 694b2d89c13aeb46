"""Print locust's CSV summary as one line per endpoint: requests/s, p50/p95 (ms), errors; fail on any error."""

import csv
import sys


def main(path: str) -> int:
    with open(path) as handle:
        rows = list(csv.DictReader(handle))
    print(f"{'endpoint':<12} {'requests':>9} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'errors':>7}")
    for row in rows:
        name = row["Name"] if row["Name"] != "Aggregated" else "all"
        print(
            f"{name:<12} {row['Request Count']:>9} {float(row['Requests/s']):>7.1f} "
            f"{row['50%']:>7} {row['95%']:>7} {row['Failure Count']:>7}"
        )
    total = next(row for row in rows if row["Name"] == "Aggregated")
    return 1 if int(total["Failure Count"]) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
