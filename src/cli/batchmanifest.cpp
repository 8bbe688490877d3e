#include "batchmanifest.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

constexpr qint64 kMaxManifestBytes = 64 * 1024 * 1024;

const char *const kStateNames[] = {"pending", "queued", "done", "failed", "cancelled", "interrupted"};

// A plain file name: nothing the batch writes can end up outside its folder.
bool isPlainFileName(const QString &name)
{
    return !name.isEmpty() && !name.contains(u'/') && !name.contains(u'\\') && name != QLatin1String(".")
        && name != QLatin1String("..");
}

QJsonValue optionalValue(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

bool BatchPair::canRetry() const
{
    return (state == State::Failed || state == State::Cancelled) && !mayHaveCharged;
}

void BatchPair::clearResult()
{
    jobId.clear();
    seed.reset();
    costUsd.reset();
    elapsedMs = -1;
    structureScore.reset();
    outputs.clear();
    error.clear();
    submitStarted = false;
    mayHaveCharged = false;
}

QString BatchPair::stateName(State state)
{
    return QString::fromLatin1(kStateNames[static_cast<int>(state)]);
}

std::optional<BatchPair::State> BatchPair::stateFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(kStateNames)); ++i) {
        if (name == QLatin1String(kStateNames[i]))
            return static_cast<State>(i);
    }
    return std::nullopt;
}

QString BatchManifest::fileName()
{
    return QStringLiteral("reimagine-batch.json");
}

QString BatchManifest::path() const
{
    return filePath(fileName());
}

QString BatchManifest::filePath(const QString &name) const
{
    return QDir(directory).filePath(name);
}

QString BatchManifest::compareId(int sketch) const
{
    return QStringLiteral("%1-%2").arg(batchId).arg(sketch);
}

QJsonObject BatchManifest::toJson() const
{
    QJsonArray pairList;
    for (const BatchPair &pair : pairs) {
        QJsonObject object{
            {QStringLiteral("sketch"), pair.sketch},
            {QStringLiteral("model"), pair.model},
            {QStringLiteral("state"), BatchPair::stateName(pair.state)},
            {QStringLiteral("values"), pair.values},
            {QStringLiteral("sketch_sent"), pair.sketchSent},
            {QStringLiteral("output"), pair.output},
        };
        if (!pair.jobId.isEmpty())
            object.insert(QStringLiteral("job_id"), pair.jobId);
        if (pair.seed)
            object.insert(QStringLiteral("seed"), *pair.seed);
        if (pair.costUsd)
            object.insert(QStringLiteral("cost_usd"), *pair.costUsd);
        if (pair.elapsedMs >= 0)
            object.insert(QStringLiteral("elapsed_ms"), pair.elapsedMs);
        if (pair.structureScore)
            object.insert(QStringLiteral("structure_score"), optionalValue(pair.structureScore));
        if (!pair.outputs.isEmpty())
            object.insert(QStringLiteral("outputs"), QJsonArray::fromStringList(pair.outputs));
        if (!pair.error.isEmpty())
            object.insert(QStringLiteral("error"), pair.error);
        if (pair.submitStarted)
            object.insert(QStringLiteral("submit_started"), true);
        if (pair.mayHaveCharged)
            object.insert(QStringLiteral("may_have_charged"), true);
        pairList.append(object);
    }
    return QJsonObject{
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("batch_id"), batchId},
        {QStringLiteral("created"), created.toString(Qt::ISODateWithMs)},
        {QStringLiteral("sketches"), QJsonArray::fromStringList(sketches)},
        {QStringLiteral("models"), QJsonArray::fromStringList(models)},
        {QStringLiteral("max_cost_usd"), maxCostUsd},
        {QStringLiteral("concurrency"), concurrency},
        {QStringLiteral("pairs"), pairList},
    };
}

bool BatchManifest::save(QString *error) const
{
    QSaveFile file(path());
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path()), file.errorString());
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path()), file.errorString());
        return false;
    }
    return true;
}

std::optional<BatchManifest> BatchManifest::load(const QString &directory, QString *error)
{
    BatchManifest manifest;
    manifest.directory = QDir(directory).absolutePath();
    const QString path = manifest.path();
    QFile file(path);
    if (!file.exists()) {
        *error = tr("%1 holds no batch (there is no %2)").arg(QDir::toNativeSeparators(manifest.directory), fileName());
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxManifestBytes) {
        *error = tr("%1 is too large to be a batch manifest").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject object = document.object();
    auto damaged = [&](const QString &why) {
        *error = tr("%1 is not a batch manifest this version can read: %2").arg(QDir::toNativeSeparators(path), why);
        return std::nullopt;
    };
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return damaged(parseError.errorString());
    if (object.value(QLatin1String("version")).toInt() != kFormatVersion)
        return damaged(tr("format version %1").arg(object.value(QLatin1String("version")).toInt()));

    manifest.batchId = object.value(QLatin1String("batch_id")).toString();
    manifest.created = QDateTime::fromString(object.value(QLatin1String("created")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &sketch : object.value(QLatin1String("sketches")).toArray())
        manifest.sketches.append(sketch.toString());
    for (const QJsonValue &model : object.value(QLatin1String("models")).toArray())
        manifest.models.append(model.toString());
    manifest.maxCostUsd = object.value(QLatin1String("max_cost_usd")).toDouble();
    manifest.concurrency = qBound(1, object.value(QLatin1String("concurrency")).toInt(4), 64);
    if (manifest.batchId.isEmpty())
        return damaged(tr("it has no batch id"));

    for (const QJsonValue &value : object.value(QLatin1String("pairs")).toArray()) {
        const QJsonObject p = value.toObject();
        BatchPair pair;
        pair.sketch = p.value(QLatin1String("sketch")).toInt(-1);
        pair.model = p.value(QLatin1String("model")).toInt(-1);
        if (pair.sketch < 0 || pair.sketch >= manifest.sketches.size() || pair.model < 0
            || pair.model >= manifest.models.size())
            return damaged(tr("a pair names a sketch or model it does not list"));
        const std::optional<BatchPair::State> state = BatchPair::stateFromName(p.value(QLatin1String("state")).toString());
        if (!state)
            return damaged(tr("unknown state '%1'").arg(p.value(QLatin1String("state")).toString()));
        pair.state = *state;
        pair.jobId = p.value(QLatin1String("job_id")).toString();
        pair.values = p.value(QLatin1String("values")).toObject();
        pair.sketchSent = p.value(QLatin1String("sketch_sent")).toString();
        pair.output = p.value(QLatin1String("output")).toString();
        if (!isPlainFileName(pair.output) || !pair.output.endsWith(QLatin1String(".png")))
            return damaged(tr("the output name '%1' is not a PNG file in the batch's folder").arg(pair.output));
        if (p.contains(QLatin1String("seed")))
            pair.seed = static_cast<qint64>(p.value(QLatin1String("seed")).toDouble());
        if (p.value(QLatin1String("cost_usd")).isDouble())
            pair.costUsd = p.value(QLatin1String("cost_usd")).toDouble();
        pair.elapsedMs = static_cast<qint64>(p.value(QLatin1String("elapsed_ms")).toDouble(-1));
        if (p.value(QLatin1String("structure_score")).isDouble())
            pair.structureScore = p.value(QLatin1String("structure_score")).toDouble();
        for (const QJsonValue &output : p.value(QLatin1String("outputs")).toArray()) {
            if (!isPlainFileName(output.toString()))
                return damaged(tr("the output name '%1' is not a file in the batch's folder").arg(output.toString()));
            pair.outputs.append(output.toString());
        }
        pair.error = p.value(QLatin1String("error")).toString();
        pair.submitStarted = p.value(QLatin1String("submit_started")).toBool();
        pair.mayHaveCharged = p.value(QLatin1String("may_have_charged")).toBool();
        if ((pair.state == BatchPair::State::Queued) && pair.jobId.isEmpty())
            return damaged(tr("a pair that was sent has no job id"));
        manifest.pairs.append(pair);
    }
    if (manifest.pairs.isEmpty())
        return damaged(tr("it has no pairs"));
    return manifest;
}
