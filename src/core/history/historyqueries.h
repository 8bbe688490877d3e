#pragma once

#include "historyentry.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

class HistorySearch;
class QSqlDatabase;
class ResultArchive;

// The history's reads over one open connection: runs with their outputs (paths made absolute by
// the archive), the spending figures and the lists the filters offer. Empty answers when a
// query fails.
class HistoryQueries
{
public:
    HistoryQueries(QSqlDatabase &db, const ResultArchive &archive, const HistorySearch &search);

    QList<HistoryEntry> find(const HistoryFilter &filter) const;
    // See HistoryStore::findPage().
    HistoryPage findPage(const HistoryFilter &filter, const HistoryPageKey &after, int count) const;
    std::optional<HistoryEntry> entry(const QString &id) const;

    double totalCost(const QDateTime &since, const QStringList &excluding = {}) const;
    QHash<QString, double> lastCharges() const;
    QMap<QString, QString> modelTitles() const;
    QStringList providers() const;
    QStringList tags() const;                 // every tag in use, sorted
    qint64 dataVersion() const;               // PRAGMA data_version of this connection; -1 on failure

    // Blind A/B votes, oldest first: all, those whose two runs both carry `tag`, and/or those of
    // one comparison.
    QList<RunVote> votes(const QString &tag = QString(), const QString &compareId = QString()) const;
    // Per model, over its finished runs (those carrying `tag` when it is set).
    QList<ModelRunStats> modelStats(const QString &tag = QString()) const;

    // The votes table's text for an outcome ("a", "b", "tie").
    static QString voteOutcomeText(RunVote::Outcome outcome);

private:
    // The WHERE conditions of `filter` on the runs table, with their values.
    void addConditions(const HistoryFilter &filter, QStringList *conditions, QVariantList *values) const;
    // The runs of `filter` after `after`, at most `limit` (<= 0: all); `last` gets the page key
    // of the last one.
    QList<HistoryEntry> select(const HistoryFilter &filter, const HistoryPageKey &after, int limit,
                               HistoryPageKey *last) const;
    void addTags(QList<HistoryEntry> *entries) const;

    QSqlDatabase &m_db;
    const ResultArchive &m_archive;
    const HistorySearch &m_search;
};
