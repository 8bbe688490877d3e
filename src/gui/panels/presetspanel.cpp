#include "presetspanel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {
constexpr int kSpacing = 8;
constexpr int kPromptPreviewChars = 48;
} // namespace

// PresetListModel ------------------------------------------------------------------------------

PresetListModel::PresetListModel(PresetStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    if (m_store) {
        m_entries = m_store->list();
        connect(m_store, &PresetStore::changed, this, &PresetListModel::refresh);
    }
}

void PresetListModel::refresh()
{
    beginResetModel();
    m_entries = m_store ? m_store->list() : QList<PresetStore::Entry>();
    endResetModel();
}

int PresetListModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).preset.name == name)
            return i;
    }
    return -1;
}

QString PresetListModel::nameAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).preset.name : QString();
}

int PresetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant PresetListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PresetStore::Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case NameRole:
        return entry.preset.name;
    case Qt::ToolTipRole: {
        const QString text = summary(entry.preset);
        return text.isEmpty() ? entry.preset.name : entry.preset.name + QLatin1Char('\n') + text;
    }
    case FilePathRole:
        return entry.filePath;
    case ModelCountRole:
        return static_cast<int>(entry.preset.modelValues.size());
    default:
        return {};
    }
}

QHash<int, QByteArray> PresetListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NameRole, QByteArrayLiteral("name"));
    names.insert(FilePathRole, QByteArrayLiteral("filePath"));
    names.insert(ModelCountRole, QByteArrayLiteral("modelCount"));
    return names;
}

QString PresetListModel::summary(const Preset &preset)
{
    QStringList parts;
    const QJsonObject &intent = preset.intent;
    const QString prompt = intent.value(QLatin1String("prompt_template")).toString();
    if (!prompt.isEmpty()) {
        const QString shown = prompt.size() > kPromptPreviewChars
                                  ? prompt.left(kPromptPreviewChars).trimmed() + QChar(0x2026)
                                  : prompt;
        parts.append(QChar(0x201c) + shown + QChar(0x201d));
    }
    if (intent.value(QLatin1String("strength")).isDouble())
        parts.append(tr("strength %1").arg(intent.value(QLatin1String("strength")).toDouble()));
    const QString aspect = intent.value(QLatin1String("aspect_ratio")).toString();
    if (!aspect.isEmpty())
        parts.append(aspect);
    if (intent.value(QLatin1String("num_images")).isDouble()) {
        const int n = intent.value(QLatin1String("num_images")).toInt();
        parts.append(tr("%n image(s)", nullptr, n));
    }
    const QString seedPolicy = intent.value(QLatin1String("seed_policy")).toString();
    if (seedPolicy == QLatin1String("fixed"))
        parts.append(tr("seed %1").arg(intent.value(QLatin1String("seed")).toInteger()));
    else if (seedPolicy == QLatin1String("random"))
        parts.append(tr("random seed"));
    else if (seedPolicy == QLatin1String("increment"))
        parts.append(tr("incrementing seed"));
    if (!preset.modelValues.isEmpty())
        parts.append(tr("exact values for %n model(s)", nullptr, static_cast<int>(preset.modelValues.size())));
    return parts.join(QStringLiteral(" \u00b7 "));
}

// PresetsPanel ---------------------------------------------------------------------------------

PresetsPanel::PresetsPanel(PresetStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new PresetListModel(store, this))
{
    setObjectName(QStringLiteral("presetsPanel"));

    m_saveButton = new QPushButton(tr("Save Current\u2026"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setToolTip(tr("Save the current prompt and settings as a preset"));
    m_loadButton = new QPushButton(tr("Load"), this);
    m_loadButton->setObjectName(QStringLiteral("loadButton"));
    m_loadButton->setToolTip(tr("Apply the selected preset to the current model (double-click works too)"));
    m_renameButton = new QPushButton(tr("Rename\u2026"), this);
    m_renameButton->setObjectName(QStringLiteral("renameButton"));
    m_deleteButton = new QPushButton(tr("Delete\u2026"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_importButton = new QPushButton(tr("Import\u2026"), this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setToolTip(tr("Add a preset file someone shared with you"));
    m_exportButton = new QPushButton(tr("Export\u2026"), this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setToolTip(tr("Save the selected preset as a file to share"));

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("presetList"));
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(1);

    m_emptyLabel = new QLabel(tr("No presets yet. Save the current settings to reuse them on any model."), this);
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setMargin(2 * kSpacing);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setFrameShape(QFrame::StyledPanel);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("presetStack"));
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_list);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_errorLabel->setPalette(errorPalette);
    m_errorLabel->hide();

    auto *top = new QHBoxLayout;
    top->setSpacing(kSpacing);
    top->addWidget(m_saveButton, 1);
    top->addWidget(m_loadButton, 1);

    auto *bottom = new QGridLayout;
    bottom->setSpacing(kSpacing);
    bottom->addWidget(m_renameButton, 0, 0);
    bottom->addWidget(m_deleteButton, 0, 1);
    bottom->addWidget(m_importButton, 1, 0);
    bottom->addWidget(m_exportButton, 1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(kSpacing, kSpacing, kSpacing, kSpacing);
    layout->setSpacing(kSpacing);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_errorLabel);
    layout->addLayout(bottom);

    connect(m_saveButton, &QPushButton::clicked, this, &PresetsPanel::saveCurrent);
    connect(m_loadButton, &QPushButton::clicked, this, &PresetsPanel::loadSelected);
    connect(m_renameButton, &QPushButton::clicked, this, &PresetsPanel::renameSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &PresetsPanel::deleteSelected);
    connect(m_importButton, &QPushButton::clicked, this, &PresetsPanel::importPreset);
    connect(m_exportButton, &QPushButton::clicked, this, &PresetsPanel::exportSelected);
    connect(m_list, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            loadSelected();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &PresetsPanel::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PresetsPanel::updateState);
    if (m_store)
        connect(m_store, &PresetStore::changed, this, &PresetsPanel::showStoreErrors);

    showStoreErrors();
    updateState();
}

PresetsPanel::~PresetsPanel() = default;

void PresetsPanel::setCurrentValuesProvider(ValuesProvider provider)
{
    m_valuesProvider = std::move(provider);
}

QString PresetsPanel::currentName() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? m_model->nameAt(index.row()) : QString();
}

void PresetsPanel::selectPreset(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

QString PresetsPanel::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

void PresetsPanel::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setToolTip(QString());
    m_errorLabel->show();
}

void PresetsPanel::clearError()
{
    m_errorLabel->clear();
    m_errorLabel->hide();
}

void PresetsPanel::showStoreErrors()
{
    if (!m_store || m_store->errors().isEmpty())
        return;
    const QStringList errors = m_store->errors();
    showError(tr("%n file(s) in the presets folder could not be read and are not listed.", nullptr,
                 static_cast<int>(errors.size())));
    m_errorLabel->setToolTip(errors.join(QLatin1Char('\n')));
}

void PresetsPanel::updateState()
{
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyLabel) : m_list);
    const bool selected = m_list->currentIndex().isValid();
    m_loadButton->setEnabled(selected);
    m_renameButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
    m_exportButton->setEnabled(selected);
    m_saveButton->setEnabled(!m_store.isNull());
    m_importButton->setEnabled(!m_store.isNull());
    m_loadButton->setDefault(selected);
}

void PresetsPanel::saveCurrent()
{
    if (!m_store)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("presetNameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save Preset"));
    dialog->setLabelText(tr("Name of the preset:"));
    dialog->setTextValue(currentName());
    dialog->setOkButtonText(tr("Save"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        const QString name = text.trimmed();
        if (name.isEmpty()) {
            showError(tr("A preset needs a name."));
            return;
        }
        if (!m_store || !m_store->contains(name)) {
            storeCurrent(name);
            return;
        }
        auto *box = new QMessageBox(QMessageBox::Question, tr("Replace Preset"),
                                    tr("A preset named \u201c%1\u201d already exists. Replace it with the "
                                       "current settings?").arg(name),
                                    QMessageBox::NoButton, this);
        box->setObjectName(QStringLiteral("overwritePresetDialog"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *replace = box->addButton(tr("Replace"), QMessageBox::AcceptRole);
        replace->setObjectName(QStringLiteral("confirmButton"));
        box->setDefaultButton(box->addButton(QMessageBox::Cancel));
        connect(box, &QMessageBox::buttonClicked, this, [this, box, replace, name](QAbstractButton *button) {
            if (button == replace)
                storeCurrent(name);
            box->close();
        });
        box->open();
    });
    dialog->open();
}

void PresetsPanel::storeCurrent(const QString &name)
{
    clearError();
    Q_EMIT saveRequested(name);
    if (!m_valuesProvider || !m_store)
        return;
    Preset preset = m_valuesProvider(name);
    preset.name = name;
    QString error;
    if (!m_store->save(preset, &error)) {
        showError(error);
        return;
    }
    selectPreset(name);
}

void PresetsPanel::loadSelected()
{
    if (!m_store)
        return;
    const QString name = currentName();
    const std::optional<Preset> preset = m_store->preset(name);
    if (!preset) {
        showError(tr("The preset \u201c%1\u201d is no longer there.").arg(name));
        return;
    }
    const QStringList notes = m_store->notes(name);
    if (notes.isEmpty())
        clearError();
    else
        showError(notes.join(QLatin1Char(' ')));
    Q_EMIT loadRequested(*preset);
}

void PresetsPanel::renameSelected()
{
    const QString oldName = currentName();
    if (oldName.isEmpty() || !m_store)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("renamePresetDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename Preset"));
    dialog->setLabelText(tr("New name for \u201c%1\u201d:").arg(oldName));
    dialog->setTextValue(oldName);
    dialog->setOkButtonText(tr("Rename"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, oldName](const QString &text) {
        if (!m_store)
            return;
        QString error;
        if (!m_store->rename(oldName, text, &error)) {
            showError(error);
            return;
        }
        clearError();
        selectPreset(text.trimmed());
    });
    dialog->open();
}

void PresetsPanel::deleteSelected()
{
    const QString name = currentName();
    if (name.isEmpty() || !m_store)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Preset"),
                                tr("Delete the preset \u201c%1\u201d? This cannot be undone.").arg(name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deletePresetDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmButton"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    connect(box, &QMessageBox::buttonClicked, this, [this, box, remove, name](QAbstractButton *button) {
        if (button == remove && m_store) {
            const int row = m_model->rowOf(name);
            QString error;
            if (m_store->remove(name, &error)) {
                clearError();
                // Keep a selection near the deleted row.
                if (m_model->rowCount() > 0)
                    m_list->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1)));
            } else {
                showError(error);
            }
        }
        box->close();
    });
    box->open();
}

void PresetsPanel::importPreset()
{
    if (!m_store)
        return;
    auto *dialog = new QFileDialog(this, tr("Import Preset"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                   tr("Presets (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("importDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (!m_store || path.isEmpty())
            return;
        QString error;
        QStringList notes;
        const std::optional<Preset> preset = m_store->importFile(path, &error, &notes);
        if (!preset) {
            showError(tr("%1 was not imported: %2").arg(QFileInfo(path).fileName(), error));
            return;
        }
        if (notes.isEmpty())
            clearError();
        else
            showError(tr("%1 was imported. %2").arg(QFileInfo(path).fileName(), notes.join(QLatin1Char(' '))));
        selectPreset(preset->name);
    });
    dialog->open();
}

void PresetsPanel::exportSelected()
{
    const QString name = currentName();
    if (name.isEmpty() || !m_store)
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(PresetStore::sanitizedFileName(name) + QLatin1String(".json"));
    auto *dialog = new QFileDialog(this, tr("Export Preset"), suggested, tr("Presets (*.json)"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, name](const QString &path) {
        if (!m_store || path.isEmpty())
            return;
        QString error;
        if (!m_store->exportTo(name, path, &error)) {
            showError(error);
            return;
        }
        clearError();
    });
    dialog->open();
}
