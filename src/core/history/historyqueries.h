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

    double totalCost(const QDateTime &since) const;
    QHash<QString, double> lastCharges() const;
    QMap<QString, QString> modelTitles() const;
    QStringList providers() const;

private:
    QSqlDatabase &m_db;
    const ResultArchive &m_archive;
    const HistorySearch &m_search;
};
