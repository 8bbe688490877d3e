#include "pollschedule.h"

#include <algorithm>
#include <cmath>

PollSchedule::PollSchedule(const Options &options)
    : m_options(options)
{
    m_options.fastMs = std::max(1, m_options.fastMs);
    m_options.maxMs = std::max(m_options.fastMs, m_options.maxMs);
    m_options.queuedMs = std::clamp(m_options.queuedMs, m_options.fastMs, m_options.maxMs);
    m_options.growth = std::max(1.0, m_options.growth);
    m_options.fastPhaseMs = std::max(0, m_options.fastPhaseMs);
}

void PollSchedule::restart()
{
    m_backoffMs = 0;
}

int PollSchedule::nextDelayMs(qint64 runningForMs, bool queued)
{
    if (queued)
        return m_options.queuedMs;
    if (runningForMs < m_options.fastPhaseMs && m_backoffMs <= 0)
        return m_options.fastMs;
    m_backoffMs = m_backoffMs <= 0 ? m_options.fastMs * m_options.growth
                                   : m_backoffMs * m_options.growth;
    m_backoffMs = std::min<double>(m_backoffMs, m_options.maxMs);
    return static_cast<int>(std::lround(m_backoffMs));
}

int PollSchedule::requestsFor(qint64 runMs, const Options &options)
{
    PollSchedule schedule(options);
    qint64 at = 0;   // the submit answer; the first poll goes one delay later
    int requests = 0;
    do {
        at += schedule.nextDelayMs(at, false);
        ++requests;
    } while (at < runMs);
    return requests;
}

int PollSchedule::requestsFor(qint64 runMs)
{
    return requestsFor(runMs, Options());
}
