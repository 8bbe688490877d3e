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
    if (!m_fts) {
        // Writes in LIKE mode do not maintain the index; drop it so that a later FTS session
        // rebuilds it. Fails harmlessly when this SQLite has no FTS5 module at all.
        QSqlQuery drop(db);
        drop.exec(QStringLiteral("DROP TABLE IF EXISTS runs_fts"));
        return true;
    }
    if (!HistorySql::exec(db, QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS runs_fts USING fts5(run_id UNINDEXED, body)"),
                          error))
        return false;
    // Rebuild when the index and the runs disagree (runs written by a session without FTS5).
    QSqlQuery count(db);
    if (!count.exec(QStringLiteral("SELECT (SELECT count(*) FROM runs), (SELECT count(*) FROM runs_fts)"))
        || !count.next()) {
        *error = HistorySql::errorText(count.lastError());
        return false;
    }
    if (count.value(0).toLongLong() == count.value(1).toLongLong())
        return true;
    count.finish();
    if (!db.transaction()) {
        *error = HistorySql::errorText(db.lastError());
        return false;
    }
    const bool ok = HistorySql::exec(db, QStringLiteral("DELETE FROM runs_fts"), error)
        && HistorySql::exec(db, QStringLiteral("INSERT INTO runs_fts (run_id, body) SELECT id, search_text FROM runs"),
                            error);
    if (!ok || !db.commit()) {
        if (ok)
            *error = HistorySql::errorText(db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

void HistorySearch::addCondition(const QString &text, QStringList *conditions, QVariantList *values) const
{
    const QStringList words = terms(text);
    if (words.isEmpty())
        return;
    if (m_fts) {
        // Every word as a quoted prefix phrase: FTS5 operators in the text stay literal.
        QStringList phrases;
        for (const QString &word : words)
            phrases.append(QLatin1Char('"') + word + QLatin1String("\"*"));
        conditions->append(QStringLiteral("id IN (SELECT run_id FROM runs_fts WHERE runs_fts MATCH ?)"));
        values->append(phrases.join(QLatin1Char(' ')));
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
    query.prepare(QStringLiteral("INSERT INTO runs_fts (run_id, body) VALUES (?, ?)"));
    query.addBindValue(runId);
    query.addBindValue(body);
    return HistorySql::execPrepared(query, error);
}

bool HistorySearch::unindex(QSqlDatabase &db, const QString &runId) const
{
    if (!m_fts)
        return true;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM runs_fts WHERE run_id = ?"));
    query.addBindValue(runId);
    return query.exec();
}
