#include "secretstore.h"

#include <QMetaObject>

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

void MemorySecretStore::readKey(const QString &provider, QObject *context, ReadCallback callback)
{
    const QString key = m_keys.value(provider);
    QMetaObject::invokeMethod(context, [callback, key] { callback(key, QString()); }, Qt::QueuedConnection);
}

void MemorySecretStore::writeKey(const QString &provider, const QString &key, QObject *context, WriteCallback callback)
{
    m_keys.insert(provider, key);
    QMetaObject::invokeMethod(context, [callback] { callback(QString()); }, Qt::QueuedConnection);
}

void MemorySecretStore::removeKey(const QString &provider, QObject *context, WriteCallback callback)
{
    m_keys.remove(provider);
    QMetaObject::invokeMethod(context, [callback] { callback(QString()); }, Qt::QueuedConnection);
}
