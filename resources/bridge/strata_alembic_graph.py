#!/usr/bin/env python3
"""Strata's one-shot reader of an Alembic project's revision graph (issue 12, items 2 and 4).

Run by Strata with the project's interpreter, in the folder of alembic.ini:

    PYTHON strata_alembic_graph.py --config alembic.ini [--name alembic]

It loads the project's ScriptDirectory with Alembic's own code
(`ScriptDirectory.from_config(Config(ini, ini_section=name))`, so `prepend_sys_path` puts the
project's packages on sys.path as `alembic` does) and imports every revision module the way
Alembic does (`Script._from_filename`, i.e. `alembic.util.load_python_file`), one file at a
time so that one module that does not import does not hide the others. It prints ONE JSON
object on stdout:

    {"alembic": "1.8.1", "sqlalchemy": "1.4.46",
     "revisions": [{"file": "/abs/versions/ab12_x.py", "revision": "ab12",
                    "down_revision": ["a0"], "branch_labels": ["expand"],
                    "depends_on": [], "doc": "the module docstring"}],
     "problems": [{"file": "/abs/versions/cd34_y.py", "line": 7,
                   "message": "ModuleNotFoundError: No module named 'myapp'"}],
     "modules": ["/abs/myapp/cli.py"]}

`modules` lists the project's own modules the revisions imported (files under the folder of
alembic.ini or a prepended sys.path entry): Strata's cache of this answer watches them too.
When Alembic itself cannot be loaded the object is {"fatal": "one line"} and the exit code 2.
Whatever a revision prints goes to stderr.
"""

import json
import os
import sys
import traceback

_out = sys.stdout
sys.stdout = sys.stderr  # a revision's print() must not corrupt the answer
sys.dont_write_bytecode = True  # reading a project leaves no __pycache__ behind


def answer(obj, code=0):
    _out.write(json.dumps(obj, default=str) + "\n")
    _out.flush()
    sys.exit(code)


def one_line(exc):
    text = str(exc).strip()
    first = text.splitlines()[0] if text else ""
    name = type(exc).__name__
    return "%s: %s" % (name, first) if first else name


def line_of(exc, path):
    """The line of `path` where `exc` happened (0 when unknown)."""
    real = os.path.realpath(path)
    if isinstance(exc, SyntaxError) and exc.filename and \
            os.path.realpath(exc.filename) == real:
        return exc.lineno or 0
    line = 0
    for frame, lineno in traceback.walk_tb(exc.__traceback__):
        if os.path.realpath(frame.f_code.co_filename) == real:
            line = lineno
    return line


def as_list(value):
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def truthy(value):
    return str(value or "").strip().lower() in ("true", "1", "yes", "on")


def revision_files(script, cfg):
    """(folder, file name) of every candidate revision file, in Alembic's listing order."""
    if script.version_locations:
        paths = [v for v in script._version_locations if os.path.exists(v)]
    else:
        paths = [script.versions]
    recursive = truthy(cfg.get_main_option("recursive_version_locations"))
    seen = set()
    for vers in paths:
        if recursive:
            walked = []
            for root, dirs, files in os.walk(vers):
                dirs[:] = sorted(d for d in dirs if d != "__pycache__")
                walked.extend((root, f) for f in sorted(files))
        else:
            walked = [(vers, f) for f in os.listdir(vers)]
        for folder, name in walked:
            real = os.path.realpath(os.path.join(folder, name))
            if real in seen:
                continue
            seen.add(real)
            yield folder, name


def main(argv):
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--config", required=True)
    parser.add_argument("--name", default="alembic")
    args = parser.parse_args(argv)

    try:
        import alembic
        import sqlalchemy
        from alembic.config import Config
        from alembic.script import ScriptDirectory
        from alembic.script.base import Script
    except Exception as exc:  # noqa: B902
        answer({"fatal": "%s cannot import alembic and sqlalchemy: %s"
                % (sys.executable, one_line(exc))}, 2)

    ini = os.path.abspath(args.config)
    here = os.path.dirname(ini)
    os.chdir(here)
    before = set(sys.path)
    try:
        if os.path.basename(ini) == "pyproject.toml":  # [tool.alembic], Alembic 1.16+
            cfg = Config(toml_file=ini, ini_section=args.name)
        else:
            cfg = Config(ini, ini_section=args.name)
        script = ScriptDirectory.from_config(cfg)
    except Exception as exc:  # noqa: B902
        answer({"fatal": "%s: %s" % (ini, one_line(exc))}, 2)

    revisions = []
    problems = []
    for folder, name in revision_files(script, cfg):
        path = os.path.abspath(os.path.join(folder, name))
        try:
            sc = Script._from_filename(script, folder, name)
        except BaseException as exc:  # noqa: B902 - every failure is reported, never raised
            if isinstance(exc, KeyboardInterrupt):
                raise
            problems.append({"file": path, "line": line_of(exc, path),
                             "message": one_line(exc)})
            continue
        if sc is None:
            continue
        module = sc.module
        revisions.append({
            "file": path,
            "revision": str(sc.revision),
            "down_revision": as_list(getattr(module, "down_revision", None)),
            "branch_labels": as_list(getattr(module, "branch_labels", None)),
            "depends_on": as_list(getattr(module, "depends_on", None)),
            "doc": module.__doc__ or "",
        })

    roots = [here] + [os.path.abspath(p) for p in sys.path if p not in before and p]
    roots = [os.path.realpath(r) + os.sep for r in roots]
    files = set(os.path.realpath(r["file"]) for r in revisions)
    files.update(os.path.realpath(p["file"]) for p in problems)
    modules = set()
    for mod in list(sys.modules.values()):
        f = getattr(mod, "__file__", None)
        if not f or not f.endswith(".py"):
            continue
        real = os.path.realpath(f)
        if real in files or not any(real.startswith(r) for r in roots):
            continue
        modules.add(real)
    answer({"alembic": alembic.__version__, "sqlalchemy": sqlalchemy.__version__,
            "revisions": revisions, "problems": problems, "modules": sorted(modules)})


if __name__ == "__main__":
    main(sys.argv[1:])
