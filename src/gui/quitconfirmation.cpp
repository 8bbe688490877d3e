#include "quitconfirmation.h"

#include "jobs/job.h"
#include "model/providerinfo.h"

QuitConfirmation::QuitConfirmation(const QList<Job *> &jobs)
{
    for (const Job *job : jobs) {
        if (!job || isTerminal(job->state()))
            continue;
        const QString provider = job->request().model.provider;
        const ProviderInfo *info = ProviderInfo::find(provider);
        const bool followable = !job->handle().isEmpty() && info && info->resumable;
        // Not sent yet: nothing was paid, it is sent on the next start. Sent and kept by the
        // provider: followed again. Saving: the result is here and written first.
        if (!job->submitStarted() || followable || job->state() == JobState::Saving) {
            ++m_resuming;
        } else {
            ++m_lost;
            const QString name = ProviderInfo::nameOf(provider);
            if (!m_lostProviders.contains(name))
                m_lostProviders.append(name);
        }
    }
}

QString QuitConfirmation::text() const
{
    return tr("%n job(s) still running.", nullptr, m_resuming + m_lost);
}

QString QuitConfirmation::informativeText() const
{
    QStringList parts;
    if (m_resuming > 0)
        parts.append(tr("%n job(s) will resume the next time you start Reimagine Studio, without being "
                        "paid for twice.",
                        nullptr, m_resuming));
    if (m_lost > 0)
        parts.append(tr("%n %1 run(s) cannot be followed once the app is closed: the result will be "
                        "lost, and the provider may still charge for it.",
                        nullptr, m_lost)
                         .arg(m_lostProviders.join(QStringLiteral(", "))));
    return parts.join(QStringLiteral("\n\n"));
}
