"""``dtlearn sync export`` and ``dtlearn sync import``: bundles from the command line.

Opens the store directly rather than through ``services``: sync sits beside services in the
layers, and a bundle needs only the database and the device key, not the course catalog.
"""

from __future__ import annotations

import argparse

from dtlearn.paths import resolve_paths
from dtlearn.store.database import Store
from dtlearn.sync.bundle import BundleRefused, export_bundle, import_bundle
from dtlearn.sync.keys import load_or_create_device_key


def human_size(size: int) -> str:
    """Sizes as a person compares them with a messaging app's attachment limit."""
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{round(size / 1024)} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def cmd_export(args: argparse.Namespace) -> int:
    paths = resolve_paths(args.data_dir, args.courses_dir)
    key = load_or_create_device_key(paths)
    store = Store(paths.database)
    try:
        report = export_bundle(store, key, args.output, everything=args.all)
    finally:
        store.close()
    print(f"Exported {report.statements} statements, {report.learners} learners, "
          f"{report.sessions} sessions to {report.path} ({human_size(report.size)})")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Each file on its own: a refused file is reported, the others still merge; exit 1 if
    any was refused so a script notices."""
    paths = resolve_paths(args.data_dir, args.courses_dir)
    store = Store(paths.database)
    refused_any = False
    try:
        for path in args.files:
            try:
                report = import_bundle(store, path)
            except BundleRefused as error:
                refused_any = True
                print(f"{path}: refused: {error.reason}")
                continue
            print(f"{path}: {report.new} new, {report.already} already had, "
                  f"{report.refused} refused")
    finally:
        store.close()
    return 1 if refused_any else 0
