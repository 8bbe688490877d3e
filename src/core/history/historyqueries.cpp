#include "historyqueries.h"

#include "historysearch.h"
#include "historysql.h"
#include "resultarchive.h"

#include "base/logging.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Column order of every runs SELECT; rowFromQuery() reads them by these positions.
const QLatin1String kRunColumns(
    "r.id, r.created, r.model_id, r.model_title, r.provider, r.endpoint, r.prompt, "
    "r.negative_prompt, r.inputs_json, r.seed, r.cost_usd, r.elapsed_ms, r.request_id, r.status, "
    "r.error, r.rating, r.favourite, r.sketch_path, r.width, r.height, r.structure_score, r.structure_json, "
    "r.compare_id, r.origin");
constexpr int kRunColumnCount = 24;
// The output columns that follow the run's.
const QLatin1String kOutputColumns(", o.idx, o.file_path, o.thumb_path, o.structure_score");

HistoryEntry rowFromQuery(const QSqlQuery &query)
{
    HistoryEntry entry;
    entry.id = query.value(0).toString();
    entry.created = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    entry.modelId = query.value(2).toString();
    entry.modelTitle = query.value(3).toString();
    entry.provider = query.value(4).toString();
    entry.endpoint = query.value(5).toString();
    entry.prompt = query.value(6).toString();
    entry.negativePrompt = query.value(7).toString();
    entry.inputs = QJsonDocument::fromJson(query.value(8).toString().toUtf8()).object();
    if (!query.value(9).isNull())
        entry.seed = query.value(9).toLongLong();
    if (!query.value(10).isNull())
        entry.costUsd = query.value(10).toDouble();
    entry.elapsedMs = query.value(11).toLongLong();
    entry.requestId = query.value(12).toString();
    // The schema's CHECK admits only the known texts.
    entry.status = runStatusFromText(query.value(13).toString()).value_or(RunStatus::Failed);
    entry.error = query.value(14).toString();
    entry.rating = query.value(15).toInt();
    entry.favourite = query.value(16).toInt() != 0;
    entry.sketchPath = query.value(17).toString();
    const QSize size(query.value(18).toInt(), query.value(19).toInt());
    if (!size.isEmpty())
        entry.size = size;
    if (!query.value(20).isNull())
        entry.structureScore = query.value(20).toDouble();
    entry.structure = QJsonDocument::fromJson(query.value(21).toString().toUtf8()).object();
    entry.compareId = query.value(22).toString();
    entry.origin = query.value(23).toString();
    return entry;
}

// Adds the output in the current row (index, file, thumbnail, score), when there is one.
void appendOutput(HistoryEntry &entry, const QSqlQuery &query, const ResultArchive &archive)
{
    if (query.value(kRunColumnCount).isNull())
        return;
    entry.outputPaths.append(archive.absolutePath(query.value(kRunColumnCount + 1).toString()));
    entry.thumbPaths.append(archive.absolutePath(query.value(kRunColumnCount + 2).toString()));
    const QVariant score = query.value(kRunColumnCount + 3);
    entry.outputScores.append(score.isNull() ? -1.0 : score.toDouble());
}

} // namespace

HistoryQueries::HistoryQueries(QSqlDatabase &db, const ResultArchive &archive, const HistorySearch &search)
    : m_db(db)
    , m_archive(archive)
    , m_search(search)
{
}

void HistoryQueries::addConditions(const HistoryFilter &filter, QStringList *conditions, QVariantList *values) const
{
    m_search.addCondition(m_db, filter.text, conditions, values);
    if (!filter.modelId.isEmpty()) {
        conditions->append(QStringLiteral("model_id = ?"));
        values->append(filter.modelId);
    }
    if (!filter.provider.isEmpty()) {
        conditions->append(QStringLiteral("provider = ?"));
        values->append(filter.provider);
    }
    if (filter.from.isValid()) {
        conditions->append(QStringLiteral("created >= ?"));
        values->append(HistorySql::isoUtc(filter.from.startOfDay()));
    }
    if (filter.to.isValid()) {
        conditions->append(QStringLiteral("created < ?"));
        values->append(HistorySql::isoUtc(filter.to.addDays(1).startOfDay()));
    }
    if (filter.favouritesOnly)
        conditions->append(QStringLiteral("favourite = 1"));
    if (!filter.compareId.isEmpty()) {
        conditions->append(QStringLiteral("compare_id = ?"));
        values->append(filter.compareId);
    }
    if (!filter.tag.isEmpty()) {
        conditions->append(QStringLiteral("id IN (SELECT run_id FROM run_tags WHERE tag = ?)"));
        values->append(filter.tag);
    }
    if (filter.status == HistoryFilter::Status::Results) {
        conditions->append(QStringLiteral("status = ?"));
        values->append(runStatusText(RunStatus::Done));
    } else if (filter.status == HistoryFilter::Status::Problems) {
        conditions->append(QStringLiteral("status IN (?, ?)"));
        values->append(runStatusText(RunStatus::Failed));
        values->append(runStatusText(RunStatus::Cancelled));
    }
}

QList<HistoryEntry> HistoryQueries::find(const HistoryFilter &filter) const
{
    return select(filter, HistoryPageKey(), filter.limit, nullptr);
}

HistoryPage HistoryQueries::findPage(const HistoryFilter &filter, const HistoryPageKey &after, int count) const
{
    HistoryPage page;
    page.entries = select(filter, after, qMax(1, count), &page.last);
    page.more = page.entries.size() >= qMax(1, count);
    return page;
}

QList<HistoryEntry> HistoryQueries::select(const HistoryFilter &filter, const HistoryPageKey &after, int limit,
                                           HistoryPageKey *last) const
{
    QList<HistoryEntry> entries;
    QStringList conditions;
    QVariantList values;
    addConditions(filter, &conditions, &values);
    const bool byScore = filter.sort == HistoryFilter::Sort::StructureScore;
    if (after.valid) {
        // Keyset paging: the runs after `after` in the order below. "created <= ?" comes first so
        // that SQLite walks the created index from there.
        if (!byScore) {
            conditions.append(QStringLiteral("created <= ? AND (created < ? OR rowid < ?)"));
            values << after.created << after.created << after.rowId;
        } else if (after.structureScore) {
            conditions.append(QStringLiteral(
                "(structure_score IS NULL OR structure_score < ? OR (structure_score = ? AND "
                "(created < ? OR (created = ? AND rowid < ?))))"));
            values << *after.structureScore << *after.structureScore << after.created << after.created
                   << after.rowId;
        } else {
            conditions.append(QStringLiteral("structure_score IS NULL AND created <= ? AND (created < ? OR rowid < ?)"));
            values << after.created << after.created << after.rowId;
        }
    }

    const QString where = conditions.isEmpty()
        ? QString()
        : QLatin1String(" WHERE ") + conditions.join(QLatin1String(" AND "));
    // Newest first, or best structure score first (unscored runs last: SQLite sorts NULL lowest,
    // so DESC puts them last), newest first among equals. Both orders are an index's
    // (runs_created, runs_score_created) read backwards.
    const QLatin1String innerOrder = byScore
        ? QLatin1String(" ORDER BY structure_score DESC, created DESC, rowid DESC")
        : QLatin1String(" ORDER BY created DESC, rowid DESC");
    const QLatin1String outerOrder = byScore
        ? QLatin1String(" ORDER BY r.structure_score DESC, r.created DESC, r.rid DESC, o.idx")
        : QLatin1String(" ORDER BY r.created DESC, r.rid DESC, o.idx");
    const QString sql = QLatin1String("SELECT ") + kRunColumns + kOutputColumns
        + QLatin1String(", r.rid FROM (SELECT rowid AS rid, * FROM runs") + where + innerOrder
        + QLatin1String(" LIMIT ?) AS r LEFT JOIN outputs AS o ON o.run_id = r.id") + outerOrder;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        qCWarning(lcHistory, "cannot prepare the search: %s",
                  qUtf8Printable(HistorySql::errorText(query.lastError())));
        return entries;
    }
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(limit > 0 ? limit : -1);
    if (!query.exec()) {
        qCWarning(lcHistory, "search failed: %s", qUtf8Printable(HistorySql::errorText(query.lastError())));
        return entries;
    }
    while (query.next()) {
        const QString id = query.value(0).toString();
        if (entries.isEmpty() || entries.constLast().id != id) {
            entries.append(rowFromQuery(query));
            if (last) {
                last->valid = true;
                last->created = query.value(1).toString();
                last->rowId = query.value(kRunColumnCount + 4).toLongLong();
                last->structureScore = entries.constLast().structureScore;
            }
        }
        appendOutput(entries.last(), query, m_archive);
    }
    addTags(&entries);
    return entries;
}

// Fills in the tags of `entries` (one query for all of them).
void HistoryQueries::addTags(QList<HistoryEntry> *entries) const
{
    if (entries->isEmpty())
        return;
    QHash<QString, int> index;
    for (int i = 0; i < entries->size(); ++i)
        index.insert(entries->at(i).id, i);
    // SQLite binds at most 32766 values; the history lists at most a few thousand at once, and a
    // larger list reads every tag instead.
    const bool all = entries->size() > 2000;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT run_id, tag FROM run_tags");
    if (!all) {
        QStringList marks(entries->size(), QStringLiteral("?"));
        sql += QLatin1String(" WHERE run_id IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    sql += QLatin1String(" ORDER BY tag COLLATE NOCASE");
    query.prepare(sql);
    if (!all) {
        for (const HistoryEntry &entry : std::as_const(*entries))
            query.addBindValue(entry.id);
    }
    if (!query.exec())
        return;
    while (query.next()) {
        const auto it = index.constFind(query.value(0).toString());
        if (it != index.constEnd())
            (*entries)[it.value()].tags.append(query.value(1).toString());
    }
}

std::optional<HistoryEntry> HistoryQueries::entry(const QString &id) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QLatin1String("SELECT ") + kRunColumns + kOutputColumns
                  + QLatin1String(" FROM runs AS r LEFT JOIN outputs AS o ON o.run_id = r.id"
                                  " WHERE r.id = ? ORDER BY o.idx"));
    query.addBindValue(id);
    if (!query.exec())
        return std::nullopt;
    std::optional<HistoryEntry> result;
    while (query.next()) {
        if (!result)
            result = rowFromQuery(query);
        appendOutput(*result, query, m_archive);
    }
    if (result) {
        QList<HistoryEntry> one{*result};
        addTags(&one);
        result = one.constFirst();
    }
    return result;
}

double HistoryQueries::totalCost(const QDateTime &since, const QStringList &excluding) const
{
    QSqlQuery query(m_db);
    QString sql = QStringLiteral("SELECT COALESCE(SUM(cost_usd), 0) FROM runs WHERE created >= ?");
    if (!excluding.isEmpty())
        sql += QLatin1String(" AND id NOT IN (") + QStringList(excluding.size(), QStringLiteral("?")).join(QLatin1Char(','))
            + QLatin1Char(')');
    query.prepare(sql);
    query.addBindValue(HistorySql::isoUtc(since.isValid() ? since : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC)));
    for (const QString &id : excluding)
        query.addBindValue(id);
    if (!query.exec() || !query.next())
        return 0.0;
    return query.value(0).toDouble();
}

QHash<QString, double> HistoryQueries::lastCharges() const
{
    QHash<QString, double> charges;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Oldest first: each model's newest charge is the one that stays.
    if (!query.exec(QStringLiteral("SELECT model_id, cost_usd FROM runs WHERE cost_usd IS NOT NULL "
                                   "AND cost_usd > 0 ORDER BY created")))
        return charges;
    while (query.next())
        charges.insert(query.value(0).toString(), query.value(1).toDouble());
    return charges;
}

QMap<QString, QString> HistoryQueries::modelTitles() const
{
    QMap<QString, QString> titles;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Each model's newest title: the distinct ids from the model index, then one index seek
    // per model (a GROUP BY would read every run).
    if (!query.exec(QStringLiteral("SELECT m.model_id, (SELECT r.model_title FROM runs AS r WHERE r.model_id = "
                                   "m.model_id ORDER BY r.created DESC LIMIT 1) "
                                   "FROM (SELECT DISTINCT model_id FROM runs WHERE model_id <> '') AS m")))
        return titles;
    while (query.next())
        titles.insert(query.value(0).toString(), query.value(1).toString());
    return titles;
}

QStringList HistoryQueries::providers() const
{
    QStringList result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT DISTINCT provider FROM runs WHERE provider <> '' ORDER BY provider")))
        return result;
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

qint64 HistoryQueries::dataVersion() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QStringList HistoryQueries::tags() const
{
    QStringList result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT DISTINCT tag FROM run_tags ORDER BY tag COLLATE NOCASE")))
        return result;
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

namespace {
// Outcome texts of the votes table.
QString outcomeText(RunVote::Outcome outcome)
{
    switch (outcome) {
    case RunVote::Outcome::A:
        return QStringLiteral("a");
    case RunVote::Outcome::B:
        return QStringLiteral("b");
    case RunVote::Outcome::Tie:
        break;
    }
    return QStringLiteral("tie");
}
} // namespace

QString HistoryQueries::voteOutcomeText(RunVote::Outcome outcome)
{
    return outcomeText(outcome);
}

QList<RunVote> HistoryQueries::votes(const QString &tag, const QString &compareId) const
{
    QList<RunVote> result;
    QStringList conditions;
    QVariantList values;
    if (!tag.isEmpty()) {
        // A vote belongs to a tag when both of its runs carry it.
        conditions.append(QStringLiteral("run_a IN (SELECT run_id FROM run_tags WHERE tag = ?) "
                                         "AND run_b IN (SELECT run_id FROM run_tags WHERE tag = ?)"));
        values << tag << tag;
    }
    if (!compareId.isEmpty()) {
        conditions.append(QStringLiteral("compare_id = ?"));
        values << compareId;
    }
    QString sql = QStringLiteral("SELECT run_a, run_b, model_a, model_b, outcome, compare_id, created FROM votes");
    if (!conditions.isEmpty())
        sql += QLatin1String(" WHERE ") + conditions.join(QLatin1String(" AND "));
    sql += QLatin1String(" ORDER BY created, run_a, run_b");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return result;
    while (query.next()) {
        RunVote vote;
        vote.runA = query.value(0).toString();
        vote.runB = query.value(1).toString();
        vote.modelA = query.value(2).toString();
        vote.modelB = query.value(3).toString();
        const QString outcome = query.value(4).toString();
        vote.outcome = outcome == QLatin1String("a") ? RunVote::Outcome::A
            : outcome == QLatin1String("b")           ? RunVote::Outcome::B
                                                      : RunVote::Outcome::Tie;
        vote.compareId = query.value(5).toString();
        vote.created = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
        result.append(vote);
    }
    return result;
}

QList<ModelRunStats> HistoryQueries::modelStats(const QString &tag) const
{
    QList<ModelRunStats> result;
    QString sql = QStringLiteral(
        "SELECT model_id, MAX(model_title), COUNT(*), AVG(elapsed_ms), AVG(cost_usd), AVG(structure_score) "
        "FROM runs WHERE status = ? AND model_id <> ''");
    if (!tag.isEmpty())
        sql += QLatin1String(" AND id IN (SELECT run_id FROM run_tags WHERE tag = ?)");
    sql += QLatin1String(" GROUP BY model_id ORDER BY model_id");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(runStatusText(RunStatus::Done));
    if (!tag.isEmpty())
        query.addBindValue(tag);
    if (!query.exec())
        return result;
    while (query.next()) {
        ModelRunStats stats;
        stats.modelId = query.value(0).toString();
        stats.modelTitle = query.value(1).toString();
        stats.runs = query.value(2).toInt();
        stats.meanElapsedMs = query.value(3).toDouble();
        if (!query.value(4).isNull())
            stats.meanCostUsd = query.value(4).toDouble();
        if (!query.value(5).isNull())
            stats.meanStructureScore = query.value(5).toDouble();
        result.append(stats);
    }
    return result;
}
