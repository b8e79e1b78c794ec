#include "dialogs/PreFlightSummary.h"

#include <QTextDocument>

namespace strata {

namespace {

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

} // namespace

PreFlightSummary::PreFlightSummary(QWidget* parent)
    : QLabel(parent) {
    setObjectName(QStringLiteral("preflightSummary"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A frame and margin (not a style sheet's padding): heightForWidth counts them, so a
    // wrapped line is never cut off.
    setFrameShape(QFrame::StyledPanel);
    setMargin(4);
}

void PreFlightSummary::setReport(const PreFlightReport& report, const KnownDrift& drift) {
    m_report = report;
    m_drift = drift;
    update();
}

void PreFlightSummary::setEstimating(bool estimating) {
    m_estimating = estimating;
    update();
}

QString PreFlightSummary::driftText(const KnownDrift& drift) {
    if (!drift.compared)
        return tr("drift: not compared");
    const QString at = drift.at.toString(QStringLiteral("HH:mm"));
    if (drift.differences < 0)
        return tr("drift: unknown (the last comparison at %1 failed: %2)").arg(at, drift.error);
    if (drift.differences == 0)
        return tr("drift: none, in sync with the expected schema (from the last comparison at %1)")
            .arg(at);
    return tr("drift: %n difference(s) (from the last comparison at %1)", nullptr,
              drift.differences)
        .arg(at);
}

void PreFlightSummary::update() {
    QStringList lines;
    const int errors = m_report.count(LintLevel::Error);
    const int warnings = m_report.count(LintLevel::Warning);
    const int notes = m_report.count(LintLevel::Note);
    QString lint =
        tr("Lint: %1, %2, %3")
            .arg(tr("%n error(s)", nullptr, errors), tr("%n warning(s)", nullptr, warnings),
                 tr("%n note(s)", nullptr, notes));
    int destructive = 0;
    for (const PreFlightStep& step : m_report.steps)
        destructive += int(step.destructive.size());
    if (destructive > 0) {
        lint += QStringLiteral(" · ") +
                tr("<span style=\"color:#c62828\">%n destructive statement(s)</span>", nullptr,
                   destructive);
        if (m_estimating)
            lint += esc(tr(" (reading row estimates from %1…)").arg(m_report.environment));
        else if (!m_report.estimateError.isEmpty())
            lint +=
                esc(tr(" (estimates not read: %1 cannot be reached)").arg(m_report.environment));
    }
    lines << (errors > 0 ? QStringLiteral("<b>%1</b>").arg(lint) : lint);
    lines << esc(tr("Timeouts: %1").arg(m_report.timeoutsText())) + QStringLiteral(" · ") +
                 esc(tr("Backup: %1").arg(m_report.backupText()));
    lines << esc(driftText(m_drift));
    const QString blocked = m_report.blockReason();
    if (!blocked.isEmpty())
        lines << QStringLiteral("<span style=\"color:#c62828\"><b>%1</b></span>")
                     .arg(esc(tr("Run is refused: %1").arg(blocked)));
    setText(lines.join(QStringLiteral("<br>")));
    setToolTip(m_report.estimateError);
}

QString PreFlightSummary::plainText() const {
    QTextDocument doc;
    doc.setHtml(text());
    return doc.toPlainText();
}

} // namespace strata
