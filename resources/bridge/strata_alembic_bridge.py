#!/usr/bin/env python3
"""Strata's bridge to a project's own Alembic (issue 12, item 3).

Run once per run by Strata with the project's interpreter:

    PYTHON strata_alembic_bridge.py --config alembic.ini [--name alembic] [--url URL]
                                    [--url-env DATABASE_URL] [-x KEY=VALUE ...] [--tag TAG]

(without --url, the URL comes from $STRATA_BRIDGE_URL: Strata passes it that way, so that a
password written in it never shows on a command line; offline rendering needs no URL). `-x` and
`--tag` reach env.py as Alembic's own do: context.get_x_argument(), context.get_tag_argument().

It reads one JSON command per line on stdin and answers with JSON lines on stdout:

    {"cmd": "upgrade", "revision": "ab12"}     run exactly that revision's upgrade step
    {"cmd": "downgrade", "revision": "ab12"}   run exactly that revision's downgrade step
    {"cmd": "render", "revision": "ab12", "direction": "upgrade", "heads": ["aa01"]}
                                               that step's SQL in Alembic's offline mode
    {"cmd": "quit"}

Each step runs through Alembic's own machinery (ScriptDirectory, EnvironmentContext and the
user's env.py, as `alembic upgrade` does), so whatever env.py does holds.

"render" runs the step as `alembic upgrade A:B --sql` does (as_sql=True, env.py's
run_migrations_offline, context.is_offline_mode() true) and answers with the SQL the migration
function emitted: only the revision's own statements, each ending in ";" and a blank line.
Alembic's version-table statements (CREATE TABLE alembic_version, INSERT/UPDATE/DELETE) and
its BEGIN/COMMIT are left out: Strata writes its own, compatible with Alembic's, from the same
plan; "transactional" says whether env.py's Alembic context uses transactional DDL (then Strata
wraps the step in BEGIN/COMMIT). A revision that needs a live connection answers
"needs_connection" (op.get_bind() refuses in offline mode; anything else that raises inside
upgrade()/downgrade() too), naming the revision's file:line and Python's error. An error outside
the migration function (env.py raises, the revision does not import) is an "error" event.
Events:

    {"event": "ready", "alembic": "1.8.1", "sqlalchemy": "1.4.46", "driver": "psycopg2"}
    {"event": "pid", "pid": 4242}                           a new DBAPI connection (server pid)
    {"event": "statement_started", "statement": "..."}
    {"event": "statement_finished", "statement": "...", "ms": 1.5, "rows": 3}
    {"event": "notice", "severity": "NOTICE", "message": "..."}
    {"event": "version_apply", "up": true, "revision": "ab12", "heads": [...]}
    {"event": "done"}
    {"event": "rendered", "revision": "ab12", "sql": "...;\n\n", "transactional": false}
    {"event": "needs_connection", "revision": "ab12", "reason": "file:line: TypeError: ..."}
    {"event": "error", "sqlstate": "42P01", "message": "...", "detail": "...", "hint": "...",
     "statement": "...", "where": "file:line"}
"""

import json
import os
import sys
import time
import traceback

_out = sys.stdout
# Whatever env.py or a revision prints must not corrupt the protocol.
sys.stdout = sys.stderr


def emit(**event):
    _out.write(json.dumps(event, default=str) + "\n")
    _out.flush()


def fail_and_exit(message):
    emit(event="error", sqlstate="", message=message, detail="", hint="", statement="",
         where="")
    sys.exit(2)


def convert_url(url):
    """postgresql:// (or postgres://) with a driver this interpreter has."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url, ""
    if "+" in scheme:
        return url, scheme.split("+", 1)[1]
    if scheme not in ("postgresql", "postgres"):
        return url, ""
    try:
        import psycopg2  # noqa: F401
        driver = "psycopg2"
    except ImportError:
        try:
            import psycopg  # noqa: F401
            driver = "psycopg"
        except ImportError:
            driver = "psycopg2"
    return "postgresql+%s://%s" % (driver, rest), driver


def where_of(exc):
    """The innermost frame outside Alembic and SQLAlchemy: the revision or env.py line."""
    import sysconfig

    stdlib = sysconfig.get_paths().get("stdlib", "") or "\0"
    tb = exc.__traceback__
    found = ""
    for frame, line in traceback.walk_tb(tb):
        name = frame.f_code.co_filename
        if ("/alembic/" in name or "/sqlalchemy/" in name or name == __file__
                or name.startswith("<") or name.startswith(stdlib)
                or "/site-packages/" in name or "/dist-packages/" in name):
            continue
        found = "%s:%d" % (name, line)
    return found


def error_event(exc, statement=""):
    orig = getattr(exc, "orig", None)
    sqlstate = getattr(orig, "pgcode", None) or getattr(orig, "sqlstate", None) or ""
    diag = getattr(orig, "diag", None)
    message = detail = hint = ""
    if diag is not None and getattr(diag, "message_primary", None):
        message = diag.message_primary or ""
        detail = diag.message_detail or ""
        hint = diag.message_hint or ""
    elif orig is not None:
        message = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    else:
        text = str(exc).strip()
        message = "%s: %s" % (type(exc).__name__, text.splitlines()[0] if text else "")
    if not statement:
        statement = getattr(exc, "statement", "") or ""
    emit(event="error", sqlstate=sqlstate, message=message, detail=detail, hint=hint,
         statement=statement, where=where_of(exc))


class Hooks:
    """SQLAlchemy engine and pool events for every engine env.py creates."""

    def __init__(self):
        self.started = {}

    def install(self):
        from sqlalchemy import event
        from sqlalchemy.engine import Engine
        from sqlalchemy.pool import Pool

        event.listen(Pool, "connect", self.on_connect)
        event.listen(Engine, "before_cursor_execute", self.before)
        event.listen(Engine, "after_cursor_execute", self.after)
        event.listen(Engine, "handle_error", self.on_error)

    def on_connect(self, dbapi_conn, record):
        try:
            cur = dbapi_conn.cursor()
            cur.execute("SELECT pg_catalog.pg_backend_pid()")
            pid = cur.fetchone()[0]
            cur.close()
            emit(event="pid", pid=pid)
        except Exception:  # the pid is for cancel only
            pass

    def before(self, conn, cursor, statement, parameters, context, executemany):
        self.started[id(cursor)] = time.monotonic()
        emit(event="statement_started", statement=statement)

    def after(self, conn, cursor, statement, parameters, context, executemany):
        began = self.started.pop(id(cursor), time.monotonic())
        rows = getattr(cursor, "rowcount", -1)
        emit(event="statement_finished", statement=statement,
             ms=round((time.monotonic() - began) * 1000.0, 3),
             rows=rows if isinstance(rows, int) else -1)
        self.drain_notices(conn)

    def on_error(self, context):
        try:
            self.drain_notices(context.connection)
        except Exception:
            pass

    @staticmethod
    def drain_notices(conn):
        try:
            dbapi = conn.connection
            dbapi = getattr(dbapi, "dbapi_connection", None) or getattr(dbapi, "connection", dbapi)
            notices = getattr(dbapi, "notices", None)
        except Exception:
            return
        if not notices:
            return
        for text in list(notices):
            text = str(text).strip()
            severity, sep, message = text.partition(":")
            if not sep:
                severity, message = "NOTICE", text
            emit(event="notice", severity=severity.strip(), message=message.strip())
        del notices[:]


_last_heads = []  # the heads after the last step, as Alembic's HeadMaintainer has them


def patch_configure():
    """Adds an on_version_apply callback to whatever env.py passes to configure()."""
    from alembic.runtime.environment import EnvironmentContext

    original = EnvironmentContext.configure

    def configure(self, *args, **kwargs):
        theirs = kwargs.get("on_version_apply")

        def ours(ctx, step, heads, run_args):
            _last_heads[:] = sorted(heads)
            emit(event="version_apply", up=bool(getattr(step, "is_upgrade", True)),
                 revision=getattr(step, "up_revision_id", ""), heads=sorted(heads))
            if theirs is not None:
                theirs(ctx=ctx, step=step, heads=heads, run_args=run_args)

        kwargs["on_version_apply"] = ours
        return original(self, *args, **kwargs)

    EnvironmentContext.configure = configure


def patch_unmerge():
    """Alembic before 1.13.1 puts a dependency back as a head when it downgrades a revision whose
    depends_on names one of its own ancestors (sqlalchemy/alembic#1373): `downgrade` of
    e5 (depends_on b2, an ancestor of d4) leaves the rows "d4, b2", from which Alembic itself then
    refuses every upgrade ("overlaps with other requested revisions"). Strata plans what fixed
    Alembic writes, so the bridge runs the fixed RevisionStep._unmerge_to_revisions (PR #1376)."""
    import alembic
    from alembic.runtime.migration import RevisionStep

    try:
        version = tuple(int(p) for p in alembic.__version__.split(".")[:3])
    except ValueError:
        return
    if version >= (1, 13, 1):
        return

    def unmerge_to_revisions(self, heads):
        other_heads = set(heads).difference([self.revision.revision])
        if other_heads:
            ancestors = set(
                r.revision
                for r in self.revision_map._get_ancestor_nodes(
                    self.revision_map.get_revisions(other_heads), check=False))
            return tuple(set(self.to_revisions).difference(ancestors))
        ancestors = set(
            r.revision
            for to_revision in self.to_revisions
            for r in self.revision_map._get_ancestor_nodes(
                self.revision_map.get_revisions(to_revision), check=False)
            if r.revision != to_revision)
        return tuple(set(self.to_revisions).difference(ancestors))

    RevisionStep._unmerge_to_revisions = unmerge_to_revisions


_scripts = {}
_pending = []  # a command line read ahead by a live run that could not serve it


def read_command():
    """The next non-empty command line (a read-ahead one first); None at end of input."""
    while True:
        if _pending:
            line = _pending.pop()
        else:
            line = sys.stdin.readline()
            if not line:
                return None
        line = line.strip()
        if line:
            return line


def step_commits_on_its_own(context):
    """Whether each step's own transaction ends before the next step starts (as with
    transaction_per_migration=True or transactional_ddl=False; see MigrationContext.
    begin_transaction). Then one env.py run may serve several steps; with env.py's default (one
    transaction around all steps) every step gets its own env.py run, so that Strata's record of
    a step never says more than what is committed."""
    if getattr(context, "_in_external_transaction", True):
        return False
    impl = getattr(context, "impl", None)
    if impl is None or not hasattr(context, "_transaction_per_migration"):
        return False
    return (not impl.transactional_ddl) or bool(context._transaction_per_migration)


class _Rendered(Exception):
    """Raised after the migration function ran offline: skips the version-table statements."""


class NeedsConnection(Exception):
    pass


def _refuse_bind(self):
    raise NeedsConnection("op.get_bind() needs a live connection (offline mode has none)")


def first_line(exc):
    text = str(exc).strip()
    return "%s: %s" % (type(exc).__name__, text.splitlines()[0] if text else "")


def render_step(cfg, revision, direction, heads, tag):
    import io

    from alembic.operations import Operations
    from alembic.runtime.environment import EnvironmentContext
    from alembic.runtime.migration import RevisionStep
    from alembic.script import ScriptDirectory

    script = _scripts.get(id(cfg))
    if script is None:
        script = _scripts[id(cfg)] = ScriptDirectory.from_config(cfg)
    rev = script.get_revision(revision)
    if rev is None:
        raise RuntimeError("unknown revision %s" % revision)
    up = direction == "upgrade"
    buf = io.StringIO()
    result = {}

    def steps(current, context):
        step = RevisionStep(script.revision_map, rev, up)
        original = step.migration_fn

        def migration_fn(**kw):
            from alembic import op

            ctx = op.get_context()
            start = buf.tell()
            try:
                original(**kw)
            except _Rendered:
                raise
            except BaseException as exc:  # noqa: B902 - whatever fails offline needs a server
                where = where_of(exc)
                result["needs"] = (where + ": " if where else "") + first_line(exc)
                raise _Rendered()
            result["sql"] = buf.getvalue()[start:]
            result["transactional"] = bool(getattr(ctx.impl, "transactional_ddl", False))
            raise _Rendered()

        step.migration_fn = migration_fn
        return [step]

    if up:
        destination = rev.revision
    else:
        destination = ",".join(rev._versioned_down_revisions) or "base"
    saved_bind = Operations.get_bind
    saved_buffer = cfg.output_buffer
    Operations.get_bind = _refuse_bind
    cfg.output_buffer = buf
    try:
        with EnvironmentContext(cfg, script, fn=steps, as_sql=True,
                                starting_rev=list(heads) or None,
                                destination_rev=destination, tag=tag):
            script.run_env()
    except _Rendered:
        pass
    finally:
        Operations.get_bind = saved_bind
        cfg.output_buffer = saved_buffer
    if "needs" in result:
        emit(event="needs_connection", revision=rev.revision, reason=result["needs"])
    elif "sql" in result:
        emit(event="rendered", revision=rev.revision, sql=result["sql"],
             transactional=result["transactional"])
    else:
        raise RuntimeError("env.py did not run the migrations of %s offline "
                           "(run_migrations_offline never called context.run_migrations())"
                           % rev.revision)


def run_steps(cfg, first, tag):
    """Runs the step of command `first` and, while env.py's transactions allow it and nothing
    else changed the version table in between, the steps of the commands that follow, in one run
    of env.py: one engine and one connection for the whole plan, as `alembic upgrade` has
    (a run of env.py per step cost a connection and SQLAlchemy's first-connect queries each time).
    Emits "done" after each step that ended; returns with the step of the last command done."""
    from alembic.runtime.environment import EnvironmentContext
    from alembic.runtime.migration import RevisionStep
    from alembic.script import ScriptDirectory

    # One ScriptDirectory for the whole run: building it imports every revision module (about
    # 1 ms each), which per step made a 200-revision upgrade six times slower than Alembic's.
    script = _scripts.get(id(cfg))
    if script is None:
        script = _scripts[id(cfg)] = ScriptDirectory.from_config(cfg)

    def step_of(cmd):
        rev = script.get_revision(cmd.get("revision", ""))
        if rev is None:
            raise RuntimeError("unknown revision %s" % cmd.get("revision", ""))
        return RevisionStep(script.revision_map, rev, cmd.get("cmd") == "upgrade")

    state = {"open": False}  # a step ran whose "done" is not emitted yet

    # Each step exactly as Alembic's own upgrade/downgrade would run it: the version table is
    # updated by Alembic's HeadMaintainer from the heads it read at the start of this env.py run
    # (so a run ends when the table changed under it: Strata's own `.sql` steps in between).
    def steps(current, context):
        step = step_of(first)
        while True:
            state["open"] = True
            yield step
            if not step_commits_on_its_own(context):
                return
            heads_after = set(_last_heads)
            emit(event="done")
            state["open"] = False
            line = read_command()
            if line is None:
                return
            try:
                cmd = json.loads(line)
            except ValueError:
                cmd = {}
            if cmd.get("cmd") not in ("upgrade", "downgrade"):
                _pending.append(line)
                return
            step = step_of(cmd)
            # Strata says whether the step before was this bridge's ("follows": nothing else
            # touched the version table); other callers get the table read.
            follows = cmd.get("follows")
            if follows is False or (
                    follows is None and set(context.get_current_heads()) != heads_after):
                _pending.append(line)
                return

    rev = script.get_revision(first.get("revision", ""))
    if rev is None:
        raise RuntimeError("unknown revision %s" % first.get("revision", ""))
    if first.get("cmd") == "upgrade":
        destination = rev.revision
    else:
        destination = ",".join(rev._versioned_down_revisions) or "base"
    with EnvironmentContext(cfg, script, fn=steps, as_sql=False, starting_rev=None,
                            destination_rev=destination, tag=tag):
        script.run_env()
    if state["open"]:
        emit(event="done")


def main(argv):
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--config", required=True)
    parser.add_argument("--name", default="alembic")
    # Strata passes the URL in $STRATA_BRIDGE_URL (a password written in it stays off argv).
    parser.add_argument("--url", default=os.environ.get("STRATA_BRIDGE_URL", ""))
    parser.add_argument("--url-env", default="DATABASE_URL")
    parser.add_argument("-x", action="append", default=[])
    parser.add_argument("--tag", default=None)
    args = parser.parse_args(argv)

    try:
        import alembic
        import sqlalchemy
        from alembic.config import Config
    except Exception as exc:
        fail_and_exit("%s cannot import alembic and sqlalchemy: %s" % (sys.executable, exc))

    url, driver = convert_url(args.url) if args.url else ("", "")
    if url:
        os.environ[args.url_env] = url
    os.chdir(os.path.dirname(os.path.abspath(args.config)))
    cfg = Config(args.config, ini_section=args.name)
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    elif not os.environ.get(args.url_env) and not cfg.get_main_option("sqlalchemy.url"):
        # Offline rendering needs only the dialect.
        cfg.set_main_option("sqlalchemy.url", "postgresql://")
    cfg.cmd_opts = argparse.Namespace(x=args.x, tag=args.tag)

    hooks = Hooks()
    hooks.install()
    patch_configure()
    patch_unmerge()
    emit(event="ready", alembic=alembic.__version__, sqlalchemy=sqlalchemy.__version__,
         driver=driver)

    while True:
        line = read_command()
        if line is None:
            break
        try:
            cmd = json.loads(line)
        except ValueError as exc:
            emit(event="error", sqlstate="", message="bad command: %s" % exc, detail="",
                 hint="", statement="", where="")
            continue
        name = cmd.get("cmd")
        if name == "quit":
            break
        if name not in ("upgrade", "downgrade", "render"):
            emit(event="error", sqlstate="", message="unknown command %r" % name, detail="",
                 hint="", statement="", where="")
            continue
        try:
            if name == "render":
                render_step(cfg, cmd.get("revision", ""), cmd.get("direction", "upgrade"),
                            cmd.get("heads", []), args.tag)
                continue
            if not url:
                raise RuntimeError("no database URL (--url or $STRATA_BRIDGE_URL)")
            run_steps(cfg, cmd, args.tag)
        except SystemExit as exc:
            error_event(RuntimeError("env.py called sys.exit(%s)" % exc.code))
        except BaseException as exc:  # noqa: B902 - every failure is reported, never raised
            error_event(exc)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
