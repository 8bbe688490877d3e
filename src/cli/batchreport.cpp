#include "batchreport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

QByteArray csvField(const QString &text)
{
    QString field = text;
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r'))
        field = u'"' + field.replace(u'"', QLatin1String("\"\"")) + u'"';
    return field.toUtf8();
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = BatchReport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

QString BatchReport::csvFileName()
{
    return QStringLiteral("report.csv");
}

QString BatchReport::jsonFileName()
{
    return QStringLiteral("report.json");
}

QString BatchReport::statusOf(const BatchPair &pair)
{
    switch (pair.state) {
    case BatchPair::State::Pending:
        return QStringLiteral("not_run");
    case BatchPair::State::Queued:
        return QStringLiteral("running");
    default:
        return BatchPair::stateName(pair.state);
    }
}

QJsonObject BatchReport::toJson(const BatchManifest &manifest)
{
    QJsonArray items;
    int done = 0;
    int failed = 0;
    int notRun = 0;
    double cost = 0;
    for (const BatchPair &pair : manifest.pairs) {
        done += pair.state == BatchPair::State::Done ? 1 : 0;
        failed += pair.isFinal() && pair.state != BatchPair::State::Done ? 1 : 0;
        notRun += pair.state == BatchPair::State::Pending ? 1 : 0;
        cost += pair.costUsd.value_or(0);
        items.append(QJsonObject{
            {QStringLiteral("sketch"), QFileInfo(manifest.sketches.at(pair.sketch)).fileName()},
            {QStringLiteral("model"), manifest.models.at(pair.model)},
            {QStringLiteral("status"), statusOf(pair)},
            {QStringLiteral("seed"), pair.seed ? QJsonValue(*pair.seed) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("cost_usd"), pair.costUsd ? QJsonValue(*pair.costUsd) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("elapsed_ms"), pair.elapsedMs >= 0 ? QJsonValue(pair.elapsedMs) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("structure_score"),
             pair.structureScore ? QJsonValue(*pair.structureScore) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("outputs"), QJsonArray::fromStringList(pair.outputs)},
            {QStringLiteral("error"), pair.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(pair.error)},
            {QStringLiteral("job_id"), pair.jobId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(pair.jobId)},
        });
    }
    return QJsonObject{
        {QStringLiteral("batch_id"), manifest.batchId},
        {QStringLiteral("total"), static_cast<int>(manifest.pairs.size())},
        {QStringLiteral("done"), done},
        {QStringLiteral("failed"), failed},
        {QStringLiteral("not_run"), notRun},
        {QStringLiteral("cost_usd"), cost},
        {QStringLiteral("items"), items},
    };
}

QByteArray BatchReport::toCsv(const BatchManifest &manifest)
{
    QByteArray csv("sketch,model,status,seed,cost_usd,time_s,structure_score,output,error\n");
    for (const BatchPair &pair : manifest.pairs) {
        const QStringList fields{
            QFileInfo(manifest.sketches.at(pair.sketch)).fileName(),
            manifest.models.at(pair.model),
            statusOf(pair),
            pair.seed ? QString::number(*pair.seed) : QString(),
            pair.costUsd ? QString::number(*pair.costUsd, 'f', 4) : QString(),
            pair.elapsedMs >= 0 ? QString::number(pair.elapsedMs / 1000.0, 'f', 1) : QString(),
            pair.structureScore ? QString::number(*pair.structureScore, 'f', 3) : QString(),
            pair.outputs.join(u';'),
            pair.error,
        };
        for (int i = 0; i < fields.size(); ++i) {
            if (i > 0)
                csv += ',';
            csv += csvField(fields.at(i));
        }
        csv += '\n';
    }
    return csv;
}

bool BatchReport::write(const BatchManifest &manifest, QString *error)
{
    return writeFile(manifest.filePath(csvFileName()), toCsv(manifest), error)
        && writeFile(manifest.filePath(jsonFileName()), QJsonDocument(toJson(manifest)).toJson(QJsonDocument::Indented),
                     error);
}
