#pragma once

#include "Result.h"
#include "config/Environment.h"
#include "config/ProjectConfig.h"

#include <QByteArray>
#include <QString>

namespace strata {

// Edits the [environments.NAME] tables of a strata.toml in place: only the lines of the edited
// environment (its header, the keys that changed) are replaced, appended or removed; every other
// byte (comments, order, blank lines, CRLF line ends, other tables) stays as it was. toml++'s
// source regions (line and column of each key and value) locate the table and its keys, in any
// of the forms TOML allows: a `[environments.NAME]` header, dotted keys (`NAME.url = ...` under
// `[environments]`, or `environments.NAME.url = ...`) or an inline table (`NAME = { url = ...}`).
//
// Every edit is checked: the edited text must load as a ProjectConfig, or the edit fails with
// that error ("strata.toml:LINE: ...") and the text is left as it was. save() writes atomically
// (QSaveFile); nothing is written when the text does not load. Passwords are never added: the
// URL is written as given.
class ProjectConfigEditor {
public:
    // The strata.toml at `path`. ErrorCode::Parse / Config when it does not load (nothing can be
    // edited then: the error names strata.toml:LINE).
    static Result<ProjectConfigEditor> load(const QString& path);
    static Result<ProjectConfigEditor> fromText(const QByteArray& text, const QString& path);
    // A strata.toml to create beside an Alembic project's configuration (`alembicFile`, relative
    // to the folder of `path`), as `strata init --alembic` writes it: `[project] alembic = ...`.
    static ProjectConfigEditor forAlembic(const QString& path, const QString& alembicFile);

    // Appends a new [environments.NAME] table (after the last environment written as a header,
    // else at the end). Keys at their defaults are not written (protected = false, no colour,
    // timeouts 0, ...). ErrorCode::Usage when the name exists.
    Result<void> addEnvironment(const Environment& environment);
    // Changes environment `name` into `environment` (possibly renamed): only the keys whose
    // value differs are rewritten; a key set back to its default is removed.
    Result<void> updateEnvironment(const QString& name, const Environment& environment);
    // Removes environment `name` and its keys.
    Result<void> removeEnvironment(const QString& name);

    const QByteArray& text() const { return m_text; }
    QString path() const { return m_path; }
    // The configuration the current text loads as.
    const ProjectConfig& config() const { return m_config; }
    // Writes the text to path() atomically (ErrorCode::Io naming the file on failure).
    Result<void> save() const;

    // A TOML basic string: "a \"b\" \\ c".
    static QString tomlString(const QString& value);
    // A TOML key: bare when it can be, else quoted.
    static QString tomlKey(const QString& key);

private:
    ProjectConfigEditor(QByteArray text, QString path, ProjectConfig config);
    // Replaces the text when `edited` loads; otherwise the text is unchanged.
    Result<void> accept(const QByteArray& edited);

    QByteArray m_text;
    QString m_path;
    ProjectConfig m_config;
};

} // namespace strata
