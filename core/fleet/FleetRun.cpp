#include "FleetRun.h"

#include "Project.h"
#include "runner/Runner.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <thread>

namespace strata {

QString MemberOutcome::stateName(State state) {
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Running:
        return QStringLiteral("running");
    case State::Done:
        return QStringLiteral("done");
    case State::AlreadyThere:
        return QStringLiteral("already_there");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Unreachable:
        return QStringLiteral("unreachable");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    case State::Skipped:
        return QStringLiteral("skipped");
    }
    return QString();
}

FleetRun::FleetRun(const Project& project, QList<Environment> members, FleetOptions options)
    : m_project(project)
    , m_members(std::move(members))
    , m_options(options) {
    m_options.jobs = std::max(1, m_options.jobs);
    m_options.canary = std::clamp(m_options.canary, 0, int(m_members.size()));
    for (qsizetype i = 0; i < m_members.size(); ++i) {
        MemberOutcome o;
        o.member = m_members.at(i).name;
        o.canary = i < m_options.canary;
        m_outcomes << o;
    }
}

FleetRun::~FleetRun() = default;

void FleetRun::setEventHandler(EventHandler handler) {
    m_eventHandler = std::move(handler);
}

void FleetRun::setStateHandler(StateHandler handler) {
    m_stateHandler = std::move(handler);
}

void FleetRun::cancel() {
    m_cancelled.store(true);
    m_stop.store(true);
    std::lock_guard<std::mutex> guard(m_mutex);
    for (Runner* r : m_running)
        r->cancel();
}

void FleetRun::setState(qsizetype index, const MemberOutcome& outcome) {
    {
        std::lock_guard<std::mutex> guard(m_mutex);
        m_outcomes[index] = outcome;
    }
    std::lock_guard<std::mutex> guard(m_handlerMutex);
    if (m_stateHandler)
        m_stateHandler(outcome);
}

void FleetRun::runMember(const RunRequest& request, qsizetype index) {
    const Environment& env = m_members.at(index);
    MemberOutcome outcome = m_outcomes.at(index);
    outcome.state = MemberOutcome::State::Running;
    setState(index, outcome);

    QElapsedTimer clock;
    clock.start();
    Runner runner(m_project, env);
    runner.setEventHandler([this, index](const RunEvent& e) {
        if (e.kind == RunEvent::Kind::StepStarted) {
            std::lock_guard<std::mutex> guard(m_mutex);
            m_outcomes[index].step =
                QStringLiteral("%1 (%2/%3)").arg(e.revision).arg(e.stepIndex).arg(e.stepCount);
        }
        std::lock_guard<std::mutex> guard(m_handlerMutex);
        if (m_eventHandler)
            m_eventHandler(e);
    });
    {
        std::lock_guard<std::mutex> guard(m_mutex);
        m_running.push_back(&runner);
        if (m_cancelled.load())
            runner.cancel(); // cancelled between the check and the registration
    }
    RunRequest mine = request;
    mine.environment = env.name;
    Result<RunSummary> result = runner.run(mine);
    {
        std::lock_guard<std::mutex> guard(m_mutex);
        m_running.erase(std::find(m_running.begin(), m_running.end(), &runner));
        outcome.step = m_outcomes.at(index).step;
    }
    outcome.durationMs = clock.elapsed();
    if (result) {
        outcome.summary = *result;
        outcome.state = result->plan.steps.isEmpty() ? MemberOutcome::State::AlreadyThere
                                                     : MemberOutcome::State::Done;
    } else {
        outcome.error = result.error();
        switch (result.error().code) {
        case ErrorCode::Connection:
        case ErrorCode::Authentication:
            outcome.state = MemberOutcome::State::Unreachable;
            break;
        case ErrorCode::Cancelled:
            outcome.state = MemberOutcome::State::Cancelled;
            break;
        default:
            outcome.state = MemberOutcome::State::Failed;
            break;
        }
    }
    const bool canaryFailed = outcome.canary && !outcome.ok();
    if (canaryFailed || (m_options.stopOnError && outcome.state == MemberOutcome::State::Failed))
        m_stop.store(true);
    setState(index, outcome);
}

void FleetRun::runPhase(const RunRequest& request, qsizetype begin, qsizetype end, int jobs) {
    m_next.store(begin);
    auto work = [this, &request, end] {
        for (;;) {
            if (m_stop.load())
                return;
            const qsizetype i = m_next.fetch_add(1);
            if (i >= end)
                return;
            runMember(request, i);
        }
    };
    const int workers = int(std::min<qsizetype>(jobs, end - begin));
    std::vector<std::thread> threads;
    threads.reserve(std::size_t(std::max(0, workers - 1)));
    for (int w = 1; w < workers; ++w)
        threads.emplace_back(work);
    if (workers > 0)
        work(); // the calling thread is one of the workers
    for (std::thread& t : threads)
        t.join();
}

QList<MemberOutcome> FleetRun::run(const RunRequest& request) {
    const qsizetype n = m_members.size();
    runPhase(request, 0, m_options.canary, m_options.jobs);
    runPhase(request, m_options.canary, n, m_options.jobs);
    QList<MemberOutcome> out;
    {
        std::lock_guard<std::mutex> guard(m_mutex);
        out = m_outcomes;
    }
    for (qsizetype i = 0; i < out.size(); ++i)
        if (out.at(i).state == MemberOutcome::State::Pending) {
            out[i].state = MemberOutcome::State::Skipped;
            setState(i, out.at(i));
        }
    return out;
}

bool FleetRun::allOk(const QList<MemberOutcome>& outcomes) {
    return std::all_of(outcomes.begin(), outcomes.end(),
                       [](const MemberOutcome& o) { return o.ok(); });
}

QString FleetRun::summaryLine(const QList<MemberOutcome>& outcomes, RunRequest::Kind kind) {
    using S = MemberOutcome::State;
    auto count = [&outcomes](S s) {
        return int(std::count_if(outcomes.begin(), outcomes.end(),
                                 [s](const MemberOutcome& o) { return o.state == s; }));
    };
    const QString done = kind == RunRequest::Kind::Upgrade     ? QStringLiteral("upgraded")
                         : kind == RunRequest::Kind::Downgrade ? QStringLiteral("downgraded")
                                                               : QStringLiteral("stamped");
    // The counts; failures and unreachable members last, each named with its one-line error
    // (up to three of each).
    QStringList parts;
    const std::pair<S, QString> kinds[] = {
        {S::Done, done},
        {S::AlreadyThere, QCoreApplication::translate("strata", "already at the target")},
        {S::Cancelled, QCoreApplication::translate("strata", "cancelled")},
        {S::Skipped, QCoreApplication::translate("strata", "not started")},
        {S::Failed, QCoreApplication::translate("strata", "failed")},
        {S::Unreachable, QCoreApplication::translate("strata", "unreachable")}};
    for (const auto& [state, word] : kinds) {
        const int c = count(state);
        if (c == 0)
            continue;
        QString part = QStringLiteral("%1 %2").arg(c).arg(word);
        if (state == S::Failed || state == S::Unreachable) {
            QStringList named;
            for (const MemberOutcome& o : outcomes)
                if (o.state == state && named.size() < 3)
                    named << o.member + QStringLiteral(" \u2014 ") + o.error.message;
            part += QStringLiteral(": ") + named.join(QStringLiteral("; "));
            if (c > named.size())
                part +=
                    QCoreApplication::translate("strata", "; and %1 more").arg(c - named.size());
        }
        parts << part;
    }
    const QString line =
        (outcomes.size() == 1
             ? QCoreApplication::translate("strata", "1 database: ")
             : QCoreApplication::translate("strata", "%1 databases: ").arg(outcomes.size())) +
        parts.join(QStringLiteral(", "));
    return line;
}

} // namespace strata
