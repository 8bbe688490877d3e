#pragma once

#include <QHash>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>

class BeforeAfterView;
class CompareGrid;
class CompareSetup;
class HistoryPanel;
class Job;
class JobsPanel;
class MemorySecretStore;
class ModelCatalog;
class ModelPicker;
class PresetStore;
class PresetsPanel;
class SchemaForm;
class SecretStore;
class Settings;
class SketchCanvas;
class StudioSession;
class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class QToolButton;
struct HistoryEntry;

// Composition and actions only: the "Model" dock (picker, generated form, Generate / Compare) or,
// in compare mode, the shared intent and model checklist; the centre (sketch canvas,
// before/after view with a filmstrip, or the compare grid) with a non-modal banner for failures;
// History and Presets on the right; Jobs at the bottom; menus and the status bar (costs, one dot
// per provider). The non-visual state lives in StudioSession.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Creates its own session (keys from the environment and a session-only store; data in
    // <XDG data>/reimagine-studio).
    explicit MainWindow(ModelCatalog *catalog, QWidget *parent = nullptr);
    // Uses `session` (not owned; it must outlive the window).
    MainWindow(ModelCatalog *catalog, StudioSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool selectModel(const QString &id);
    QString currentModelId() const { return m_currentModelId; }

    // A local file or an http(s) link: shown on the canvas and put into the current model's
    // structure image field. Returns false (and says why) when the file cannot be used.
    bool loadSketch(const QString &source);
    bool loadSampleSketch();
    // Imports a fal OpenAPI document and selects the new model. On failure returns false and
    // the reason in `error`.
    bool importModelSchema(const QString &path, QString *error);

    SchemaForm *form() const { return m_form; }
    SketchCanvas *canvas() const { return m_canvas; }
    ModelPicker *modelPicker() const { return m_modelPicker; }
    StudioSession *session() const { return m_session; }
    JobsPanel *jobsPanel() const { return m_jobsPanel; }
    BeforeAfterView *beforeAfterView() const { return m_beforeAfter; }
    CompareGrid *compareGrid() const { return m_compareGrid; }
    CompareSetup *compareSetup() const { return m_compareSetup; }
    HistoryPanel *historyPanel() const { return m_historyPanel; }
    PresetsPanel *presetsPanel() const { return m_presetsPanel; }
    PresetStore *presetStore() const { return m_presetStore; }
    QListWidget *filmstrip() const { return m_filmstrip; }

    bool isCompareMode() const { return m_compareMode; }
    // The job shown in the before/after view (nullptr for history entries or nothing).
    Job *shownJob() const;
    int shownResultIndex() const { return m_shownResult; }
    // The banner's text; empty when hidden.
    QString bannerText() const;
    // Jobs of the current comparison, by cell key.
    QHash<QString, Job *> compareJobs() const;

    // Saves the shown result (PNG with metadata, JPEG or WebP by extension) off the GUI thread;
    // the outcome goes to the status bar. Returns false at once when there is nothing to save.
    bool saveShownResult(const QString &path);
    QStringList recentFiles() const;

public Q_SLOTS:
    void openSketch();
    void pasteSketch();
    void importModelSchemaInteractive();
    void generate();
    void setCompareMode(bool on);
    void runComparison();
    void cancelLatestJob();
    void saveResultInteractive();
    void exportComparisonInteractive();
    void openSettings();
    void showResultsPage();
    void showComparePage();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Result
    {
        QPointer<Job> job;
        QString jobId;
        int index = 0;
        QImage image;
        QString sketchPath;
        QString historyId;
        QString outputPath; // for history entries: the stored PNG
    };

    void init();
    void createActions();
    void createMenus();
    void createModelDock();
    void createCentre();
    void createSideDocks();
    void createStatusBar();
    void connectSession();
    void restoreSettings();
    void saveSettings();

    void reloadModelList();
    void onModelChanged(const QString &id);
    void saveFormValues();
    void restoreFormValues();
    void onFormValuesChanged();
    void onCanvasSketchChanged(const QString &source);
    void updateGenerateButton();
    void updateModelInfo();
    void updateCosts();
    void updateProviderStatus(const QString &provider, int status);
    void updateResultActions();
    void showAbout();
    void showWarning(const QString &title, const QString &text);
    QString structureFieldName() const;

    void submitGenerate(const QJsonObject &values);
    void onJobAdded(Job *job);
    void onJobFinished(Job *job);
    void onJobStateChanged(Job *job);
    void addResults(Job *job);
    void showResult(int index);
    void refreshFilmstrip();
    void decodeSketch(const QString &path);
    QImage sketchImageFor(const QString &path) const;

    enum class BannerAction { None, Retry, OpenSettings, FixField };
    void showBanner(const QString &text, BannerAction action, Job *job = nullptr, const QString &field = QString());
    void hideBanner();

    void onCompareWinner(const QString &key);
    void openCompareCell(const QString &key);
    void saveCompareCell(const QString &key);

    void reuseHistoryEntry(const HistoryEntry &entry);
    void openHistoryEntry(const HistoryEntry &entry);

    void addRecentFile(const QString &path);
    void rebuildRecentMenu();

    ModelCatalog *m_catalog = nullptr;
    StudioSession *m_session = nullptr;
    std::unique_ptr<MemorySecretStore> m_ownSessionStore;
    std::unique_ptr<StudioSession> m_ownSession;
    Settings *m_settings = nullptr;

    ModelPicker *m_modelPicker = nullptr;
    QLabel *m_modelInfo = nullptr;
    SchemaForm *m_form = nullptr;
    QScrollArea *m_formScroll = nullptr;
    QPushButton *m_generateButton = nullptr;
    QPushButton *m_compareButton = nullptr;
    QDockWidget *m_modelDock = nullptr;
    QStackedWidget *m_dockStack = nullptr;
    QWidget *m_modelPanel = nullptr;
    CompareSetup *m_compareSetup = nullptr;

    QWidget *m_centre = nullptr;
    QStackedWidget *m_centreStack = nullptr;
    SketchCanvas *m_canvas = nullptr;
    QWidget *m_resultPage = nullptr;
    BeforeAfterView *m_beforeAfter = nullptr;
    QListWidget *m_filmstrip = nullptr;
    QLabel *m_resultCaption = nullptr;
    QToolButton *m_backToGridButton = nullptr;
    QToolButton *m_backToSketchButton = nullptr;
    CompareGrid *m_compareGrid = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerLabel = nullptr;
    QPushButton *m_bannerAction = nullptr;
    BannerAction m_bannerKind = BannerAction::None;
    QPointer<Job> m_bannerJob;
    QString m_bannerField;

    QDockWidget *m_sideDock = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    HistoryPanel *m_historyPanel = nullptr;
    PresetsPanel *m_presetsPanel = nullptr;
    PresetStore *m_presetStore = nullptr;
    QDockWidget *m_jobsDock = nullptr;
    JobsPanel *m_jobsPanel = nullptr;

    QLabel *m_costLabel = nullptr;
    QLabel *m_todayLabel = nullptr;
    QHash<QString, QToolButton *> m_providerButtons;
    QPointer<QWidget> m_settingsDialog;

    QAction *m_openAction = nullptr;
    QMenu *m_recentMenu = nullptr;
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
    QAction *m_findAction = nullptr;
    QAction *m_wipeAction = nullptr;
    QAction *m_sideBySideAction = nullptr;
    QAction *m_blendAction = nullptr;
    QActionGroup *m_modeGroup = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_actualSizeAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;

    QString m_currentModelId;
    QString m_sketchSource;
    QHash<QString, QImage> m_sketchImages; // decoded sketches by path
    QList<Result> m_results;
    int m_shownResult = -1;
    QHash<QString, QPointer<Job>> m_compareJobs; // cell key -> job
    QString m_compareWinnerHistoryId;
    QPointer<Job> m_lastJob;
    bool m_compareMode = false;
    bool m_syncingSketch = false;
    bool m_fitDockOnShow = false;
};
