#include "Invocation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdio>

namespace strata::cli {

namespace {
const QString kRelativeMarker = QStringLiteral("\x01relative:");
}

Invocation::Invocation(QString command, QStringList arguments)
    : m_command(std::move(command))
    , m_arguments(std::move(arguments))
    , m_out(stdout)
    , m_err(stderr) {}

void Invocation::addCommonOptions() {
    m_parser.addOption(
        {QStringLiteral("project"),
         QCoreApplication::translate("strata::cli",
                                     "Project folder (default: the nearest strata.toml upwards)."),
         QStringLiteral("DIR")});
    m_parser.addOption({QStringLiteral("env"),
                        QCoreApplication::translate("strata::cli", "Environment from strata.toml."),
                        QStringLiteral("NAME")});
    m_parser.addOption(
        {QStringLiteral("json"), QCoreApplication::translate("strata::cli", "Structured output.")});
    m_parser.addHelpOption();
}

void Invocation::addEnvPyOptions() {
    m_parser.addOption(
        {QStringLiteral("x"),
         QCoreApplication::translate("strata::cli",
                                     "An argument for env.py (key=value; repeatable), as Alembic's "
                                     "-x (context.get_x_argument)."),
         QStringLiteral("ARG")});
    m_parser.addOption(
        {QStringLiteral("tag"),
         QCoreApplication::translate(
             "strata::cli", "A tag for env.py, as Alembic's --tag (context.get_tag_argument)."),
         QStringLiteral("TAG")});
}

bool Invocation::parse(const QString& positionalSyntax, const QString& description) {
    m_parser.setApplicationDescription(description);
    if (!positionalSyntax.isEmpty())
        m_parser.addPositionalArgument(QStringLiteral("args"), description, positionalSyntax);
    // `downgrade -1`, as in Alembic: a negative relative target is an argument, not an option.
    static const QRegularExpression relative(QStringLiteral("^-[0-9]+$"));
    QStringList arguments = m_arguments;
    for (qsizetype i = 1; i < arguments.size(); ++i)
        if (relative.match(arguments.at(i)).hasMatch())
            arguments[i] = kRelativeMarker + arguments.at(i);
    if (!m_parser.parse(arguments)) {
        usage(m_parser.errorText());
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        QString help = m_parser.helpText();
        help.replace(QStringLiteral("strata [options]"),
                     QStringLiteral("strata ") + m_command + QStringLiteral(" [options]"));
        m_out << help;
        m_out.flush();
        std::exit(ExitOk);
    }
    return true;
}

QStringList Invocation::positional() const {
    QStringList out = m_parser.positionalArguments();
    for (QString& a : out)
        if (a.startsWith(kRelativeMarker))
            a.remove(0, kRelativeMarker.size());
    return out;
}

QString Invocation::projectOption() const {
    return m_parser.value(QStringLiteral("project"));
}
QString Invocation::envOption() const {
    return m_parser.value(QStringLiteral("env"));
}
bool Invocation::json() const {
    return m_parser.isSet(QStringLiteral("json"));
}

QStringList Invocation::xArguments() const {
    return m_parser.values(QStringLiteral("x"));
}
QString Invocation::tag() const {
    return m_parser.value(QStringLiteral("tag"));
}
void Invocation::applyRunOptions(RunRequest& request) const {
    request.xArguments = xArguments();
    request.tag = tag();
}

int Invocation::exitCodeFor(const Error& error) {
    switch (error.code) {
    case ErrorCode::Usage:
        return ExitUsage;
    default:
        return ExitFailed;
    }
}

int Invocation::fail(const Error& error) {
    m_err << "strata " << m_command << ": " << error.toString() << Qt::endl;
    return exitCodeFor(error);
}

int Invocation::usage(const QString& message) {
    m_err << "strata " << m_command << ": " << message
          << QCoreApplication::translate("strata::cli", " (see 'strata ") << m_command
          << QCoreApplication::translate("strata::cli", " --help')") << Qt::endl;
    return ExitUsage;
}

Result<Project> Invocation::loadProject(Project::Mode mode, bool checksums) {
    Result<Project> project = Project::open(projectOption(), mode, checksums);
    if (project) {
        for (const Error& warning : project->warnings())
            m_err << QCoreApplication::translate("strata::cli", "warning: ") << warning.toString()
                  << Qt::endl;
    }
    return project;
}

void Invocation::printJson(const QJsonValue& value) {
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << doc.toJson(QJsonDocument::Compact) << '\n';
    m_out.flush();
}

} // namespace strata::cli
