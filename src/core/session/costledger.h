#pragma once

#include "model/jobtypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class Settings;

// The money side of every run, in one place for the app and the CLI: what a run will cost
// before it is sent, what it cost once it ended, the session's and today's totals, the cost
// confirmation threshold and the daily budget (both from Settings).
//
// Prices come from the catalog and may depend on the values (Ideogram's rendering speed, the
// number of images). A model without a known price counts against the budget as its last
// actual charge (from the history or this session) when there is one, else as nothing, and is
// shown as unknown. "Today" is the local calendar day; the totals are right across midnight.
class CostLedger final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostLedger)

public:
    // What one planned run is expected to cost.
    struct Estimate
    {
        QString modelId;
        QString modelTitle;
        std::optional<double> usd;   // from the catalog price; unset when the price is unknown
        double budgetUsd = 0;        // what counts against the budget (usd, else the last run's charge)
        bool fromLastCharge = false; // budgetUsd is the model's last actual charge
    };

    // The verdict on a set of runs about to be sent (one run, a compare, a retry ...).
    struct Check
    {
        QList<Estimate> runs;
        double knownUsd = 0;         // sum of the known estimates
        double budgetUsd = 0;        // sum of what counts against the budget
        int unknownCount = 0;        // runs whose price is unknown
        bool overBudget = false;     // refused: it would pass the daily budget
        bool needsConfirmation = false; // above the confirmation threshold
        QString summary;             // "about $0.12" / "about $0.04 + 1 run of unknown price"
        QString refusal;             // why it is refused (overBudget), with the figures

        bool allowed() const { return !overBudget; }
    };

    // `settings` is not owned and may be null (no threshold, no budget).
    explicit CostLedger(Settings *settings, QObject *parent = nullptr);

    // The catalog estimate for one run (no last-charge fallback).
    static std::optional<double> estimate(const ModelSpec &model, const QJsonObject &values);
    Estimate estimateRun(const ModelSpec &model, const QJsonObject &values) const;
    // All runs together against the threshold and the budget. `maxUsd` > 0 adds a limit for
    // these runs alone (the CLI's --max-cost): an estimate above it is refused, and so is an
    // unknown price without a last charge to go by (nothing says it stays below).
    Check check(const QList<Estimate> &runs, double maxUsd = 0) const;

    // What a finished run cost: the charge the provider reported, else the estimate when a
    // result was delivered; unset when nothing was paid or nothing is known.
    static std::optional<double> chargeOf(const ModelSpec &model, const QJsonObject &values, JobState state,
                                          const JobOutcome &outcome);
    // A run ended: adds its charge to the totals (and remembers it as the model's last charge).
    void recordCharge(const QString &modelId, double usd, const QDateTime &when = QDateTime::currentDateTime());
    // Runs that were sent and have not ended count against the budget with their estimate, so
    // quick runs one after another cannot pass it: reserve() when a run is sent, release() when
    // it ended (its charge, if any, is recorded with recordCharge()).
    void reserve(const QString &jobId, double usd);
    void release(const QString &jobId);
    double reservedTotal() const;

    // Totals from the history, read off the GUI thread by the owner: what was spent on `day`
    // before this session started, and each model's last actual charge.
    void setHistoryTotals(const QDate &day, double spentThatDay, const QHash<QString, double> &lastCharges);

    double sessionTotal() const { return m_sessionTotal; }
    double todayTotal() const;
    std::optional<double> lastCharge(const QString &modelId) const;

    // "$0.04" (locale-aware digits), for every money figure the app and CLI show.
    static QString formatUsd(double usd);
    // What formatUsd() writes before and after the number ("$" and "" in English, "" and " $" in
    // German and French), for a field that edits an amount.
    struct UsdAffixes
    {
        QString prefix;
        QString suffix;
    };
    static UsdAffixes usdAffixes();

Q_SIGNALS:
    void totalsChanged();

private:
    struct Charge
    {
        QDate day;
        double usd = 0;
    };

    Settings *m_settings = nullptr;
    QDate m_historyDay;
    double m_historyDayTotal = 0;
    QHash<QString, double> m_lastCharges;
    QList<Charge> m_charges;   // this session's, with their local day
    QHash<QString, double> m_reserved; // job id -> estimate of runs in flight
    double m_sessionTotal = 0;
};
