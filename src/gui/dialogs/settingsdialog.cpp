#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "model/providerinfo.h"
#include "providers/keytester.h"
#include "secrets/secretstore.h"
#include "session/costledger.h"
#include "settings/settings.h"

#include <QDialogButtonBox>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>

namespace {

const QColor kOkColor(0x2e, 0x7d, 0x32);
const QColor kErrorColor(0xc6, 0x28, 0x28);

QString linkFor(const QString &providerId)
{
    if (providerId == QLatin1String("fal"))
        return QStringLiteral("https://fal.ai/dashboard/keys");
    if (providerId == QLatin1String("segmind"))
        return QStringLiteral("https://cloud.segmind.com/console/api-keys");
    return QStringLiteral("https://www.freepik.com/developers/dashboard/api-key");
}

void setTextColor(QLabel *label, const QColor &color)
{
    QPalette palette = label->palette();
    if (color.isValid())
        palette.setColor(QPalette::WindowText, color);
    else
        palette = label->parentWidget() ? label->parentWidget()->palette() : QPalette();
    label->setPalette(palette);
}

} // namespace

SettingsDialog::SettingsDialog(Settings *settings, SecretStore *keychain, SecretStore *sessionStore,
                               QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::SettingsDialog)
    , m_settings(settings)
    , m_keychain(keychain)
    , m_sessionStore(sessionStore)
    , m_network(network)
{
    m_ui->setupUi(this);
    m_ui->keysNoticeLabel->hide();
    m_okText = m_ui->buttonBox->button(QDialogButtonBox::Ok)->text();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setToolTip(tr("Saves the settings and closes this window"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setToolTip(tr("Closes this window without saving"));

    auto makeRow = [](const QString &id, QLineEdit *edit, QToolButton *show, QPushButton *test,
                      QLabel *result, QLabel *status, QLabel *link) {
        KeyRow r;
        r.providerId = id;
        r.edit = edit;
        r.showButton = show;
        r.testButton = test;
        r.resultLabel = result;
        r.statusLabel = status;
        r.linkLabel = link;
        return r;
    };
    m_rows = {
        makeRow(QStringLiteral("fal"), m_ui->falKeyEdit, m_ui->falShowButton, m_ui->falTestButton,
                m_ui->falTestResultLabel, m_ui->falStatusLabel, m_ui->falLinkLabel),
        makeRow(QStringLiteral("segmind"), m_ui->segmindKeyEdit, m_ui->segmindShowButton,
                m_ui->segmindTestButton, m_ui->segmindTestResultLabel, m_ui->segmindStatusLabel,
                m_ui->segmindLinkLabel),
        makeRow(QStringLiteral("freepik"), m_ui->freepikKeyEdit, m_ui->freepikShowButton,
                m_ui->freepikTestButton, m_ui->freepikTestResultLabel, m_ui->freepikStatusLabel,
                m_ui->freepikLinkLabel),
    };
    for (KeyRow &r : m_rows)
        setUpKeyRow(r);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->confirmCostsCheck, &QCheckBox::toggled, m_ui->confirmAboveSpin, &QWidget::setEnabled);
    // Amounts read as they do everywhere else: "$0.50" in English, "0,50 $" in German and French.
    const CostLedger::UsdAffixes affixes = CostLedger::usdAffixes();
    for (QDoubleSpinBox *spin : {m_ui->confirmAboveSpin, m_ui->dailyBudgetSpin}) {
        spin->setPrefix(affixes.prefix);
        spin->setSuffix(affixes.suffix);
    }
    m_ui->outputFormatCombo->addItem(tr("PNG with parameters"), QStringLiteral("png"));
    m_ui->outputFormatCombo->addItem(tr("JPEG"), QStringLiteral("jpeg"));
    m_ui->outputFormatCombo->addItem(tr("WebP"), QStringLiteral("webp"));
    connect(m_ui->outputFolderButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Save Results In"), m_ui->outputFolderEdit->text());
        dialog->setObjectName(QStringLiteral("outputFolderDialog"));
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, m_ui->outputFolderEdit, &QLineEdit::setText);
        dialog->open();
    });

    loadSettings();
    // The Jobs and Costs forms share one label column width, so their fields line up.
    const QList<QWidget *> formLabels{m_ui->globalConcurrencyLabel, m_ui->perProviderLabel,
                                      m_ui->maxUploadSideLabel, m_ui->confirmCostsCheck,
                                      m_ui->dailyBudgetLabel};
    int labelWidth = 0;
    for (const QWidget *label : formLabels)
        labelWidth = qMax(labelWidth, label->sizeHint().width());
    for (QWidget *label : formLabels)
        label->setMinimumWidth(labelWidth);
    const QList<QWidget *> formFields{m_ui->globalConcurrencySpin, m_ui->perProviderSpin,
                                      m_ui->maxUploadSideSpin, m_ui->confirmAboveSpin,
                                      m_ui->dailyBudgetSpin};
    int fieldWidth = 0;
    for (const QWidget *field : formFields)
        fieldWidth = qMax(fieldWidth, field->sizeHint().width());
    for (QWidget *field : formFields)
        field->setMinimumWidth(fieldWidth);

    loadKeys();
}

SettingsDialog::~SettingsDialog()
{
    delete m_ui;
}

QStringList SettingsDialog::providerIds()
{
    return ProviderInfo::ids();
}

SettingsDialog::KeyRow *SettingsDialog::row(const QString &providerId)
{
    for (KeyRow &r : m_rows) {
        if (r.providerId == providerId)
            return &r;
    }
    return nullptr;
}

const SettingsDialog::KeyRow *SettingsDialog::row(const QString &providerId) const
{
    for (const KeyRow &r : m_rows) {
        if (r.providerId == providerId)
            return &r;
    }
    return nullptr;
}

SettingsDialog::KeySource SettingsDialog::keySource(const QString &providerId) const
{
    const KeyRow *r = row(providerId);
    return r ? r->source : KeySource::NotSet;
}

void SettingsDialog::showKeysTab()
{
    m_ui->tabs->setCurrentWidget(m_ui->keysTab);
}

void SettingsDialog::setUpKeyRow(KeyRow &r)
{
    const QString id = r.providerId;
    const QString name = ProviderInfo::nameOf(id);
    r.edit->setAccessibleName(tr("%1 API key").arg(name));
    r.linkLabel->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                             .arg(linkFor(id), tr("Get a key").toHtmlEscaped()));
    r.linkLabel->setToolTip(tr("Create a %1 API key: %2").arg(name, linkFor(id)));
    r.resultLabel->hide();
    r.statusLabel->setForegroundRole(QPalette::PlaceholderText);

    connect(r.showButton, &QToolButton::toggled, this, [this, id](bool shown) {
        KeyRow *kr = row(id);
        kr->edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        kr->showButton->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(r.testButton, &QPushButton::clicked, this, [this, id] { testKey(*row(id)); });
    connect(r.edit, &QLineEdit::textEdited, this, [this, id] {
        KeyRow *kr = row(id);
        kr->resultLabel->hide();
        kr->resultLabel->clear();
    });
}

void SettingsDialog::loadKeys()
{
    for (KeyRow &r : m_rows) {
        const QString id = r.providerId;
        const QString fromEnv = ProviderInfo::environmentKey(id);
        if (!fromEnv.isEmpty()) {
            r.source = KeySource::Environment;
            r.loadedKey = fromEnv;
            r.edit->setText(fromEnv);
            r.edit->setReadOnly(true);
            r.edit->setClearButtonEnabled(false);
            updateStatus(r);
            continue;
        }
        r.source = KeySource::Loading;
        r.edit->setEnabled(false);
        r.edit->setPlaceholderText(tr("Reading the keychain\u2026"));
        updateStatus(r);
        r.readsPending = 0;
        if (m_sessionStore)
            ++r.readsPending;
        if (m_keychain)
            ++r.readsPending;
        if (r.readsPending == 0) {
            readsFinished(r);
            continue;
        }
        if (m_sessionStore) {
            m_sessionStore->readKey(id, this, [this, id](const QString &key, const QString &) {
                KeyRow *kr = row(id);
                kr->sessionKey = key;
                if (--kr->readsPending == 0)
                    readsFinished(*kr);
            });
        }
        if (m_keychain) {
            m_keychain->readKey(id, this, [this, id](const QString &key, const QString &error) {
                KeyRow *kr = row(id);
                kr->keychainKey = key;
                kr->keychainError = error;
                if (--kr->readsPending == 0)
                    readsFinished(*kr);
            });
        }
    }
}

void SettingsDialog::readsFinished(KeyRow &r)
{
    if (!r.sessionKey.isEmpty()) {
        r.source = KeySource::Session;
        r.loadedKey = r.sessionKey;
    } else if (!r.keychainKey.isEmpty()) {
        r.source = KeySource::Keychain;
        r.loadedKey = r.keychainKey;
    } else {
        r.source = KeySource::NotSet;
        r.loadedKey.clear();
    }
    r.edit->setEnabled(true);
    r.edit->setPlaceholderText(tr("Paste your %1 API key").arg(ProviderInfo::nameOf(r.providerId)));
    // Keep what the user typed while the keychain was answering.
    if (r.edit->text().isEmpty())
        r.edit->setText(r.loadedKey);
    updateStatus(r);
}

void SettingsDialog::updateStatus(KeyRow &r)
{
    QString text;
    QString tip;
    switch (r.source) {
    case KeySource::Loading:
        text = tr("Reading the keychain\u2026");
        break;
    case KeySource::NotSet:
        text = tr("Not set");
        tip = r.keychainError;
        break;
    case KeySource::Keychain:
        text = tr("Stored in the system keychain");
        break;
    case KeySource::Session:
        text = tr("Kept for this session only: no keychain service is available");
        tip = r.keychainError;
        break;
    case KeySource::Environment:
        text = tr("From the environment variable %1 (read-only)")
                   .arg(ProviderInfo::keyVariable(r.providerId));
        tip = tr("Unset %1 to store a key here instead.")
                  .arg(ProviderInfo::keyVariable(r.providerId));
        break;
    }
    r.statusLabel->setText(text);
    r.statusLabel->setToolTip(tip);
}

void SettingsDialog::testKey(KeyRow &r)
{
    const QString id = r.providerId;
    if (!r.tester) {
        r.tester = new KeyTester(m_network, this);
        connect(r.tester, &KeyTester::finished, this, [this, id](bool ok, const QString &message) {
            showTestResult(*row(id), ok, message);
        });
    }
    r.testButton->setEnabled(false);
    r.testButton->setText(tr("Testing\u2026"));
    r.resultLabel->hide();
    r.tester->test(id, r.edit->text());
}

void SettingsDialog::showTestResult(KeyRow &r, bool ok, const QString &message)
{
    r.testButton->setEnabled(true);
    r.testButton->setText(tr("Test key"));
    r.resultLabel->setText((ok ? QStringLiteral("\u2713 ") : QStringLiteral("\u2717 ")) + message);
    setTextColor(r.resultLabel, ok ? kOkColor : kErrorColor);
    r.resultLabel->show();
}

void SettingsDialog::loadSettings()
{
    auto intRange = [](Settings::Key key) {
        const Settings::Definition &d = Settings::definition(key);
        return std::make_pair(d.minimum.toInt(), d.maximum.toInt());
    };
    auto doubleRange = [](Settings::Key key) {
        const Settings::Definition &d = Settings::definition(key);
        return std::make_pair(d.minimum.toDouble(), d.maximum.toDouble());
    };
    {
        const auto [lo, hi] = intRange(Settings::Key::GlobalConcurrency);
        m_ui->globalConcurrencySpin->setRange(lo, hi);
    }
    {
        const auto [lo, hi] = intRange(Settings::Key::PerProviderConcurrency);
        m_ui->perProviderSpin->setRange(lo, hi);
    }
    {
        const auto [lo, hi] = intRange(Settings::Key::MaxUploadSide);
        m_ui->maxUploadSideSpin->setRange(lo, hi);
    }
    {
        const auto [lo, hi] = doubleRange(Settings::Key::ConfirmAboveUsd);
        m_ui->confirmAboveSpin->setRange(lo, hi);
    }
    {
        const auto [lo, hi] = doubleRange(Settings::Key::DailyBudgetUsd);
        m_ui->dailyBudgetSpin->setRange(lo, hi);
    }
    if (!m_settings) {
        m_ui->jobsTab->setEnabled(false);
        return;
    }
    m_ui->globalConcurrencySpin->setValue(m_settings->globalConcurrency());
    m_ui->perProviderSpin->setValue(m_settings->perProviderConcurrency());
    m_ui->maxUploadSideSpin->setValue(m_settings->maxUploadSide());
    m_ui->confirmCostsCheck->setChecked(m_settings->confirmCosts());
    m_ui->confirmAboveSpin->setValue(m_settings->confirmAboveUsd());
    m_ui->confirmAboveSpin->setEnabled(m_settings->confirmCosts());
    m_ui->dailyBudgetSpin->setValue(m_settings->dailyBudgetUsd());
    m_ui->sessionKeysCheck->setChecked(m_settings->allowSessionOnlyKeys());
    m_ui->outputFormatCombo->setCurrentIndex(
        qMax(0, m_ui->outputFormatCombo->findData(m_settings->outputFormat())));
    m_ui->outputFolderEdit->setText(QDir::toNativeSeparators(m_settings->outputFolder()));
}

void SettingsDialog::saveSettings()
{
    if (!m_settings)
        return;
    using Key = Settings::Key;
    m_settings->setValue(Key::GlobalConcurrency, m_ui->globalConcurrencySpin->value());
    m_settings->setValue(Key::PerProviderConcurrency, m_ui->perProviderSpin->value());
    m_settings->setValue(Key::MaxUploadSide, m_ui->maxUploadSideSpin->value());
    m_settings->setValue(Key::ConfirmCosts, m_ui->confirmCostsCheck->isChecked());
    m_settings->setValue(Key::ConfirmAboveUsd, m_ui->confirmAboveSpin->value());
    m_settings->setValue(Key::DailyBudgetUsd, m_ui->dailyBudgetSpin->value());
    m_settings->setValue(Key::AllowSessionOnlyKeys, m_ui->sessionKeysCheck->isChecked());
    m_settings->setValue(Key::OutputFormat, m_ui->outputFormatCombo->currentData());
    m_settings->setValue(Key::OutputFolder, QDir::fromNativeSeparators(m_ui->outputFolderEdit->text().trimmed()));
    m_settings->sync();
}

void SettingsDialog::setBusy(bool busy)
{
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(!busy);
    ok->setText(busy ? tr("Saving\u2026") : m_okText);
    for (KeyRow &r : m_rows) {
        if (r.source != KeySource::Environment)
            r.edit->setReadOnly(busy);
    }
}

void SettingsDialog::accept()
{
    if (isBusy())
        return;
    saveSettings();

    QList<KeyRow *> changed;
    for (KeyRow &r : m_rows) {
        if (r.source == KeySource::Environment || r.source == KeySource::Loading)
            continue;
        if (r.edit->text().trimmed() != r.loadedKey)
            changed.append(&r);
    }
    if (changed.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_writeProblem = false;
    m_pendingWrites = static_cast<int>(changed.size());
    m_ui->keysNoticeLabel->hide();
    setBusy(true);
    for (KeyRow *r : changed)
        writeKey(*r, r->edit->text().trimmed());
}

void SettingsDialog::writeKey(KeyRow &r, const QString &key)
{
    const QString id = r.providerId;
    auto forgetSessionCopy = [this, id] {
        if (m_sessionStore)
            m_sessionStore->removeKey(id, this, [](const QString &) {});
    };

    if (key.isEmpty()) {
        // Remove the key everywhere; a keychain that is not there has nothing to remove.
        forgetSessionCopy();
        if (!m_keychain) {
            KeyRow *kr = row(id);
            kr->source = KeySource::NotSet;
            kr->loadedKey.clear();
            updateStatus(*kr);
            writeFinished();
            return;
        }
        m_keychain->removeKey(id, this, [this, id](const QString &error) {
            KeyRow *kr = row(id);
            kr->source = KeySource::NotSet;
            kr->loadedKey.clear();
            kr->keychainError = error;
            updateStatus(*kr);
            writeFinished();
        });
        return;
    }

    auto keepForSession = [this, id, key](const QString &keychainError) {
        KeyRow *kr = row(id);
        kr->keychainError = keychainError;
        const bool allowed = !m_settings || m_settings->allowSessionOnlyKeys();
        if (!m_sessionStore || !allowed) {
            m_writeProblem = true;
            kr->statusLabel->setText(tr("Not saved: %1").arg(keychainError));
            kr->statusLabel->setToolTip(keychainError);
            writeFinished();
            return;
        }
        m_sessionStore->writeKey(id, key, this, [this, id, key](const QString &error) {
            KeyRow *skr = row(id);
            m_writeProblem = true;   // worth saying, even when it worked
            if (error.isEmpty()) {
                skr->source = KeySource::Session;
                skr->loadedKey = key;
                updateStatus(*skr);
            } else {
                skr->statusLabel->setText(tr("Not saved: %1").arg(error));
            }
            writeFinished();
        });
    };

    if (!m_keychain) {
        keepForSession(tr("no keychain service is available"));
        return;
    }
    m_keychain->writeKey(id, key, this, [this, id, key, keepForSession, forgetSessionCopy](const QString &error) {
        if (!error.isEmpty()) {
            keepForSession(error);
            return;
        }
        forgetSessionCopy();
        KeyRow *kr = row(id);
        kr->source = KeySource::Keychain;
        kr->loadedKey = key;
        kr->keychainError.clear();
        updateStatus(*kr);
        writeFinished();
    });
}

void SettingsDialog::writeFinished()
{
    if (--m_pendingWrites > 0)
        return;
    m_pendingWrites = 0;
    setBusy(false);
    Q_EMIT keysChanged();
    if (!isVisible())
        return;   // cancelled while the keychain was answering
    if (!m_writeProblem) {
        QDialog::accept();
        return;
    }
    QStringList sessionOnly;
    QStringList sessionOnlyVariables;
    for (const KeyRow &r : m_rows) {
        if (r.source == KeySource::Session) {
            sessionOnly.append(ProviderInfo::nameOf(r.providerId));
            sessionOnlyVariables.append(ProviderInfo::keyVariable(r.providerId));
        }
    }
    QString notice;
    if (sessionOnly.size() == 1) {
        notice = tr("No keychain service is available, so the %1 key will be forgotten when the "
                    "app quits. Enter it again next time, or set it in the environment (%2).")
                     .arg(sessionOnly.constFirst(), sessionOnlyVariables.constFirst());
    } else if (!sessionOnly.isEmpty()) {
        notice = tr("No keychain service is available, so the %1 keys will be forgotten when the "
                    "app quits. Enter them again next time, or set them in the environment (%2).")
                     .arg(QLocale().createSeparatedList(sessionOnly),
                          sessionOnlyVariables.join(QStringLiteral(", ")));
    } else {
        notice = tr("Some keys could not be saved; see the messages above.");
    }
    m_ui->keysNoticeLabel->setText(notice);
    setTextColor(m_ui->keysNoticeLabel, kErrorColor);
    m_ui->keysNoticeLabel->show();
    m_ui->tabs->setCurrentWidget(m_ui->keysTab);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setFocus();
}
