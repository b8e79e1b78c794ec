#include "run/RunLogModel.h"

#include "run/RunEventRows.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace strata {

namespace {

constexpr int kMaxEntries = 50; // the oldest entries go first
// Where a detail line's text starts: under the text of a message ("hh:mm:ss  ").
const QString kDetailIndent = QString(10, QLatin1Char(' '));

QColor toneColor(RunLine::Tone tone) {
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    switch (tone) {
    case RunLine::Tone::Normal:
        return {};
    case RunLine::Tone::Step:
        return QColor(dark ? "#64b5f6" : "#1565c0");
    case RunLine::Tone::Notice:
        return QColor(dark ? "#4dd0e1" : "#00838f");
    case RunLine::Tone::Warning:
        return QColor(dark ? "#ffb74d" : "#ef6c00");
    case RunLine::Tone::Success:
        return QColor(dark ? "#81c784" : "#2e7d32");
    case RunLine::Tone::Error:
        return QColor(dark ? "#ef9a9a" : "#c62828");
    }
    return {};
}

QString clock(const QDateTime& at) {
    return at.toString(QStringLiteral("hh:mm:ss"));
}

QString fullDate(const QDateTime& at) {
    return QLocale().toString(at.date(), QLocale::LongFormat) + QLatin1Char(' ') +
           at.toString(QStringLiteral("hh:mm:ss.zzz"));
}

// A statement on one line of a log, cut after `max` characters (the tooltip has all of it).
QString oneLine(const QString& statement, int max = 110) {
    QString s = statement.simplified();
    if (s.size() > max)
        s = s.left(max - 1) + QStringLiteral("…");
    return s;
}

QFont consoleFont(bool bold) {
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setBold(bold);
    return font;
}

} // namespace

RunLogModel::RunLogModel(QObject* parent)
    : QAbstractItemModel(parent) {}

RunLogModel::~RunLogModel() = default;

QString RunLogModel::result(const RunEntry& e) const {
    const bool tryIt = e.kind == RunEntry::Kind::TryIt;
    switch (e.state) {
    case RunEntry::State::Running:
        return e.stepCount > 0
                   ? tr("Running… %1/%n revision(s)", nullptr, e.stepCount).arg(e.stepsDone)
                   : tr("Running…");
    case RunEntry::State::Finished:
        return tryIt ? tr("Succeeded")
                     : tr("Finished. %1/%n revision(s)", nullptr, e.stepCount).arg(e.stepsDone);
    case RunEntry::State::Failed:
        return tryIt || e.failedAt.isEmpty() ? tr("Failed") : tr("Failed at %1").arg(e.failedAt);
    case RunEntry::State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString RunLogModel::seconds(qint64 ms) const {
    return RunEventRows::seconds(ms);
}

QString RunLogModel::durationText(const RunEntry& entry, const RunLine& line) const {
    if (line.running)
        return seconds(std::max<qint64>(0, entry.now() - line.startMs));
    return line.durationMs >= 0 ? seconds(line.durationMs) : QString();
}

RunEntry& RunLogModel::current() {
    if (m_current < 0)
        runStarted(QString(), QString()); // events without a start: an entry all the same
    return *m_entries[size_t(m_current)];
}

int RunLogModel::rowOf(const RunEntry& entry) const {
    for (size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].get() == &entry)
            return int(i);
    return -1;
}

void RunLogModel::runStarted(const QString& action, const QString& environment) {
    if (m_current >= 0)
        runEnded(false);
    if (int(m_entries.size()) >= kMaxEntries) { // never the run under way (addReport)
        const int oldest = m_running == m_entries.front().get() ? 1 : 0;
        beginRemoveRows({}, oldest, oldest);
        m_entries.erase(m_entries.begin() + oldest);
        endRemoveRows();
    }
    auto entry = std::make_unique<RunEntry>();
    entry->action = action;
    entry->environment = environment;
    entry->started = QDateTime::currentDateTime();
    entry->clock.start();
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back(std::move(entry));
    endInsertRows();
    m_current = row;
    emit entryAdded(row);
}

void RunLogModel::append(RunEntry& entry, RunLine line) {
    const int row = rowOf(entry);
    const int at = int(entry.lines.size());
    beginInsertRows(index(row, 0), at, at);
    entry.lines.push_back(std::move(line));
    endInsertRows();
}

void RunLogModel::changed(int entryRow, int lineRow) {
    const QModelIndex parent = index(entryRow, 0);
    emit dataChanged(index(lineRow, 0, parent), index(lineRow, ColumnCount - 1, parent));
}

void RunLogModel::headerChanged(int entryRow) {
    emit dataChanged(index(entryRow, 0), index(entryRow, ColumnCount - 1));
}

void RunLogModel::addEvent(const RunEvent& e) {
    RunEntry& entry = current();
    const int row = rowOf(entry);
    const RunEntryChange change = RunEventRows::apply(entry, e);
    for (const int line : change.changed)
        changed(row, line);
    if (!change.added.isEmpty()) {
        const int first = int(entry.lines.size());
        beginInsertRows(index(row, 0), first, first + int(change.added.size()) - 1);
        entry.lines += change.added;
        endInsertRows();
    }
    if (change.header)
        headerChanged(row);
}

void RunLogModel::runEnded(bool succeeded) {
    if (m_current < 0)
        return;
    RunEntry& entry = *m_entries[size_t(m_current)];
    const int row = m_current;
    m_current = -1;
    if (entry.state == RunEntry::State::Running)
        entry.state = succeeded ? RunEntry::State::Finished : RunEntry::State::Failed;
    if (entry.totalMs < 0)
        entry.totalMs = entry.now();
    for (int i = 0; i < int(entry.lines.size()); ++i)
        if (entry.lines[i].running) { // a source that ended without saying how
            entry.lines[i].running = false;
            entry.lines[i].status = tr("stopped");
            changed(row, i);
        }
    headerChanged(row);
}

void RunLogModel::addReport(const QString& heading, const QString& environment,
                            const QStringList& lines, bool succeeded) {
    // A run under way keeps its entry: its events still go there.
    m_running = m_current >= 0 ? m_entries[size_t(m_current)].get() : nullptr;
    m_current = -1;
    runStarted(heading, environment);
    RunEntry& entry = *m_entries.back();
    entry.kind = RunEntry::Kind::TryIt;
    for (const QString& text : lines) {
        RunLine line;
        line.kind = RunLine::Kind::Message;
        line.at = entry.started;
        line.text = text;
        line.tone =
            text.contains(QLatin1String("FAILED")) ? RunLine::Tone::Error : RunLine::Tone::Normal;
        append(entry, line);
    }
    entry.state = succeeded ? RunEntry::State::Finished : RunEntry::State::Failed;
    entry.totalMs = -1; // the report does not say how long it took
    m_current = m_running ? rowOf(*m_running) : -1;
    m_running = nullptr;
    headerChanged(int(m_entries.size()) - 1);
}

void RunLogModel::clear() {
    beginResetModel();
    std::unique_ptr<RunEntry> running =
        m_current >= 0 ? std::move(m_entries[size_t(m_current)]) : nullptr;
    m_entries.clear();
    m_current = -1;
    if (running) {
        m_entries.push_back(std::move(running));
        m_current = 0;
    }
    endResetModel();
}

bool RunLogModel::hasRunningStatement() const {
    return m_current >= 0 && m_entries[size_t(m_current)]->runningStatement() >= 0;
}

void RunLogModel::tick() {
    if (m_current < 0)
        return;
    const RunEntry& entry = *m_entries[size_t(m_current)];
    const QModelIndex parent = index(m_current, 0);
    for (const int row : {entry.runningStatement(), entry.runningStep()})
        if (row >= 0)
            emit dataChanged(index(row, DurationColumn, parent), index(row, DurationColumn, parent),
                             {Qt::DisplayRole});
    emit dataChanged(index(m_current, DurationColumn), index(m_current, DurationColumn),
                     {Qt::DisplayRole});
}

QModelIndex RunLogModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_entries.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= int(m_entries.size()))
        return {};
    if (row >= int(m_entries[size_t(parent.row())]->lines.size()))
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex RunLogModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int RunLogModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return int(m_entries.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_entries[size_t(parent.row())]->lines.size());
}

int RunLogModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant RunLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case RevisionColumn:
        return tr("Revision");
    case LineColumn:
        return tr("Line");
    case StatementColumn:
        return tr("Statement");
    case DurationColumn:
        return tr("Duration");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QVariant RunLogModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    if (index.internalId() == 0)
        return headerData(*m_entries[size_t(index.row())], index.column(), role);
    const RunEntry& entry = *m_entries[size_t(index.internalId() - 1)];
    return lineData(entry, entry.lines[index.row()], index.column(), role);
}

QVariant RunLogModel::headerData(const RunEntry& e, int column, int role) const {
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TimeColumn:
            return clock(e.started);
        case RevisionColumn:
            return e.environment;
        case StatementColumn:
            return e.action;
        case DurationColumn:
            if (e.state == RunEntry::State::Running)
                return seconds(e.now());
            return e.totalMs >= 0 ? seconds(e.totalMs) : QString();
        case StatusColumn:
            return result(e);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == TimeColumn)
            return fullDate(e.started);
        return headerText(e);
    case Qt::FontRole:
        return consoleFont(true);
    case Qt::ForegroundRole:
        if (column != StatusColumn)
            return {};
        switch (e.state) {
        case RunEntry::State::Finished:
            return QBrush(toneColor(RunLine::Tone::Success));
        case RunEntry::State::Failed:
            return QBrush(toneColor(RunLine::Tone::Error));
        case RunEntry::State::Cancelled:
            return QBrush(toneColor(RunLine::Tone::Warning));
        case RunEntry::State::Running:
            return QBrush(toneColor(RunLine::Tone::Step));
        }
        return {};
    case Qt::BackgroundRole:
        return QGuiApplication::palette().alternateBase();
    case RevisionRole:
        return e.state == RunEntry::State::Failed ? e.failedAt : QString();
    case LineRole:
        return e.state == RunEntry::State::Failed ? e.failedLine : 0;
    case FailedRole:
        return e.state == RunEntry::State::Failed;
    case RunningRole:
        return e.state == RunEntry::State::Running;
    case SpannedRole:
        return false;
    default:
        return {};
    }
}

QVariant RunLogModel::lineData(const RunEntry& entry, const RunLine& l, int column,
                               int role) const {
    switch (role) {
    case Qt::DisplayRole:
        if (l.spansRow())
            return column == TimeColumn ? lineText(l) : QString();
        switch (column) {
        case TimeColumn:
            return clock(l.at);
        case RevisionColumn:
            return l.revision;
        case LineColumn:
            return l.kind == RunLine::Kind::Statement && l.line > 0 ? QString::number(l.line)
                                                                    : QString();
        case StatementColumn:
            return l.kind == RunLine::Kind::Statement ? l.text.simplified() : l.text;
        case DurationColumn:
            return durationText(entry, l);
        case StatusColumn:
            return l.status;
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        if (column == TimeColumn && !l.spansRow())
            return fullDate(l.at);
        QString tip = column == StatusColumn && !l.status.isEmpty()
                          ? l.status
                          : (l.spansRow() ? lineText(l).trimmed() : l.text);
        if (!l.toolTip.isEmpty())
            tip += QLatin1Char('\n') + l.toolTip;
        if (l.opensRevision())
            tip += QLatin1Char('\n') +
                   tr("Double-click to open %1 at line %2.").arg(l.revision).arg(l.line);
        return tip;
    }
    case Qt::FontRole:
        return consoleFont(l.bold && (l.spansRow() || column == StatementColumn));
    case Qt::ForegroundRole: {
        RunLine::Tone tone = l.tone;
        if (column == StatusColumn && l.statusTone != RunLine::Tone::Normal)
            tone = l.statusTone;
        if (column == StatusColumn && l.running)
            tone = RunLine::Tone::Step;
        if (column == TimeColumn && !l.spansRow())
            return QBrush(QGuiApplication::palette().color(QPalette::PlaceholderText));
        const QColor color = toneColor(tone);
        return color.isValid() ? QVariant(QBrush(color)) : QVariant();
    }
    case Qt::TextAlignmentRole:
        if (column == DurationColumn || column == LineColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RevisionRole:
        return l.revision;
    case LineRole:
        return l.line;
    case SpannedRole:
        return l.spansRow();
    case FailedRole:
        return l.failed;
    case RunningRole:
        return l.running;
    default:
        return {};
    }
}

QString RunLogModel::headerText(const RunEntry& e) const {
    QString text = clock(e.started) + QStringLiteral("  ") + e.action;
    if (!e.environment.isEmpty())
        text += QStringLiteral(" — ") + e.environment;
    text += QStringLiteral(" — ") + result(e);
    if (e.totalMs >= 0)
        text += QStringLiteral(" (") + seconds(e.totalMs) + QLatin1Char(')');
    return text;
}

QString RunLogModel::lineText(const RunLine& l) const {
    if (l.kind == RunLine::Kind::Detail)
        return kDetailIndent + l.text;
    QString text = clock(l.at) + QStringLiteral("  ");
    if (l.kind == RunLine::Kind::Message)
        return text + l.text;
    if (l.kind != RunLine::Kind::Step && !l.revision.isEmpty())
        text += l.revision + QStringLiteral("  ");
    if (l.kind == RunLine::Kind::Statement && l.line > 0)
        text += tr("line %1: ").arg(l.line);
    text += l.kind == RunLine::Kind::Statement ? oneLine(l.text) : l.text;
    return text;
}

const RunLine* RunLogModel::lineAt(const QModelIndex& index) const {
    if (!index.isValid() || index.internalId() == 0 ||
        index.internalId() > quintptr(m_entries.size()))
        return nullptr;
    const RunEntry& entry = *m_entries[size_t(index.internalId() - 1)];
    return index.row() < int(entry.lines.size()) ? &entry.lines[index.row()] : nullptr;
}

QString RunLogModel::plainText(const QModelIndex& index) const {
    if (!index.isValid())
        return {};
    if (index.internalId() == 0)
        return headerText(*m_entries[size_t(index.row())]);
    const RunEntry& entry = *m_entries[size_t(index.internalId() - 1)];
    const RunLine& l = entry.lines[index.row()];
    QString text = lineText(l);
    if (l.spansRow())
        return text;
    QStringList facts;
    if (const QString d = durationText(entry, l); !d.isEmpty())
        facts << d;
    if (!l.status.isEmpty() && l.kind != RunLine::Kind::Notice)
        facts << l.status;
    if (!facts.isEmpty())
        text += QStringLiteral("  (") + facts.join(QStringLiteral(", ")) + QLatin1Char(')');
    return text;
}

QStringList RunLogModel::lines() const {
    QStringList out;
    for (int e = 0; e < int(m_entries.size()); ++e) {
        const QModelIndex header = index(e, 0);
        out << plainText(header);
        for (int r = 0; r < rowCount(header); ++r)
            out << plainText(index(r, 0, header));
    }
    return out;
}

} // namespace strata
