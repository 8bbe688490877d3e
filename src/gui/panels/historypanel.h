#pragma once

#include "history/historystore.h"

#include <QList>
#include <QMap>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>

class HistoryModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QModelIndex;
class QStackedWidget;
class QThreadPool;
class QTimer;
class QToolButton;

// The "History" dock: every finished run as a thumbnail grid, newest first, with a prompt
// search (debounced), model / provider / date / favourites filters, a context menu (reuse
// parameters, open, copy, save as, show in folder, favourite, rate, delete) and drag-out of the
// result PNGs with their metadata. Nothing here blocks: every read and write of the history runs
// on its database thread (HistoryStore::inBackground), thumbnails load in the background, saving
// runs on a worker, the delete confirmation is a window-modal box opened with open().
class HistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    static constexpr int SearchDelayMs = 200;

    // `store` must be open and outlive the panel.
    explicit HistoryPanel(HistoryStore *store, QWidget *parent = nullptr);

    HistoryModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    HistoryEntry currentEntry() const;
    HistoryFilter currentFilter() const;
    // Whether an answer of the history's database thread is awaited (rows, filter choices, a
    // write made here).
    bool isLoading() const;
    // The second caption line of a cell: "<model> · seed <n>".
    static QString captionDetail(const QModelIndex &index);

    // Saves every output of `entry` to `path` ("x.png", or x-1 … x-N for several) as PNG with
    // metadata, JPEG or WebP, on a worker thread; reports through saveFinished().
    void saveEntryAs(const HistoryEntry &entry, const QString &path);

public Q_SLOTS:
    void focusSearch(); // MainWindow binds Ctrl+F to it
    void applyFilter(); // at once, without waiting for the search delay

Q_SIGNALS:
    void reuseRequested(const HistoryEntry &entry);
    void openRequested(const HistoryEntry &entry);
    void useAsSketchRequested(const QString &imagePath);
    void saveFinished(const QStringList &paths, const QString &error);
    // A short line for the status bar (saved, copied, could not delete …).
    void statusMessage(const QString &message);
    // Reruns (each joins the run's comparison): `modelId` empty for the same model with the
    // seed + 1, else that model with the run's prompt, sketch and seed.
    void rerunRequested(const HistoryEntry &entry, const QString &modelId);
    // Every model of the run's comparison again, with one new shared seed.
    void rerunComparisonRequested(const HistoryEntry &entry);
    void judgeBlindRequested(const QString &compareId);

public:
    // The models "Rerun On" offers (model id -> title), set by the window from the catalog.
    void setRerunModels(const QList<QPair<QString, QString>> &models);
    // Where the panel's writes to the history run (the session's history pool); not owned.
    void setWorkers(QThreadPool *workers) { m_workers = workers; }

private:
    // Runs `task()` on the history's database thread, then `done(result)` here.
    template <typename Task, typename Done>
    void inBackground(Task task, Done done);
    void editTags();
    void createActions();
    void updateFilterChoices();
    void fillFilterChoices(const QMap<QString, QString> &modelTitles, const QStringList &providers);
    void onLoaded();
    void updateEmptyState();
    void updateActions();
    void showContextMenu(const QPoint &position);
    void copyImage();
    void copyParameters();
    void chooseSaveFile();
    void showInFolder();
    void confirmDelete();

    QPointer<HistoryStore> m_store;
    HistoryModel *m_model = nullptr;

    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QComboBox *m_modelCombo = nullptr;
    QComboBox *m_providerCombo = nullptr;
    QComboBox *m_dateCombo = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QToolButton *m_favouritesButton = nullptr;
    QToolButton *m_scoreSortButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_emptyLabel = nullptr;

    QMenu *m_contextMenu = nullptr;
    QMenu *m_rateMenu = nullptr;
    QAction *m_reuseAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_useAsSketchAction = nullptr;
    QAction *m_copyImageAction = nullptr;
    QAction *m_copyParametersAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_showInFolderAction = nullptr;
    QAction *m_favouriteAction = nullptr;
    QList<QAction *> m_rateActions;
    QAction *m_deleteAction = nullptr;
    QAction *m_rerunAction = nullptr;
    QMenu *m_rerunOnMenu = nullptr;
    QAction *m_rerunComparisonAction = nullptr;
    QAction *m_judgeAction = nullptr;
    QAction *m_tagsAction = nullptr;
    QList<QPair<QString, QString>> m_rerunModels;
    QThreadPool *m_workers = nullptr;

    QString m_saveFolder; // last folder of "Save As…" in this session
    QString m_keepCurrent;          // run to make current again when the new filter's rows arrive
    quint64 m_choicesGeneration = 0; // answers of older filter-choice reads are dropped
    quint64 m_choicesShown = 0;      // the generation the lists show
    int m_pendingWrites = 0;
};
