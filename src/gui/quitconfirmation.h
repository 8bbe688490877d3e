#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class Job;

// What quitting does to the jobs still running, in the designer's words: jobs the provider keeps
// (fal, Freepik) or that were not sent yet resume on the next start without being paid twice; a
// synchronous run in flight (Segmind) cannot be followed after the app is gone.
class QuitConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(QuitConfirmation)

public:
    explicit QuitConfirmation(const QList<Job *> &jobs);

    bool needed() const { return m_resuming + m_lost > 0; }
    int resuming() const { return m_resuming; }
    int lost() const { return m_lost; }
    QString text() const;
    QString informativeText() const;

private:
    int m_resuming = 0;
    int m_lost = 0;
    QStringList m_lostProviders;
};
