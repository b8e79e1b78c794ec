#include "groups/FleetRunDialog.h"

#include "Project.h"
#include "dialogs/ProtectedConfirmation.h"
#include "groups/FleetProgressModel.h"
#include "run/RunConsole.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <mutex>

namespace strata {

// What the workers hand to the GUI thread: filled under the mutex, emptied by drain().
struct FleetRunDialog::Inbox {
    std::mutex mutex;
    QList<MemberOutcome> states;
    QList<RunEvent> events;
};

FleetRunDialog::FleetRunDialog(std::shared_ptr<const Project> project,
                               const EnvironmentGroup& group, QList<Environment> members,
                               RunRequest request, QWidget* parent)
    : QDialog(parent)
    , m_project(std::move(project))
    , m_group(group)
    , m_members(std::move(members))
    , m_request(std::move(request))
    , m_inbox(std::make_shared<Inbox>())
    , m_title(new QLabel(this))
    , m_jobs(new QSpinBox(this))
    , m_canary(new QSpinBox(this))
    , m_stopOnError(new QCheckBox(tr("Start no further database after one fails"), this))
    , m_progress(new FleetProgressModel(this))
    , m_table(new QTableView(this))
    , m_console(new RunConsole(this))
    , m_summary(new QLabel(this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_cancel(new QPushButton(tr("&Cancel run"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_timer(new QTimer(this)) {
    setWindowTitle(tr("%1 on group %2").arg(m_request.text(), m_group.name));
    resize(1000, 640);
    const QString what = m_request.text().toHtmlEscaped();
    const QString name = m_group.name.toHtmlEscaped();
    m_title->setText(m_members.size() == 1
                         ? tr("<b>%1</b> on the database of group <b>%2</b>.").arg(what, name)
                         : tr("<b>%1</b> on the %2 databases of group <b>%3</b>.")
                               .arg(what)
                               .arg(m_members.size())
                               .arg(name));
    m_title->setWordWrap(true);
    m_jobs->setRange(1, 64);
    m_jobs->setValue(4);
    m_jobs->setToolTip(tr("At most this many databases at once: one connection each."));
    m_canary->setRange(0, int(m_members.size()));
    m_canary->setToolTip(tr("Run this many databases first; if one fails, the others do not "
                            "start."));
    m_stopOnError->setChecked(true);

    auto* options = new QHBoxLayout;
    auto* jobsLabel = new QLabel(tr("&Databases at once:"), this);
    jobsLabel->setBuddy(m_jobs);
    auto* canaryLabel = new QLabel(tr("C&anary databases first:"), this);
    canaryLabel->setBuddy(m_canary);
    options->addWidget(jobsLabel);
    options->addWidget(m_jobs);
    options->addSpacing(16);
    options->addWidget(canaryLabel);
    options->addWidget(m_canary);
    options->addSpacing(16);
    options->addWidget(m_stopOnError);
    options->addStretch(1);

    bool isProtected = m_group.defaults.isProtected;
    for (const Environment& m : m_members)
        isProtected = isProtected || m.isProtected;
    if (isProtected) {
        m_confirmation = new ProtectedConfirmation(m_group.name, this);
        connect(m_confirmation, &ProtectedConfirmation::changed, this,
                &FleetRunDialog::updateButtons);
        connect(m_confirmation, &ProtectedConfirmation::submitted, this, &FleetRunDialog::start);
    }

    m_table->setModel(m_progress);
    m_table->setObjectName(QStringLiteral("fleetTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->setWordWrap(false);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(FleetProgressModel::Database, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FleetProgressModel::Status, QHeaderView::Stretch);
    header->setSectionResizeMode(FleetProgressModel::Step, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FleetProgressModel::Duration, QHeaderView::ResizeToContents);
    QStringList names;
    for (const Environment& m : m_members)
        names << m.name;
    m_progress->setMembers(names, 0);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showMember(m_progress->outcomes().value(current.row()).member);
            });

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_console);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({500, 500});

    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    m_start->setDefault(true);
    connect(m_start, &QPushButton::clicked, this, &FleetRunDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &FleetRunDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_console, &RunConsole::cancelRequested, this, &FleetRunDialog::cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(options);
    if (m_confirmation)
        layout->addWidget(m_confirmation);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &FleetRunDialog::drain);
    updateButtons();
}

FleetRunDialog::~FleetRunDialog() {
    m_task.cancel(); // a run still going is cancelled; nothing waits
}

QString FleetRunDialog::summary() const {
    return m_summary->text();
}

void FleetRunDialog::updateButtons() {
    const bool confirmed = !m_confirmation || m_confirmation->confirmed();
    m_start->setEnabled(!m_running && !m_finished && confirmed && !m_members.isEmpty());
    m_cancel->setEnabled(m_running);
    m_close->setEnabled(!m_running);
    m_jobs->setEnabled(!m_running && !m_finished);
    m_canary->setEnabled(!m_running && !m_finished);
    m_stopOnError->setEnabled(!m_running && !m_finished);
}

void FleetRunDialog::start() {
    if (m_running || m_finished)
        return;
    if (m_confirmation && !m_confirmation->confirmed()) {
        m_confirmation->refuse(tr("no database is changed"));
        return;
    }
    FleetOptions options;
    options.jobs = m_jobs->value();
    options.canary = m_canary->value();
    options.stopOnError = m_stopOnError->isChecked();
    QStringList names;
    for (const Environment& m : m_members)
        names << m.name;
    m_progress->setMembers(names, options.canary);
    m_running = true;
    m_summary->setText(tr("Running: %1 at a time …").arg(options.jobs));
    updateButtons();
    m_timer->start();

    const std::shared_ptr<const Project> project = m_project;
    const QList<Environment> members = m_members;
    const RunRequest request = m_request;
    const std::shared_ptr<Inbox> inbox = m_inbox;
    m_task = async(
        this,
        [project, members, request, options, inbox](const CancelToken& token) {
            auto fleet = std::make_shared<FleetRun>(*project, members, options);
            fleet->setStateHandler([inbox](const MemberOutcome& o) {
                std::lock_guard<std::mutex> guard(inbox->mutex);
                inbox->states << o;
            });
            fleet->setEventHandler([inbox](const RunEvent& e) {
                std::lock_guard<std::mutex> guard(inbox->mutex);
                inbox->events << e;
            });
            token.onCancel([fleet] { fleet->cancel(); });
            return fleet->run(request);
        },
        [this](QList<MemberOutcome> outcomes) { finish(outcomes); });
}

void FleetRunDialog::cancel() {
    if (!m_running)
        return;
    m_summary->setText(tr("Cancelling: the running databases roll their revision back …"));
    m_task.cancel();
    // The work goes on until every running member has rolled back; its result is not delivered
    // after cancel(), so the last states come from the inbox.
    QTimer::singleShot(0, this, [this] { m_cancel->setEnabled(false); });
}

void FleetRunDialog::drain() {
    QList<MemberOutcome> states;
    QList<RunEvent> events;
    {
        std::lock_guard<std::mutex> guard(m_inbox->mutex);
        states.swap(m_inbox->states);
        events.swap(m_inbox->events);
    }
    for (const RunEvent& e : events) {
        m_events[e.environment] << e;
        if (e.kind == RunEvent::Kind::StepStarted)
            m_progress->setStep(
                e.environment,
                QStringLiteral("%1 (%2/%3)").arg(e.revision).arg(e.stepIndex).arg(e.stepCount));
        if (e.environment == m_shown)
            m_console->addEvent(e);
    }
    for (const MemberOutcome& o : states) {
        m_progress->update(o);
        if (o.state == MemberOutcome::State::Running && m_shown.isEmpty())
            m_table->selectRow(m_progress->rowOf(o.member));
        else if (o.member == m_shown && o.state != MemberOutcome::State::Running)
            m_console->runEnded(o.ok());
    }
    m_progress->tick();
    // A cancelled run delivers no result: it is over when nothing runs any more.
    if (m_running && m_task.token().cancelled() && !m_task.isRunning())
        finish(m_progress->outcomes());
}

void FleetRunDialog::finish(const QList<MemberOutcome>& outcomes) {
    if (!m_running)
        return;
    m_running = false; // before drain(), which calls finish() when a cancelled run is over
    drain();
    m_finished = true;
    m_timer->stop();
    QList<MemberOutcome> final = outcomes;
    for (MemberOutcome& o : final)
        if (o.state == MemberOutcome::State::Pending)
            o.state = MemberOutcome::State::Skipped;
    for (const MemberOutcome& o : final)
        m_progress->update(o);
    const bool ok = FleetRun::allOk(final);
    m_summary->setText(FleetRun::summaryLine(final, m_request.kind));
    m_summary->setStyleSheet(ok ? QString() : QStringLiteral("color: #c62828;"));
    updateButtons();
    emit fleetFinished(ok);
    if (m_closeWhenDone)
        accept();
}

void FleetRunDialog::showMember(const QString& member) {
    if (member == m_shown)
        return;
    m_shown = member;
    m_console->runEnded(true); // the entry of the previous database goes (its events are kept)
    m_console->clear();
    m_console->runStarted(m_request.text(), member);
    for (const RunEvent& e : m_events.value(member))
        m_console->addEvent(e);
    const int row = m_progress->rowOf(member);
    if (row >= 0) {
        const MemberOutcome& o = m_progress->outcomes().at(row);
        if (o.state != MemberOutcome::State::Running && o.state != MemberOutcome::State::Pending)
            m_console->runEnded(o.ok());
    }
}

void FleetRunDialog::closeEvent(QCloseEvent* event) {
    if (m_running) {
        m_closeWhenDone = true;
        cancel();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void FleetRunDialog::reject() {
    if (m_running) {
        m_closeWhenDone = true;
        cancel();
        return;
    }
    QDialog::reject();
}

} // namespace strata
