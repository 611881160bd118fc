"""Sync benchmark (prints figures; not a test): export and import 100,000 statements as a
signed bundle, and push 100,000 statements to a real LRS (Ralph) on loopback.

Targets: export under 5 s, import under 10 s, and a push limited by the LRS rather than by
dtlearn (statements/s reported for both sides). The two halves can also be run alone:
bench/sync_bundles.py and bench/sync_push.py.

    python bench/sync.py [--count 100000] [--push-budget 300]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sync_bundles import bundle_figures  # noqa: E402
from sync_push import push_figures  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--push-budget", type=float, default=300.0,
                        help="seconds of pushing before stopping between batches (0: none)")
    args = parser.parse_args()
    bundles = bundle_figures(args.count)
    print(f"bundles [{args.count:,} statements]")
    print(f"  export {bundles['export_seconds']:.2f} s "
          f"({bundles['export_statements_per_second']:,.0f}/s; target < 5 s)")
    print(f"  import {bundles['import_seconds']:.2f} s "
          f"({bundles['import_statements_per_second']:,.0f}/s; target < 10 s)")
    print(f"  size   {bundles['bundle_bytes'] / 1e6:.1f} MB "
          f"({bundles['bytes_per_statement']:.0f} bytes/statement)")
    push = push_figures(args.count, budget=args.push_budget or None)
    print(f"push to Ralph on loopback [{push['pushed']:,} of {args.count:,} statements"
          f"{'' if push['finished'] else f' in the {args.push_budget:g} s budget'}]")
    print(f"  LRS     {push['lrs_statements_per_s']:,} statements/s "
          f"({push['lrs_share']:.0%} of the push time)")
    print(f"  dtlearn {push['dtlearn_statements_per_s']:,} statements/s of its own work")
    return 0


if __name__ == "__main__":
    sys.exit(main())
