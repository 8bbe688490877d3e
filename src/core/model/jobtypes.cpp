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
            o.insert(QLatin1String(key), url.toString());
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
    h.requestId = object.value(QLatin1String("request_id")).toString();
    h.statusUrl = QUrl(object.value(QLatin1String("status_url")).toString());
    h.responseUrl = QUrl(object.value(QLatin1String("response_url")).toString());
    h.cancelUrl = QUrl(object.value(QLatin1String("cancel_url")).toString());
    h.pollUrl = QUrl(object.value(QLatin1String("poll_url")).toString());
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
