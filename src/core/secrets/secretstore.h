#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

// Where API keys live. Reads and writes are asynchronous (the OS keychain answers over D-Bus);
// callbacks run on the caller's thread. Keys never go to QSettings, logs or files.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(const QString &key, const QString &error)>;
    using WriteCallback = std::function<void(const QString &error)>;

    explicit SecretStore(QObject *parent = nullptr);

    // `provider` is "fal", "segmind" or "freepik". An empty key and empty error: no key stored.
    virtual void readKey(const QString &provider, QObject *context, ReadCallback callback) = 0;
    virtual void writeKey(const QString &provider, const QString &key, QObject *context, WriteCallback callback) = 0;
    virtual void removeKey(const QString &provider, QObject *context, WriteCallback callback) = 0;
    // False when keys only live as long as this process (no keychain back end).
    virtual bool isPersistent() const = 0;
};

// Keys for this run of the program only: the fallback when no keychain service is running,
// and the store tests use.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void readKey(const QString &provider, QObject *context, ReadCallback callback) override;
    void writeKey(const QString &provider, const QString &key, QObject *context, WriteCallback callback) override;
    void removeKey(const QString &provider, QObject *context, WriteCallback callback) override;
    bool isPersistent() const override { return false; }

private:
    QHash<QString, QString> m_keys;
};
