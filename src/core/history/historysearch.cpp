#include "historysearch.h"

#include "historysql.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

QStringList HistorySearch::terms(const QString &text)
{
    // Compatibility decomposition splits accents (and ligatures) off their letters.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QStringList words;
    QString word;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            word.append(c.toCaseFolded());
            continue;
        }
        if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

QString HistorySearch::body(const QString &prompt, const QString &negativePrompt)
{
    const QStringList words = terms(prompt + QLatin1Char('\n') + negativePrompt);
    return QLatin1Char(' ') + words.join(QLatin1Char(' ')) + QLatin1Char(' ');
}

bool HistorySearch::prepare(QSqlDatabase &db, bool allowed, QString *error)
{
    m_fts = false;
    if (allowed) {
        QSqlQuery probe(db);
        if (probe.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(x)"))) {
            probe.exec(QStringLiteral("DROP TABLE temp.fts5_probe"));
            m_fts = true;
        }
    }
    // The index of earlier versions, whose rows are not numbered as the runs are: replaced by
    // runs_search. (An earlier version that opens the file builds its own again.)
    QSqlQuery dropOld(db);
    dropOld.exec(QStringLiteral("DROP TABLE IF EXISTS runs_fts"));
    if (!m_fts) {
        // Writes in LIKE mode do not maintain the index; drop it so that a later FTS session
        // rebuilds it. Fails harmlessly when this SQLite has no FTS5 module at all.
        QSqlQuery drop(db);
        drop.exec(QStringLiteral("DROP TABLE IF EXISTS runs_search"));
        return true;
    }
    if (!HistorySql::exec(db, QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS runs_search USING fts5(run_id UNINDEXED, body)"),
                          error))
        return false;
    // Rebuild when the index and the runs disagree (runs written by a session without FTS5, or by
    // an earlier version). The counts come from FTS5's docsize table (one row per document), which
    // SQLite counts at once, unlike the FTS5 table itself.
    QSqlQuery count(db);
    if (!count.exec(QStringLiteral("SELECT (SELECT count(*) FROM runs), (SELECT count(*) FROM runs_search_docsize), "
                                   "(SELECT max(rowid) FROM runs), (SELECT max(rowid) FROM runs_search_docsize)"))
        || !count.next()) {
        *error = HistorySql::errorText(count.lastError());
        return false;
    }
    if (count.value(0).toLongLong() == count.value(1).toLongLong()
        && count.value(2).toLongLong() == count.value(3).toLongLong())
        return true;
    count.finish();
    if (!db.transaction()) {
        *error = HistorySql::errorText(db.lastError());
        return false;
    }
    const bool ok = HistorySql::exec(db, QStringLiteral("DELETE FROM runs_search"), error)
        && HistorySql::exec(db, QStringLiteral("INSERT INTO runs_search (rowid, run_id, body) "
                                               "SELECT rowid, id, search_text FROM runs"),
                            error);
    if (!ok || !db.commit()) {
        if (ok)
            *error = HistorySql::errorText(db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

void HistorySearch::addCondition(QSqlDatabase &db, const QString &text, QStringList *conditions,
                                 QVariantList *values) const
{
    const QStringList words = terms(text);
    if (words.isEmpty())
        return;
    if (m_fts) {
        // Every word as a quoted prefix phrase: FTS5 operators in the text stay literal.
        QStringList phrases;
        for (const QString &word : words)
            phrases.append(QLatin1Char('"') + word + QLatin1String("\"*"));
        const QString match = phrases.join(QLatin1Char(' '));
        // The index numbers its rows as the runs are. Few matches: SQLite reads those runs and
        // sorts them. Many: it walks the runs newest first (the created index; "+" keeps it off
        // the rowid) and keeps those in the set, so the first page needs no sort of them all.
        QSqlQuery count(db);
        count.prepare(QStringLiteral("SELECT count(*) FROM runs_search WHERE runs_search MATCH ?"));
        count.addBindValue(match);
        const bool many = count.exec() && count.next() && count.value(0).toLongLong() > ManyMatches;
        conditions->append(many ? QStringLiteral("+rowid IN (SELECT rowid FROM runs_search WHERE runs_search MATCH ?)")
                                : QStringLiteral("rowid IN (SELECT rowid FROM runs_search WHERE runs_search MATCH ?)"));
        values->append(match);
        return;
    }
    // Terms hold only letters and digits, so they carry no LIKE wildcards.
    for (const QString &word : words) {
        conditions->append(QStringLiteral("search_text LIKE ?"));
        values->append(QString(QLatin1String("% ") + word + QLatin1Char('%')));
    }
}

bool HistorySearch::index(QSqlDatabase &db, const QString &runId, const QString &body, QString *error) const
{
    if (!m_fts)
        return true;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO runs_search (rowid, run_id, body) SELECT rowid, id, ? FROM runs WHERE id = ?"));
    query.addBindValue(body);
    query.addBindValue(runId);
    return HistorySql::execPrepared(query, error);
}

bool HistorySearch::unindex(QSqlDatabase &db, const QString &runId) const
{
    if (!m_fts)
        return true;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM runs_search WHERE rowid = (SELECT rowid FROM runs WHERE id = ?)"));
    query.addBindValue(runId);
    return query.exec();
}
