#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

class QSqlDatabase;

// Prompt search: an FTS5 table `runs_fts` over prompt and negative prompt when SQLite has FTS5,
// otherwise LIKE over `runs.search_text`, a normalised copy of the same text. Both match every
// word of the query as a word prefix, ignoring case and accents; punctuation only separates words.
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

    // Appends the condition on `runs` that matches `text` (nothing for a text without words).
    void addCondition(const QString &text, QStringList *conditions, QVariantList *values) const;

    // Keeps the FTS index in step with the runs table (no-ops in LIKE mode).
    bool index(QSqlDatabase &db, const QString &runId, const QString &body, QString *error) const;
    bool unindex(QSqlDatabase &db, const QString &runId) const;

private:
    bool m_fts = false;
};
