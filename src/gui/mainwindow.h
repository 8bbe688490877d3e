#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

class BeforeAfterView;
class CompareController;
class CompareGrid;
class CompareSetup;
class FidelityController;
class CostGate;
class GenerateController;
class HistoryPanel;
class LeaderboardPanel;
class IntentController;
class Job;
class JobsPanel;
class ModelCatalog;
class ModelDock;
class ModelPanel;
class ModelPicker;
class PresetStore;
class PresetsPanel;
class RecentFilesMenu;
class ResultsArea;
class SchemaForm;
class SettingsDialog;
class SketchCanvas;
class SketchController;
class StatusBarWidgets;
class StudioSession;
class QAction;
class QDialog;
class QDockWidget;
class QMessageBox;
class QListWidget;
class QMenu;
class QTabWidget;
struct HistoryEntry;

// Composition and actions only: the "Model" dock (ModelPanel or, in compare mode, CompareSetup);
// the centre (ResultsArea: sketch canvas, before/after view with a filmstrip, or the compare grid,
// with a non-modal failure banner); History and Presets on the right; Jobs at the bottom; menus
// and the status bar (StatusBarWidgets). Generating runs through GenerateController, comparing
// through CompareController; the non-visual state lives in StudioSession.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Uses `session` (not owned; it must outlive the window, whose panels follow its jobs).
    MainWindow(ModelCatalog *catalog, StudioSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool selectModel(const QString &id);
    QString currentModelId() const;

    // A local file or an http(s) link: shown on the canvas and put into the current model's
    // structure image field. Returns false (and says why) when the file cannot be used.
    bool loadSketch(const QString &source);
    bool loadSampleSketch();
    // Imports a fal OpenAPI document and selects the new model. On failure returns false and
    // the reason in `error`.
    bool importModelSchema(const QString &path, QString *error);

    // What the command line asks for at start: the prompt (in the model's form and Compare's
    // shared intent), the Advanced fields open, Compare with these models.
    void setPrompt(const QString &prompt);
    void expandAdvancedFields();
    void compareModels(const QStringList &modelIds);

    StudioSession *session() const { return m_session; }
    bool isCompareMode() const { return m_compareMode; }

public Q_SLOTS:
    void openSketch();
    void pasteSketch();
    void importModelSchemaInteractive();
    void generate();
    void setCompareMode(bool on);
    void runComparison();
    void cancelLatestJob();
    // Esc and Run ▸ Cancel Latest Job: leaves a text field, or asks before cancelling.
    void requestCancelLatestJob();
    void showShortcuts();
    void saveResultInteractive();
    void exportComparisonInteractive();
    void openSettings();
    void showResultsPage();
    void showComparePage();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void init();
    void createActions();
    void createMenus();
    void createModelDock();
    void createSideDocks();
    void createStructure(); // mainwindowstructure.cpp
    void connectSession();
    void restoreSettings();
    // The sketch, compare mode and view of the last session; a sketch that is gone is reported.
    void restoreSession();
    void saveSettings();

    void onCanvasSketchChanged(const QString &source);
    void onSketchEdited(const QString &source);
    void updateActions();
    void showStatus(const QString &message);
    void showAbout();
    void revealField(const QString &field);
    void openKeySettings();

    // mainwindowkeyboard.cpp
    void focusCentre();
    // The centre changed page: the keys follow, unless the designer is typing elsewhere.
    void keysFollowPage();
    void updateTabOrder();
    void updateGridTabOrder();

    void retryJob(Job *job);
    void onJobFinished(Job *job);
    void reuseHistoryEntry(const HistoryEntry &entry);

    // mainwindowjudging.cpp: blind A/B, the leaderboard and reruns from the history.
    void createLeaderboard();
    void openBlindJudge(const QString &compareId);
    void showLeaderboard();
    void rerunHistoryEntry(const HistoryEntry &entry, const QString &modelId);
    void rerunHistoryComparison(const HistoryEntry &entry);
    // Reads the runs of comparison `compareId` off the GUI thread, then calls `then`.
    void withComparison(const QString &compareId, std::function<void(const QList<HistoryEntry> &)> then);

    ModelCatalog *m_catalog = nullptr;
    StudioSession *m_session = nullptr;

    ModelDock *m_modelDock = nullptr;
    ModelPanel *m_modelPanel = nullptr;
    CompareSetup *m_compareSetup = nullptr;
    ResultsArea *m_results = nullptr;
    QDockWidget *m_sideDock = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    HistoryPanel *m_historyPanel = nullptr;
    PresetsPanel *m_presetsPanel = nullptr;
    LeaderboardPanel *m_leaderboardPanel = nullptr;
    PresetStore *m_presetStore = nullptr;
    QDockWidget *m_jobsDock = nullptr;
    JobsPanel *m_jobsPanel = nullptr;
    StatusBarWidgets *m_statusWidgets = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;

    CostGate *m_costGate = nullptr;
    GenerateController *m_generator = nullptr;
    CompareController *m_comparer = nullptr;
    IntentController *m_intent = nullptr;
    SketchController *m_sketch = nullptr;
    FidelityController *m_fidelity = nullptr;
    QDockWidget *m_structureDock = nullptr;

    QAction *m_openAction = nullptr;
    RecentFilesMenu *m_recentMenu = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_exportCompareAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_resetFormAction = nullptr;
    QAction *m_clearSketchAction = nullptr;
    QAction *m_copyParametersAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_generateAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_judgeAction = nullptr;
    QAction *m_rerunAllAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;

    QString m_sketchSource;
    QPointer<Job> m_lastJob;
    QPointer<QMessageBox> m_cancelQuestion;
    QPointer<QMessageBox> m_quitQuestion;
    bool m_quitConfirmed = false;
    QPointer<QDialog> m_shortcutsDialog;
    QAction *m_shortcutsAction = nullptr;
    bool m_compareMode = false;
    bool m_fitDockOnShow = false;
};
