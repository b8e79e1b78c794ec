#!/usr/bin/env python3
"""Strata's one-shot helper that writes a new `.py` revision with the project's own Alembic.

Run by Strata (`strata revision` / `strata merge`, the studio's New revision and Merge heads)
with the project's interpreter:

    PYTHON strata_alembic_author.py --config alembic.ini [--name alembic] [--python PYTHON]

It reads ONE JSON request on stdin:

    {"cmd": "revision", "message": "...", "rev_id": "ab12" | null, "head": "ab12" | ["a", "b"]
     | "base" | "head", "splice": false, "branch_labels": ["x"], "depends_on": ["y"],
     "upgrades": "op.execute(...)" | "", "downgrades": "..." | ""}
    {"cmd": "merge", "message": "...", "rev_id": null, "revisions": ["a", "b"],
     "branch_labels": []}

and calls Alembic's own `command.revision` / `command.merge`, exactly as `alembic revision` /
`alembic merge` do (the project's script.py.mako, file_template, truncate_slug_length,
timezone, revision_environment, post-write hooks), with `upgrades` / `downgrades` handed to the
template (the default template renders `${upgrades if upgrades else "pass"}`). It answers with
one JSON line on stdout and exits 0:

    {"ok": true, "path": "/abs/versions/ab12_msg.py", "revision": "ab12"}

or, exiting 1, nothing written (a file Alembic wrote before failing is removed again):

    {"ok": false, "kind": "interpreter" | "alembic" | "python", "message": "one line"}

("interpreter": mako, sqlalchemy or alembic does not import; "alembic": Alembic's own
CommandError, e.g. "Revision X is not a head revision"; "python": anything else.)
"""

import json
import os
import sys

_out = sys.stdout
# Alembic's "Generating ... done" (and whatever env.py prints) must not reach the answer.
sys.stdout = sys.stderr


def answer(ok, **fields):
    fields["ok"] = ok
    _out.write(json.dumps(fields, default=str) + "\n")
    _out.flush()
    sys.exit(0 if ok else 1)


def one_line(text):
    lines = [line.strip() for line in str(text).strip().splitlines() if line.strip()]
    return lines[-1] if lines else ""


def files_under(folders):
    found = set()
    for folder in folders:
        for root, _dirs, files in os.walk(folder):
            for name in files:
                found.add(os.path.join(root, name))
    return found


def main(argv):
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--config", required=True)
    parser.add_argument("--name", default="alembic")
    # The interpreter as Strata names it (a venv's bin/python, a wrapper), for messages.
    parser.add_argument("--python", default=sys.executable or "python")
    args = parser.parse_args(argv)

    python = args.python
    for module in ("mako", "sqlalchemy", "alembic"):
        try:
            __import__(module)
        except ImportError as exc:
            answer(False, kind="interpreter",
                   message="Python interpreter '%s' cannot import %s (%s)"
                   % (python, module, one_line(exc)))

    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    try:
        request = json.loads(sys.stdin.read() or "{}")
    except ValueError as exc:
        answer(False, kind="python", message="bad request: %s" % exc)

    upgrades = request.get("upgrades") or ""
    downgrades = request.get("downgrades") or ""
    original = ScriptDirectory.generate_revision

    def generate_revision(self, *a, **kw):
        if upgrades:
            kw.setdefault("upgrades", upgrades)
        if downgrades:
            kw.setdefault("downgrades", downgrades)
        return original(self, *a, **kw)

    ScriptDirectory.generate_revision = generate_revision

    before = set()
    folders = []
    try:
        if args.config.endswith(".toml"):
            try:
                cfg = Config(toml_file=args.config)  # Alembic 1.16+
            except TypeError:
                raise RuntimeError("this Alembic reads no pyproject.toml (1.16 and later do)")
        else:
            cfg = Config(args.config, ini_section=args.name)
        script = ScriptDirectory.from_config(cfg)
        folders = [script.dir] + list(getattr(script, "_version_locations", []) or [])
        before = files_under(folders)
        labels = request.get("branch_labels") or None
        if request.get("cmd") == "merge":
            written = command.merge(cfg, request.get("revisions") or [],
                                    message=request.get("message"), branch_label=labels,
                                    rev_id=request.get("rev_id") or None)
        else:
            written = command.revision(cfg, message=request.get("message"),
                                       head=request.get("head") or "head",
                                       splice=bool(request.get("splice")),
                                       branch_label=labels,
                                       rev_id=request.get("rev_id") or None,
                                       depends_on=request.get("depends_on") or None)
        if isinstance(written, list):
            written = written[0] if written else None
        if written is None:
            raise RuntimeError("Alembic wrote no revision (script.py.mako renders nothing?)")
        answer(True, path=os.path.abspath(written.path), revision=written.revision)
    except SystemExit:
        raise
    except BaseException as exc:  # noqa: B902 - every failure is one line, nothing written
        if folders:
            for path in files_under(folders) - before:
                try:
                    os.remove(path)
                except OSError:
                    pass
        message = one_line(exc) or type(exc).__name__
        kind = "alembic" if type(exc).__name__ == "CommandError" else "python"
        if kind != "alembic":
            message = "%s: %s" % (type(exc).__name__, message)
        answer(False, kind=kind, message=message)


if __name__ == "__main__":
    main(sys.argv[1:])
