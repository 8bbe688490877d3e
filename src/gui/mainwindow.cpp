#include "mainwindow.h"

#include "comparecontroller.h"
#include "generatecontroller.h"
#include "modelpanel.h"
#include "resultsarea.h"
#include "statusbarwidgets.h"

#include "dialogs/settingsdialog.h"
#include "forms/schemaform.h"
#include "panels/comparesetup.h"
#include "panels/historypanel.h"
#include "panels/jobspanel.h"
#include "panels/presetspanel.h"
#include "widgets/appicons.h"
#include "widgets/comparegrid.h"
#include "widgets/failurebanner.h"
#include "widgets/imagedropzone.h"
#include "widgets/imagemime.h"
#include "widgets/modelpicker.h"
#include "widgets/sketchcanvas.h"

#include "history/historystore.h"
#include "imaging/resultwriter.h"
#include "jobs/job.h"
#include "presets/preset.h"
#include "schema/modelcatalog.h"
#include "secrets/secretstore.h"
#include "session/studiosession.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>

namespace {
constexpr int StatusTimeoutMs = 8000;
constexpr int MaxRecentFiles = 8;

const QString KeyGeometry = QStringLiteral("MainWindow/Geometry");
const QString KeyState = QStringLiteral("MainWindow/State");
const QString KeyRecent = QStringLiteral("Files/Recent");
const QString KeyCompareModels = QStringLiteral("Compare/Models");
} // namespace

MainWindow::MainWindow(ModelCatalog *catalog, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
{
    // No keychain here: keys come from the environment or are kept for this session only.
    m_ownSessionStore = std::make_unique<MemorySecretStore>();
    m_ownSession = std::make_unique<StudioSession>(catalog, nullptr, m_ownSessionStore.get(), QString());
    m_session = m_ownSession.get();
    init();
}

MainWindow::MainWindow(ModelCatalog *catalog, StudioSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
    , m_session(session)
{
    init();
}

MainWindow::~MainWindow()
{
    // Panels, controllers and the grid follow jobs of the session: let them go before an own
    // session does.
    delete m_settingsDialog;
    delete m_comparer;
    delete m_generator;
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>();
    for (QDockWidget *dock : docks)
        delete dock;
    delete takeCentralWidget();
}

void MainWindow::init()
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Reimagine Studio"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);

    m_results = new ResultsArea(m_session, this);
    setCentralWidget(m_results);
    createActions();
    createModelDock();
    createSideDocks();
    createMenus();
    m_statusWidgets = new StatusBarWidgets(m_session, statusBar());
    statusBar()->addPermanentWidget(m_statusWidgets);
    connect(m_statusWidgets, &StatusBarWidgets::settingsRequested, this, &MainWindow::openKeySettings);

    SketchCanvas *sketch = m_results->canvas();
    connect(sketch, &SketchCanvas::openRequested, this, &MainWindow::openSketch);
    connect(sketch, &SketchCanvas::pasteRequested, this, &MainWindow::pasteSketch);
    connect(sketch, &SketchCanvas::sampleRequested, this, &MainWindow::loadSampleSketch);
    connect(sketch, &SketchCanvas::sourceDropped, this, &MainWindow::loadSketch);
    connect(sketch, &SketchCanvas::sketchChanged, this, &MainWindow::onCanvasSketchChanged);
    connect(m_results, &ResultsArea::pageChanged, this, &MainWindow::updateActions);
    connect(m_results, &ResultsArea::statusMessage, this, &MainWindow::showStatus);
    connect(m_results, &ResultsArea::historyResultOpened, this, [this] { m_compareAction->setChecked(false); });
    connect(m_results->banner(), &FailureBanner::actionTriggered, this,
            [this](FailureBanner::Action action, Job *job, const QString &field) {
                if (action == FailureBanner::Action::Retry && job) {
                    if (Job *again = m_session->retry(job))
                        m_lastJob = again;
                } else if (action == FailureBanner::Action::OpenSettings) {
                    openKeySettings();
                } else if (action == FailureBanner::Action::FixField) {
                    m_compareAction->setChecked(false);
                    form()->revealErrors();
                    revealField(field);
                }
            });

    m_generator = new GenerateController(m_session, form(), this, this);
    connect(m_generator, &GenerateController::invalid, this, [this](const QString &field) {
        revealField(field);
        showStatus(tr("Fix the marked fields first."));
    });
    connect(m_generator, &GenerateController::refused, this, [this](const QString &message) {
        m_results->banner()->showMessage(message, FailureBanner::Action::None);
    });
    connect(m_generator, &GenerateController::submitted, this, [this](Job *job) {
        m_results->banner()->dismiss();
        m_lastJob = job;
        showStatus(tr("Sent to %1.").arg(job->request().model.title));
    });

    m_comparer = new CompareController(m_session, m_catalog, m_compareSetup, m_results->compareGrid(), this, this);
    connect(m_comparer, &CompareController::statusMessage, this, &MainWindow::showStatus);
    connect(m_comparer, &CompareController::resultsReady, m_results, &ResultsArea::addJobResults);
    connect(m_comparer, &CompareController::openRequested, m_results, &ResultsArea::showJobResult);
    connect(m_comparer, &CompareController::saveRequested, this, [this](Job *job) {
        if (m_results->showJobResult(job) && shownJob() == job)
            saveResultInteractive();
    });

    restoreSettings();
    updateActions();
    connectSession();
    // Jobs a killed app left behind reappear and finish without being submitted again.
    m_session->resumeUnfinished();
}

void MainWindow::createActions()
{
    auto action = [this](const QString &icon, const QString &text, const QString &tip) {
        auto *a = new QAction(icon.isEmpty() ? QIcon() : AppIcons::icon(icon), text, this);
        a->setStatusTip(tip);
        return a;
    };
    m_openAction = action(QStringLiteral("folder-open"), tr("&Open Sketch…"),
                          tr("Open a sketch image and use it as the structure reference"));
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openSketch);

    m_pasteAction = action(QStringLiteral("paste"), tr("&Paste Sketch"),
                           tr("Use the image or link on the clipboard as the sketch"));
    m_pasteAction->setShortcut(QKeySequence::Paste);
    connect(m_pasteAction, &QAction::triggered, this, &MainWindow::pasteSketch);

    m_importAction = action(QString(), tr("&Import Model Schema…"), tr("Add a model from a fal OpenAPI JSON document"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importModelSchemaInteractive);

    m_saveAction = action(QString(), tr("&Save Result As…"),
                          tr("Save the shown result as PNG (with its parameters), JPEG or WebP"));
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::saveResultInteractive);

    m_exportCompareAction = action(QString(), tr("&Export Comparison…"),
                                   tr("Save the comparison grid as one PNG with captions"));
    connect(m_exportCompareAction, &QAction::triggered, this, &MainWindow::exportComparisonInteractive);

    m_quitAction = action(QString(), tr("&Quit"), tr("Close Reimagine Studio"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_resetFormAction = action(QStringLiteral("reset"), tr("&Reset Parameters"),
                               tr("Put every parameter of the current model back to its default"));
    connect(m_resetFormAction, &QAction::triggered, this, [this] { form()->resetToDefaults(); });

    m_clearSketchAction = action(QStringLiteral("clear"), tr("&Clear Sketch"),
                                 tr("Remove the sketch from the canvas and the form"));
    connect(m_clearSketchAction, &QAction::triggered, this, [this] { canvas()->clear(); });

    m_copyParametersAction = action(QString(), tr("Copy Parameters as &JSON"),
                                    tr("Copy the request parameters of the current model to the clipboard"));
    m_copyParametersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    connect(m_copyParametersAction, &QAction::triggered, this, [this] {
        QApplication::clipboard()->setText(
            QString::fromUtf8(QJsonDocument(form()->values()).toJson(QJsonDocument::Indented)));
        showStatus(tr("Parameters copied."));
    });

    m_settingsAction = action(QString(), tr("Se&ttings…"), tr("API keys, concurrency and cost limits"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    m_generateAction = action(QString(), tr("&Generate"), tr("Send the sketch and parameters to the selected model"));
    m_generateAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(m_generateAction, &QAction::triggered, this, [this] {
        if (m_compareMode)
            runComparison();
        else
            generate();
    });

    m_compareAction = action(QString(), tr("&Compare Models"),
                             tr("Run the same sketch and prompt on several models side by side"));
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_compareAction->setCheckable(true);
    connect(m_compareAction, &QAction::toggled, this, &MainWindow::setCompareMode);

    m_cancelAction = action(QString(), tr("&Cancel Latest Job"), tr("Cancel the most recent job that is still running"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelLatestJob);

    m_findAction = action(QString(), tr("&Search History"), tr("Find earlier results by their prompt"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_sideDock->show();
        m_sideDock->raise();
        m_sideTabs->setCurrentWidget(m_historyPanel);
        m_historyPanel->focusSearch();
    });

    m_aboutAction = action(QString(), tr("&About Reimagine Studio"), tr("Version and licence of Reimagine Studio"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = action(QString(), tr("About &Qt"), tr("The Qt version this build uses"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    QList<QAction *> all{m_openAction, m_pasteAction, m_importAction, m_saveAction, m_exportCompareAction,
                         m_quitAction, m_resetFormAction, m_clearSketchAction, m_copyParametersAction,
                         m_settingsAction, m_generateAction, m_compareAction, m_cancelAction, m_findAction,
                         m_results->fitAction(), m_results->actualSizeAction(), m_aboutAction, m_aboutQtAction};
    all += m_results->modeActions();
    for (QAction *a : std::as_const(all)) {
        QString tip = a->statusTip();
        if (!a->shortcut().isEmpty())
            tip += QStringLiteral(" (") + a->shortcut().toString(QKeySequence::NativeText) + u')';
        a->setToolTip(tip);
        if (a->shortcutContext() == Qt::WindowShortcut)
            addAction(a); // shortcuts work while a dock has focus, too
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addAction(m_pasteAction);
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_exportCompareAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_copyParametersAction);
    edit->addAction(m_resetFormAction);
    edit->addSeparator();
    edit->addAction(m_clearSketchAction);
    edit->addSeparator();
    edit->addAction(m_settingsAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_compareAction);
    view->addSeparator();
    view->addActions(m_results->modeActions());
    view->addAction(m_results->fitAction());
    view->addAction(m_results->actualSizeAction());
    view->addSeparator();
    view->addAction(m_findAction);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addAction(m_generateAction);
    run->addAction(m_cancelAction);

    QMenu *window = menuBar()->addMenu(tr("&Window"));
    struct DockToggle
    {
        QDockWidget *dock;
        QString text;
        QString tip;
    };
    for (const DockToggle &toggle : {DockToggle{m_modelDock, tr("&Model Panel"), tr("Show or hide the model and parameter panel")},
                                     DockToggle{m_sideDock, tr("&History and Presets"), tr("Show or hide the history and presets")},
                                     DockToggle{m_jobsDock, tr("&Jobs"), tr("Show or hide the job list")}}) {
        QAction *action = toggle.dock->toggleViewAction();
        action->setText(toggle.text);
        action->setStatusTip(toggle.tip);
        action->setToolTip(toggle.tip);
        window->addAction(action);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);

    for (QMenu *menu : {file, edit, view, run, window, help})
        menu->setToolTipsVisible(true);
}

void MainWindow::createModelDock()
{
    m_modelDock = new QDockWidget(tr("Model"), this);
    m_modelDock->setObjectName(QStringLiteral("ModelDock"));
    m_modelDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_modelDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable
                             | QDockWidget::DockWidgetFloatable);
    m_dockStack = new QStackedWidget(m_modelDock);

    m_modelPanel = new ModelPanel(m_catalog, m_dockStack);
    m_modelPanel->setCompareShortcut(m_compareAction->shortcut());
    connect(m_modelPanel, &ModelPanel::generateRequested, this, &MainWindow::generate);
    connect(m_modelPanel, &ModelPanel::compareRequested, this, [this] { m_compareAction->setChecked(true); });
    connect(m_modelPanel, &ModelPanel::modelChanged, this, &MainWindow::updateActions);
    connect(m_modelPanel, &ModelPanel::sketchEdited, this, &MainWindow::onSketchEdited);

    m_compareSetup = new CompareSetup(m_dockStack);
    if (m_catalog) {
        m_compareSetup->setModels(m_catalog->models());
        connect(m_catalog, &ModelCatalog::modelsChanged, m_compareSetup,
                [this] { m_compareSetup->setModels(m_catalog->models()); });
    }
    const QStringList remembered = QSettings().value(KeyCompareModels).toStringList();
    if (!remembered.isEmpty())
        m_compareSetup->setSelectedModelIds(remembered);
    connect(m_compareSetup, &CompareSetup::runRequested, this, &MainWindow::runComparison);

    m_dockStack->addWidget(m_modelPanel);
    m_dockStack->addWidget(m_compareSetup);
    m_modelDock->setWidget(m_dockStack);
    addDockWidget(Qt::LeftDockWidgetArea, m_modelDock);
}

void MainWindow::createSideDocks()
{
    m_sideDock = new QDockWidget(tr("Library"), this);
    m_sideDock->setObjectName(QStringLiteral("LibraryDock"));
    m_sideDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_sideTabs = new QTabWidget(m_sideDock);
    m_sideTabs->setObjectName(QStringLiteral("libraryTabs"));
    m_sideTabs->setDocumentMode(true);

    m_historyPanel = new HistoryPanel(m_session->history(), m_sideTabs);
    m_historyPanel->setObjectName(QStringLiteral("historyPanel"));
    m_sideTabs->addTab(m_historyPanel, tr("History"));
    connect(m_historyPanel, &HistoryPanel::reuseRequested, this, &MainWindow::reuseHistoryEntry);
    connect(m_historyPanel, &HistoryPanel::openRequested, this, [this](const HistoryEntry &entry) {
        if (entry.outputPaths.isEmpty())
            showStatus(entry.error.isEmpty() ? tr("This run has no result.") : entry.error);
        else
            m_results->openHistoryResult(entry.outputPaths.constFirst(), entry.sketchPath, entry.id);
    });
    connect(m_historyPanel, &HistoryPanel::useAsSketchRequested, this, &MainWindow::loadSketch);
    connect(m_historyPanel, &HistoryPanel::statusMessage, this, &MainWindow::showStatus);

    m_presetStore = new PresetStore(QDir(m_session->dataDir()).filePath(QStringLiteral("presets")), this);
    m_presetsPanel = new PresetsPanel(m_presetStore, m_sideTabs);
    m_presetsPanel->setObjectName(QStringLiteral("presetsPanel"));
    m_sideTabs->addTab(m_presetsPanel, tr("Presets"));
    m_presetsPanel->setCurrentValuesProvider([this](const QString &name) {
        Preset preset;
        preset.name = name;
        QJsonObject values = form()->values();
        for (const ParameterSpec &spec : form()->model().fields) {
            if (spec.type == ParameterSpec::Type::Image || spec.type == ParameterSpec::Type::ImageList)
                values.remove(spec.name);
        }
        preset.modelValues.insert(form()->model().id, values);
        return preset;
    });
    connect(m_presetsPanel, &PresetsPanel::loadRequested, this, [this](const Preset &preset) {
        const ModelSpec &model = form()->model();
        QString prompt;
        if (const ParameterSpec *field = model.fieldForRole(QStringLiteral("prompt")))
            prompt = form()->fieldValue(field->name).toString();
        form()->setValues(preset.applyTo(model, form()->values(), prompt));
        showStatus(tr("Preset “%1” loaded.").arg(preset.name));
    });
    m_sideDock->setWidget(m_sideTabs);
    addDockWidget(Qt::RightDockWidgetArea, m_sideDock);

    m_jobsDock = new QDockWidget(tr("Jobs"), this);
    m_jobsDock->setObjectName(QStringLiteral("JobsDock"));
    m_jobsDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    m_jobsPanel = new JobsPanel(m_jobsDock);
    m_jobsDock->setWidget(m_jobsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobsDock);
    connect(m_jobsPanel, &JobsPanel::retryRequested, this, [this](Job *job) {
        if (Job *again = m_session->retry(job))
            m_lastJob = again;
    });
    connect(m_jobsPanel, &JobsPanel::cancelRequested, this,
            [this](Job *job) { showStatus(tr("Cancelling %1…").arg(job->request().model.title)); });
    connect(m_jobsPanel, &JobsPanel::openRequested, m_results, &ResultsArea::showJobResult);
}

void MainWindow::connectSession()
{
    connect(m_session, &StudioSession::jobAdded, this, &MainWindow::onJobAdded);
    connect(m_session, &StudioSession::jobFinished, this, &MainWindow::onJobFinished);
    connect(m_session, &StudioSession::warning, this, &MainWindow::showStatus);
    connect(m_session, &StudioSession::keyMissing, this, [this](const QString &provider) {
        m_results->banner()->showMessage(
            tr("No API key for %1. %2").arg(ModelPicker::providerName(provider), StudioSession::keyHint(provider)),
            FailureBanner::Action::OpenSettings);
    });
    // Jobs that exist already (a shared session) are listed too.
    for (Job *job : m_session->jobs())
        onJobAdded(job);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    const QByteArray geometry = settings.value(KeyGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
    if (!restoreState(settings.value(KeyState).toByteArray())) {
        m_fitDockOnShow = true;
        resizeDocks({m_jobsDock}, {170}, Qt::Vertical);
    }
    m_modelPanel->restoreLastModel();
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(KeyGeometry, saveGeometry());
    settings.setValue(KeyState, saveState());
    settings.setValue(KeyCompareModels, m_compareSetup->selectedModelIds());
    m_modelPanel->saveFormValues();
}

// Accessors ----------------------------------------------------------------------------------

QString MainWindow::currentModelId() const { return m_modelPanel->currentModelId(); }
bool MainWindow::selectModel(const QString &id) { return m_modelPanel->selectModel(id); }
SchemaForm *MainWindow::form() const { return m_modelPanel->form(); }
SketchCanvas *MainWindow::canvas() const { return m_results->canvas(); }
ModelPicker *MainWindow::modelPicker() const { return m_modelPanel->picker(); }
BeforeAfterView *MainWindow::beforeAfterView() const { return m_results->beforeAfterView(); }
CompareGrid *MainWindow::compareGrid() const { return m_results->compareGrid(); }
QListWidget *MainWindow::filmstrip() const { return m_results->filmstrip(); }
SettingsDialog *MainWindow::settingsDialog() const { return m_settingsDialog; }
Job *MainWindow::shownJob() const { return m_results->shownJob(); }
int MainWindow::shownResultIndex() const { return m_results->shownResultIndex(); }
QString MainWindow::bannerText() const { return m_results->banner()->text(); }
QHash<QString, Job *> MainWindow::compareJobs() const { return m_comparer->jobs(); }
bool MainWindow::saveShownResult(const QString &path) { return m_results->saveShownResult(path); }
void MainWindow::showResultsPage() { m_results->setCurrentPage(ResultsArea::Page::Result); }
void MainWindow::showComparePage() { m_results->setCurrentPage(ResultsArea::Page::Compare); }

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, StatusTimeoutMs);
}

void MainWindow::updateActions()
{
    m_saveAction->setEnabled(m_results->currentPage() == ResultsArea::Page::Result
                             && m_results->shownResultIndex() >= 0);
    m_exportCompareAction->setEnabled(compareGrid()->cellCount() > 0);
    m_generateAction->setEnabled(!currentModelId().isEmpty() || m_compareMode);
}

void MainWindow::revealField(const QString &field)
{
    m_modelDock->show();
    m_modelPanel->revealField(field);
}

// Sketches -----------------------------------------------------------------------------------

bool MainWindow::loadSketch(const QString &source)
{
    if (!canvas()->setSketch(source)) {
        showStatus(canvas()->errorText());
        return false;
    }
    // onCanvasSketchChanged has put it into the form.
    // Remember where the user keeps sketches (not our cache of samples and pasted images).
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (!ImageMime::isRemote(source) && !QFileInfo(source).absoluteFilePath().startsWith(cache)) {
        ImageDropZone::rememberFolder(source);
        addRecentFile(QFileInfo(source).absoluteFilePath());
    }
    if (!m_compareMode)
        m_results->setCurrentPage(ResultsArea::Page::Sketch);
    const QString field = m_modelPanel->structureFieldName();
    showStatus(field.isEmpty() ? tr("Sketch loaded. This model takes no structure image.")
                               : tr("Sketch loaded as “%1”.").arg(form()->model().field(field)->title));
    return true;
}

bool MainWindow::loadSampleSketch()
{
    const QString resource = QStringLiteral(":/samples/sample-sketch.png");
    if (!QFile::exists(resource)) {
        showStatus(tr("The sample sketch is missing from this build."));
        return false;
    }
    // Providers need a real file to upload: keep a copy in the cache dir.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/samples");
    const QString path = dir + QStringLiteral("/sample-sketch.png");
    QFile resourceFile(resource);
    if (!QFileInfo::exists(path) || QFileInfo(path).size() != resourceFile.size()) {
        QDir().mkpath(dir);
        QFile::remove(path);
        if (!resourceFile.copy(path)) {
            showStatus(tr("Cannot copy the sample sketch to %1.").arg(QDir::toNativeSeparators(dir)));
            return false;
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    return loadSketch(path);
}

void MainWindow::onCanvasSketchChanged(const QString &source)
{
    m_sketchSource = source;
    m_clearSketchAction->setEnabled(!source.isEmpty());
    m_compareSetup->setSketchPath(source);
    m_results->setCurrentSketch(source);
    m_modelPanel->setSketchSource(source);
}

void MainWindow::onSketchEdited(const QString &source)
{
    // An image dropped straight onto the structure field becomes the canvas sketch too.
    if (source.isEmpty())
        canvas()->clear();
    else
        canvas()->setSketch(source);
    m_sketchSource = source;
    m_compareSetup->setSketchPath(source);
    m_results->setCurrentSketch(source);
}

void MainWindow::openSketch()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Sketch"), ImageDropZone::lastFolder(),
                                                      ImageMime::openFileFilter());
    if (!path.isEmpty())
        loadSketch(path);
}

void MainWindow::pasteSketch()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    const QStringList sources = ImageMime::sourcesFromMime(mime);
    if (!sources.isEmpty()) {
        loadSketch(sources.constFirst());
        return;
    }
    if (ImageMime::hasImageData(mime)) {
        QString error;
        const QString path = ImageMime::storePastedImage(QApplication::clipboard()->image(), &error);
        if (path.isEmpty())
            showStatus(error);
        else
            loadSketch(path);
        return;
    }
    showStatus(tr("The clipboard holds no image or image link."));
}

bool MainWindow::importModelSchema(const QString &path, QString *error)
{
    if (!m_catalog) {
        if (error)
            *error = tr("No model catalog.");
        return false;
    }
    QString message;
    const QString id = m_catalog->importFile(path, &message);
    if (id.isEmpty()) {
        if (error)
            *error = message.isEmpty() ? tr("The file is not a model schema.") : message;
        return false;
    }
    m_modelPanel->reloadModels();
    selectModel(id);
    showStatus(tr("Model “%1” imported.").arg(form()->model().title));
    return true;
}

void MainWindow::importModelSchemaInteractive()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Model Schema"), ImageDropZone::lastFolder(),
                                                      tr("OpenAPI JSON (*.json)") + QStringLiteral(";;")
                                                          + tr("All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!importModelSchema(path, &error))
        showWarning(tr("Import Model Schema"),
                    tr("Cannot import %1.").arg(QFileInfo(path).fileName()) + QStringLiteral("\n\n") + error);
}

// Jobs ---------------------------------------------------------------------------------------

void MainWindow::generate()
{
    m_generator->generate(m_sketchSource);
}

void MainWindow::cancelLatestJob()
{
    if (m_lastJob && !isTerminal(m_lastJob->state())) {
        m_lastJob->cancel();
        return;
    }
    if (!m_session->cancelLatest())
        showStatus(tr("No job is running."));
}

void MainWindow::onJobAdded(Job *job)
{
    m_jobsPanel->addJob(job);
}

void MainWindow::onJobFinished(Job *job)
{
    const QList<QImage> images = m_session->results(job);
    if (!images.isEmpty())
        m_jobsPanel->setThumbnail(job, images.constFirst());
    if (m_comparer->isCompareJob(job))
        return; // its cell shows it

    FailureBanner *banner = m_results->banner();
    const QString title = job->request().model.title;
    switch (job->state()) {
    case JobState::Done: {
        const int first = m_results->addJobResults(job);
        if (!m_compareMode)
            m_results->showResult(first);
        showStatus(tr("%1 finished in %2.").arg(title, JobListModel::elapsedText(job->elapsedMs())));
        break;
    }
    case JobState::Failed:
    case JobState::Interrupted: {
        const JobOutcome &outcome = job->outcome();
        QString reason = outcome.message.isEmpty() ? JobListModel::stateText(job) : outcome.message;
        if (outcome.error == ApiResult::Error::Auth) {
            banner->showMessage(tr("%1 failed: %2").arg(title, reason), FailureBanner::Action::OpenSettings, job);
        } else if (!outcome.fieldErrors.isEmpty() && job->request().model.id == form()->model().id) {
            // The provider named fields: say which, and offer to go there.
            QStringList details;
            QString firstField;
            QList<FieldError> fieldErrors;
            for (const ApiFieldError &error : outcome.fieldErrors) {
                const QString name = error.field.section(u'.', 0, 0);
                const ParameterSpec *spec = form()->model().field(name);
                if (spec && firstField.isEmpty())
                    firstField = name;
                details.append((spec ? spec->title : error.field) + QStringLiteral(": ") + error.message);
                fieldErrors.append(FieldError{error.field, error.message});
            }
            form()->setExternalErrors(fieldErrors); // under each field, too
            reason = details.join(QStringLiteral("; "));
            banner->showMessage(tr("%1 refused the request: %2").arg(title, reason),
                                firstField.isEmpty() ? FailureBanner::Action::Retry : FailureBanner::Action::FixField,
                                job, firstField);
        } else if (job->state() == JobState::Interrupted) {
            banner->showMessage(tr("%1: %2").arg(title, reason), FailureBanner::Action::None, job);
        } else {
            banner->showMessage(tr("%1 failed: %2").arg(title, reason), FailureBanner::Action::Retry, job);
        }
        break;
    }
    case JobState::Cancelled:
        showStatus(tr("%1 was cancelled.").arg(title));
        break;
    default:
        break;
    }
}

// Results and comparison ---------------------------------------------------------------------

void MainWindow::saveResultInteractive()
{
    if (m_results->shownResultIndex() < 0) {
        showStatus(tr("There is no result to save yet."));
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Save Result"), ImageDropZone::lastFolder(),
                                   tr("PNG with parameters (*.png)") + QStringLiteral(";;") + tr("JPEG (*.jpg *.jpeg)")
                                       + QStringLiteral(";;") + tr("WebP (*.webp)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("png"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Job *job = shownJob();
    dialog->selectFile((job ? job->request().model.title.simplified().replace(u' ', u'-').toLower()
                            : QStringLiteral("result"))
                       + QStringLiteral(".png"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (ResultWriter::formatForPath(path).isEmpty()) {
            showStatus(tr("Choose a name ending in .png, .jpg or .webp."));
            return;
        }
        saveShownResult(path);
    });
    dialog->open();
}

void MainWindow::exportComparisonInteractive()
{
    m_comparer->exportInteractive();
}

void MainWindow::setCompareMode(bool on)
{
    if (m_compareAction->isChecked() != on) {
        m_compareAction->setChecked(on); // comes back here through toggled()
        return;
    }
    if (on == m_compareMode)
        return;
    m_compareMode = on;
    m_results->setCompareMode(on);
    if (on) {
        // The shared prompt starts from the current form's prompt.
        if (m_compareSetup->prompt().isEmpty()) {
            if (const ParameterSpec *field = form()->model().fieldForRole(QStringLiteral("prompt")))
                m_compareSetup->setPrompt(form()->fieldValue(field->name).toString());
        }
        m_compareSetup->setSketchPath(m_sketchSource);
        m_dockStack->setCurrentWidget(m_compareSetup);
        m_modelDock->setWindowTitle(tr("Compare"));
        m_modelDock->show();
        showComparePage();
    } else {
        m_dockStack->setCurrentWidget(m_modelPanel);
        m_modelDock->setWindowTitle(tr("Model"));
        m_results->setCurrentPage(m_results->shownResultIndex() >= 0 ? ResultsArea::Page::Result
                                                                     : ResultsArea::Page::Sketch);
    }
    updateActions();
}

void MainWindow::runComparison()
{
    QList<Job *> jobs;
    if (!m_comparer->run(m_sketchSource, m_results->sketchImage(m_sketchSource), &jobs))
        return;
    if (!jobs.isEmpty())
        m_lastJob = jobs.constLast();
    showComparePage();
    m_results->banner()->dismiss();
}

// History ------------------------------------------------------------------------------------

void MainWindow::reuseHistoryEntry(const HistoryEntry &entry)
{
    m_compareAction->setChecked(false);
    if (!selectModel(entry.modelId)) {
        showStatus(tr("The model %1 is not installed.").arg(entry.modelId));
        return;
    }
    QJsonObject values = entry.inputs;
    const QString field = m_modelPanel->structureFieldName();
    if (!field.isEmpty()) {
        // An old sketch that is gone keeps the current one.
        const QString old = values.value(field).toString();
        if (old.isEmpty() || (!ImageMime::isRemote(old) && !QFileInfo::exists(old))) {
            if (m_sketchSource.isEmpty())
                values.remove(field);
            else
                values.insert(field, m_sketchSource);
        }
    }
    form()->setValues(values);
    m_modelDock->show();
    showStatus(tr("Parameters of %1 restored.").arg(entry.modelTitle));
}

// Settings -----------------------------------------------------------------------------------

void MainWindow::openSettings()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_session->settings(), m_session->keychain(),
                                              m_session->sessionStore(), this);
        m_settingsDialog->setObjectName(QStringLiteral("settingsDialog"));
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        // Keys may have changed: read them again so the status dots follow (limits follow
        // Settings by themselves).
        connect(m_settingsDialog, &SettingsDialog::keysChanged, m_session, &StudioSession::reloadKeys);
    }
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

void MainWindow::openKeySettings()
{
    openSettings();
    m_settingsDialog->showKeysTab();
}

// Recent files -------------------------------------------------------------------------------

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(KeyRecent).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentFiles)
        recent.removeLast();
    QSettings().setValue(KeyRecent, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    int number = 1;
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(number++).arg(QFileInfo(path).fileName()));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setToolTip(action->statusTip());
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { loadSketch(path); });
    }
    if (recent.isEmpty()) {
        QAction *none = m_recentMenu->addAction(tr("No recent sketches"));
        none->setEnabled(false);
        none->setStatusTip(tr("Sketches you open appear here"));
    } else {
        m_recentMenu->addSeparator();
        QAction *clear = m_recentMenu->addAction(tr("&Clear List"));
        clear->setStatusTip(tr("Forget the recently opened sketches"));
        connect(clear, &QAction::triggered, this, [this] {
            QSettings().remove(KeyRecent);
            rebuildRecentMenu();
        });
    }
}

// Window -------------------------------------------------------------------------------------

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Reimagine Studio"),
                                tr("<h3>Reimagine Studio %1</h3>"
                                   "<p>Turn rough sketches into finished images with cloud "
                                   "reimagine models, and compare providers side by side.</p>")
                                    .arg(QStringLiteral(REIMAGINE_VERSION)),
                                QMessageBox::Ok, this);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showWarning(const QString &title, const QString &text)
{
    // Non-blocking: window-modal without a nested event loop.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_fitDockOnShow) {
        // First start: the panel takes about a third of the window, within readable limits.
        m_fitDockOnShow = false;
        resizeDocks({m_modelDock, m_sideDock}, {qBound(430, width() * 30 / 100, 540), qBound(300, width() / 4, 360)},
                    Qt::Horizontal);
        resizeDocks({m_jobsDock}, {qBound(120, height() / 5, 200)}, Qt::Vertical);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (ImageMime::hasSource(event->mimeData()) || ImageMime::hasImageData(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList sources = ImageMime::sourcesFromMime(event->mimeData());
    if (!sources.isEmpty()) {
        event->acceptProposedAction();
        loadSketch(sources.constFirst());
        return;
    }
    if (ImageMime::hasImageData(event->mimeData())) {
        event->acceptProposedAction();
        QString error;
        const QString path = ImageMime::storePastedImage(qvariant_cast<QImage>(event->mimeData()->imageData()), &error);
        if (path.isEmpty())
            showStatus(error);
        else
            loadSketch(path);
    }
}
