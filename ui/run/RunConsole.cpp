#include "run/RunConsole.h"

#include "history/HistoryFormat.h"

#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTextStream>
#include <QVBoxLayout>

namespace strata {

namespace {

QString firstLine(const QString& statement, int max = 110) {
    QString s = statement.simplified();
    if (s.size() > max)
        s = s.left(max - 1) + QStringLiteral("…");
    return s;
}

QString seconds(qint64 ms) {
    return ms < 1000 ? QStringLiteral("%1 ms").arg(ms)
                     : QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 2);
}

} // namespace

RunConsole::RunConsole(QWidget* parent)
    : QWidget(parent)
    , m_status(new QLabel(tr("No run yet."), this))
    , m_progress(new QProgressBar(this))
    , m_statementProgress(new QProgressBar(this))
    , m_cancel(
          new QPushButton(QIcon(QStringLiteral(":/strata/icons/cancel.svg")), tr("Cancel"), this))
    , m_save(
          new QPushButton(QIcon(QStringLiteral(":/strata/icons/save.svg")), tr("Save log…"), this))
    , m_log(new QPlainTextEdit(this)) {
    m_log->setObjectName(QStringLiteral("runLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(20000);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_progress->setFormat(tr("%v / %m revisions"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->hide();
    m_progress->setMaximumWidth(260);
    m_statementProgress->setFormat(tr("index build %p%"));
    m_statementProgress->setMaximumWidth(180);
    m_statementProgress->hide();
    m_cancel->setEnabled(false);
    m_cancel->setToolTip(tr("Cancel the run (Ctrl+.)"));
    m_status->setTextFormat(Qt::PlainText);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_statementProgress);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);
    bar->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_log, 1);
    connect(m_cancel, &QPushButton::clicked, this, &RunConsole::cancelRequested);
    connect(m_save, &QPushButton::clicked, this, &RunConsole::saveLogAs);
}

void RunConsole::append(const QString& text, const QString& lightColor, bool bold) {
    // The same meaning on a dark palette: lighter tones of the same colours.
    QString color = lightColor;
    if (!color.isEmpty() && m_log->palette().color(QPalette::Base).lightness() < 128) {
        static const QHash<QString, QString> darker{
            {QStringLiteral("#ef6c00"), QStringLiteral("#ffb74d")},
            {QStringLiteral("#1565c0"), QStringLiteral("#64b5f6")},
            {QStringLiteral("#00838f"), QStringLiteral("#4dd0e1")},
            {QStringLiteral("#2e7d32"), QStringLiteral("#81c784")},
            {QStringLiteral("#c62828"), QStringLiteral("#ef9a9a")}};
        color = darker.value(color, color);
    }
    m_lines << text;
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char(' '), QLatin1String("&nbsp;"));
    if (bold)
        html = QStringLiteral("<b>%1</b>").arg(html);
    if (!color.isEmpty())
        html = QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color, html);
    m_log->appendHtml(html);
}

void RunConsole::runStarted(const QString& description) {
    m_log->clear();
    m_lines.clear();
    m_stepsDone = 0;
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->show();
    m_statementProgress->hide();
    m_cancel->setEnabled(true);
    m_status->setText(tr("Running: %1").arg(description));
}

void RunConsole::addEvent(const RunEvent& e) {
    const QString t = QStringLiteral("[%1] ").arg(seconds(e.elapsedMs), 9);
    switch (e.kind) {
    case RunEvent::Kind::RunStarted:
        m_progress->setRange(0, std::max(1, e.stepCount));
        m_progress->setValue(0);
        append(t + e.message, {}, true);
        break;
    case RunEvent::Kind::LockWaiting:
        append(t + tr("waiting for the migration lock: %1").arg(e.message),
               QStringLiteral("#ef6c00"));
        break;
    case RunEvent::Kind::LockAcquired:
        append(t + tr("migration lock acquired"));
        break;
    case RunEvent::Kind::Warning:
        append(t + tr("warning: %1").arg(e.message), QStringLiteral("#ef6c00"));
        break;
    case RunEvent::Kind::StepStarted:
        if (e.stepCount > 0)
            m_progress->setRange(0, e.stepCount);
        m_status->setText(tr("%1 %2 (%3 of %4)")
                              .arg(HistoryFormat::direction(e.direction), e.revision)
                              .arg(e.stepIndex)
                              .arg(e.stepCount));
        append(t + tr("── %1 %2 (%3/%4)")
                       .arg(HistoryFormat::direction(e.direction), e.revision)
                       .arg(e.stepIndex)
                       .arg(e.stepCount),
               QStringLiteral("#1565c0"), true);
        break;
    case RunEvent::Kind::StatementStarted:
        m_status->setText(e.line > 0 ? tr("line %1: %2").arg(e.line).arg(firstLine(e.statement, 80))
                                     : firstLine(e.statement, 80));
        break;
    case RunEvent::Kind::StatementFinished: {
        QString done =
            t + (e.line > 0 ? tr("   line %1: %2").arg(e.line, 4).arg(firstLine(e.statement))
                            : QStringLiteral("   ") + firstLine(e.statement));
        QStringList facts;
        facts << seconds(e.durationMs);
        if (!e.commandTag.isEmpty())
            facts << e.commandTag;
        append(done + QStringLiteral("  (") + facts.join(QLatin1String(", ")) + QLatin1Char(')'));
        m_statementProgress->hide();
        break;
    }
    case RunEvent::Kind::Notice: {
        const QString color = e.severity == QLatin1String("WARNING") ? QStringLiteral("#ef6c00")
                                                                     : QStringLiteral("#00838f");
        append(
            t + QStringLiteral("   %1: %2")
                    .arg(e.severity.isEmpty() ? QStringLiteral("NOTICE") : e.severity, e.message),
            color);
        if (!e.detail.isEmpty())
            append(QStringLiteral("            DETAIL: ") + e.detail, color);
        if (!e.hint.isEmpty())
            append(QStringLiteral("            HINT: ") + e.hint, color);
        break;
    }
    case RunEvent::Kind::Progress:
        if (e.progress >= 0) {
            m_statementProgress->show();
            m_statementProgress->setRange(0, 100);
            m_statementProgress->setValue(int(e.progress * 100));
            if (!e.message.isEmpty())
                m_statementProgress->setFormat(e.message + QStringLiteral(" %p%"));
        }
        break;
    case RunEvent::Kind::StepFinished:
        m_progress->setValue(++m_stepsDone);
        append(t + tr("   %1 done (%2)").arg(e.revision, seconds(e.durationMs)),
               QStringLiteral("#2e7d32"));
        break;
    case RunEvent::Kind::RunFinished:
        m_progress->setValue(m_progress->maximum());
        append(t + tr("run finished: %n step(s) in %1", nullptr, e.stepCount)
                       .arg(seconds(e.durationMs)),
               QStringLiteral("#2e7d32"), true);
        m_status->setText(tr("Finished."));
        break;
    case RunEvent::Kind::RunFailed:
    case RunEvent::Kind::RunCancelled: {
        const bool cancelled = e.kind == RunEvent::Kind::RunCancelled;
        const Error& err = e.error;
        append(t + (cancelled ? tr("run cancelled: %1") : tr("run failed: %1")).arg(err.toString()),
               QStringLiteral("#c62828"), true);
        if (!err.revision.isEmpty())
            append(tr("            revision: %1").arg(err.revision), QStringLiteral("#c62828"));
        if (!err.sqlstate.isEmpty())
            append(tr("            SQLSTATE: %1").arg(err.sqlstate), QStringLiteral("#c62828"));
        if (!err.detail.isEmpty())
            append(tr("            DETAIL: %1").arg(err.detail), QStringLiteral("#c62828"));
        if (!err.hint.isEmpty())
            append(tr("            HINT: %1").arg(err.hint), QStringLiteral("#c62828"));
        if (!err.statement.isEmpty()) {
            append(tr("            statement%1:")
                       .arg(err.line > 0 ? tr(" (line %1)").arg(err.line) : QString()),
                   QStringLiteral("#c62828"));
            // The statement, with a caret under the error position.
            int offset = 0;
            for (const QString& line : err.statement.split(QLatin1Char('\n'))) {
                append(QStringLiteral("              ") + line);
                if (err.position > offset && err.position <= offset + line.size() + 1)
                    append(QStringLiteral("              ") +
                               QString(err.position - offset - 1, QLatin1Char(' ')) +
                               QStringLiteral("^"),
                           QStringLiteral("#c62828"), true);
                offset += line.size() + 1;
            }
        }
        m_status->setText(cancelled ? tr("Cancelled.") : tr("Failed."));
        break;
    }
    }
}

void RunConsole::runEnded(bool succeeded) {
    Q_UNUSED(succeeded)
    m_cancel->setEnabled(false);
    m_statementProgress->hide();
}

void RunConsole::showReport(const QString& heading, const QStringList& lines, bool succeeded) {
    append(heading, QString(), true);
    for (const QString& line : lines)
        append(line,
               line.contains(QLatin1String("FAILED")) ? QStringLiteral("#c62828") : QString());
    append(succeeded ? tr("succeeded") : tr("failed"),
           succeeded ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828"), true);
}

bool RunConsole::saveLog(const QString& path) const {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    QTextStream out(&file);
    for (const QString& line : m_lines)
        out << line << '\n';
    return true;
}

void RunConsole::saveLogAs() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save run log"), QStringLiteral("strata-run.log"), tr("Log files (*.log *.txt)"));
    if (!path.isEmpty())
        saveLog(path);
}

} // namespace strata
