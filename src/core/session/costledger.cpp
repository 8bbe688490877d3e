#include "costledger.h"

#include "settings/settings.h"

#include <QLocale>

CostLedger::CostLedger(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

QString CostLedger::formatUsd(double usd)
{
    const int decimals = (usd > 0 && usd < 0.01) ? 3 : 2;
    const QLocale locale;
    if (locale.language() == QLocale::C)
        return QStringLiteral("$") + QString::number(usd, 'f', decimals);
    // "$0.04" in English, "0,04 $" in German and French: the designer's own notation.
    return locale.toCurrencyString(usd, QStringLiteral("$"), decimals);
}

CostLedger::UsdAffixes CostLedger::usdAffixes()
{
    const QString amount = formatUsd(1);
    const QString number = QLocale().language() == QLocale::C ? QStringLiteral("1.00")
                                                              : QLocale().toString(1.0, 'f', 2);
    const qsizetype at = amount.indexOf(number);
    if (at < 0)
        return {QStringLiteral("$"), QString()};
    return {amount.left(at), amount.mid(at + number.size())};
}

std::optional<double> CostLedger::estimate(const ModelSpec &model, const QJsonObject &values)
{
    return model.estimatedCost(values);
}

CostLedger::Estimate CostLedger::estimateRun(const ModelSpec &model, const QJsonObject &values) const
{
    Estimate e;
    e.modelId = model.id;
    e.modelTitle = model.title.isEmpty() ? model.id : model.title;
    e.usd = estimate(model, values);
    if (e.usd) {
        e.budgetUsd = *e.usd;
    } else if (const std::optional<double> last = lastCharge(model.id)) {
        e.budgetUsd = *last;
        e.fromLastCharge = true;
    }
    return e;
}

CostLedger::Check CostLedger::check(const QList<Estimate> &runs, double maxUsd) const
{
    Check c;
    c.runs = runs;
    for (const Estimate &run : runs) {
        if (run.usd)
            c.knownUsd += *run.usd;
        else
            ++c.unknownCount;
        c.budgetUsd += run.budgetUsd;
    }
    if (c.unknownCount == 0)
        c.summary = tr("about %1").arg(formatUsd(c.knownUsd));
    else if (c.unknownCount == runs.size())
        c.summary = tr("an unknown price");
    else
        c.summary = tr("about %1 + %n run(s) of unknown price", nullptr, c.unknownCount).arg(formatUsd(c.knownUsd));

    if (maxUsd > 0) {
        for (const Estimate &run : runs) {
            if (!run.usd && !run.fromLastCharge) {
                c.overBudget = true;
                c.refusal = tr("The price of %1 is unknown, so it cannot be held under the limit of %2.")
                                .arg(run.modelTitle, formatUsd(maxUsd));
                return c;
            }
        }
        if (c.budgetUsd > maxUsd + 1e-9) {
            c.overBudget = true;
            c.refusal = tr("This run costs about %1, more than the limit of %2.")
                            .arg(formatUsd(c.budgetUsd), formatUsd(maxUsd));
            return c;
        }
    }
    if (m_settings && m_settings->hasDailyBudget()) {
        const double budget = m_settings->dailyBudgetUsd();
        const double spent = todayTotal() + reservedTotal();
        if (spent + c.budgetUsd > budget + 1e-9) {
            c.overBudget = true;
            c.refusal = tr("This would bring today's spending to %1, over your daily budget of %2 "
                           "(spent today: %3; this: %4). Raise the budget in Settings or wait until "
                           "tomorrow.")
                            .arg(formatUsd(spent + c.budgetUsd), formatUsd(budget), formatUsd(spent),
                                 formatUsd(c.budgetUsd));
            return c;
        }
    }
    if (m_settings && m_settings->confirmCosts())
        c.needsConfirmation = c.budgetUsd > m_settings->confirmAboveUsd() + 1e-9;
    return c;
}

std::optional<double> CostLedger::chargeOf(const ModelSpec &model, const QJsonObject &values, JobState state,
                                           const JobOutcome &outcome)
{
    if (outcome.costUsd)
        return outcome.costUsd;
    if (state == JobState::Done || state == JobState::Saving || !outcome.outputs.isEmpty())
        return estimate(model, values); // a result arrived: it was paid for
    return std::nullopt;
}

void CostLedger::recordCharge(const QString &modelId, double usd, const QDateTime &when)
{
    if (usd <= 0)
        return;
    m_charges.append({when.toLocalTime().date(), usd});
    m_sessionTotal += usd;
    m_lastCharges.insert(modelId, usd);
    Q_EMIT totalsChanged();
}

void CostLedger::reserve(const QString &jobId, double usd)
{
    if (usd > 0)
        m_reserved.insert(jobId, usd);
}

void CostLedger::release(const QString &jobId)
{
    m_reserved.remove(jobId);
}

double CostLedger::reservedTotal() const
{
    double total = 0;
    for (double usd : m_reserved)
        total += usd;
    return total;
}

void CostLedger::setHistoryTotals(const QDate &day, double spentThatDay, const QHash<QString, double> &lastCharges)
{
    m_historyDay = day;
    m_historyDayTotal = spentThatDay;
    for (auto it = lastCharges.constBegin(); it != lastCharges.constEnd(); ++it) {
        if (!m_lastCharges.contains(it.key())) // this session's charges are newer
            m_lastCharges.insert(it.key(), it.value());
    }
    Q_EMIT totalsChanged();
}

double CostLedger::todayTotal() const
{
    const QDate today = QDate::currentDate();
    double total = m_historyDay == today ? m_historyDayTotal : 0.0;
    for (const Charge &charge : m_charges) {
        if (charge.day == today)
            total += charge.usd;
    }
    return total;
}

std::optional<double> CostLedger::lastCharge(const QString &modelId) const
{
    const auto it = m_lastCharges.constFind(modelId);
    if (it == m_lastCharges.constEnd())
        return std::nullopt;
    return *it;
}
