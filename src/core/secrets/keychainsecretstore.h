#pragma once

#include "secretstore.h"

// API keys in the OS keychain (Secret Service on Linux, Keychain on macOS, Credential Manager on
// Windows) through QtKeychain. No plaintext fallback: when no back end answers, the caller is told
// (error text) and decides, e.g. to keep the key in a MemorySecretStore for this session.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString &service = QStringLiteral("reimagine-studio"),
                                 QObject *parent = nullptr);

    void readKey(const QString &provider, QObject *context, ReadCallback callback) override;
    void writeKey(const QString &provider, const QString &key, QObject *context, WriteCallback callback) override;
    void removeKey(const QString &provider, QObject *context, WriteCallback callback) override;
    bool isPersistent() const override { return true; }

private:
    QString m_service;
};
