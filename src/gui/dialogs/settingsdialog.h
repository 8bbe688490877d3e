#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QString>

class KeyTester;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QToolButton;
class SecretStore;
class Settings;

namespace Ui {
class SettingsDialog;
}

// Settings ▸ API keys (one row per provider: password field with show/hide, Test key, where the
// key comes from, where to get one) and Jobs & costs (concurrency, cost confirmation, daily
// budget). OK writes the keys through the keychain store; when the keychain cannot take them, they
// go to the session store (if Keys/AllowSessionOnly allows it) and the dialog stays open to say
// so. Settings go to Settings; no key ever goes there. Nothing blocks: key reads, writes and tests
// are asynchronous.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    enum class KeySource
    {
        Loading,
        NotSet,
        Keychain,
        Session,
        Environment,
    };
    Q_ENUM(KeySource)

    // None of the arguments is owned. `sessionStore` keeps keys for this run when the keychain
    // fails; both stores are usually long-lived app objects. `network` is the session's: Test
    // key goes through the same network access (proxy, limits) as the runs.
    SettingsDialog(Settings *settings, SecretStore *keychain, SecretStore *sessionStore,
                   QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    static QStringList providerIds();
    KeySource keySource(const QString &providerId) const;
    bool isBusy() const { return m_pendingWrites > 0; }
    void showKeysTab();

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    // Keys were written (or removed); the main window refreshes its provider status.
    void keysChanged();

private:
    struct KeyRow
    {
        QString providerId;
        QLineEdit *edit = nullptr;
        QToolButton *showButton = nullptr;
        QPushButton *testButton = nullptr;
        QLabel *resultLabel = nullptr;
        QLabel *statusLabel = nullptr;
        QLabel *linkLabel = nullptr;
        KeyTester *tester = nullptr;
        KeySource source = KeySource::Loading;
        QString loadedKey;
        QString keychainError;
        int readsPending = 0;
        QString sessionKey;
        QString keychainKey;
    };

    KeyRow *row(const QString &providerId);
    const KeyRow *row(const QString &providerId) const;
    void setUpKeyRow(KeyRow &row);
    void loadKeys();
    void readsFinished(KeyRow &row);
    void updateStatus(KeyRow &row);
    void testKey(KeyRow &row);
    void showTestResult(KeyRow &row, bool ok, const QString &message);
    void loadSettings();
    void saveSettings();
    void writeKey(KeyRow &row, const QString &key);
    void writeFinished();
    void setBusy(bool busy);

    Ui::SettingsDialog *m_ui = nullptr;
    QPointer<Settings> m_settings;
    QPointer<SecretStore> m_keychain;
    QPointer<SecretStore> m_sessionStore;
    QNetworkAccessManager *m_network; // not owned
    QList<KeyRow> m_rows;
    int m_pendingWrites = 0;
    bool m_writeProblem = false;
    QString m_okText;
};
