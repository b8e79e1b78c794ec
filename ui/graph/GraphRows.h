#pragma once

#include <QAbstractProxyModel>
#include <QSet>

#include <vector>

namespace strata {

class GraphModel;

// What the graph table shows of a GraphModel: every revision, or only those matching a filter
// (id, message, branch label, file name), with long linear runs folded into one "… 37
// revisions" row. A run folds when more than `collapseThreshold` consecutive rows each have one
// parent (the row below) and one child (the row above), no environment badge and no problem;
// a fold expands on request and stays expanded until the threshold changes.
class GraphRows : public QAbstractProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphRows)

public:
    enum Role { FoldCountRole = Qt::UserRole + 100 }; // revisions in a fold row (int), else 0
    static constexpr int kDefaultCollapseThreshold = 8;

    explicit GraphRows(GraphModel* model, QObject* parent = nullptr);

    GraphModel* graph() const { return m_model; }
    // Shows only the revisions matching `text` (case-insensitive); empty shows everything.
    void setFilter(const QString& text);
    QString filter() const { return m_filter; }
    bool isFiltered() const { return !m_filter.isEmpty(); }
    // 0 turns folding off.
    void setCollapseThreshold(int threshold);
    int collapseThreshold() const { return m_threshold; }
    // Expands the fold on view row `row`; false when it is not a fold.
    bool expand(int row);

    // The GraphModel row shown on view row `row`; -1 for a fold row or out of range.
    int sourceRow(int row) const;
    // The revisions folded into view row `row`, 0 when it is not a fold; and the GraphModel row
    // of its newest revision (-1 when not a fold).
    int foldCount(int row) const;
    int foldStart(int row) const { return foldCount(row) > 0 ? m_rows[size_t(row)].source : -1; }
    // The view row showing GraphModel row `source`, expanding its fold when `reveal`; -1 when
    // hidden (filtered out, or folded and not revealed).
    int viewRow(int source, bool reveal = false);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Row {
        int source = -1; // the GraphModel row (a fold: its first row)
        int folded = 0;  // > 0: a fold of this many rows from `source`
        bool operator==(const Row&) const = default;
    };
    std::vector<Row> computeRows(); // also caches foldable() per row
    bool matches(int source) const;
    bool foldable(int source) const;
    // Recomputes the rows; resets the view only when they changed (`inReset`: inside the
    // source's reset, which began ours).
    void rebuild(bool inReset = false);

    GraphModel* m_model;
    QString m_filter;
    int m_threshold = kDefaultCollapseThreshold;
    QSet<int> m_expanded; // source rows starting a fold the user expanded
    std::vector<Row> m_rows;
    std::vector<int> m_viewOfSource; // GraphModel row -> view row (-1 hidden)
    std::vector<char> m_foldable;    // GraphModel row -> foldable() when the rows were computed
};

} // namespace strata
