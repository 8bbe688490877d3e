#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

class QSqlDatabase;

// Prompt search: an FTS5 table `runs_search` over prompt and negative prompt when SQLite has
// FTS5, otherwise LIKE over `runs.search_text`, a normalised copy of the same text. Both match
// every word of the query as a word prefix, ignoring case and accents; punctuation only separates
// words. A run's row in `runs_search` has the run's rowid, so a search joins the runs on the
// rowid alone (earlier versions kept `runs_fts`, numbered on its own; it is replaced at open).
class HistorySearch
{
public:
    // The words a text matches (case-folded, accents removed).
    static QStringList terms(const QString &text);
    // The normalised text both paths match against: " word word … ".
    static QString body(const QString &prompt, const QString &negativePrompt);

    // Decides between FTS5 (when `allowed` and available) and LIKE, and makes the FTS index match
    // the runs (rebuilt when a session without FTS5 wrote runs). False with a message on failure.
    bool prepare(QSqlDatabase &db, bool allowed, QString *error);
    bool usesFullText() const { return m_fts; }

    // Appends the condition on `runs` that matches `text` (nothing for a text without words);
    // with FTS5 it asks `db` how many runs match to choose the faster plan.
    void addCondition(QSqlDatabase &db, const QString &text, QStringList *conditions, QVariantList *values) const;

    // Keeps the FTS index in step with the runs table (no-ops in LIKE mode): index() after the
    // run's row is inserted, unindex() before it is deleted.
    bool index(QSqlDatabase &db, const QString &runId, const QString &body, QString *error) const;
    bool unindex(QSqlDatabase &db, const QString &runId) const;

private:
    // Above this many matching runs a search walks the runs newest first instead of sorting them.
    static constexpr qint64 ManyMatches = 2000;
    bool m_fts = false;
};
