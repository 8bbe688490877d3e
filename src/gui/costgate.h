#pragma once

#include "schema/modelspec.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class StudioSession;
class QWidget;

// Every run the designer starts passes here first, whatever started it (Generate, a compare, a
// retry): the CostLedger prices it; a run that would pass the daily budget is refused with the
// figures; one above the confirmation threshold, or one that may be charged a second time,
// asks first (a window-modal question, no nested event loop). What is confirmed is what is
// sent: the caller captures the model and values when it asks, and `send` uses only those.
class CostGate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostGate)

public:
    struct Planned
    {
        ModelSpec model;
        QJsonObject values;
    };

    // Not owned; `dialogParent` parents the question.
    CostGate(StudioSession *session, QWidget *dialogParent, QObject *parent = nullptr);

    // Runs `send` at once, after a Yes, or never (refused() says why). `what` names the runs in
    // the question ("This run", "This comparison of 3 models"). `mayChargeAgain`: the run repeats
    // one whose answer was lost after it may have been charged.
    void request(const QList<Planned> &runs, const QString &what, bool mayChargeAgain, std::function<void()> send);

    // The open question, while one is open (tests, and a second click brings it to the front).
    QWidget *openQuestion() const;

Q_SIGNALS:
    // Over the budget: nothing was sent.
    void refused(const QString &message);

private:
    StudioSession *m_session;
    QPointer<QWidget> m_dialogParent;
    QPointer<QWidget> m_question;
};
