#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

class SecretStore;

// Finds each provider's API key, once: the environment variable (FAL_KEY ...) wins, then the
// OS keychain, then the session-only store. The stores answer asynchronously, so a key is
// "known" (possibly empty) only after its lookup ended; whenKnown() waits for it.
// Keys are held in memory only and never logged.
class KeyResolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyResolver)

public:
    // `keychain` and `sessionStore` are not owned and may be null.
    KeyResolver(SecretStore *keychain, SecretStore *sessionStore, const QStringList &providers,
                QObject *parent = nullptr);

    QStringList providers() const { return m_providers; }
    SecretStore *keychain() const { return m_keychain; }
    SecretStore *sessionStore() const { return m_sessionStore; }

    // Starts the lookup of every provider's key (again, for reload()).
    void load();
    // Reads the keys again after the settings changed them; a provider whose key is unchanged
    // is not reported.
    void reload();
    // A key the designer entered (empty: removed; the environment still wins then).
    void setKey(const QString &provider, const QString &key);

    QString key(const QString &provider) const { return m_keys.value(provider); }
    bool isKnown(const QString &provider) const { return m_known.contains(provider); }
    // Calls `callback` with the key (empty when there is none) once it is known: at once when
    // it is, else when the lookup ends (started here when nothing looked yet, so a caller that
    // needs one provider asks the keychain for that one only). `context` guards the call.
    void whenKnown(const QString &provider, QObject *context, std::function<void(const QString &key)> callback);

Q_SIGNALS:
    // A provider's key became known or changed (also to empty).
    void keyChanged(const QString &provider, const QString &key);

private:
    void lookUp(const QString &provider, std::function<void(const QString &key)> done);
    void resolve(const QString &provider, const QString &key);

    SecretStore *m_keychain = nullptr;
    SecretStore *m_sessionStore = nullptr;
    QStringList m_providers;
    QHash<QString, QString> m_keys;
    QSet<QString> m_known;
    QSet<QString> m_looking;
};
