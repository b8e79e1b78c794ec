#include "editor/Diagnostic.h"

#include "sql/SqlSplitter.h"
#include "sql/StatementClassifier.h"

#include <QCoreApplication>

namespace strata {

namespace {

QString trd(const char* text) {
    return QCoreApplication::translate("strata::DiagnosticsAnalyzer", text);
}

// The first line of a statement (its underline: a whole multi-line statement would be noise).
int firstLineLength(const QString& text) {
    const qsizetype nl = text.indexOf(QLatin1Char('\n'));
    return int(nl < 0 ? text.size() : nl);
}

} // namespace

QString Diagnostic::sectionName() const {
    return section == RevisionFile::Section::Upgrade ? trd("upgrade") : trd("downgrade");
}

QString Diagnostic::severityName() const {
    switch (severity) {
    case Severity::Error:
        return trd("error");
    case Severity::Warning:
        return trd("warning");
    case Severity::Info:
        return trd("hint");
    }
    return {};
}

QList<Diagnostic> DiagnosticsAnalyzer::analyzeSection(const QString& sql,
                                                      RevisionFile::Section section,
                                                      bool transactional, int firstFileLine) {
    QList<Diagnostic> out;
    auto make = [&](int line, int column, int length, const QString& message,
                    Diagnostic::Severity severity) {
        Diagnostic d;
        d.section = section;
        d.line = line;
        d.column = column;
        d.length = length;
        d.fileLine = firstFileLine > 0 ? firstFileLine + line - 1 : 0;
        d.message = message;
        d.severity = severity;
        out.append(d);
    };

    auto split = SqlSplitter::split(sql, 1);
    if (!split) {
        const Error& e = split.error();
        make(qMax(1, e.line), qMax(1, e.column), 0, e.message, Diagnostic::Severity::Error);
        return out;
    }
    for (const SqlStatement& st : *split) {
        const auto cls = StatementClassifier::classify(st.text);
        if (!cls)
            continue;
        const int length = firstLineLength(st.text);
        if (cls->kind == StatementKind::NoTransaction && transactional) {
            make(st.line, st.column, length,
                 trd("%1; set 'Transactional: no' in the header")
                     .arg(cls->reason.isEmpty()
                              ? trd("%1 cannot run inside a transaction block").arg(cls->tag)
                              : cls->reason),
                 Diagnostic::Severity::Error);
        } else if (cls->kind == StatementKind::TransactionControl) {
            make(st.line, st.column, length,
                 trd("%1 is not allowed in a revision: Strata runs each revision in its own "
                     "transaction (or statement by statement with 'Transactional: no')")
                     .arg(cls->tag),
                 Diagnostic::Severity::Error);
        }
    }
    return out;
}

QList<Diagnostic> DiagnosticsAnalyzer::analyze(const QString& upgradeSql, int upgradeFirstLine,
                                               const QString& downgradeSql, int downgradeFirstLine,
                                               bool transactional) {
    QList<Diagnostic> out =
        analyzeSection(upgradeSql, RevisionFile::Section::Upgrade, transactional, upgradeFirstLine);
    out += analyzeSection(downgradeSql, RevisionFile::Section::Downgrade, transactional,
                          downgradeFirstLine);
    if (transactional)
        return out;

    // The reverse hint: nothing here needs to run outside a transaction.
    bool needsNoTransaction = false;
    const SqlStatement* first = nullptr;
    RevisionFile::Section firstSection = RevisionFile::Section::Upgrade;
    int firstLineOfSection = upgradeFirstLine;
    QList<SqlStatement> upgrade, downgrade;
    if (auto s = SqlSplitter::split(upgradeSql, 1))
        upgrade = *s;
    else
        return out;
    if (auto s = SqlSplitter::split(downgradeSql, 1))
        downgrade = *s;
    else
        return out;
    for (const auto* list : {&upgrade, &downgrade}) {
        for (const SqlStatement& st : *list) {
            const auto cls = StatementClassifier::classify(st.text);
            if (cls && cls->kind == StatementKind::NoTransaction)
                needsNoTransaction = true;
        }
    }
    if (!upgrade.isEmpty()) {
        first = &upgrade.first();
    } else if (!downgrade.isEmpty()) {
        first = &downgrade.first();
        firstSection = RevisionFile::Section::Downgrade;
        firstLineOfSection = downgradeFirstLine;
    }
    if (!needsNoTransaction && first) {
        Diagnostic d;
        d.section = firstSection;
        d.line = first->line;
        d.column = first->column;
        d.length = firstLineLength(first->text);
        d.fileLine = firstLineOfSection > 0 ? firstLineOfSection + first->line - 1 : 0;
        d.message = trd("'Transactional: no' but no statement needs it: if a statement fails, "
                        "the ones before it stay applied; consider 'Transactional: yes'");
        d.severity = Diagnostic::Severity::Info;
        out.append(d);
    }
    return out;
}

} // namespace strata
