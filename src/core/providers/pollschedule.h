#pragma once

#include <QtGlobal>

// When to ask a queue for a job's status again, when no status stream tells us (fal without
// SSE, or after the stream failed). A pure value class: the caller says how long the job has
// been running and whether it is still queued; no clock, no timer, no I/O.
//
// The schedule polls fast where completion is likely and backs off gently where it is not:
// - while the queue says the job waits behind others (IN_QUEUE at position >= 1), every
//   `queuedMs` (fal's JS client polls every 500 ms throughout);
// - once it runs (or fal did not say it is queued), every `fastMs` for the first
//   `fastPhaseMs`: short jobs are caught within `fastMs` of completing;
// - then each delay is `growth` times the last, from `fastMs` up to `maxMs`, so a long job
//   costs a bounded number of requests (see requestsFor()).
// With the defaults (50 ms for 1 s, then x1.15 up to 5 s) a 0.2 s job costs 4 polls,
// a 10 s job 43 and a 60 s job 58; fal's JS client needs 2, 21 and 121.
class PollSchedule
{
public:
    struct Options
    {
        int fastMs = 50;
        int fastPhaseMs = 1000;
        double growth = 1.15;
        int queuedMs = 500;
        int maxMs = 5000;
    };

    PollSchedule() = default;
    explicit PollSchedule(const Options &options);

    const Options &options() const { return m_options; }

    // The delay before the next poll. `runningForMs` is how long the job has been running
    // (since it was first seen IN_PROGRESS, or since the submit when fal did not queue it);
    // `queued` says the last status was IN_QUEUE at a position >= 1.
    int nextDelayMs(qint64 runningForMs, bool queued);
    // Back to the fast phase (a new job, or one seen running again after waiting in the queue).
    void restart();

    // How many polls a job that runs for `runMs` (never queued) costs until one sees it
    // COMPLETED, assuming each poll answers at once: for documentation and tests.
    static int requestsFor(qint64 runMs, const Options &options);
    static int requestsFor(qint64 runMs);   // with the default options

private:
    Options m_options;
    double m_backoffMs = 0;   // the last delay of the back-off phase; 0 = not in it yet
};
