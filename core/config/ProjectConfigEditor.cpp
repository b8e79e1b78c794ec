#include "config/ProjectConfigEditor.h"

#include "config/Duration.h"
#include "config/RegularFile.h"
#include "config/TomlInput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <toml++/toml.h>

#include <algorithm>
#include <functional>
#include <optional>

namespace strata {

namespace {

// A position of toml++: 1-based line, 1-based column counted in code points.
struct Pos {
    int line = 0;
    int column = 0;
};

Pos begin(const toml::source_region& r) {
    return {int(r.begin.line), int(r.begin.column)};
}
Pos end(const toml::source_region& r) {
    return {int(r.end.line), int(r.end.column)};
}

struct KeyLoc {
    QString name;
    Pos keyBegin;
    Pos nodeBegin;
    Pos nodeEnd; // exclusive
};

// Where one environment is written.
struct EnvLoc {
    enum class Form { Header, Dotted, Inline };
    QString name;
    Form form = Form::Header;
    Pos keyBegin; // the NAME key (in the header, the dotted key or before the inline table)
    Pos keyEnd;
    Pos nodeBegin; // the table (a header's line, an inline table's braces)
    Pos nodeEnd;
    QList<KeyLoc> keys; // in file order
    int lastLine = 0;   // the last line holding a part of it
};

// The text as lines, each with its own line end ("" for a last line without one), so that
// joining them gives back every byte.
struct Lines {
    QStringList text;
    QStringList eol;
    QString newEol = QStringLiteral("\n");

    static Lines split(const QByteArray& bytes) {
        Lines out;
        const QString s = QString::fromUtf8(bytes);
        qsizetype start = 0;
        bool first = true;
        for (qsizetype i = 0; i < s.size(); ++i) {
            if (s[i] != QLatin1Char('\n'))
                continue;
            const bool crlf = i > start && s[i - 1] == QLatin1Char('\r');
            out.text << s.mid(start, i - start - (crlf ? 1 : 0));
            out.eol << (crlf ? QStringLiteral("\r\n") : QStringLiteral("\n"));
            if (first)
                out.newEol = out.eol.last();
            first = false;
            start = i + 1;
        }
        if (start < s.size()) {
            out.text << s.mid(start);
            out.eol << QString();
        }
        return out;
    }

    QByteArray join() const {
        QString s;
        for (qsizetype i = 0; i < text.size(); ++i)
            s += text[i] + eol[i];
        return s.toUtf8();
    }

    int size() const { return int(text.size()); }

    // The UTF-16 index in line `line` (1-based) of code point column `column` (1-based).
    qsizetype index(int line, int column) const {
        const QString& t = text[line - 1];
        qsizetype i = 0;
        for (int c = 1; c < column && i < t.size(); ++c)
            i += t[i].isHighSurrogate() ? 2 : 1;
        return i;
    }

    // Inserts `lines` before the 0-based line `at` (at == size(): at the end).
    void insert(int at, const QStringList& lines) {
        if (lines.isEmpty())
            return;
        if (at > 0 && eol[at - 1].isEmpty())
            eol[at - 1] = newEol;
        for (int i = 0; i < lines.size(); ++i) {
            text.insert(at + i, lines[i]);
            eol.insert(at + i, newEol);
        }
    }

    // Removes the 1-based lines first..last.
    void remove(int first, int last) {
        for (int i = last; i >= first; --i) {
            text.removeAt(i - 1);
            eol.removeAt(i - 1);
        }
    }

    // Replaces the region [from, to) with `value` (the lines between are joined).
    void replace(Pos from, Pos to, const QString& value) {
        const QString head = text[from.line - 1].left(index(from.line, from.column));
        const QString tail = text[to.line - 1].mid(index(to.line, to.column));
        const QString lastEol = eol[to.line - 1];
        remove(from.line + 1, to.line);
        text[from.line - 1] = head + value + tail;
        eol[from.line - 1] = lastEol;
    }

    bool blank(int line) const { return text[line - 1].trimmed().isEmpty(); }
};

// The keys an environment may have, in the order a new table writes them; each value as TOML
// text, empty when at its default (not written).
struct Field {
    const char* key;
    std::function<QString(const Environment&)> value;
};

QString duration(qint64 ms) {
    return ms == 0 ? QString() : ProjectConfigEditor::tomlString(formatDurationMs(ms));
}

const QList<Field>& fields() {
    static const QList<Field> all = {
        {"url", [](const Environment& e) { return ProjectConfigEditor::tomlString(e.url); }},
        {"color",
         [](const Environment& e) {
             return e.color.isEmpty() ? QString() : ProjectConfigEditor::tomlString(e.color);
         }},
        {"protected",
         [](const Environment& e) { return e.isProtected ? QStringLiteral("true") : QString(); }},
        {"lock_timeout", [](const Environment& e) { return duration(e.lockTimeoutMs); }},
        {"statement_timeout", [](const Environment& e) { return duration(e.statementTimeoutMs); }},
        {"backup",
         [](const Environment& e) { return e.backup ? QStringLiteral("true") : QString(); }},
        {"description",
         [](const Environment& e) {
             return e.description.isEmpty() ? QString()
                                            : ProjectConfigEditor::tomlString(e.description);
         }},
    };
    return all;
}

Result<toml::table> parse(const QByteArray& text, const QString& path) {
    STRATA_TRY_ASSIGN(const QByteArray bytes, TomlInput::protect(text, path));
    const std::string_view doc(bytes.constData(), size_t(bytes.size()));
    auto failed = [&](const toml::parse_error& e) {
        Error err(ErrorCode::Parse, TomlInput::restore(e.description()).simplified());
        err.at(path, int(e.source().begin.line), int(e.source().begin.column));
        return err;
    };
#if TOML_EXCEPTIONS
    try {
        return toml::parse(doc);
    } catch (const toml::parse_error& e) {
        return failed(e);
    }
#else
    toml::parse_result parsed = toml::parse(doc);
    if (!parsed)
        return failed(parsed.error());
    return std::move(parsed).table();
#endif
}

// Every environment of `text`, in file order.
Result<QList<EnvLoc>> locate(const QByteArray& text, const QString& path, const Lines& lines) {
    STRATA_TRY_ASSIGN(const toml::table root, parse(text, path));
    QList<EnvLoc> out;
    const toml::table* envs = root["environments"].as_table();
    if (!envs)
        return out;
    for (const auto& [key, node] : *envs) {
        const toml::table* table = node.as_table();
        if (!table)
            continue; // ProjectConfig refuses it
        EnvLoc loc;
        loc.name = TomlInput::restore(key.str());
        loc.keyBegin = begin(key.source());
        loc.keyEnd = end(key.source());
        loc.nodeBegin = begin(table->source());
        loc.nodeEnd = end(table->source());
        if (table->is_inline())
            loc.form = EnvLoc::Form::Inline;
        else if (loc.nodeBegin.line == loc.keyBegin.line &&
                 lines.text.value(loc.keyBegin.line - 1).trimmed().startsWith(QLatin1Char('[')))
            loc.form = EnvLoc::Form::Header;
        else
            loc.form = EnvLoc::Form::Dotted;
        loc.lastLine = std::max(loc.keyBegin.line, loc.nodeEnd.line);
        for (const auto& [k, v] : *table) {
            KeyLoc kl{TomlInput::restore(k.str()), begin(k.source()), begin(v.source()),
                      end(v.source())};
            loc.lastLine = std::max(loc.lastLine, kl.nodeEnd.line);
            loc.keys << kl;
        }
        std::sort(loc.keys.begin(), loc.keys.end(), [](const KeyLoc& a, const KeyLoc& b) {
            return std::pair(a.keyBegin.line, a.keyBegin.column) <
                   std::pair(b.keyBegin.line, b.keyBegin.column);
        });
        out << loc;
    }
    std::sort(out.begin(), out.end(), [](const EnvLoc& a, const EnvLoc& b) {
        return std::pair(a.keyBegin.line, a.keyBegin.column) <
               std::pair(b.keyBegin.line, b.keyBegin.column);
    });
    return out;
}

std::optional<EnvLoc> find(const QList<EnvLoc>& all, const QString& name) {
    for (const EnvLoc& loc : all)
        if (loc.name == name)
            return loc;
    return std::nullopt;
}

QStringList tableLines(const Environment& env) {
    QStringList out{
        QStringLiteral("[environments.%1]").arg(ProjectConfigEditor::tomlKey(env.name))};
    for (const Field& f : fields()) {
        const QString v = f.value(env);
        if (!v.isEmpty())
            out << QStringLiteral("%1 = %2").arg(QLatin1String(f.key), v);
    }
    return out;
}

void appendTable(Lines& lines, const QList<EnvLoc>& all, const Environment& env) {
    int at = lines.size(); // 0-based insertion index
    for (const EnvLoc& loc : all)
        if (loc.form == EnvLoc::Form::Header)
            at = loc.lastLine; // after the last environment written as a header
    QStringList block = tableLines(env);
    if (at > 0 && !lines.blank(at))
        block.prepend(QString());
    if (at < lines.size() && !lines.blank(at + 1))
        block.append(QString());
    lines.insert(at, block);
}

void removeTable(Lines& lines, const EnvLoc& loc) {
    switch (loc.form) {
    case EnvLoc::Form::Header: {
        // The comment right above the header goes with it.
        int first = loc.keyBegin.line;
        while (first > 1 && lines.text[first - 2].trimmed().startsWith(QLatin1Char('#')))
            --first;
        lines.remove(first, loc.lastLine);
        const int at = first; // the line that followed the table, 1-based
        if (at <= lines.size() && lines.blank(at) && (at == 1 || lines.blank(at - 1)))
            lines.remove(at, at);
        else if (at > lines.size() && at > 1 && lines.blank(at - 1))
            lines.remove(at - 1, at - 1);
        break;
    }
    case EnvLoc::Form::Dotted:
        for (int i = int(loc.keys.size()) - 1; i >= 0; --i)
            lines.remove(loc.keys[i].keyBegin.line, loc.keys[i].nodeEnd.line);
        break;
    case EnvLoc::Form::Inline:
        lines.remove(loc.keyBegin.line, loc.nodeEnd.line);
        break;
    }
}

QString inlineTable(const EnvLoc& loc, const Environment& env) {
    QStringList order;
    for (const KeyLoc& k : loc.keys)
        order << k.name;
    for (const Field& f : fields())
        if (!order.contains(QLatin1String(f.key)))
            order << QLatin1String(f.key);
    QStringList parts;
    for (const QString& key : order)
        for (const Field& f : fields())
            if (key == QLatin1String(f.key) && !f.value(env).isEmpty())
                parts << QStringLiteral("%1 = %2").arg(key, f.value(env));
    return QStringLiteral("{ %1 }").arg(parts.join(QStringLiteral(", ")));
}

// Rewrites the keys of `loc` that differ between `before` and `after` (never renames).
void updateKeys(Lines& lines, const EnvLoc& loc, const Environment& before,
                const Environment& after) {
    if (loc.form == EnvLoc::Form::Inline) {
        lines.replace(loc.nodeBegin, loc.nodeEnd, inlineTable(loc, after));
        return;
    }
    // New keys first (below everything else), then the others bottom up: line numbers above an
    // edit stay valid.
    QStringList added;
    const KeyLoc* firstKey = loc.keys.isEmpty() ? nullptr : &loc.keys.first();
    const QString prefix = firstKey ? lines.text[firstKey->keyBegin.line - 1].left(lines.index(
                                          firstKey->keyBegin.line, firstKey->keyBegin.column))
                                    : QString();
    QList<std::pair<const KeyLoc*, QString>> changed; // key, new value ("" = remove)
    for (const Field& f : fields()) {
        const QString was = f.value(before);
        const QString now = f.value(after);
        if (was == now)
            continue;
        const KeyLoc* at = nullptr;
        for (const KeyLoc& k : loc.keys)
            if (k.name == QLatin1String(f.key))
                at = &k;
        if (at)
            changed.append({at, now});
        else if (!now.isEmpty())
            added << prefix + QStringLiteral("%1 = %2").arg(QLatin1String(f.key), now);
    }
    lines.insert(loc.lastLine, added);
    std::sort(changed.begin(), changed.end(), [](const auto& a, const auto& b) {
        return a.first->keyBegin.line > b.first->keyBegin.line;
    });
    for (const auto& [key, value] : changed) {
        if (value.isEmpty())
            lines.remove(key->keyBegin.line, key->nodeEnd.line);
        else
            lines.replace(key->nodeBegin, key->nodeEnd, value);
    }
}

Error usage(const QString& message) {
    return Error(ErrorCode::Usage, message);
}

} // namespace

ProjectConfigEditor::ProjectConfigEditor(QByteArray text, QString path, ProjectConfig config)
    : m_text(std::move(text))
    , m_path(std::move(path))
    , m_config(std::move(config)) {}

Result<ProjectConfigEditor> ProjectConfigEditor::load(const QString& path) {
    STRATA_TRY_ASSIGN(QByteArray text, RegularFile::read(path));
    return fromText(text, path);
}

Result<ProjectConfigEditor> ProjectConfigEditor::fromText(const QByteArray& text,
                                                          const QString& path) {
    STRATA_TRY_ASSIGN(ProjectConfig config, ProjectConfig::fromText(text, path));
    return ProjectConfigEditor(text, path, std::move(config));
}

ProjectConfigEditor ProjectConfigEditor::forAlembic(const QString& path,
                                                    const QString& alembicFile) {
    const QByteArray text =
        QStringLiteral("# Strata project for an Alembic project. Reference: README.md, "
                       "\"strata.toml\".\n"
                       "# Revisions, version_locations and the version table stay Alembic's "
                       "(%1).\n"
                       "[project]\n"
                       "alembic = %2\n")
            .arg(alembicFile, tomlString(alembicFile))
            .toUtf8();
    Result<ProjectConfig> config = ProjectConfig::fromText(text, path);
    return ProjectConfigEditor(text, path, config ? std::move(*config) : ProjectConfig());
}

QString ProjectConfigEditor::tomlString(const QString& value) {
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString ProjectConfigEditor::tomlKey(const QString& key) {
    static const QRegularExpression bare(QStringLiteral("^[A-Za-z0-9_-]+$"));
    return bare.match(key).hasMatch() ? key : tomlString(key);
}

Result<void> ProjectConfigEditor::accept(const QByteArray& edited) {
    STRATA_TRY_ASSIGN(ProjectConfig config, ProjectConfig::fromText(edited, m_path));
    m_text = edited;
    m_config = std::move(config);
    return {};
}

Result<void> ProjectConfigEditor::addEnvironment(const Environment& environment) {
    if (m_config.environment(environment.name))
        return usage(QCoreApplication::translate("strata", "environment '%1' already exists")
                         .arg(environment.name));
    Lines lines = Lines::split(m_text);
    STRATA_TRY_ASSIGN(const QList<EnvLoc> all, locate(m_text, m_path, lines));
    appendTable(lines, all, environment);
    return accept(lines.join());
}

Result<void> ProjectConfigEditor::updateEnvironment(const QString& name,
                                                    const Environment& environment) {
    STRATA_TRY_ASSIGN(const Environment* before, m_config.requireEnvironment(name));
    if (environment.name != name && m_config.environment(environment.name))
        return usage(QCoreApplication::translate("strata", "environment '%1' already exists")
                         .arg(environment.name));
    Lines lines = Lines::split(m_text);
    STRATA_TRY_ASSIGN(const QList<EnvLoc> all, locate(m_text, m_path, lines));
    const std::optional<EnvLoc> loc = find(all, name);
    if (!loc) // an environment strata.toml does not write (an Alembic project's default)
        return usage(QCoreApplication::translate("strata", "environment '%1' is not written in %2")
                         .arg(name, QFileInfo(m_path).fileName()));
    // ProjectConfig gives an environment without `color` its palette colour: unchanged, it
    // stays unwritten.
    Environment was = *before;
    Environment now = environment;
    const bool colorWritten = std::any_of(loc->keys.begin(), loc->keys.end(), [](const KeyLoc& k) {
        return k.name == QLatin1String("color");
    });
    if (!colorWritten && now.color == was.color) {
        now.color.clear();
        was.color.clear();
    }
    if (environment.name != name && loc->form == EnvLoc::Form::Dotted) {
        // Dotted keys name it on every line: written again as a table of its own.
        removeTable(lines, *loc);
        STRATA_TRY_ASSIGN(const QList<EnvLoc> rest, locate(lines.join(), m_path, lines));
        appendTable(lines, rest, now);
        return accept(lines.join());
    }
    updateKeys(lines, *loc, was, now);
    if (environment.name != name) // the key sits above every edited line
        lines.replace(loc->keyBegin, loc->keyEnd, tomlKey(environment.name));
    return accept(lines.join());
}

Result<void> ProjectConfigEditor::removeEnvironment(const QString& name) {
    STRATA_TRY(m_config.requireEnvironment(name));
    Lines lines = Lines::split(m_text);
    STRATA_TRY_ASSIGN(const QList<EnvLoc> all, locate(m_text, m_path, lines));
    const std::optional<EnvLoc> loc = find(all, name);
    if (!loc)
        return usage(QCoreApplication::translate("strata", "environment '%1' is not written in %2")
                         .arg(name, QFileInfo(m_path).fileName()));
    removeTable(lines, *loc);
    return accept(lines.join());
}

Result<void> ProjectConfigEditor::save() const {
    STRATA_TRY(ProjectConfig::fromText(m_text, m_path));
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_text) != m_text.size() || !file.commit())
        return Error(ErrorCode::Io, QCoreApplication::translate("strata", "cannot write %1: %2")
                                        .arg(QDir::toNativeSeparators(m_path), file.errorString()));
    return {};
}

} // namespace strata
