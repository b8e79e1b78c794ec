#pragma once

#include "revision/Revision.h"
#include "revision/RevisionGraph.h"

#include <QString>
#include <QStringList>
#include <QTest>

#include <optional>
#include <vector>

namespace strata::test {

// A revision as the graph tests write them: file "<id>.sql" under /project/versions, header on
// line 1.
Revision rev(const QString& id, const QStringList& parents = {}, const QStringList& labels = {},
             const QStringList& deps = {});

// The revisions in file-name order, as ScriptDirectory hands them to RevisionGraph.
std::vector<Revision> sortedByFile(std::vector<Revision> revs);

QStringList sorted(QStringList list);

// The graph of `revisions`, or nullopt (with the first problem printed) when it does not build.
// Use STRATA_GRAPH_OR_FAIL so that a test stops at a failed build.
std::optional<RevisionGraph> graphOrWarn(std::vector<Revision> revisions);

// A generated project shape of `n` revisions, ids r00000.. in file order: a chain where every
// 10th revision is a branch point with two children merging at the next one (the bench's
// "branchy"); `linear` = one chain.
std::vector<Revision> generatedRevisions(int n, bool branchy);

} // namespace strata::test

// Declares `const RevisionGraph var` built from `revisions`; a failed build fails the test and
// returns from it (Qt Test's QVERIFY), so no test carries on with an empty graph.
#define STRATA_GRAPH_OR_FAIL(var, revisions)                                                       \
    const std::optional<::strata::RevisionGraph> var##_built =                                     \
        ::strata::test::graphOrWarn(revisions);                                                    \
    QVERIFY2(var##_built.has_value(), "the test graph does not build");                            \
    const ::strata::RevisionGraph& var = *var##_built
