#include "provider.h"

ProviderRun::ProviderRun(const JobRequest &request, const ProviderConfig &config, QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_config(config)
{
}

void ProviderRun::setState(JobState state)
{
    if (m_finished || state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ProviderRun::setHandle(const ProviderHandle &handle)
{
    m_handle = handle;
    Q_EMIT handleChanged(m_handle);
}

void ProviderRun::finish(const JobOutcome &outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    JobOutcome out = outcome;
    if (out.requestId.isEmpty())
        out.requestId = m_handle.requestId;
    Q_EMIT finished(out);
}

void ProviderRun::fail(ApiResult::Error error, const QString &message, const QList<ApiFieldError> &fields)
{
    JobOutcome outcome;
    outcome.error = error == ApiResult::Error::None ? ApiResult::Error::Protocol : error;
    outcome.message = message;
    outcome.fieldErrors = fields;
    finish(outcome);
}

void ProviderRun::failFrom(const ApiResult &result)
{
    fail(result.error, result.message, result.fieldErrors);
}
