#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace strata {

class HistoryExporter;
class HistoryFilterBar;
class HistoryModel;
class HistoryPager;
class ReadOnlyCodeView;
class ProjectSession;
struct EnvironmentEntry;
struct HistoryFilter;
struct HistorySource;

// The history of the selected environment, or of all of them: every row (read page by page off
// the GUI thread as the table is scrolled; the title gives the real number of rows), filtered
// in SQL by status, direction, dates, user and text, failed rows highlighted, exported to CSV.
class HistoryView : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryView)

public:
    explicit HistoryView(QWidget* parent = nullptr);
    ~HistoryView() override;

    // Where the rows are read from (the project, its environments and their passwords). Without
    // a session the view shows the rows read with each environment's status.
    void setSession(ProjectSession* session);
    // The main window's current environment (`entry`, as read): shown unless "All
    // environments" is chosen; read again when its status changed (after a run, a password).
    void setEntry(const EnvironmentEntry& entry);
    QString environment() const;
    // Reads the chosen history again from the first page.
    void reload();
    // Writes every row the filter lets through to `path` (in the background); exported()
    // follows.
    void exportCsv(const QString& path);

    HistoryModel* model() const { return m_model; }
    HistoryPager* pager() const { return m_pager; }
    HistoryFilterBar* filterBar() const { return m_bar; }
    QLineEdit* filterBox() const;
    QTableView* table() const { return m_table; }
    // The pane under the table: the current row's failing statement (a failed row).
    ReadOnlyCodeView* statementView() const { return m_statement; }
    QString shownStatement() const;
    QString title() const;
    // The number of rows the filter lets through (-1 while counting).
    qint64 total() const;
    bool isLoading() const;

signals:
    void exported(const QString& path, qint64 rows, const QString& error);

private:
    QList<HistorySource> sources() const;
    HistoryFilter currentFilter() const;
    QString signature() const;
    void fillEnvironments();
    void updateTitle();
    void fitColumns();
    void showStatement(int row);
    void chooseExportFile();

    ProjectSession* m_session = nullptr;
    HistoryModel* m_model;
    HistoryPager* m_pager;
    HistoryExporter* m_exporter;
    HistoryFilterBar* m_bar;
    QLabel* m_title;
    QLabel* m_loaded;
    QPushButton* m_export;
    QTableView* m_table;
    ReadOnlyCodeView* m_statement;
    QString m_signature; // of the sources last read (reading again when it changes)
    QString m_fallbackTitle;
};

} // namespace strata
