#pragma once

#include "Result.h"
#include "config/Environment.h"
#include "runner/RunEvent.h"
#include "runner/RunRequest.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <mutex>
#include <vector>

namespace strata {

class Project;
class Runner;

// How a fleet runs (`strata upgrade --group G --jobs N --canary K --stop-on-error`).
struct FleetOptions {
    int jobs = 4;            // at most this many databases at once (one Runner each)
    int canary = 0;          // run this many first; one that fails stops the fleet
    bool stopOnError = true; // a failure starts no further database (running ones finish)
};

// What became of one member.
struct MemberOutcome {
    enum class State {
        Pending,      // not started yet
        Running,      // started
        Done,         // ran its steps
        AlreadyThere, // nothing to do: already at the target
        Failed,       // the run failed (error); the member's own transaction rolled back
        Unreachable,  // could not connect or authenticate: never fatal to the others
        Cancelled,    // Ctrl-C / cancel() while it ran: its revision rolled back
        Skipped,      // never started: the fleet stopped (canary, --stop-on-error, cancel)
    };
    QString member;
    State state = State::Pending;
    Error error;        // Failed, Unreachable, Cancelled
    RunSummary summary; // Done, AlreadyThere
    qint64 durationMs = 0;
    bool canary = false; // one of the first --canary members
    QString step;        // Running: the step it is on ("0003_add_index (2/3)")

    bool ok() const { return state == State::Done || state == State::AlreadyThere; }
    static QString stateName(State state); // pending, running, done, ... (JSON, logs)
};

// One request run on each member of a group, by a fixed pool of `jobs` workers (never one
// connection per member at once): each member exactly as a single run (its own Runner, session
// lock, transactions and history rows). The canary members run first, then the others in order.
// run() blocks the calling thread; the handlers are called on the workers, one call at a time.
class FleetRun {
public:
    using EventHandler = std::function<void(const RunEvent&)>; // event.environment = the member
    using StateHandler = std::function<void(const MemberOutcome&)>;

    FleetRun(const Project& project, QList<Environment> members, FleetOptions options);
    ~FleetRun();
    FleetRun(const FleetRun&) = delete;
    FleetRun& operator=(const FleetRun&) = delete;

    void setEventHandler(EventHandler handler);
    void setStateHandler(StateHandler handler); // a member started or ended

    // Runs `request` (its environment is set per member); the outcomes in member order.
    QList<MemberOutcome> run(const RunRequest& request);

    // From any thread (a signal handler's thread): cancels the running members (each rolls its
    // revision back) and starts no new one.
    void cancel();

    // "200 databases: 197 upgraded, 2 already at the target, 1 failed: tenant_042 — relation "x"
    // already exists" (failures and unreachable members named, up to a few).
    static QString summaryLine(const QList<MemberOutcome>& outcomes, RunRequest::Kind kind);
    // Whether every member ended well (the exit code: 0, else 1).
    static bool allOk(const QList<MemberOutcome>& outcomes);

private:
    void runPhase(const RunRequest& request, qsizetype begin, qsizetype end, int jobs);
    void runMember(const RunRequest& request, qsizetype index);
    void setState(qsizetype index, const MemberOutcome& outcome);

    const Project& m_project;
    QList<Environment> m_members;
    FleetOptions m_options;
    EventHandler m_eventHandler;
    StateHandler m_stateHandler;

    std::mutex m_mutex;        // guards m_outcomes and m_running
    std::mutex m_handlerMutex; // one handler call at a time
    QList<MemberOutcome> m_outcomes;
    std::vector<Runner*> m_running;
    std::atomic<qsizetype> m_next{0};
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_cancelled{false};
};

} // namespace strata
