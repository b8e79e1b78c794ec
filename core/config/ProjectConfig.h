#pragma once

#include "Environment.h"
#include "EnvironmentGroup.h"
#include "IdFormat.h"
#include "LintSettings.h"
#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace strata {

// A project's strata.toml, loaded and checked:
//
//   [project]
//   versions = "versions"              # or ["versions", "more"]; relative to strata.toml
//   version_table = "alembic_version"
//   version_table_schema = "public"
//   history_table = "strata_history"
//   shadow_url = "${SHADOW_URL}"       # optional: scratch database for the expected schema
//   backup_dir = "backups"             # relative to strata.toml
//   pg_dump = "/usr/lib/postgresql/17/bin/pg_dump"  # for backups (default: the newest found)
//   create_schema = false              # create a missing version_table_schema on first run
//   max_file_size = "16MB"             # the largest revision file read
//   id_format = "{seq:04}_{slug}"      # new revision ids (IdFormat.h); default "auto": the
//                                      # pattern of the existing ids (RevisionIdRule)
//
//   [environments.NAME]                # any number, kept in file order
//   url = "..."                        # required; ${VAR} / ${VAR:-default}, expanded on use
//   color = "#2e7d32"  protected = false  lock_timeout = "5s"  statement_timeout = "0"
//   backup = false     description = "..."  pg_dump = "..." (wins over [project] pg_dump)
//
//   [groups.NAME]                      # environments = ["eu_*"], or discover/from/url; the
//                                      # members' settings (EnvironmentGroup.h)
//
//   [lint]                             # strata lint: postgres = 13, disable = [...],
//                                      # [lint.levels] (LintSettings.h)
//
// Every key is checked: an unknown key, a wrong type or a bad value is an error naming
// strata.toml:LINE, so a typo in a production config never passes silently.
class ProjectConfig {
public:
    // The project file to use for `start`: a strata.toml, alembic.ini or *.toml/*.ini file
    // given directly; otherwise, in `start` and then each parent folder, the first of
    // strata.toml, alembic.ini, or a pyproject.toml with a [tool.alembic] table. Empty `start` =
    // the current directory. Returns the absolute, clean path. ErrorCode::NotFound:
    // "no strata.toml or alembic.ini in DIR or any parent" (or "DIR does not exist").
    static Result<QString> findProjectFile(const QString& start);

    // Reads and checks `tomlPath` (a directory means DIR/strata.toml). Errors:
    //   ErrorCode::NotFound / Io   the file is missing or unreadable
    //   ErrorCode::Parse           "PATH:LINE:COL: <toml++ message>" (Error::toString())
    //   ErrorCode::Config          "PATH:LINE: environments.prod.protected must be a boolean",
    //                              "PATH:LINE: unknown key 'environments.prod.protcted'
    //                               (did you mean 'protected'?)", bad durations, colours, names
    // Environment URLs are not expanded here (see Environment::conninfo()); only their ${...}
    // syntax is checked.
    static Result<ProjectConfig> load(const QString& tomlPath);
    // The same from the text of a strata.toml at `path` (absolute; nothing is read from disk).
    static Result<ProjectConfig> fromText(const QByteArray& input, const QString& path);

    // The strata.toml file (absolute) and the directory holding it.
    QString filePath() const { return m_filePath; }
    QString projectDir() const { return m_projectDir; }

    // [project] versions: absolute, clean directory paths, in the order written (default
    // PROJECT/versions).
    QStringList versionDirs() const { return m_versionDirs; }
    QString versionTable() const { return m_versionTable; }             // alembic_version
    QString versionTableSchema() const { return m_versionTableSchema; } // public
    QString historyTable() const { return m_historyTable; }             // strata_history
    QString backupDir() const { return m_backupDir; } // absolute (default PROJECT/backups)
    // [project] pg_dump: the pg_dump backups run (a path relative to strata.toml, or a bare name
    // looked up on the PATH); empty: the newest found (BackupDump::choose).
    QString pgDump() const { return m_pgDump; }
    // [project] create_schema: create a missing version_table_schema on the first run (as an
    // Alembic env.py would); off by default, when a missing schema is an error.
    bool createSchema() const { return m_createSchema; }
    // [project] max_file_size: the largest revision file read (default 16 MB).
    qint64 maxFileBytes() const { return m_maxFileBytes; }

    // [project] shadow_url as written (empty when not configured), and expanded + normalised
    // like an environment's URL (ErrorCode::NotFound when not configured).
    bool hasShadowUrl() const { return !m_shadowUrl.isEmpty(); }
    QString shadowUrl() const { return m_shadowUrl; }
    Result<QString> shadowConninfo() const;

    // The .env file consulted for ${VAR} (PROJECT/.env; it need not exist).
    QString envFilePath() const { return m_envFilePath; }

    // The environments in the order strata.toml defines them.
    const QList<Environment>& environments() const { return m_environments; }
    QStringList environmentNames() const;

    // The environment called `name`, or nullptr. The pointer stays valid as long as this
    // ProjectConfig (or a copy it was moved into) lives.
    const Environment* environment(const QString& name) const;

    // The same, or ErrorCode::Usage: "unknown environment 'stage' (known: dev, test, prod)".
    Result<const Environment*> requireEnvironment(const QString& name) const;

    // [groups.NAME]: environments run as a fleet (EnvironmentGroup.h), in file order.
    const QList<EnvironmentGroup>& groups() const { return m_groups; }
    const EnvironmentGroup* group(const QString& name) const;
    // The same, or ErrorCode::Usage: "unknown group 'eu' (known: tenants)".
    Result<const EnvironmentGroup*> requireGroup(const QString& name) const;

    // [lint]: the settings of `strata lint` (defaults when the table is absent; the rule ids
    // are checked by LintSettingsCheck, not here).
    const LintSettings& lintSettings() const { return m_lintSettings; }
    // `[project] id_format`: how new revision ids are made (auto when absent).
    const IdFormat& idFormat() const { return m_idFormat; }
    // [project] postgres: the server major the project targets; 0 when unknown (not set).
    int postgresMajor() const { return m_postgresMajor; }

    ProjectConfig() = default; // an empty configuration (before a project is opened)

    // --- Alembic projects -----------------------------------------------------------------
    // The alembic.ini (or pyproject.toml) the project follows: `[project] alembic = "..."` of
    // strata.toml, or the file itself for a project without strata.toml. Empty otherwise.
    QString alembicConfigPath() const { return m_alembicConfig; }
    int alembicConfigLine() const { return m_alembicConfigLine; }
    bool isAlembicProject() const { return !m_alembicConfig.isEmpty(); }
    // `[alembic] python = "..."`: the interpreter that runs `.py` revisions (empty = choose;
    // see PythonInterpreter). A relative path is resolved against the project folder.
    QString alembicPython() const { return m_alembicPython; }
    // `[alembic] url_env = "..."`: the environment variable that carries the environment's URL
    // to env.py (default DATABASE_URL); the `default` environment of an Alembic project reads
    // it first: ${<url_env>:-<sqlalchemy.url>}.
    QString alembicUrlVariable() const { return m_alembicUrlVariable; }
    // Whether sub-folders of the version folders are read: always for Strata's own projects,
    // Alembic's recursive_version_locations (off by default) for Alembic ones.
    bool recursiveVersions() const { return m_recursiveVersions; }
    // Whether strata.toml set `versions` itself (then alembic.ini's version_locations do not).
    bool versionsWritten() const { return m_versionsWritten; }

    // A project made of an Alembic configuration alone (no strata.toml): its version folders,
    // and one environment, `default`, whose URL is `url` (as written: ${DATABASE_URL}, or
    // ${DATABASE_URL:-<sqlalchemy.url>}); ${VAR} comes from the process or `.env` beside it.
    static ProjectConfig forAlembic(const QString& configFile, const QStringList& versionDirs,
                                    bool recursive, const QString& url, int urlLine);
    // strata.toml names an Alembic configuration: take its version folders (unless strata.toml
    // wrote `versions`) and its recursion setting.
    void adoptAlembicVersions(const QStringList& versionDirs, bool recursive);
    // strata.toml names an Alembic configuration but defines no environment: the `default`
    // one, as for a project without strata.toml (`urlLine` is the line in alembic.ini).
    void adoptAlembicDefaultEnvironment(const QString& url, int urlLine);

private:
    QString m_filePath;
    QString m_projectDir;
    QStringList m_versionDirs;
    QString m_versionTable = QStringLiteral("alembic_version");
    QString m_versionTableSchema = QStringLiteral("public");
    QString m_historyTable = QStringLiteral("strata_history");
    QString m_shadowUrl;
    int m_shadowUrlLine = 0;
    QString m_backupDir;
    QString m_pgDump;
    bool m_createSchema = false;
    qint64 m_maxFileBytes = qint64(16) * 1024 * 1024;
    QString m_envFilePath;
    QList<Environment> m_environments;
    QList<EnvironmentGroup> m_groups;
    QString m_alembicConfig;
    int m_alembicConfigLine = 0;
    QString m_alembicPython;
    QString m_alembicUrlVariable = QStringLiteral("DATABASE_URL");
    bool m_recursiveVersions = true;
    bool m_versionsWritten = false;
    IdFormat m_idFormat;
    int m_postgresMajor = 0;
    LintSettings m_lintSettings;
};

} // namespace strata
