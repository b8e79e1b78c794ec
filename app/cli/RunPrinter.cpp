#include "RunPrinter.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace strata::cli {

namespace {

QString firstLine(const QString& statement) {
    QString s = statement.simplified();
    if (s.size() > 70)
        s = s.left(67) + QStringLiteral("...");
    return s;
}

QString ms(qint64 v) {
    return v < 1000 ? QStringLiteral("%1 ms").arg(v)
                    : QStringLiteral("%1 s").arg(double(v) / 1000.0, 0, 'f', 2);
}

} // namespace

RunPrinter::RunPrinter(QTextStream& out, QTextStream& err, bool json)
    : m_out(out)
    , m_err(err)
    , m_json(json)
    , m_terminal(isatty(fileno(stdout)) != 0) {}

RunPrinter::RunPrinter(QTextStream& out, QTextStream& err, bool json, bool terminal)
    : m_out(out)
    , m_err(err)
    , m_json(json)
    , m_terminal(terminal) {}

void RunPrinter::clearProgress() {
    if (m_progressShown) {
        m_out << "\r\033[K";
        m_progressShown = false;
    }
}

void RunPrinter::line(const QString& text) {
    clearProgress();
    m_out << text << '\n';
    m_out.flush();
}

void RunPrinter::print(const RunEvent& e) {
    if (m_json) {
        m_out << QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) << '\n';
        m_out.flush();
        return;
    }
    using K = RunEvent::Kind;
    switch (e.kind) {
    case K::RunStarted:
        line(QCoreApplication::translate("strata::cli", "strata: ") + e.message);
        break;
    case K::LockWaiting:
        line(QStringLiteral("  ") + e.message + QStringLiteral(" ..."));
        break;
    case K::LockAcquired:
        break;
    case K::Warning:
        clearProgress();
        m_err << QCoreApplication::translate("strata::cli", "  warning: ") << e.message << Qt::endl;
        break;
    case K::StepStarted:
        line(QStringLiteral("[%1/%2] %3%4")
                 .arg(e.stepIndex)
                 .arg(e.stepCount)
                 .arg(e.message, e.detail.isEmpty() ? QString() : QStringLiteral(", ") + e.detail));
        break;
    case K::StatementStarted:
        if (m_terminal) {
            clearProgress();
            if (e.line > 0)
                m_out << QCoreApplication::translate("strata::cli", "      line ") << e.line
                      << "  ";
            else
                m_out << "      ";
            m_out << firstLine(e.statement) << " ...";
            m_out.flush();
            m_progressShown = true;
        }
        break;
    case K::StatementFinished:
        // A statement of a `.py` step has no line (Alembic ran it): no "line 0".
        line((e.line > 0 ? QCoreApplication::translate("strata::cli", "      line %1  ").arg(e.line)
                         : QStringLiteral("      ")) +
             QCoreApplication::translate("strata::cli", "%1  %2%3  %4")
                 .arg(e.commandTag, ms(e.durationMs),
                      e.rows > 0
                          ? QCoreApplication::translate("strata::cli", " (%1 rows)").arg(e.rows)
                          : QString(),
                      firstLine(e.statement)));
        break;
    case K::Notice:
        line(QStringLiteral("      %1: %2%3")
                 .arg(e.severity, e.message,
                      e.detail.isEmpty() ? QString() : QStringLiteral(" (") + e.detail + ')'));
        break;
    case K::Progress:
        if (m_terminal) {
            clearProgress();
            m_out << "      " << (e.detail.isEmpty() ? QStringLiteral("index") : e.detail) << ": "
                  << e.message;
            if (e.progress >= 0)
                m_out << QStringLiteral(" %1%").arg(int(e.progress * 100));
            m_out.flush();
            m_progressShown = true;
        }
        break;
    case K::StepFinished:
        line(QCoreApplication::translate("strata::cli", "      done in %1").arg(ms(e.durationMs)));
        break;
    case K::RunFinished:
        line(QCoreApplication::translate("strata::cli", "strata: %1 (%2)")
                 .arg(e.message, ms(e.durationMs)));
        break;
    case K::RunFailed:
    case K::RunCancelled:
        clearProgress();
        m_out.flush();
        break;
    }
}

} // namespace strata::cli
