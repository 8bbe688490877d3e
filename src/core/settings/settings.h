#pragma once

#include <QObject>
#include <QString>
#include <QVariant>

#include <optional>

class QSettings;

// The app's preferences as a typed table over QSettings (after KeePassXC's Config and
// qBittorrent's SettingValue): every key has its "Group/Key" name, a type, a default and, for
// numbers, bounds. Values read back are converted and clamped, so callers never see junk from a
// hand-edited file.
//
// Never store a secret here: API keys live in a SecretStore only.
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Key
    {
        GlobalConcurrency,       // Jobs/GlobalConcurrency      int    4   (1–16)
        PerProviderConcurrency,  // Jobs/PerProviderConcurrency int    2   (1–8)
        ConfirmCosts,            // Costs/Confirm               bool   true
        ConfirmAboveUsd,         // Costs/ConfirmAbove          double 0.50 (0–1000)
        DailyBudgetUsd,          // Costs/DailyBudget           double 0 = no budget (0–100000)
        MaxUploadSide,           // Images/MaxUploadSide        int    2048 (256–8192)
        AllowSessionOnlyKeys,    // Keys/AllowSessionOnly       bool   true
        OutputFormat,            // Output/Format               string "png" (png, jpeg, webp)
        OutputFolder,            // Output/Folder               string "" = ask
    };
    Q_ENUM(Key)

    struct Definition
    {
        Key key;
        const char *name;        // "Group/Key"
        QVariant defaultValue;   // its type is the key's type
        QVariant minimum;        // numbers only
        QVariant maximum;
    };

    // Uses `storage` (not owned; it must outlive this object). Tests pass a QSettings on a
    // temporary file.
    explicit Settings(QSettings *storage, QObject *parent = nullptr);
    // The app's default QSettings (organisation and application names of the QCoreApplication).
    explicit Settings(QObject *parent = nullptr);
    ~Settings() override;

    static const QList<Definition> &definitions();
    static const Definition &definition(Key key);
    static QString name(Key key);
    static QVariant defaultValue(Key key);

    // The stored value converted to the key's type and clamped to its bounds; the default when
    // nothing (or something unreadable) is stored.
    QVariant value(Key key) const;
    // Stores `value` (converted and clamped); emits changed() when the stored value changes.
    // Returns false (and stores nothing) when the value cannot be converted to the key's type.
    bool setValue(Key key, const QVariant &value);
    // Back to the default (removes the entry); emits changed() when that changes the value.
    void reset(Key key);
    bool isDefault(Key key) const;
    void sync();

    // Typed accessors.
    int globalConcurrency() const { return value(Key::GlobalConcurrency).toInt(); }
    int perProviderConcurrency() const { return value(Key::PerProviderConcurrency).toInt(); }
    bool confirmCosts() const { return value(Key::ConfirmCosts).toBool(); }
    double confirmAboveUsd() const { return value(Key::ConfirmAboveUsd).toDouble(); }
    double dailyBudgetUsd() const { return value(Key::DailyBudgetUsd).toDouble(); }
    bool hasDailyBudget() const { return dailyBudgetUsd() > 0.0; }
    int maxUploadSide() const { return value(Key::MaxUploadSide).toInt(); }
    bool allowSessionOnlyKeys() const { return value(Key::AllowSessionOnlyKeys).toBool(); }
    QString outputFormat() const { return value(Key::OutputFormat).toString(); }
    QString outputFolder() const { return value(Key::OutputFolder).toString(); }

    // True when a run of `costUsd` needs the user's confirmation.
    bool needsCostConfirmation(double costUsd) const
    {
        return confirmCosts() && costUsd > confirmAboveUsd();
    }

Q_SIGNALS:
    void changed(Settings::Key key);

private:
    std::optional<QVariant> normalized(Key key, const QVariant &value) const;

    QSettings *m_storage = nullptr;
    bool m_ownsStorage = false;
};
