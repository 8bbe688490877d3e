#include "mainwindow.h"

#include "comparecontroller.h"
#include "costgate.h"
#include "fidelitycontroller.h"
#include "generatecontroller.h"
#include "intentcontroller.h"
#include "modeldock.h"
#include "modelpanel.h"
#include "resultsarea.h"
#include "sketchcontroller.h"
#include "statusbarwidgets.h"

#include "dialogs/settingsdialog.h"
#include "forms/schemaform.h"
#include "panels/comparesetup.h"
#include "panels/historypanel.h"
#include "panels/jobspanel.h"
#include "panels/presetspanel.h"
#include "widgets/focusring.h"
#include "widgets/appicons.h"
#include "widgets/comparegrid.h"
#include "widgets/failurebanner.h"
#include "widgets/imagedropzone.h"
#include "widgets/imagedroptarget.h"
#include "widgets/imagemime.h"
#include "widgets/modelpicker.h"
#include "widgets/recentfilesmenu.h"
#include "widgets/sketchcanvas.h"

#include "history/historystore.h"
#include "imaging/imagecache.h"
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
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>

namespace {
constexpr int StatusTimeoutMs = 8000;

} // namespace

MainWindow::MainWindow(ModelCatalog *catalog, StudioSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
    , m_session(session)
{
    FocusRing::install(); // the keyboard focus shows on views the style draws none for
    init();
}

MainWindow::~MainWindow()
{
    // Qt deletes the docks, the centre and the controllers after this window's own members are
    // gone. A dock that hides or a page that changes while it goes must then reach neither this
    // window nor a controller: nothing of what they would touch is left.
    QObjectList receivers{this};
    for (QObject *child : children()) {
        if (!child->isWidgetType())
            receivers.append(child);
    }
    const QList<QObject *> senders = findChildren<QObject *>();
    for (QObject *sender : senders) {
        for (const QObject *receiver : std::as_const(receivers))
            sender->disconnect(receiver);
    }
}

void MainWindow::init()
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Reimagine Studio"));
    // A sketch dropped anywhere in the window (the canvas and image fields take their own).
    auto *drop = new ImageDropTarget(this, ImageDropTarget::Pixels::Accepted);
    connect(drop, &ImageDropTarget::dropped, this, [this](const QStringList &sources) { loadSketch(sources.constFirst()); });
    connect(drop, &ImageDropTarget::dropFailed, this, &MainWindow::showStatus);
    setDockNestingEnabled(true);

    m_results = new ResultsArea(m_session, this);
    setCentralWidget(m_results);
    createActions();
    createModelDock();
    createSideDocks();
    createLeaderboard();
    createStructure();
    createMenus();
    m_statusWidgets = new StatusBarWidgets(m_session, statusBar());
    statusBar()->addPermanentWidget(m_statusWidgets);
    connect(m_statusWidgets, &StatusBarWidgets::settingsRequested, this, &MainWindow::openKeySettings);

    SketchCanvas *sketch = m_results->canvas();
    connect(sketch, &SketchCanvas::openRequested, this, &MainWindow::openSketch);
    connect(sketch, &SketchCanvas::pasteRequested, this, &MainWindow::pasteSketch);
    connect(sketch, &SketchCanvas::sampleRequested, this, &MainWindow::loadSampleSketch);
    connect(sketch, &SketchCanvas::sourceDropped, this, &MainWindow::loadSketch);
    connect(sketch, &SketchCanvas::downscaledCopyReady, this, &MainWindow::loadSketch);
    connect(sketch, &SketchCanvas::sketchChanged, this, &MainWindow::onCanvasSketchChanged);
    connect(m_results, &ResultsArea::pageChanged, this, &MainWindow::updateActions);
    connect(m_results, &ResultsArea::statusMessage, this, &MainWindow::showStatus);
    connect(m_results, &ResultsArea::historyResultOpened, this, [this] { m_compareAction->setChecked(false); });
    connect(m_results->banner(), &FailureBanner::actionTriggered, this,
            [this](FailureBanner::Action action, Job *job, const QString &field) {
                if (action == FailureBanner::Action::Retry && job) {
                    retryJob(job);
                } else if (action == FailureBanner::Action::OpenSettings) {
                    openKeySettings();
                } else if (action == FailureBanner::Action::FixField) {
                    m_compareAction->setChecked(false);
                    m_modelPanel->form()->revealErrors();
                    revealField(field);
                }
            });

    m_costGate = new CostGate(m_session, this, this);
    connect(m_costGate, &CostGate::refused, m_results->banner(), &FailureBanner::showNotice);
    m_generator = new GenerateController(m_session, m_modelPanel->form(), m_costGate, this, this);
    connect(m_generator, &GenerateController::invalid, this, [this](const QString &field) {
        revealField(field);
        showStatus(tr("Fix the marked fields first."));
    });
    connect(m_generator, &GenerateController::refused, m_results->banner(), &FailureBanner::showNotice);
    connect(m_generator, &GenerateController::submitted, this, [this](Job *job) {
        m_results->banner()->dismiss();
        m_lastJob = job;
        showStatus(tr("Sent to %1.").arg(job->request().model.title));
        // The keys go to the result now: 3 means Blend, not a digit in the seed field.
        focusCentre();
    });

    m_comparer = new CompareController(m_session, m_catalog, m_compareSetup, m_results->compareGrid(), m_costGate,
                                       this, this);
    connect(m_comparer, &CompareController::started, this, [this](const QList<Job *> &jobs) {
        if (!jobs.isEmpty())
            m_lastJob = jobs.constLast();
        showComparePage();
        m_results->banner()->dismiss();
        updateGridTabOrder();
        focusCentre();
        updateActions();
    });
    connect(m_comparer, &CompareController::statusMessage, this, &MainWindow::showStatus);
    connect(m_comparer, &CompareController::judgeBlindRequested, this, &MainWindow::openBlindJudge);
    connect(m_comparer, &CompareController::resultsReady, this, &MainWindow::updateActions);
    m_comparer->setExtraValues([this](const ModelSpec &model) { return m_sketch->mapValues(model); });
    connect(m_comparer, &CompareController::resultsReady, m_results, &ResultsArea::addJobResults);
    // A finished cell can take the keys (star, open, save) unless they are busy elsewhere.
    connect(m_comparer, &CompareController::resultsReady, this, &MainWindow::updateGridTabOrder);
    connect(m_comparer, &CompareController::resultsReady, this, &MainWindow::keysFollowPage);
    connect(m_comparer, &CompareController::openRequested, m_results, &ResultsArea::showJobResult);
    connect(m_comparer, &CompareController::saveRequested, this, [this](Job *job) {
        if (m_results->showJobResult(job) && m_results->shownJob() == job)
            saveResultInteractive();
    });

    restoreSettings();
    updateActions();
    connectSession();
    restoreSession();
    updateTabOrder();
    // Jobs a killed app left behind reappear and finish without being submitted again.
    m_session->resumeUnfinished();
}

void MainWindow::createModelDock()
{
    m_modelDock = new ModelDock(m_catalog, this);
    m_modelPanel = m_modelDock->modelPanel();
    m_compareSetup = m_modelDock->compareSetup();
    m_modelPanel->setCompareShortcut(m_compareAction->shortcut());
    connect(m_modelPanel, &ModelPanel::generateRequested, this, &MainWindow::generate);
    connect(m_modelPanel, &ModelPanel::compareRequested, this, [this] { m_compareAction->setChecked(true); });
    connect(m_modelPanel, &ModelPanel::modelChanged, this, &MainWindow::updateActions);
    // A new model is a new form: its fields join the tab order after the sketch.
    connect(m_modelPanel, &ModelPanel::modelChanged, this, &MainWindow::updateTabOrder);
    connect(m_results, &ResultsArea::pageChanged, this, &MainWindow::keysFollowPage);
    connect(m_modelPanel, &ModelPanel::sketchEdited, this, &MainWindow::onSketchEdited);
    connect(m_modelPanel, &ModelPanel::statusMessage, this, &MainWindow::showStatus);
    connect(m_compareSetup, &CompareSetup::runRequested, this, &MainWindow::runComparison);
    // Leaving Compare is a button, the shortcut, or closing its panel: the form comes back.
    connect(m_compareSetup, &CompareSetup::leaveRequested, this, [this] { setCompareMode(false); });
    connect(m_modelDock, &ModelDock::leaveCompareRequested, this, [this] { setCompareMode(false); });
    m_intent = new IntentController(m_modelPanel, m_compareSetup, this);
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
    m_sideTabs->setTabToolTip(0, tr("Every run you made, searchable"));
    connect(m_historyPanel, &HistoryPanel::reuseRequested, this, &MainWindow::reuseHistoryEntry);
    connect(m_historyPanel, &HistoryPanel::openRequested, m_results, &ResultsArea::openHistoryEntry);
    connect(m_historyPanel, &HistoryPanel::useAsSketchRequested, this, &MainWindow::loadSketch);
    connect(m_historyPanel, &HistoryPanel::statusMessage, this, &MainWindow::showStatus);

    m_presetStore = new PresetStore(QDir(m_session->dataDir()).filePath(QStringLiteral("presets")), this);
    m_presetStore->setCatalog(m_catalog);
    m_presetsPanel = new PresetsPanel(m_presetStore, m_sideTabs);
    m_presetsPanel->setObjectName(QStringLiteral("presetsPanel"));
    m_sideTabs->addTab(m_presetsPanel, tr("Presets"));
    m_sideTabs->setTabToolTip(1, tr("Saved prompts and settings to start from"));
    // Compare mode saves and loads the shared intent (portable), otherwise the model's form.
    m_presetsPanel->setCurrentValuesProvider([this](const QString &name) {
        Preset preset = m_compareMode ? m_compareSetup->toPreset(name) : m_modelPanel->toPreset(name);
        preset.structure = m_sketch->settings(); // clean-up and map travel with presets
        return preset;
    });
    connect(m_presetsPanel, &PresetsPanel::loadRequested, this, [this](const Preset &preset) {
        QString note;
        if (m_compareMode) {
            m_compareSetup->applyPreset(preset);
        } else {
            m_modelPanel->applyPreset(preset);
            note = preset.applicationNote(m_modelPanel->form()->model(), m_catalog);
        }
        if (preset.structure)
            m_sketch->applySettings(*preset.structure);
        // A preset of another model: said in full where the designer looks, not cut off.
        if (!note.isEmpty())
            m_results->banner()->showNotice(note);
        else
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
    connect(m_jobsPanel, &JobsPanel::retryRequested, this, &MainWindow::retryJob);
    connect(m_jobsPanel, &JobsPanel::finishedCleared, m_session, &StudioSession::clearFinished);
    connect(m_jobsPanel, &JobsPanel::cancelRequested, this,
            [this](Job *job) { showStatus(tr("Cancelling %1…").arg(job->request().model.title)); });
    connect(m_jobsPanel, &JobsPanel::openRequested, m_results, &ResultsArea::showJobResult);
}

void MainWindow::connectSession()
{
    connect(m_session, &StudioSession::jobAdded, m_jobsPanel, &JobsPanel::addJob);
    connect(m_session, &StudioSession::jobFinished, this, &MainWindow::onJobFinished);
    connect(m_session, &StudioSession::warning, this, &MainWindow::showStatus);
    connect(m_session, &StudioSession::keyMissing, m_results, &ResultsArea::showKeyMissing);
    // Jobs that exist already (a shared session) are listed too.
    for (Job *job : m_session->jobs())
        m_jobsPanel->addJob(job);
    const QStringList warnings = m_session->startupWarnings();
    if (!warnings.isEmpty())
        m_results->banner()->showNotice(warnings.join(QLatin1Char('\n')));
}

QString MainWindow::currentModelId() const { return m_modelPanel->currentModelId(); }
bool MainWindow::selectModel(const QString &id) { return m_modelPanel->selectModel(id); }
void MainWindow::showResultsPage() { m_results->setCurrentPage(ResultsArea::Page::Result); }
void MainWindow::showComparePage() { m_results->setCurrentPage(ResultsArea::Page::Compare); }

void MainWindow::setPrompt(const QString &prompt)
{
    SchemaForm *form = m_modelPanel->form();
    if (const ParameterSpec *field = form->model().fieldForRole(QStringLiteral("prompt")))
        form->setFieldValue(field->name, prompt);
    m_compareSetup->setPrompt(prompt);
}

void MainWindow::expandAdvancedFields()
{
    m_modelPanel->form()->setAdvancedExpanded(true);
}

void MainWindow::compareModels(const QStringList &modelIds)
{
    setCompareMode(true);
    m_compareSetup->setSelectedModelIds(modelIds);
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, StatusTimeoutMs);
}

void MainWindow::updateActions()
{
    m_saveAction->setEnabled(m_results->currentPage() == ResultsArea::Page::Result
                             && m_results->shownResultIndex() >= 0);
    m_exportCompareAction->setEnabled(m_results->compareGrid()->cellCount() > 0);
    m_generateAction->setEnabled(!currentModelId().isEmpty() || m_compareMode);
    m_judgeAction->setEnabled(m_comparer && m_compareMode && m_comparer->canJudgeBlind());
    m_rerunAllAction->setEnabled(m_comparer && m_compareMode && !m_comparer->compareId().isEmpty());
}

void MainWindow::revealField(const QString &field)
{
    m_modelDock->show();
    m_modelPanel->revealField(field);
}

// Sketches -----------------------------------------------------------------------------------

bool MainWindow::loadSketch(const QString &source)
{
    if (!m_results->canvas()->setSketch(source)) {
        // Said at the canvas, where the sketch goes (with "Downscale and Use" for a file that is
        // only too large); the status bar only when Compare hides the canvas.
        if (m_compareMode)
            showStatus(m_results->canvas()->errorText());
        else
            m_results->setCurrentPage(ResultsArea::Page::Sketch);
        return false;
    }
    // onCanvasSketchChanged has put it into the form.
    // Remember where the user keeps sketches (not our cache of samples and pasted images).
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (!ImageMime::isRemote(source) && !QFileInfo(source).absoluteFilePath().startsWith(cache)) {
        ImageDropZone::rememberFolder(source);
        m_recentMenu->addFile(QFileInfo(source).absoluteFilePath());
    }
    if (!m_compareMode)
        m_results->setCurrentPage(ResultsArea::Page::Sketch);
    const QString field = m_modelPanel->structureFieldName();
    showStatus(field.isEmpty() ? tr("Sketch loaded. This model takes no structure image.")
                               : tr("Sketch loaded as “%1”.").arg(m_modelPanel->form()->model().field(field)->title));
    return true;
}

bool MainWindow::loadSampleSketch()
{
    QString error;
    const QString path = ImageMime::sampleSketchFile(&error);
    if (path.isEmpty()) {
        showStatus(error);
        return false;
    }
    return loadSketch(path);
}

void MainWindow::onCanvasSketchChanged(const QString &source)
{
    m_sketchSource = source;
    m_clearSketchAction->setEnabled(!source.isEmpty());
    updateTabOrder(); // the canvas shows other buttons with a sketch
    m_compareSetup->setSketchPath(source);
    m_results->setCurrentSketch(source);
    m_modelPanel->setSketchSource(source);
    m_intent->setSketch(source);
}

void MainWindow::onSketchEdited(const QString &source)
{
    // An image dropped straight onto the structure field becomes the canvas sketch too.
    if (source.isEmpty())
        m_results->canvas()->clear();
    else
        m_results->canvas()->setSketch(source);
    m_sketchSource = source;
    m_compareSetup->setSketchPath(source);
    m_results->setCurrentSketch(source);
    m_intent->setSketch(source);
}

void MainWindow::openSketch()
{
    auto *dialog = new QFileDialog(this, tr("Open Sketch"), ImageDropZone::lastFolder(), ImageMime::openFileFilter());
    dialog->setObjectName(QStringLiteral("openSketchDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::loadSketch);
    dialog->open();
}

void MainWindow::pasteSketch()
{
    QString error;
    const QString source = ImageMime::sketchFromMime(QApplication::clipboard()->mimeData(), &error);
    if (!source.isEmpty())
        loadSketch(source);
    else
        showStatus(error.isEmpty() ? tr("The clipboard holds no image or image link.") : error);
}

bool MainWindow::importModelSchema(const QString &path, QString *error)
{
    return m_modelPanel->importModelSchema(path, error);
}

void MainWindow::importModelSchemaInteractive()
{
    m_modelPanel->importModelSchemaInteractive();
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

void MainWindow::retryJob(Job *job)
{
    if (!job)
        return;
    QPointer<Job> guard(job);
    m_costGate->request({{job->request().model, job->request().values}}, tr("This run"),
                        job->outcome().mayHaveCharged, [this, guard] {
                            if (!guard)
                                return;
                            if (Job *again = m_session->retry(guard))
                                m_lastJob = again;
                        });
}

void MainWindow::onJobFinished(Job *job)
{
    if (job->state() == JobState::Done && !job->outcome().outputs.isEmpty()) {
        QPointer<Job> guard(job);
        m_session->images()->load(job->outcome().outputs.constFirst().filePath, JobsPanel::ThumbnailSide, this,
                                  [this, guard](const QImage &thumb, const QString &) {
                                      if (guard && !thumb.isNull())
                                          m_jobsPanel->setThumbnail(guard, thumb);
                                  });
    }
    if (m_comparer->isCompareJob(job))
        return; // its cell shows it

    // Field errors of the form's model go under their fields, too.
    const QList<FieldError> fieldErrors = m_results->showJobOutcome(job, m_modelPanel->form()->model());
    if (!fieldErrors.isEmpty())
        m_modelPanel->form()->setExternalErrors(fieldErrors);
}

// Results and comparison ---------------------------------------------------------------------

void MainWindow::saveResultInteractive()
{
    m_results->saveResultInteractive();
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
    // One intent: Compare starts from the form's prompt, seed, strength and aspect, and the
    // form gets Compare's back when it closes.
    m_intent->setCompareMode(on);
    m_results->setCompareMode(on);
    m_modelDock->setCompareMode(on);
    if (on) {
        m_compareSetup->setSketchPath(m_sketchSource);
        showComparePage();
    } else {
        m_results->setCurrentPage(m_results->shownResultIndex() >= 0 ? ResultsArea::Page::Result
                                                                     : ResultsArea::Page::Sketch);
    }
    updateActions();
}

void MainWindow::runComparison()
{
    m_comparer->run(m_sketchSource, m_results->sketchImage(m_sketchSource));
}

// History ------------------------------------------------------------------------------------

void MainWindow::reuseHistoryEntry(const HistoryEntry &entry)
{
    m_compareAction->setChecked(false);
    if (!m_modelPanel->reuseValues(entry.modelId, entry.inputs)) {
        showStatus(tr("The model %1 is not installed.").arg(entry.modelId));
        return;
    }
    m_modelDock->show();
    showStatus(tr("Parameters of %1 restored.").arg(entry.modelTitle));
}

// Settings -----------------------------------------------------------------------------------

void MainWindow::openSettings()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_session->settings(), m_session->keychain(),
                                              m_session->sessionStore(), m_session->network(), this);
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

