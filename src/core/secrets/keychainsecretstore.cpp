#include "keychainsecretstore.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

namespace {

QString describe(QKeychain::Error error, const QString &text)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
        return KeychainSecretStore::tr("No keychain service is available (%1). The key is kept for "
                                       "this session only.").arg(text);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return KeychainSecretStore::tr("Access to the keychain was denied.");
    default:
        return text;
    }
}

QString account(const QString &provider)
{
    return provider + QLatin1String("-api-key");
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{
}

void KeychainSecretStore::readKey(const QString &provider, QObject *context, ReadCallback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account(provider));
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, context, [job, callback, guard] {
        if (!guard)
            return;
        if (job->error() == QKeychain::EntryNotFound)
            callback(QString(), QString());
        else if (job->error() != QKeychain::NoError)
            callback(QString(), describe(job->error(), job->errorString()));
        else
            callback(job->textData(), QString());
    });
    job->start();
}

void KeychainSecretStore::writeKey(const QString &provider, const QString &key, QObject *context, WriteCallback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account(provider));
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, context, [job, callback] {
        callback(job->error() == QKeychain::NoError ? QString() : describe(job->error(), job->errorString()));
    });
    job->start();
}

void KeychainSecretStore::removeKey(const QString &provider, QObject *context, WriteCallback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(account(provider));
    connect(job, &QKeychain::Job::finished, context, [job, callback] {
        const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        callback(ok ? QString() : describe(job->error(), job->errorString()));
    });
    job->start();
}
