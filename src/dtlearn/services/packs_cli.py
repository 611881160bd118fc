"""``dtlearn pack``, ``dtlearn install`` and ``dtlearn keys``: course packs from a terminal.

A publisher makes a key pair once (``keys new``), packs each course version with the
private half (``pack``), and hands trainers the public half (``keys trust``) and the packs
(``install``, the same function as File → Install a course pack). Refusals are
``UserError``s, which ``cli.run_command`` prints with exit status 1.
"""

from __future__ import annotations

import argparse
import sys

from dtlearn.paths import resolve_paths
from dtlearn.services.pack_install import install_pack
from dtlearn.services.packs import CourseNotPackable, pack_course
from dtlearn.services.publisher_keys import new_key_pair, trust_key, trusted_keys


def cmd_pack(args: argparse.Namespace) -> int:
    try:
        report = pack_course(args.folder, args.output, args.key)
    except CourseNotPackable as error:
        for problem in error.problems:
            print(problem)
        print(f"dtlearn: {args.folder} was not packed: {len(error.problems)} problem(s) "
              "to fix first.", file=sys.stderr)
        return 1
    print(f"Packed {report.course_id} {report.version}: {report.files} files, "
          f"{_size(report.size)}, signed with key {report.key_id} -> {report.path}")
    return 0


def cmd_install(args: argparse.Namespace) -> int:
    paths = resolve_paths(args.data_dir, args.courses_dir)
    report = install_pack(args.file, paths, force=args.force)
    was = (f"replacing {report.previous_version}" if report.previous_version
           else "new on this computer")
    print(f"Installed {report.course_id} {report.version} ({was}), published by "
          f"{report.publisher or 'an unnamed publisher'}, in {report.folder}")
    return 0


def cmd_keys_new(args: argparse.Namespace) -> int:
    key = new_key_pair(args.output, args.name)
    print(f"Private key: {args.output}  (keep it secret and backed up; it signs your packs)")
    print(f"Public key:  {key.path}  (give it to trainers: dtlearn keys trust {key.path.name})")
    print(f"Key id {key.key_id}, fingerprint {key.fingerprint}")
    return 0


def cmd_keys_trust(args: argparse.Namespace) -> int:
    paths = resolve_paths(args.data_dir, args.courses_dir)
    result = trust_key(paths, args.file)
    name = f' "{result.key.name}"' if result.key.name else ""
    if result.added:
        print(f"Trusted publisher key{name}: {result.key.key_id} {result.key.fingerprint}")
    else:
        print(f"Already trusted{name}: {result.key.key_id} {result.key.fingerprint}")
    return 0


def cmd_keys_list(args: argparse.Namespace) -> int:
    paths = resolve_paths(args.data_dir, args.courses_dir)
    for key in trusted_keys(paths):
        origin = "built-in" if key.bundled else "added"
        print(f"{key.key_id}\t{key.fingerprint}\t{origin}\t{key.name}")
    return 0


def _size(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1 << 20 else f"{size / (1 << 20):.1f} MB"
