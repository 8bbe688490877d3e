#include "costgate.h"

#include "session/costledger.h"
#include "session/studiosession.h"
#include "settings/settings.h"

#include <QMessageBox>
#include <QPushButton>

CostGate::CostGate(StudioSession *session, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_dialogParent(dialogParent)
{
}

QWidget *CostGate::openQuestion() const
{
    return m_question;
}

void CostGate::request(const QList<Planned> &runs, const QString &what, bool mayChargeAgain, std::function<void()> send)
{
    if (m_question) {
        // One question at a time: the open one wins, the new click only brings it forward.
        m_question->raise();
        m_question->activateWindow();
        return;
    }
    CostLedger *ledger = m_session->costs();
    QList<CostLedger::Estimate> estimates;
    for (const Planned &run : runs)
        estimates.append(ledger->estimateRun(run.model, run.values));
    const CostLedger::Check check = ledger->check(estimates);
    if (!check.allowed()) {
        Q_EMIT refused(tr("Nothing was sent. %1").arg(check.refusal));
        return;
    }
    if (!check.needsConfirmation && !mayChargeAgain) {
        send();
        return;
    }

    QString text;
    if (mayChargeAgain)
        text = tr("%1 may already have been charged: its answer was lost after the request was sent. "
                  "Running it again costs %2 more. Run it again?")
                   .arg(what, check.summary);
    else
        text = tr("%1 costs %2, more than your limit of %3. Run it?")
                   .arg(what, check.summary,
                        CostLedger::formatUsd(m_session->settings() ? m_session->settings()->confirmAboveUsd() : 0));
    auto *box = new QMessageBox(QMessageBox::Question, tr("Confirm Cost"), text, QMessageBox::Yes | QMessageBox::Cancel,
                                m_dialogParent);
    box->setObjectName(QStringLiteral("costConfirmation"));
    box->setWindowModality(Qt::WindowModal);
    box->button(QMessageBox::Yes)->setText(check.unknownCount == check.runs.size()
                                               ? tr("Run at unknown price")
                                               : tr("Run for %1").arg(CostLedger::formatUsd(check.budgetUsd)));
    box->button(QMessageBox::Yes)->setObjectName(QStringLiteral("costConfirmationRun"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_question = box;
    connect(box, &QMessageBox::finished, this, [box, send](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            send();
    });
    box->open();
}
