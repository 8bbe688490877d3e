#include "jobtypes.h"

#include <QJsonArray>
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
    {JobState::Downloading, "downloading"}, {JobState::Saving, "saving"},
    {JobState::Done, "done"},
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
    if (!outputUrls.isEmpty()) {
        QJsonArray urls;
        for (const QUrl &url : outputUrls)
            urls.append(url.toString());
        o.insert(QStringLiteral("output_urls"), urls);
    }
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
    for (const QJsonValue &value : object.value(QLatin1String("output_urls")).toArray()) {
        const QUrl parsed(value.toString(), QUrl::StrictMode);
        if (parsed.isValid() && !parsed.isEmpty())
            h.outputUrls.append(parsed);
    }
    return h;
}

QJsonObject JobOutcome::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("error"), ApiResult::errorName(error));
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    if (seed)
        o.insert(QStringLiteral("seed"), *seed);
    if (costUsd)
        o.insert(QStringLiteral("cost_usd"), *costUsd);
    if (remainingCredits)
        o.insert(QStringLiteral("remaining_credits"), *remainingCredits);
    if (!requestId.isEmpty())
        o.insert(QStringLiteral("request_id"), requestId);
    if (mayHaveCharged)
        o.insert(QStringLiteral("may_have_charged"), true);
    QJsonArray images;
    for (const OutputImage &output : outputs) {
        QJsonObject image{{QStringLiteral("mime"), QString::fromLatin1(output.mimeType)},
                          {QStringLiteral("width"), output.size.width()},
                          {QStringLiteral("height"), output.size.height()}};
        if (!output.sourceUrl.isEmpty() && output.sourceUrl.scheme() != QLatin1String("data"))
            image.insert(QStringLiteral("url"), output.sourceUrl.toString());
        if (!output.filePath.isEmpty())
            image.insert(QStringLiteral("file"), output.filePath);
        images.append(image);
    }
    o.insert(QStringLiteral("outputs"), images);
    return o;
}

JobOutcome JobOutcome::fromJson(const QJsonObject &o)
{
    JobOutcome outcome;
    outcome.error = ApiResult::errorFromName(o.value(QLatin1String("error")).toString());
    outcome.message = o.value(QLatin1String("message")).toString();
    if (o.value(QLatin1String("seed")).isDouble())
        outcome.seed = o.value(QLatin1String("seed")).toInteger();
    if (o.value(QLatin1String("cost_usd")).isDouble())
        outcome.costUsd = o.value(QLatin1String("cost_usd")).toDouble();
    if (o.value(QLatin1String("remaining_credits")).isDouble())
        outcome.remainingCredits = o.value(QLatin1String("remaining_credits")).toDouble();
    outcome.requestId = o.value(QLatin1String("request_id")).toString();
    outcome.mayHaveCharged = o.value(QLatin1String("may_have_charged")).toBool();
    for (const QJsonValue &value : o.value(QLatin1String("outputs")).toArray()) {
        const QJsonObject image = value.toObject();
        OutputImage output;
        output.mimeType = image.value(QLatin1String("mime")).toString().toLatin1();
        output.size = QSize(image.value(QLatin1String("width")).toInt(), image.value(QLatin1String("height")).toInt());
        output.sourceUrl = QUrl(image.value(QLatin1String("url")).toString());
        output.filePath = image.value(QLatin1String("file")).toString();
        outcome.outputs.append(output);
    }
    return outcome;
}

std::optional<qint64> JobOutcome::seedUsed(const QJsonObject &values, const QString &seedField) const
{
    if (seed)
        return seed;
    if (!seedField.isEmpty() && values.value(seedField).isDouble())
        return values.value(seedField).toInteger();
    return std::nullopt;
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
