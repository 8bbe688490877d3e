#include "keyresolver.h"

#include "model/providerinfo.h"
#include "secrets/secretstore.h"

#include <QPointer>

KeyResolver::KeyResolver(SecretStore *keychain, SecretStore *sessionStore, const QStringList &providers,
                         QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_sessionStore(sessionStore)
    , m_providers(providers)
{
}

void KeyResolver::lookUp(const QString &provider, std::function<void(const QString &key)> done)
{
    const QString fromEnv = ProviderInfo::environmentKey(provider);
    if (!fromEnv.isEmpty()) {
        done(fromEnv);
        return;
    }
    auto fromSession = [this, provider, done] {
        if (!m_sessionStore) {
            done(QString());
            return;
        }
        m_sessionStore->readKey(provider, this, [done](const QString &key, const QString &) { done(key.trimmed()); });
    };
    if (!m_keychain) {
        fromSession();
        return;
    }
    m_keychain->readKey(provider, this, [done, fromSession](const QString &key, const QString &) {
        if (!key.trimmed().isEmpty())
            done(key.trimmed());
        else
            fromSession();
    });
}

void KeyResolver::load()
{
    for (const QString &provider : std::as_const(m_providers)) {
        if (m_looking.contains(provider) || m_known.contains(provider))
            continue;
        m_looking.insert(provider);
        lookUp(provider, [this, provider](const QString &key) {
            m_looking.remove(provider);
            if (!m_known.contains(provider)) // setKey() came first
                resolve(provider, key);
        });
    }
}

void KeyResolver::reload()
{
    for (const QString &provider : std::as_const(m_providers)) {
        lookUp(provider, [this, provider](const QString &key) {
            if (key != m_keys.value(provider) || !m_known.contains(provider))
                resolve(provider, key);
        });
    }
}

void KeyResolver::setKey(const QString &provider, const QString &key)
{
    const QString trimmed = key.trimmed();
    resolve(provider, trimmed.isEmpty() ? ProviderInfo::environmentKey(provider) : trimmed);
}

void KeyResolver::resolve(const QString &provider, const QString &key)
{
    m_keys.insert(provider, key);
    m_known.insert(provider);
    Q_EMIT keyChanged(provider, key);
}

void KeyResolver::whenKnown(const QString &provider, QObject *context, std::function<void(const QString &key)> callback)
{
    if (isKnown(provider)) {
        callback(key(provider));
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &KeyResolver::keyChanged, context,
                          [provider, callback, connection](const QString &changed, const QString &value) {
                              if (changed != provider)
                                  return;
                              disconnect(*connection);
                              callback(value);
                          });
    // Connected first: an environment key resolves at once, inside lookUp().
    if (!m_looking.contains(provider)) {
        m_looking.insert(provider);
        lookUp(provider, [this, provider](const QString &found) {
            m_looking.remove(provider);
            if (!m_known.contains(provider))
                resolve(provider, found);
        });
    }
}
