#include "sql/RevisionChecker.h"

#include "revision/AlembicSqlForm.h"

#include "sql/SqlGrammar.h"

#include <QCoreApplication>

namespace strata {

namespace {

// "CREATE" for a statement the grammar could not classify.
QString firstWord(const QString& text) {
    qsizetype end = 0;
    while (end < text.size() && (text.at(end).isLetter() || text.at(end) == QLatin1Char('_')))
        ++end;
    return text.left(end).toUpper();
}

} // namespace

bool RevisionChecker::isSqlFormCommitRevision(const Revision& revision) {
    return revision.source == Revision::Source::AlembicSqlForm && !revision.transactional;
}

Result<QList<SqlStatement>> RevisionChecker::statementsFor(const Revision& revision,
                                                           Direction direction, int targetMajor) {
    const RevisionSection& section =
        direction == Direction::Upgrade ? revision.upgrade : revision.downgrade;
    if (!section.present || revision.source == Revision::Source::AlembicPython)
        return QList<SqlStatement>{};
    Result<QList<SqlStatement>> split =
        SqlGrammar::mayBeNewerSyntax(targetMajor)
            ? SqlSplitter::splitAllowingNewerSyntax(section.sql, section.firstLine,
                                                    revision.filePath)
            : SqlSplitter::split(section.sql, section.firstLine, revision.filePath);
    if (!split) {
        split.error().revision = revision.id;
        return split;
    }
    for (SqlStatement& st : *split) {
        if (!st.checked) { // the server decides: run it as written
            st.tag = firstWord(st.text);
            continue;
        }
        Result<StatementClass> cls = StatementClassifier::classify(st.text);
        if (!cls) { // cannot happen after a successful split, but report it where it is
            Error e = cls.error();
            e.at(revision.filePath, st.line, st.column);
            e.revision = revision.id;
            return e;
        }
        st.kind = cls->kind;
        st.tag = cls->tag;
        st.reason = cls->reason;
    }
    if (isSqlFormCommitRevision(revision)) // the COMMIT idiom: see the header
        split->removeIf([](const SqlStatement& st) {
            return st.kind == StatementKind::TransactionControl &&
                   AlembicSqlForm::isCommit(st.text);
        });
    return split;
}

Result<void> RevisionChecker::runnable(const Revision& revision, int targetMajor) {
    const QList<Error> problems = check(revision, targetMajor);
    if (problems.isEmpty())
        return {};
    Error e = problems.constFirst();
    if (e.revision.isEmpty())
        e.revision = revision.id;
    e.message = QCoreApplication::translate("strata", "revision %1 cannot run: %2")
                    .arg(revision.id, e.message);
    return e;
}

QList<Error> RevisionChecker::check(const Revision& revision, int targetMajor) {
    return review(revision, targetMajor).problems;
}

RevisionChecker::Review RevisionChecker::review(const Revision& revision, int targetMajor) {
    Review out;
    QList<Error>& problems = out.problems;
    // The id's length against an environment's version_num is the run's check (IdWidthCheck).
    if (Result<QString> id = RevisionFile::validateId(revision.id, RevisionFile::kMaxReadIdLength);
        !id) {
        Error e = id.error();
        e.at(revision.filePath, revision.headerLine);
        e.revision = revision.id;
        problems.append(e);
    }
    for (Direction d : {Direction::Upgrade, Direction::Downgrade}) {
        Result<QList<SqlStatement>> statements = statementsFor(revision, d, targetMajor);
        if (!statements) {
            problems.append(statements.error());
            continue;
        }
        for (const SqlStatement& st : *statements) {
            if (!st.checked) {
                Error e(ErrorCode::Parse, SqlGrammar::notCheckedMessage(st.parseError));
                e.at(revision.filePath, st.line, st.column);
                e.revision = revision.id;
                e.statement = st.text;
                out.warnings.append(e);
                continue;
            }
            const bool bad = st.kind == StatementKind::TransactionControl ||
                             st.kind == StatementKind::SessionReset ||
                             (revision.transactional && st.kind == StatementKind::NoTransaction);
            if (!bad)
                continue;
            QString message = st.reason;
            if (st.kind == StatementKind::NoTransaction &&
                revision.source == Revision::Source::AlembicSqlForm)
                message += QLatin1String("; put op.execute(\"COMMIT\") before it (Alembic runs "
                                         "the revision in a transaction)");
            else if (st.kind == StatementKind::NoTransaction)
                message += QLatin1String("; set 'Transactional: no' in the header");
            else if (st.kind == StatementKind::SessionReset)
                message += QLatin1String("; remove it");
            else
                message += revision.transactional
                               ? QLatin1String("; remove it (the revision runs in one transaction)")
                               : QLatin1String("; remove it (a 'Transactional: no' revision runs "
                                               "each statement in autocommit)");
            Error e(ErrorCode::Parse, message);
            e.at(revision.filePath, st.line);
            e.revision = revision.id;
            e.statement = st.text;
            problems.append(e);
        }
    }
    return out;
}

} // namespace strata
