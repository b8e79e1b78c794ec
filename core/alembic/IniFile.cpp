#include "alembic/IniFile.h"

#include "config/RegularFile.h"

#include <QCoreApplication>

namespace strata {

namespace {

const QString kDefault = QStringLiteral("DEFAULT");
constexpr int kMaxDepth = 10; // configparser's MAX_INTERPOLATION_DEPTH

Error parseError(const QString& path, int line, const QString& message) {
    Error e(ErrorCode::Parse, message);
    e.at(path, line);
    return e;
}

} // namespace

Result<IniFile> IniFile::load(const QString& path) {
    STRATA_TRY_ASSIGN(const QByteArray bytes, RegularFile::read(path));
    return parse(QString::fromUtf8(bytes), path);
}

Result<IniFile> IniFile::parse(const QString& input, const QString& path) {
    IniFile ini;
    ini.m_path = path;
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString section;
    Entry* current = nullptr; // the value continuation lines extend
    int currentIndent = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        const QString& line = lines.at(i);
        const QString stripped = line.trimmed();
        qsizetype indent = 0;
        while (indent < line.size() && line.at(indent).isSpace())
            ++indent;
        if (stripped.startsWith(QLatin1Char('#')) || stripped.startsWith(QLatin1Char(';')))
            continue; // a comment, even inside a continued value (configparser skips it)
        if (stripped.isEmpty()) {
            if (current)
                current->value += QLatin1Char('\n'); // empty_lines_in_values
            continue;
        }
        if (current && indent > currentIndent) {
            current->value += QLatin1Char('\n') + stripped;
            continue;
        }
        if (current) // trailing empty lines are not part of a value
            while (current->value.endsWith(QLatin1Char('\n')))
                current->value.chop(1);
        current = nullptr;
        if (stripped.startsWith(QLatin1Char('['))) {
            if (!stripped.endsWith(QLatin1Char(']')))
                return parseError(path, lineNo,
                                  QCoreApplication::translate("strata", "malformed section "
                                                                        "header '%1'")
                                      .arg(stripped));
            section = stripped.mid(1, stripped.size() - 2);
            if (ini.m_sections.contains(section) && section != kDefault)
                return parseError(
                    path, lineNo,
                    QCoreApplication::translate("strata", "section '%1' appears twice")
                        .arg(section));
            if (!ini.m_sections.contains(section)) {
                ini.m_sections.insert(section, {});
                if (section != kDefault)
                    ini.m_order.append(section);
            }
            continue;
        }
        if (section.isEmpty())
            return parseError(path, lineNo,
                              QCoreApplication::translate(
                                  "strata", "'%1' is outside any section (expected [alembic] "
                                            "first)")
                                  .arg(stripped));
        const qsizetype eq = stripped.indexOf(QLatin1Char('='));
        const qsizetype colon = stripped.indexOf(QLatin1Char(':'));
        qsizetype sep = eq;
        if (colon >= 0 && (eq < 0 || colon < eq))
            sep = colon;
        if (sep <= 0)
            return parseError(
                path, lineNo,
                QCoreApplication::translate("strata", "expected 'key = value', not '%1'")
                    .arg(stripped));
        const QString key = stripped.left(sep).trimmed().toLower();
        auto& entries = ini.m_sections[section];
        if (entries.contains(key))
            return parseError(
                path, lineNo,
                QCoreApplication::translate("strata", "option '%1' appears twice in [%2]")
                    .arg(key, section));
        entries.insert(key, Entry{stripped.mid(sep + 1).trimmed(), lineNo});
        current = &entries[key];
        currentIndent = int(indent);
    }
    if (current)
        while (current->value.endsWith(QLatin1Char('\n')))
            current->value.chop(1);
    return ini;
}

bool IniFile::hasSection(const QString& section) const {
    return m_sections.contains(section);
}

const IniFile::Entry* IniFile::find(const QString& section, const QString& key) const {
    const QString k = key.toLower();
    for (const QString& s : {section, kDefault}) {
        const auto it = m_sections.constFind(s);
        if (it == m_sections.constEnd())
            continue;
        const auto e = it->constFind(k);
        if (e != it->constEnd())
            return &*e;
    }
    return nullptr;
}

bool IniFile::has(const QString& section, const QString& key) const {
    return find(section, key) != nullptr;
}

QString IniFile::raw(const QString& section, const QString& key) const {
    const Entry* e = find(section, key);
    return e ? e->value : QString();
}

int IniFile::line(const QString& section, const QString& key) const {
    const Entry* e = find(section, key);
    return e ? e->line : 0;
}

Result<QString> IniFile::value(const QString& section, const QString& key,
                               const QHash<QString, QString>& defaults) const {
    const Entry* e = find(section, key);
    if (!e) {
        const auto d = defaults.constFind(key.toLower());
        return d == defaults.constEnd() ? QString() : *d;
    }
    return interpolate(section, key, *e, defaults, 1);
}

Result<QString> IniFile::interpolate(const QString& section, const QString& key, const Entry& entry,
                                     const QHash<QString, QString>& defaults, int depth) const {
    const auto fail = [&](const QString& message) -> Error {
        Error e(ErrorCode::Config, QStringLiteral("[%1] %2: ").arg(section, key) + message);
        e.at(m_path, entry.line);
        return e;
    };
    if (depth > kMaxDepth)
        return fail(QCoreApplication::translate("strata", "interpolation nested more than %1 "
                                                          "levels (a reference cycle?)")
                        .arg(kMaxDepth));
    const QString& in = entry.value;
    QString out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QChar c = in.at(i);
        if (c != QLatin1Char('%')) {
            out += c;
            continue;
        }
        if (i + 1 < in.size() && in.at(i + 1) == QLatin1Char('%')) {
            out += QLatin1Char('%');
            ++i;
            continue;
        }
        if (i + 1 < in.size() && in.at(i + 1) == QLatin1Char('(')) {
            const qsizetype close = in.indexOf(QLatin1String(")s"), i + 2);
            if (close < 0)
                return fail(
                    QCoreApplication::translate("strata", "bad interpolation '%1'").arg(in.mid(i)));
            const QString name = in.mid(i + 2, close - i - 2).toLower();
            if (const Entry* ref = find(section, name)) {
                STRATA_TRY_ASSIGN(const QString v,
                                  interpolate(section, name, *ref, defaults, depth + 1));
                out += v;
            } else if (const auto d = defaults.constFind(name); d != defaults.constEnd()) {
                out += *d;
            } else {
                return fail(QCoreApplication::translate("strata", "%(%1)s refers to an option "
                                                                  "that does not exist")
                                .arg(name));
            }
            i = close + 1;
            continue;
        }
        return fail(QCoreApplication::translate(
            "strata", "'%' must be followed by '%' or '(' (write %% for a literal %)"));
    }
    return out;
}

} // namespace strata
