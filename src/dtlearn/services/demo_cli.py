"""``dtlearn demo``: fill this install with marked demo data, or take it out again."""

from __future__ import annotations

import argparse
import sys

from dtlearn.paths import resolve_paths
from dtlearn.services.context import build_services
from dtlearn.services.demo import MAX_LEARNERS, DemoService, demo_courses, load_settings


def cmd_demo(args: argparse.Namespace) -> int:
    if not args.remove and not 1 <= args.learners <= MAX_LEARNERS:
        print(f"dtlearn demo: --learners must be from 1 to {MAX_LEARNERS}", file=sys.stderr)
        return 2
    services = build_services(resolve_paths(args.data_dir, args.courses_dir))
    try:
        demo = DemoService(services.store, services.statements)
        if args.remove:
            removed = demo.remove()
            print(f"Removed {removed.learners} demo learners, {removed.sessions} group "
                  f"sessions, {removed.attempts} quiz attempts and {removed.statements} "
                  "statements. Real data was not touched.")
            return 0
        report = demo.add(demo_courses(services.catalog), args.learners, seed=args.seed)
        marks = load_settings()
        print(f"Added {report.learners} demo learners, {report.sessions} group sessions, "
              f"{report.attempts} quiz attempts and {report.statements} statements.")
        print(f'Demo names end in "{marks.name_suffix.strip()}" and demo units and sessions '
              f'start with "{marks.unit_prefix}". They are never sent to an LRS or exported. '
              "Take them out with: dtlearn demo --remove")
        return 0
    finally:
        services.close()
