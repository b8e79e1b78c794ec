#include "Environment.h"

#include "ConnectionUrl.h"
#include "EnvFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <functional>
#include <optional>

namespace strata {

namespace {

using Lookup = std::function<Result<std::optional<QString>>(const QString& name)>;

Result<QString> expandWith(const QString& text, const Lookup& lookup) {
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    QString out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const qsizetype dollar = text.indexOf(QLatin1String("${"), i);
        if (dollar < 0) {
            out += text.mid(i);
            break;
        }
        out += text.mid(i, dollar - i);
        const qsizetype close = text.indexOf(QLatin1Char('}'), dollar + 2);
        if (close < 0)
            return Error(ErrorCode::Config,
                         QCoreApplication::translate("strata", "unterminated '${' in '%1'")
                             .arg(ConnectionUrl::redact(text)));
        const QString inner = text.mid(dollar + 2, close - dollar - 2);
        const qsizetype sep = inner.indexOf(QLatin1String(":-"));
        const QString name = sep < 0 ? inner : inner.left(sep);
        if (!nameRe.match(name).hasMatch())
            return Error(ErrorCode::Config,
                         QCoreApplication::translate("strata", "invalid variable reference ${%1}")
                             .arg(inner));
        Result<std::optional<QString>> found = lookup(name);
        if (!found)
            return found.error();
        if (found->has_value()) {
            out += **found;
        } else if (sep >= 0) {
            out += inner.mid(sep + 2);
        } else {
            return Error(ErrorCode::Config,
                         QCoreApplication::translate(
                             "strata", "${%1} is not set (not in the environment nor in .env)")
                             .arg(name));
        }
        i = close + 1;
    }
    return out;
}

} // namespace

Result<QString> expandVariables(const QString& text, const QString& envFilePath) {
    // The .env is read at most once, and only if a variable is missing from the process.
    std::optional<EnvFile> env;
    const Lookup lookup = [&](const QString& name) -> Result<std::optional<QString>> {
        const QString fromProcess = qEnvironmentVariable(name.toLocal8Bit().constData());
        if (!fromProcess.isEmpty())
            return std::optional<QString>(fromProcess);
        if (envFilePath.isEmpty() || !QFileInfo::exists(envFilePath))
            return std::optional<QString>();
        if (!env) {
            Result<EnvFile> loaded = EnvFile::load(envFilePath);
            if (!loaded)
                return loaded.error();
            env = std::move(loaded).value();
        }
        const std::optional<QString> v = env->value(name);
        if (v && !v->isEmpty())
            return v;
        return std::optional<QString>();
    };
    return expandWith(text, lookup);
}

Result<void> checkVariableSyntax(const QString& text) {
    const Result<QString> r = expandWith(text, [](const QString&) {
        return Result<std::optional<QString>>(std::optional<QString>(QString()));
    });
    if (!r)
        return r.error();
    return {};
}

Result<QString> Environment::conninfo() const {
    Result<QString> expanded = expandVariables(url, envFilePath);
    if (!expanded) {
        Error e = expanded.error();
        if (e.file.isEmpty()) {
            e.message =
                QCoreApplication::translate("strata", "environment '%1': %2").arg(name, e.message);
            e.at(file, line);
        }
        return e;
    }
    return ConnectionUrl::normalise(*expanded);
}

QString Environment::displayUrl() const {
    return ConnectionUrl::redact(url);
}

QString Environment::defaultColor(int index) {
    static const char* const palette[] = {"#2e7d32", "#1565c0", "#f9a825", "#c62828",
                                          "#6a1b9a", "#00838f", "#ef6c00", "#4e342e"};
    constexpr int size = int(sizeof(palette) / sizeof(palette[0]));
    const int i = ((index % size) + size) % size;
    return QString::fromLatin1(palette[i]);
}

} // namespace strata
