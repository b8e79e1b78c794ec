#include "dialogs/PreFlightView.h"

#include "history/HistoryFormat.h"

#include <QCoreApplication>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace strata {

namespace {

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

QString levelColor(LintLevel level) {
    switch (level) {
    case LintLevel::Error:
        return QStringLiteral("#c62828");
    case LintLevel::Warning:
        return QStringLiteral("#b26a00");
    default:
        return QStringLiteral("#1565c0");
    }
}

// The level of a finding in the user's language (lintLevelName is the CLI's word).
QString levelText(LintLevel level) {
    switch (level) {
    case LintLevel::Error:
        return QCoreApplication::translate("strata::PreFlightView", "error");
    case LintLevel::Warning:
        return QCoreApplication::translate("strata::PreFlightView", "warning");
    case LintLevel::Note:
        return QCoreApplication::translate("strata::PreFlightView", "note");
    default:
        return lintLevelName(level);
    }
}

QString section(const QString& title) {
    return QStringLiteral("<p style=\"margin-top:6px; margin-bottom:2px\"><b>%1</b></p>")
        .arg(esc(title));
}

QString list(const QStringList& items) {
    if (items.isEmpty())
        return {};
    return QStringLiteral("<ul style=\"margin-top:0; margin-left:-20px\">") +
           items.join(QString()) + QStringLiteral("</ul>");
}

QString item(const QString& html) {
    return QStringLiteral("<li>") + html + QStringLiteral("</li>");
}

} // namespace

PreFlightView::PreFlightView(QWidget* parent)
    : QWidget(parent)
    , m_details(new QTextBrowser(this)) {
    m_details->setObjectName(QStringLiteral("preflightStep"));
    m_details->setOpenLinks(false);
    m_details->setMinimumHeight(90);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_details, 1);
}

void PreFlightView::setReport(const PreFlightReport& report) {
    m_report = report;
    showStep(m_step);
}

QString PreFlightView::stepBadge(const PreFlightStep& step) {
    if (step.broken())
        return tr("broken");
    QStringList parts;
    if (const int n = step.count(LintLevel::Error))
        parts << tr("%n error(s)", nullptr, n);
    if (const int n = step.count(LintLevel::Warning))
        parts << tr("%n warning(s)", nullptr, n);
    if (const int n = step.count(LintLevel::Note))
        parts << tr("%n note(s)", nullptr, n);
    if (!step.destructive.isEmpty())
        parts << tr("drops data");
    return parts.join(QStringLiteral(", "));
}

QString PreFlightView::stepHtml(const PreFlightStep& step) const {
    QString html = QStringLiteral("<p style=\"margin:0\"><b>%1</b> %2</p>")
                       .arg(esc(tr("Step %1: %2 %3")
                                    .arg(step.index + 1)
                                    .arg(HistoryFormat::direction(step.direction), step.revision)),
                            esc(step.stamp           ? QString()
                                : step.transactional ? tr("(one transaction)")
                                                     : tr("(autocommit, statement by statement)")));
    if (!step.problems.isEmpty()) {
        QStringList items;
        for (const Error& e : step.problems)
            items << item(
                QStringLiteral("<span style=\"color:#c62828\">✖ %1</span>").arg(esc(e.toString())));
        html += section(tr("Problems (strata check): the run is refused")) + list(items);
    }
    if (!step.linted && !step.notLinted.isEmpty())
        html +=
            QStringLiteral("<p style=\"margin-top:6px\"><i>%1</i></p>").arg(esc(step.notLinted));
    if (!step.destructive.isEmpty()) {
        QStringList items;
        for (const DestructiveStatement& d : step.destructive)
            items << item(
                QStringLiteral("<span style=\"color:#c62828\">%1</span> — %2 %3")
                    .arg(esc(d.what()), esc(d.estimateText()), esc(tr("(line %1)").arg(d.line))));
        html +=
            section(tr("Destructive statements (estimates from %1)").arg(m_report.environment)) +
            list(items);
    }
    if (step.linted) {
        QStringList items;
        for (const LintFinding& f : step.findings)
            items << item(QStringLiteral("<span style=\"color:%1\"><b>%2</b>[%3]</span> %4: %5"
                                         "<br><span style=\"color:gray\">%6</span>")
                              .arg(levelColor(f.level), levelText(f.level), esc(f.rule),
                                   esc(tr("line %1:%2").arg(f.line).arg(f.column)), esc(f.message),
                                   esc(tr("help: %1").arg(f.help))));
        html +=
            section(tr("Lint findings")) +
            (items.isEmpty() ? QStringLiteral("<p style=\"margin:0\">%1</p>").arg(esc(tr("none")))
                             : list(items));
        QStringList locks;
        for (const StatementLockInfo& info : step.locks) {
            const QStringList described = info.describe();
            for (const QString& text : described)
                locks << item(esc(text) + QStringLiteral(" <span style=\"color:gray\">%1</span>")
                                              .arg(esc(tr("(line %1)").arg(info.line))));
            if (described.isEmpty())
                locks << item(QStringLiteral("<span style=\"color:gray\">%1</span>")
                                  .arg(esc(tr("%1 (line %2): no lock on an existing table")
                                               .arg(info.tag)
                                               .arg(info.line))));
        }
        html += section(step.transactional ? tr("Locks (held until the revision commits)")
                                           : tr("Locks (each held while its statement runs)")) +
                (locks.isEmpty()
                     ? QStringLiteral("<p style=\"margin:0\">%1</p>").arg(esc(tr("no statements")))
                     : list(locks));
    }
    return html;
}

void PreFlightView::showStep(int index) {
    m_step = index;
    if (index < 0 || index >= m_report.steps.size()) {
        m_details->clear();
        return;
    }
    m_details->setHtml(stepHtml(m_report.steps.at(index)));
}

QString PreFlightView::stepText() const {
    return m_details->toPlainText();
}

} // namespace strata
