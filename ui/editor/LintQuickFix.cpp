#include "editor/LintQuickFix.h"

#include "editor/SqlEditor.h"
#include "lint/ParseNode.h"
#include "sql/StatementClassifier.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace strata {

namespace {

QLatin1StringView L(const char* s) {
    return QLatin1StringView(s);
}

QString trf(const char* text) {
    return QCoreApplication::translate("strata::LintQuickFix", text);
}

// A parse tree without its `location` fields (they move with any insertion).
QJsonValue withoutLocations(const QJsonValue& value) {
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            if (it.key() != L("location"))
                out.insert(it.key(), withoutLocations(it.value()));
        return out;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& v : value.toArray())
            out.append(withoutLocations(v));
        return out;
    }
    return value;
}

// The statement `sql` as the parser reads it: type and body (nothing when it does not parse or
// is not exactly one statement).
bool parseOne(const QString& sql, QString* type, QJsonObject* body) {
    const Result<QJsonObject> tree = StatementClassifier::parseTree(sql);
    if (!tree)
        return false;
    *type = parse::type(*tree);
    *body = parse::body(*tree);
    return !type->isEmpty();
}

// QString index of UTF-8 byte offset `location` of `text` (-1: the end).
int indexOfLocation(const QString& text, int location) {
    if (location < 0)
        return int(text.size());
    return int(QString::fromUtf8(text.toUtf8().left(location)).size());
}

// The UTF-8 byte offset in the statement of a file line and column (LintStatement::position
// the other way), -1 when outside it.
int locationOf(const LintStatement& st, int line, int column) {
    int index = 0;
    if (line == st.line) {
        index = column - st.column;
    } else {
        qsizetype at = -1;
        for (int l = st.line; l < line; ++l) {
            at = st.text.indexOf(QLatin1Char('\n'), at + 1);
            if (at < 0)
                return -1;
        }
        index = int(at) + column; // column is 1-based: at + 1 + (column - 1)
    }
    if (index < 0 || index > st.text.size())
        return -1;
    return int(st.text.left(index).toUtf8().size());
}

// Where inserting `insertion` into `text` makes the parser read back `type` with the body
// `expected` (locations aside): the candidate word ends in [from, to], nearest to `to` first.
// -1 when there is none.
int findInsertion(const QString& text, const QString& insertion, const QString& type,
                  const QJsonObject& expected, int from, int to) {
    const QJsonValue want = withoutLocations(expected);
    to = qMin(to, int(text.size()));
    for (int i = to; i >= qMax(1, from); --i) {
        const bool boundary = i == text.size() || text[i].isSpace() || text[i] == QLatin1Char('(');
        if (!boundary || text[i - 1].isSpace())
            continue;
        QString candidate = text;
        candidate.insert(i, insertion);
        QString gotType;
        QJsonObject got;
        if (parseOne(candidate, &gotType, &got) && gotType == type && withoutLocations(got) == want)
            return i;
    }
    return -1;
}

std::optional<QuickFix> insertionFix(const LintFinding& finding, const LintStatement& st,
                                     const QString& insertion, const QJsonObject& expected,
                                     int from, int to, const QString& title) {
    const int at = findInsertion(st.text, insertion, st.type, expected, from, to);
    if (at < 0)
        return std::nullopt;
    QuickFix fix;
    fix.rule = finding.rule;
    fix.title = title;
    fix.insertions.append({at, insertion});
    return fix;
}

int relationIndex(const LintStatement& st) {
    return indexOfLocation(st.text, parse::location(st.node.value(L("relation")).toObject()));
}

// The ALTER TABLE command the finding points at (its def node's location), else the first one
// `matches` accepts; -1 when none.
template <typename Pred>
int commandFor(const LintStatement& st, const LintFinding& finding, Pred matches) {
    const QJsonArray cmds = parse::list(st.node, L("cmds"));
    const int at = locationOf(st, finding.line, finding.column);
    int first = -1;
    for (int i = 0; i < cmds.size(); ++i) {
        const QJsonObject cmd = parse::as(cmds.at(i), L("AlterTableCmd"));
        if (!matches(cmd))
            continue;
        const QJsonObject def = parse::body(cmd.value(L("def")));
        if (at >= 0 && parse::location(def) == at)
            return i;
        if (first < 0)
            first = i;
    }
    return first;
}

// `node` with cmds[i].AlterTableCmd changed by `change`.
template <typename Change>
QJsonObject withCommand(QJsonObject node, int i, Change change) {
    QJsonArray cmds = node.value(L("cmds")).toArray();
    QJsonObject wrapper = cmds.at(i).toObject();
    QJsonObject cmd = wrapper.value(L("AlterTableCmd")).toObject();
    change(cmd);
    wrapper.insert(L("AlterTableCmd"), cmd);
    cmds[i] = wrapper;
    node.insert(L("cmds"), cmds);
    return node;
}

std::optional<QuickFix> concurrentIndex(const LintFinding& finding, const LintStatement& st) {
    QJsonObject expected = st.node;
    std::optional<QuickFix> fix;
    if (st.type == L("IndexStmt") && !st.node.value(L("concurrent")).toBool()) {
        expected.insert(L("concurrent"), true);
        fix = insertionFix(
            finding, st, QStringLiteral(" CONCURRENTLY"), expected, 0, relationIndex(st),
            trf(QT_TRANSLATE_NOOP("strata::LintQuickFix",
                                  "Fix: build the index CONCURRENTLY (the revision becomes "
                                  "'Transactional: no')")));
    } else if (st.type == L("DropStmt") && !st.node.value(L("concurrent")).toBool() &&
               parse::list(st.node, L("objects")).size() == 1) {
        expected.insert(L("concurrent"), true);
        fix = insertionFix(
            finding, st, QStringLiteral(" CONCURRENTLY"), expected, 0, int(st.text.size()),
            trf(QT_TRANSLATE_NOOP("strata::LintQuickFix",
                                  "Fix: drop the index CONCURRENTLY (the revision becomes "
                                  "'Transactional: no')")));
    }
    if (fix)
        fix->nonTransactional = true;
    return fix;
}

std::optional<QuickFix> robustStatement(const LintFinding& finding, const LintStatement& st) {
    QJsonObject expected = st.node;
    const bool named =
        st.type != L("IndexStmt") || !st.node.value(L("idxname")).toString().isEmpty();
    if ((st.type == L("CreateStmt") || st.type == L("IndexStmt") || st.type == L("CreateSeqStmt") ||
         st.type == L("CreateSchemaStmt") || st.type == L("CreateExtensionStmt")) &&
        named && !st.node.value(L("if_not_exists")).toBool()) {
        expected.insert(L("if_not_exists"), true);
        const int bound = st.node.contains(L("relation")) ? relationIndex(st) : int(st.text.size());
        return insertionFix(
            finding, st, QStringLiteral(" IF NOT EXISTS"), expected, 0, bound,
            trf(QT_TRANSLATE_NOOP("strata::LintQuickFix", "Fix: add IF NOT EXISTS")));
    }
    if (st.type == L("DropStmt") && !st.node.value(L("missing_ok")).toBool()) {
        expected.insert(L("missing_ok"), true);
        return insertionFix(finding, st, QStringLiteral(" IF EXISTS"), expected, 0,
                            int(st.text.size()),
                            trf(QT_TRANSLATE_NOOP("strata::LintQuickFix", "Fix: add IF EXISTS")));
    }
    if (st.type != L("AlterTableStmt"))
        return std::nullopt;
    // The command the rule flags: ADD COLUMN (at its column), else the first fragile one.
    const int i = commandFor(st, finding, [](const QJsonObject& cmd) {
        const QString sub = cmd.value(L("subtype")).toString();
        return (sub == L("AT_AddColumn") || sub == L("AT_DropColumn") ||
                sub == L("AT_DropConstraint")) &&
               !cmd.value(L("missing_ok")).toBool();
    });
    if (i < 0)
        return std::nullopt;
    const QJsonObject cmd = parse::as(parse::list(st.node, L("cmds")).at(i), L("AlterTableCmd"));
    expected = withCommand(expected, i, [](QJsonObject& c) { c.insert(L("missing_ok"), true); });
    if (cmd.value(L("subtype")).toString() != L("AT_AddColumn"))
        return insertionFix(finding, st, QStringLiteral(" IF EXISTS"), expected, 0,
                            int(st.text.size()),
                            trf(QT_TRANSLATE_NOOP("strata::LintQuickFix", "Fix: add IF EXISTS")));
    const int column = indexOfLocation(st.text, parse::location(parse::body(cmd.value(L("def")))));
    return insertionFix(finding, st, QStringLiteral(" IF NOT EXISTS"), expected, 0, column,
                        trf(QT_TRANSLATE_NOOP("strata::LintQuickFix", "Fix: add IF NOT EXISTS")));
}

QString quoted(const QString& name, bool always) {
    bool plain = !name.isEmpty() && (name[0].isLower() || name[0] == QLatin1Char('_'));
    for (QChar c : name)
        plain = plain && c.unicode() < 128 &&
                (c.isLower() || c.isDigit() || c == QLatin1Char('_') || c == QLatin1Char('$'));
    if (plain && !always)
        return name;
    QString q = name;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// `ALTER TABLE t VALIDATE CONSTRAINT c;`, names quoted where the parser needs it.
QString validateStatement(const QJsonObject& relation, const QString& constraint) {
    const QString schema = relation.value(L("schemaname")).toString();
    const QString table = relation.value(L("relname")).toString();
    for (bool always : {false, true}) {
        const QString name =
            (schema.isEmpty() ? QString() : quoted(schema, always) + QLatin1Char('.')) +
            quoted(table, always);
        const QString sql = QStringLiteral("ALTER TABLE %1 VALIDATE CONSTRAINT %2")
                                .arg(name, quoted(constraint, always));
        QString type;
        QJsonObject body;
        if (!parseOne(sql, &type, &body))
            continue;
        const QJsonObject rel = body.value(L("relation")).toObject();
        const QJsonObject cmd = parse::as(parse::list(body, L("cmds")).at(0), L("AlterTableCmd"));
        if (rel.value(L("relname")).toString() == table &&
            rel.value(L("schemaname")).toString() == schema &&
            cmd.value(L("name")).toString() == constraint)
            return sql + QLatin1Char(';');
    }
    return {};
}

std::optional<QuickFix> notValidConstraint(const LintFinding& finding, const LintStatement& st) {
    if (st.type != L("AlterTableStmt"))
        return std::nullopt;
    auto constraintOf = [](const QJsonObject& cmd) {
        return parse::as(cmd.value(L("def")), L("Constraint"));
    };
    const int i = commandFor(st, finding, [&](const QJsonObject& cmd) {
        const QJsonObject c = constraintOf(cmd);
        const QString type = c.value(L("contype")).toString();
        return cmd.value(L("subtype")).toString() == L("AT_AddConstraint") &&
               (type == L("CONSTR_FOREIGN") || type == L("CONSTR_CHECK")) &&
               !c.value(L("skip_validation")).toBool() &&
               !c.value(L("conname")).toString().isEmpty();
    });
    if (i < 0)
        return std::nullopt;
    const QJsonObject constraint =
        constraintOf(parse::as(parse::list(st.node, L("cmds")).at(i), L("AlterTableCmd")));
    const QString name = constraint.value(L("conname")).toString();
    const QString validate = validateStatement(st.node.value(L("relation")).toObject(), name);
    if (validate.isEmpty())
        return std::nullopt;
    const QJsonObject expected = withCommand(st.node, i, [](QJsonObject& cmd) {
        QJsonObject wrapper = cmd.value(L("def")).toObject();
        QJsonObject c = wrapper.value(L("Constraint")).toObject();
        c.remove(L("initially_valid"));
        c.insert(L("skip_validation"), true);
        wrapper.insert(L("Constraint"), c);
        cmd.insert(L("def"), wrapper);
    });
    std::optional<QuickFix> fix = insertionFix(
        finding, st, QStringLiteral(" NOT VALID"), expected,
        indexOfLocation(st.text, parse::location(constraint)), int(st.text.size()),
        trf(QT_TRANSLATE_NOOP(
                "strata::LintQuickFix",
                "Fix: add the constraint NOT VALID, then VALIDATE CONSTRAINT %1 (the revision "
                "becomes 'Transactional: no')"))
            .arg(name));
    // The validation must not run in the transaction that added the constraint (it would scan
    // under that lock): each statement commits on its own.
    if (fix) {
        fix->afterStatement = validate;
        fix->nonTransactional = true;
    }
    return fix;
}

} // namespace

QStringList LintQuickFix::fixableRules() {
    return {QStringLiteral("require-concurrent-index-creation"),
            QStringLiteral("require-concurrent-index-deletion"),
            QStringLiteral("prefer-robust-stmts"), QStringLiteral("constraint-missing-not-valid"),
            QStringLiteral("adding-foreign-key-constraint")};
}

std::optional<QuickFix> LintQuickFix::forFinding(const LintFinding& finding,
                                                 const LintStatement& statement) {
    if (finding.statementIndex < 0 || statement.text.isEmpty())
        return std::nullopt;
    const QString& rule = finding.rule;
    if (rule == L("require-concurrent-index-creation") ||
        rule == L("require-concurrent-index-deletion"))
        return concurrentIndex(finding, statement);
    if (rule == L("prefer-robust-stmts"))
        return robustStatement(finding, statement);
    if (rule == L("constraint-missing-not-valid") || rule == L("adding-foreign-key-constraint"))
        return notValidConstraint(finding, statement);
    return std::nullopt;
}

QString LintQuickFix::applied(const QString& statementText, const QuickFix& fix) {
    QString out = statementText;
    for (qsizetype i = fix.insertions.size() - 1; i >= 0; --i)
        out.insert(fix.insertions.at(i).index, fix.insertions.at(i).text);
    return out;
}

bool LintQuickFix::applyTo(SqlEditor* editor, int line, int column, const QString& statementText,
                           const QuickFix& fix) {
    const int start = editor->positionOf(line, column);
    const QByteArray utf8 = statementText.toUtf8();
    if (editor->bytes(start, start + int(utf8.size())).left(utf8.size()) != utf8)
        return false;
    editor->beginUndoAction();
    int added = 0;
    for (qsizetype i = fix.insertions.size() - 1; i >= 0; --i) {
        const QuickFix::Insertion& ins = fix.insertions.at(i);
        const QByteArray text = ins.text.toUtf8();
        const int at = start + int(statementText.left(ins.index).toUtf8().size());
        editor->SendScintilla(QsciScintillaBase::SCI_INSERTTEXT, at, text.constData());
        added += int(text.size());
    }
    if (!fix.afterStatement.isEmpty()) {
        const int end = start + int(utf8.size()) + added;
        const int length = int(editor->SendScintilla(QsciScintillaBase::SCI_GETLENGTH));
        int p = end;
        while (p < length &&
               QChar(char(editor->SendScintilla(QsciScintillaBase::SCI_GETCHARAT, p))).isSpace())
            ++p;
        const bool terminated =
            p < length && char(editor->SendScintilla(QsciScintillaBase::SCI_GETCHARAT, p)) == ';';
        const QByteArray text =
            ((terminated ? QStringLiteral("\n") : QStringLiteral(";\n")) + fix.afterStatement)
                .toUtf8();
        editor->SendScintilla(QsciScintillaBase::SCI_INSERTTEXT, terminated ? p + 1 : end,
                              text.constData());
    }
    editor->endUndoAction();
    return true;
}

} // namespace strata
