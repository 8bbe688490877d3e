#include "jobtypes.h"

#include <QJsonValue>

namespace {

struct StateName
{
    JobState state;
    const char *name;
};

constexpr StateName kStateNames[] = {
    {JobState::Preparing, "preparing"}, {JobState::Uploading, "uploading"},
    {JobState::Queued, "queued"},       {JobState::Running, "running"},
    {JobState::Downloading, "downloading"}, {JobState::Done, "done"},
    {JobState::Failed, "failed"},       {JobState::Cancelled, "cancelled"},
    {JobState::Interrupted, "interrupted"},
};

} // namespace

QJsonObject ProviderHandle::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("request_id"), requestId);
    auto put = [&](const char *key, const QUrl &url) {
        if (!url.isEmpty())
            o.insert(QLatin1String(key), QString::fromLatin1(url.toEncoded()));
    };
    put("status_url", statusUrl);
    put("response_url", responseUrl);
    put("cancel_url", cancelUrl);
    put("poll_url", pollUrl);
    return o;
}

ProviderHandle ProviderHandle::fromJson(const QJsonObject &object)
{
    ProviderHandle h;
    // Only URLs that parse strictly are kept: a damaged journal entry never sends a request to a
    // half-parsed address, and what is read is exactly what is written back.
    const auto url = [&object](const char *key) {
        const QUrl parsed(object.value(QLatin1String(key)).toString(), QUrl::StrictMode);
        return parsed.isValid() ? parsed : QUrl();
    };
    h.requestId = object.value(QLatin1String("request_id")).toString();
    h.statusUrl = url("status_url");
    h.responseUrl = url("response_url");
    h.cancelUrl = url("cancel_url");
    h.pollUrl = url("poll_url");
    return h;
}

QString jobStateName(JobState state)
{
    for (const auto &entry : kStateNames) {
        if (entry.state == state)
            return QLatin1String(entry.name);
    }
    return QStringLiteral("failed");
}

std::optional<JobState> jobStateFromName(const QString &name)
{
    for (const auto &entry : kStateNames) {
        if (name == QLatin1String(entry.name))
            return entry.state;
    }
    return std::nullopt;
}

bool isTerminal(JobState state)
{
    return state == JobState::Done || state == JobState::Failed || state == JobState::Cancelled
        || state == JobState::Interrupted;
}
