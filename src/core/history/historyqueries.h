#pragma once

#include "historyentry.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

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
    std::optional<HistoryEntry> entry(const QString &id) const;

    double totalCost(const QDateTime &since, const QStringList &excluding = {}) const;
    QHash<QString, double> lastCharges() const;
    QMap<QString, QString> modelTitles() const;
    QStringList providers() const;
    QStringList tags() const;                 // every tag in use, sorted

    // Blind A/B votes, oldest first: all, those whose two runs both carry `tag`, and/or those of
    // one comparison.
    QList<RunVote> votes(const QString &tag = QString(), const QString &compareId = QString()) const;
    // Per model, over its finished runs (those carrying `tag` when it is set).
    QList<ModelRunStats> modelStats(const QString &tag = QString()) const;

    // The votes table's text for an outcome ("a", "b", "tie").
    static QString voteOutcomeText(RunVote::Outcome outcome);

private:
    void addTags(QList<HistoryEntry> *entries) const;

    QSqlDatabase &m_db;
    const ResultArchive &m_archive;
    const HistorySearch &m_search;
};
