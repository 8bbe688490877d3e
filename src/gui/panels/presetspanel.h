#pragma once

#include "presets/presetstore.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;

// The presets of a PresetStore as a list: name for display, a summary of the intent as tooltip.
// Follows the store (a reset on every change).
class PresetListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetListModel)

public:
    enum Role
    {
        NameRole = Qt::UserRole + 1,
        FilePathRole,
        ModelCountRole,   // how many models have exact values
    };

    explicit PresetListModel(PresetStore *store, QObject *parent = nullptr);

    PresetStore *store() const { return m_store; }
    int rowOf(const QString &name) const;
    QString nameAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // One line about the intent: "Prompt template · strength 0.7 · 4:3 · 2 images".
    static QString summary(const Preset &preset);

private:
    void refresh();

    QPointer<PresetStore> m_store;
    QList<PresetStore::Entry> m_entries;
};

// The Presets tab of the right dock: list, Save Current…, Load, Rename…, Delete…, Import…,
// Export…. Dialogs are window-modal but non-blocking (open(), no nested event loop); problems are
// shown inline under the list.
class PresetsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetsPanel)

public:
    using ValuesProvider = std::function<Preset(const QString &name)>;

    // `store` is not owned.
    explicit PresetsPanel(PresetStore *store, QWidget *parent = nullptr);
    ~PresetsPanel() override;

    // Builds the preset for "Save Current…" from the main window's current values. Without it,
    // the panel only emits saveRequested() and leaves saving to the receiver.
    void setCurrentValuesProvider(ValuesProvider provider);

    PresetListModel *model() const { return m_model; }
    QString currentName() const;
    void selectPreset(const QString &name);
    QString errorText() const;

public Q_SLOTS:
    void saveCurrent();       // asks for a name
    void loadSelected();
    void renameSelected();    // asks for the new name
    void deleteSelected();    // asks for confirmation
    void importPreset();      // file dialog
    void exportSelected();    // file dialog

Q_SIGNALS:
    // The user chose a name for the current values (after confirming an overwrite).
    void saveRequested(const QString &name);
    void loadRequested(const Preset &preset);

private:
    void storeCurrent(const QString &name);
    void showError(const QString &message);
    void clearError();
    void updateState();
    void showStoreErrors();

    QPointer<PresetStore> m_store;
    PresetListModel *m_model = nullptr;
    ValuesProvider m_valuesProvider;

    QStackedWidget *m_stack = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_loadButton = nullptr;
    QPushButton *m_renameButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_exportButton = nullptr;
};
