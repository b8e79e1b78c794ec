#include "DriftView.h"

#include "LineDiff.h"

#include "alembic/RevisionAuthor.h"
#include "drift/DriftRevision.h"
#include "schema/DifferenceDdl.h"

#include "common/SqlHighlighterFactory.h"
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace strata {

namespace {

// What writing a captured revision came to (handed back to the GUI thread).
struct CaptureOutcome {
    QString path;
    QString warning;
    QString error;
};

CaptureOutcome writeCaptured(const Project& project, const DriftSide& actual, const DriftSide& base,
                             const QString& message) {
    CaptureOutcome out;
    NewRevision revision;
    revision.message = message;
    Result<RevisionAuthor::Written> written =
        DriftRevision::capture(base, actual)
            .revision(project.graph(), revision)
            .and_then([&project](NewRevision full) {
                AlembicRevisionAuthor::Request request;
                request.revision = std::move(full);
                return RevisionAuthor::write(project.config(), project.primaryVersionsDir(),
                                             request);
            });
    if (written) {
        out.path = written->path;
        out.warning = written->warning;
    } else {
        out.error = written.error().toString();
    }
    return out;
}

enum Role { DifferenceIndexRole = Qt::UserRole + 1 };

// A small round mark: + added (green), − removed (red), ~ changed (amber), ↕ column order.
QIcon changeIcon(SchemaDifference::Change change) {
    QColor color;
    QString glyph;
    switch (change) {
    case SchemaDifference::Change::Added:
        color = QColor(QStringLiteral("#2e7d32"));
        glyph = QStringLiteral("+");
        break;
    case SchemaDifference::Change::Removed:
        color = QColor(QStringLiteral("#c62828"));
        glyph = QStringLiteral("\u2212");
        break;
    case SchemaDifference::Change::Changed:
        color = QColor(QStringLiteral("#ef6c00"));
        glyph = QStringLiteral("~");
        break;
    case SchemaDifference::Change::ColumnOrder:
        color = QColor(QStringLiteral("#6a1b9a"));
        glyph = QStringLiteral("\u2195");
        break;
    }
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(color);
    p.setPen(Qt::NoPen);
    p.drawEllipse(2, 2, 28, 28);
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(22);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRect(0, 0, 32, 31), Qt::AlignCenter, glyph);
    return QIcon(pixmap);
}

QString changeText(SchemaDifference::Change change) {
    switch (change) {
    case SchemaDifference::Change::Added:
        return DriftView::tr("only in B");
    case SchemaDifference::Change::Removed:
        return DriftView::tr("only in A");
    case SchemaDifference::Change::Changed:
        return DriftView::tr("changed");
    case SchemaDifference::Change::ColumnOrder:
        return DriftView::tr("column order");
    }
    return {};
}

} // namespace

DriftView::DriftView(QWidget* parent)
    : QWidget(parent) {
    m_envA = new QComboBox(this);
    m_envB = new QComboBox(this);
    m_envA->setMinimumContentsLength(10);
    m_envB->setMinimumContentsLength(10);
    m_envA->setObjectName(QStringLiteral("driftEnvA"));
    m_envB->setObjectName(QStringLiteral("driftEnvB"));
    m_swap = new QToolButton(this);
    m_swap->setText(QStringLiteral("\u21c4"));
    m_swap->setObjectName(QStringLiteral("driftSwap"));
    m_swap->setToolTip(tr("Swap A and B"));
    m_swap->setAccessibleName(tr("Swap A and B"));
    m_refresh = new QPushButton(tr("Compare"), this);

    m_refresh->setToolTip(tr("Compare the two schemas"));
    m_capture = new QPushButton(tr("New revision from these differences"), this);
    m_capture->setObjectName(QStringLiteral("captureRevision"));
    m_capture->setToolTip(tr("Write a new revision on the heads whose upgrade brings B to A "
                             "(what was changed by hand in A) and whose downgrade brings it "
                             "back; destructive statements come out commented"));
    m_capture->setEnabled(false);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setVisible(false);
    m_status = new QLabel(tr("Choose two environments, or an environment and its expected "
                             "schema."),
                          this);
    m_status->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("A:"), this));
    bar->addWidget(m_envA);
    bar->addWidget(m_swap);
    bar->addWidget(new QLabel(tr("against B:"), this));
    bar->addWidget(m_envB);
    bar->addWidget(m_refresh);
    bar->addWidget(m_capture);
    bar->addWidget(m_busy);
    bar->addWidget(m_status, 1);

    m_tree = new QTreeWidget(this);
    m_tree->setHeaderLabels({tr("Object"), tr("Difference")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setUniformRowHeights(true);

    auto makeSide = [this](QLabel*& label, ReadOnlyCodeView*& text) {
        auto* box = new QWidget(this);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        label = new QLabel(box);
        text = SqlHighlighterFactory::createReadOnlyView(box);
        layout->addWidget(label);
        layout->addWidget(text);
        return box;
    };
    auto* sides = new QSplitter(Qt::Horizontal, this);
    sides->addWidget(makeSide(m_labelA, m_textA));
    sides->addWidget(makeSide(m_labelB, m_textB));
    auto* main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(m_tree);
    main->addWidget(sides);
    main->setStretchFactor(0, 2);
    main->setStretchFactor(1, 3);
    main->setSizes({520, 680});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(main, 1);

    connect(m_refresh, &QPushButton::clicked, this, &DriftView::startFromCombos);
    connect(m_swap, &QToolButton::clicked, this, &DriftView::swap);
    connect(m_envA, &QComboBox::currentTextChanged, this, [this] { fillB(); });
    connect(m_envB, &QComboBox::currentTextChanged, this, [this] { updateSwap(); });
    connect(m_capture, &QPushButton::clicked, this, &DriftView::askAndCapture);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current) { showDifference(current); });
    setDefinitions({}, {});
}

DriftView::~DriftView() {
    m_work.cancel(); // never waits: the worker owns its copy of the project
    m_captureWork.cancel();
}

void DriftView::setProject(const Project& project) {
    m_project = project;
    m_hasProject = true;
    const QString a = m_envA->currentText();
    const QString b = m_envB->currentData().toString();
    m_names = project.config().environmentNames();
    {
        const QSignalBlocker blockA(m_envA);
        m_envA->clear();
        m_envA->addItems(m_names);
        if (m_names.contains(a))
            m_envA->setCurrentText(a);
    }
    m_shownA.clear(); // B keeps its choice unless it is now A
    fillB(b);
}

QStringList DriftView::choicesB() const {
    QStringList out;
    for (int i = 0; i < m_envB->count(); ++i)
        out << m_envB->itemData(i).toString();
    return out;
}

void DriftView::fillB(const QString& wanted) {
    const QString a = m_envA->currentText();
    QString b = wanted.isNull() ? m_envB->currentData().toString() : wanted;
    // A took the environment B had: B takes the one A had (choosing A's side swaps them).
    if (b == a)
        b = m_shownA;
    {
        const QSignalBlocker blockB(m_envB);
        m_envB->clear();
        // B's items carry what they compare against: "expected" is shown in the user's language.
        m_envB->addItem(tr("expected schema"), QStringLiteral("expected"));
        for (const QString& name : std::as_const(m_names))
            if (name != a)
                m_envB->addItem(name, name);
        const int index = m_envB->findData(b);
        m_envB->setCurrentIndex(index >= 0 ? index : 0);
    }
    m_shownA = a;
    updateSwap();
}

void DriftView::updateSwap() {
    m_swap->setEnabled(!m_running && !m_capturing &&
                       m_envB->currentData().toString() != QLatin1String("expected") &&
                       !m_envB->currentData().toString().isEmpty());
}

void DriftView::swap() {
    const QString a = m_envA->currentText();
    const QString b = m_envB->currentData().toString();
    if (b.isEmpty() || b == QLatin1String("expected") || !m_names.contains(b))
        return;
    // Setting A to B's environment swaps them (fillB gives B the former A).
    m_envA->setCurrentText(b);
    if (m_envB->currentData().toString() != a)
        m_envB->setCurrentIndex(m_envB->findData(a));
}

bool DriftView::isBusy() const {
    return m_running;
}

void DriftView::startFromCombos() {
    compare(m_envA->currentText(), m_envB->currentData().toString());
}

void DriftView::compare(const QString& envA, const QString& against) {
    if (!m_hasProject || isBusy() || m_capturing || envA.isEmpty() || against.isEmpty())
        return;
    m_requestA = envA;
    m_requestB = against;
    m_envA->setCurrentText(envA);
    if (m_envB->findData(against) >= 0)
        m_envB->setCurrentIndex(m_envB->findData(against));
    m_refresh->setEnabled(false);
    m_swap->setEnabled(false);
    m_busy->setVisible(true);
    m_running = true;
    updateCapture();
    m_status->setText(against == QLatin1String("expected")
                          ? tr("Reading %1 and building its expected schema…").arg(envA)
                          : tr("Reading %1 and %2…").arg(envA, against));
    m_work = async(
        this,
        [project = m_project, envA, against](const CancelToken& token) {
            auto cancellation = Cancellation::create();
            token.onCancel([cancellation] { cancellation->cancel(); });
            return DriftComparison::compute(project, envA, against, cancellation);
        },
        [this](const DriftComparison& comparison) { finished(comparison); });
}

void DriftView::finished(const DriftComparison& comparison) {
    m_running = false;
    m_captured = false;
    m_comparison = comparison;
    m_refresh->setEnabled(true);
    updateSwap();
    m_busy->setVisible(false);
    if (m_comparison.error) {
        m_status->setText(tr("Cannot compare: %1").arg(m_comparison.error->toString()));
        m_tree->clear();
        setDefinitions({}, {});
        updateCapture();
        Q_EMIT comparisonFinished(-1, m_comparison.error->toString());
        return;
    }
    // Server differences (what two PostgreSQL majors ship) are not drift: counted apart.
    const int n = m_comparison.diff.driftCount();
    const int server = int(m_comparison.diff.serverDifferences().size());
    QString status = n == 0 ? tr("%1 and %2 are in sync (%n object(s)).", nullptr,
                                 m_comparison.a.snapshot.size())
                                  .arg(m_comparison.a.label, m_comparison.b.label)
                            : tr("%1 vs %2: %n difference(s).", nullptr, n)
                                  .arg(m_comparison.a.label, m_comparison.b.label);
    if (server > 0)
        status += QLatin1Char(' ') + tr("%n server difference(s), not drift.", nullptr, server);
    m_status->setText(status);
    m_labelA->setText(tr("A: %1").arg(m_comparison.a.label));
    m_labelB->setText(tr("B: %1").arg(m_comparison.b.label));
    fillTree();
    updateCapture();
    Q_EMIT comparisonFinished(n, QString());
}

void DriftView::updateCapture() {
    m_capture->setEnabled(m_hasProject && !m_running && !m_capturing && !m_captured &&
                          !m_comparison.error && m_comparison.diff.hasDrift());
}

void DriftView::askAndCapture() {
    if (!m_capture->isEnabled())
        return;
    bool ok = false;
    const QString message = QInputDialog::getText(
        this, tr("New revision from these differences"), tr("Message of the new revision:"),
        QLineEdit::Normal, tr("capture drift of %1").arg(m_comparison.a.label), &ok);
    if (ok && !message.trimmed().isEmpty())
        captureRevision(message.trimmed());
}

void DriftView::captureRevision(const QString& message) {
    if (!m_hasProject || m_running || m_capturing || m_captured || m_comparison.error ||
        !m_comparison.diff.hasDrift())
        return;
    m_capturing = true;
    updateCapture();
    updateSwap();
    m_refresh->setEnabled(false);
    m_busy->setVisible(true);
    m_status->setText(
        tr("Writing a revision from the differences of %1…").arg(m_comparison.a.label));
    m_captureWork = async(
        this,
        [project = m_project, actual = m_comparison.a, base = m_comparison.b,
         message](const CancelToken&) { return writeCaptured(project, actual, base, message); },
        [this](const CaptureOutcome& outcome) {
            m_capturing = false;
            m_refresh->setEnabled(true);
            updateSwap();
            m_busy->setVisible(false);
            if (outcome.error.isEmpty()) {
                // Captured: a new comparison is needed before capturing again.
                m_captured = true;
                m_status->setText(outcome.warning.isEmpty()
                                      ? tr("Wrote %1.").arg(outcome.path)
                                      : tr("Wrote %1 (%2).").arg(outcome.path, outcome.warning));
            } else {
                m_status->setText(tr("Cannot write the revision: %1").arg(outcome.error));
            }
            updateCapture();
            if (outcome.error.isEmpty())
                Q_EMIT revisionWritten(outcome.path);
            Q_EMIT captureFinished(outcome.path, outcome.error);
        });
}

void DriftView::fillTree() {
    m_tree->clear();
    // Server differences (what two PostgreSQL majors ship) are not counted in the kinds' groups.
    const auto summary = SchemaDiff::fromDifferences(m_comparison.diff.drift()).summary();
    QTreeWidgetItem* group = nullptr;
    QTreeWidgetItem* serverGroup = nullptr;
    ObjectKind groupKind = ObjectKind::Schema;
    const QList<SchemaDifference>& diffs = m_comparison.diff.differences();
    for (qsizetype i = 0; i < diffs.size(); ++i) {
        const SchemaDifference& d = diffs.at(i);
        if (d.isServer())
            continue;
        if (!group || d.kind != groupKind) {
            groupKind = d.kind;
            const DiffCounts counts = summary.value(d.kind);
            group = new QTreeWidgetItem(m_tree);
            group->setText(
                0, QStringLiteral("%1 (%2)").arg(objectKindName(d.kind)).arg(counts.total()));
            QStringList parts;
            if (counts.added)
                parts << tr("%1 only in B").arg(counts.added);
            if (counts.removed)
                parts << tr("%1 only in A").arg(counts.removed);
            if (counts.changed)
                parts << tr("%1 changed").arg(counts.changed);
            if (counts.columnOrder)
                parts << tr("%1 column order").arg(counts.columnOrder);
            group->setText(1, parts.join(QStringLiteral(", ")));
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setExpanded(true);
        }
        auto* item = new QTreeWidgetItem(group);
        item->setIcon(0, changeIcon(d.change));
        item->setText(0, d.name);
        item->setToolTip(0, d.name);
        QString what = changeText(d.change);
        if (d.change == SchemaDifference::Change::Changed) {
            QStringList names;
            for (const AttributeChange& c : d.attributes)
                names << c.name;
            what += QStringLiteral(": ") + names.join(QStringLiteral(", "));
        }
        item->setText(1, what);
        item->setToolTip(1, what);
        item->setData(0, DifferenceIndexRole, int(i));
    }
    // Their own group at the end, greyed: visible, but not drift.
    const QBrush grey = palette().brush(QPalette::Disabled, QPalette::Text);
    for (qsizetype i = 0; i < diffs.size(); ++i) {
        const SchemaDifference& d = diffs.at(i);
        if (!d.isServer())
            continue;
        if (!serverGroup) {
            serverGroup = new QTreeWidgetItem(m_tree);
            serverGroup->setText(0, tr("Server differences (not drift) (%1)")
                                        .arg(m_comparison.diff.serverDifferences().size()));
            serverGroup->setText(1, tr("what the two PostgreSQL versions ship"));
            serverGroup->setForeground(0, grey);
            serverGroup->setForeground(1, grey);
            serverGroup->setExpanded(true);
        }
        auto* item = new QTreeWidgetItem(serverGroup);
        item->setText(0, QStringLiteral("%1 %2").arg(objectKindName(d.kind), d.name));
        item->setToolTip(0, d.name);
        item->setText(1, d.serverReason);
        item->setToolTip(1, d.serverReason);
        item->setForeground(0, grey);
        item->setForeground(1, grey);
        item->setData(0, DifferenceIndexRole, int(i));
    }
    if (m_tree->topLevelItemCount() > 0 && m_tree->topLevelItem(0)->childCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0)->child(0));
    else
        setDefinitions({}, {});
}

void DriftView::showDifference(QTreeWidgetItem* item) {
    if (!item || !item->data(0, DifferenceIndexRole).isValid()) {
        setDefinitions({}, {});
        return;
    }
    const int index = item->data(0, DifferenceIndexRole).toInt();
    const QList<SchemaDifference>& diffs = m_comparison.diff.differences();
    if (index < 0 || index >= diffs.size())
        return;
    const SchemaDifference& d = diffs.at(index);
    // Every attribute that differs is a line of its own (a changed comment too).
    const DifferenceDdl ddl = DifferenceDdl::render(d, m_comparison.a.snapshot.find(d.kind, d.name),
                                                    m_comparison.b.snapshot.find(d.kind, d.name));
    setDefinitions(ddl.a, ddl.b);
}

void DriftView::setDefinitions(const QString& a, const QString& b) {
    m_textA->setSql(a);
    m_textB->setSql(b);
    m_textA->setPlaceholderText(tr("(not in A)"));
    m_textB->setPlaceholderText(tr("(not in B)"));
    const LineDiff diff =
        LineDiff::compute(a.isEmpty() ? QStringList() : a.split(QLatin1Char('\n')),
                          b.isEmpty() ? QStringList() : b.split(QLatin1Char('\n')));
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_highlightedA = m_textA->setLineBackgrounds(diff.changedA, dark ? QColor(110, 40, 40)
                                                                     : QColor(255, 220, 220));
    m_highlightedB = m_textB->setLineBackgrounds(diff.changedB,
                                                 dark ? QColor(40, 95, 50) : QColor(215, 245, 215));
}

QString DriftView::statusText() const {
    return m_status->text();
}
QString DriftView::definitionA() const {
    return m_textA->sql();
}
QString DriftView::definitionB() const {
    return m_textB->sql();
}

} // namespace strata
