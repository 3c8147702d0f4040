#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Keep translations/logto-signin_en.ts plural-only.

English is the source language, so the English catalogue holds only the plural (%n) messages,
with their English singular and plural forms ("%n item(s)" -> "%n item" / "%n items"), as Qt
recommends. Qt 6.4's qt_add_translations() runs one lupdate with the same options for every
.ts file, so the logto-signin_lupdate target adds every other message to the English file too
(as empty, unfinished entries, which lrelease leaves out). Run this script after that target:
it runs lupdate again on the English file alone, with -pluralonly, which drops every message
that is not a plural one and keeps the forms already written.

    cmake --build build/dev --target logto-signin_lupdate
    python3 translations/prune-english.py [--build-dir build/dev]

The sources are those of the last logto-signin_lupdate run (the build directory's lupdate
project file) or, without a build directory, app/{core,cli,gui}/**/*.{cpp,h} as in
app/CMakeLists.txt. The lupdate found on $LUPDATE, in /usr/lib/qt6/bin or on $PATH is used.
"""

import argparse
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENGLISH = ROOT / "translations" / "logto-signin_en.ts"
LUPDATE_OPTIONS = ["-no-obsolete", "-locations", "none", "-pluralonly"]


def find_lupdate() -> str:
    candidates = [os.environ.get("LUPDATE"), "/usr/lib/qt6/bin/lupdate", shutil.which("lupdate6"),
                  shutil.which("lupdate")]
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    sys.exit("prune-english.py: lupdate not found; set $LUPDATE")


def sources_arguments(build_dir: Path) -> list:
    project = build_dir / "app" / ".lupdate" / "logto-signin_project.json"
    if project.is_file():
        return ["-project", str(project)]
    files = []
    for part in ("core", "cli", "gui"):
        for pattern in ("*.cpp", "*.h"):
            files.extend((ROOT / "app" / part).rglob(pattern))
    if not files:
        sys.exit("prune-english.py: no sources under app/")
    return [str(f) for f in sorted(files)]


def unfinished_plurals(path: Path) -> list:
    problems = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if translation.get("type") == "unfinished" or len(forms) != 2 or not all(f.strip() for f in forms):
                problems.append(f"[{name}] {message.findtext('source')}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build-dir", type=Path, default=ROOT / "build" / "dev",
                        help="the build directory whose logto-signin_lupdate project to use (default: build/dev)")
    args = parser.parse_args()

    if not ENGLISH.is_file():
        sys.exit(f"prune-english.py: {ENGLISH} is missing; run the logto-signin_lupdate target first")
    command = [find_lupdate(), *sources_arguments(args.build_dir.resolve()), *LUPDATE_OPTIONS, "-ts", str(ENGLISH)]
    result = subprocess.run(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    # lupdate warns that -ts overrides the project's own list of .ts files: that is the point.
    output = [line for line in result.stdout.splitlines() if "will override TRANSLATIONS" not in line]
    print("\n".join(output))
    if result.returncode != 0:
        return result.returncode

    missing = unfinished_plurals(ENGLISH)
    if missing:
        print(f"\n{ENGLISH.name}: fill the English singular and plural forms of:", file=sys.stderr)
        for line in missing:
            print(f"  {line}", file=sys.stderr)
        print("then remove type=\"unfinished\" (or mark them done in Linguist).", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
