#include "mainwindow.h"

#include "forms/schemaform.h"
#include "panels/historypanel.h"
#include "panels/comparesetup.h"
#include "panels/jobspanel.h"
#include "widgets/appicons.h"
#include "widgets/beforeafterview.h"
#include "widgets/comparegrid.h"
#include "widgets/imagedropzone.h"
#include "widgets/imagemime.h"
#include "widgets/modelpicker.h"
#include "widgets/sketchcanvas.h"

#include "history/historystore.h"
#include "imaging/imageloader.h"
#include "imaging/resultwriter.h"
#include "jobs/job.h"
#include "jobs/jobqueue.h"
#include "presets/preset.h"
#include "schema/modelcatalog.h"
#include "secrets/secretstore.h"
#include "session/studiosession.h"
#include "settings/settings.h"

#if __has_include("panels/presetspanel.h")
#include "panels/presetspanel.h"
#define REIMAGINE_HAVE_PRESETS_PANEL 1
#endif
#if __has_include("dialogs/settingsdialog.h")
#include "dialogs/settingsdialog.h"
#define REIMAGINE_HAVE_SETTINGS_DIALOG 1
#endif

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {
constexpr int Spacing = 8;
constexpr int StatusTimeoutMs = 8000;
constexpr int MaxRecentFiles = 8;
constexpr int FilmstripThumb = 72;

const QString KeyGeometry = QStringLiteral("MainWindow/Geometry");
const QString KeyState = QStringLiteral("MainWindow/State");
const QString KeyLastModel = QStringLiteral("Models/Last");
const QString KeyFormPrefix = QStringLiteral("Forms/");
const QString KeyRecent = QStringLiteral("Files/Recent");
const QString KeyCompareModels = QStringLiteral("Compare/Models");

enum CentrePage { SketchPage = 0, ResultPage = 1, ComparePage = 2 };

QString formKey(const QString &modelId)
{
    return KeyFormPrefix + modelId;
}

bool isImageField(const ParameterSpec &spec)
{
    return spec.type == ParameterSpec::Type::Image || spec.type == ParameterSpec::Type::ImageList;
}

QIcon dotIcon(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour.darker(130), 1));
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pixmap);
}

// The main window's own "scroll area keeps its content's width" helper: the form never scrolls
// sideways, it wraps to the dock's width.
class FormScrollArea final : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;

    QSize sizeHint() const override
    {
        QSize hint = QScrollArea::sizeHint();
        if (widget())
            hint.setWidth(widget()->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width()
                          + 2 * frameWidth());
        return hint;
    }
};
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
    // Panels and the grid follow jobs of the session: let them go before an own session does.
    delete m_settingsDialog;
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

    m_settings = m_session->settings();

    createActions();
    createCentre();
    createModelDock();
    createSideDocks();
    createMenus();
    createStatusBar();

    connect(m_canvas, &SketchCanvas::openRequested, this, &MainWindow::openSketch);
    connect(m_canvas, &SketchCanvas::pasteRequested, this, &MainWindow::pasteSketch);
    connect(m_canvas, &SketchCanvas::sampleRequested, this, &MainWindow::loadSampleSketch);
    connect(m_canvas, &SketchCanvas::sourceDropped, this, &MainWindow::loadSketch);
    connect(m_canvas, &SketchCanvas::sketchChanged, this, &MainWindow::onCanvasSketchChanged);

    connect(m_form, &SchemaForm::valuesChanged, this, &MainWindow::onFormValuesChanged);
    connect(m_form, &SchemaForm::validityChanged, this, &MainWindow::updateGenerateButton);
    connect(m_modelPicker, &ModelPicker::currentModelChanged, this, &MainWindow::onModelChanged);
    if (m_catalog)
        connect(m_catalog, &ModelCatalog::modelsChanged, this, &MainWindow::reloadModelList);

    reloadModelList();
    restoreSettings();
    updateGenerateButton();
    updateCosts();
    updateResultActions();

    connectSession();
    // Jobs a killed app left behind reappear and finish without being submitted again.
    m_session->resumeUnfinished();
}

void MainWindow::createActions()
{
    m_openAction = new QAction(AppIcons::icon(QStringLiteral("folder-open")), tr("&Open Sketch…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a sketch image and use it as the structure reference"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openSketch);

    m_pasteAction = new QAction(AppIcons::icon(QStringLiteral("paste")), tr("&Paste Sketch"), this);
    m_pasteAction->setShortcut(QKeySequence::Paste);
    m_pasteAction->setStatusTip(tr("Use the image or link on the clipboard as the sketch"));
    connect(m_pasteAction, &QAction::triggered, this, &MainWindow::pasteSketch);

    m_importAction = new QAction(tr("&Import Model Schema…"), this);
    m_importAction->setStatusTip(tr("Add a model from a fal OpenAPI JSON document"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importModelSchemaInteractive);

    m_saveAction = new QAction(tr("&Save Result As…"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setStatusTip(tr("Save the shown result as PNG (with its parameters), JPEG or WebP"));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::saveResultInteractive);

    m_exportCompareAction = new QAction(tr("&Export Comparison…"), this);
    m_exportCompareAction->setStatusTip(tr("Save the comparison grid as one PNG with captions"));
    connect(m_exportCompareAction, &QAction::triggered, this, &MainWindow::exportComparisonInteractive);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setStatusTip(tr("Close Reimagine Studio"));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_resetFormAction = new QAction(AppIcons::icon(QStringLiteral("reset")), tr("&Reset Parameters"), this);
    m_resetFormAction->setStatusTip(tr("Put every parameter of the current model back to its default"));
    connect(m_resetFormAction, &QAction::triggered, this, [this]() { m_form->resetToDefaults(); });

    m_clearSketchAction = new QAction(AppIcons::icon(QStringLiteral("clear")), tr("&Clear Sketch"), this);
    m_clearSketchAction->setStatusTip(tr("Remove the sketch from the canvas and the form"));
    connect(m_clearSketchAction, &QAction::triggered, this, [this] { m_canvas->clear(); });

    m_copyParametersAction = new QAction(tr("Copy Parameters as &JSON"), this);
    m_copyParametersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    m_copyParametersAction->setStatusTip(tr("Copy the request parameters of the current model to the clipboard"));
    connect(m_copyParametersAction, &QAction::triggered, this, [this]() {
        QApplication::clipboard()->setText(QString::fromUtf8(
            QJsonDocument(m_form->values()).toJson(QJsonDocument::Indented)));
        statusBar()->showMessage(tr("Parameters copied."), StatusTimeoutMs);
    });

    m_settingsAction = new QAction(tr("Se&ttings…"), this);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setStatusTip(tr("API keys, concurrency and cost limits"));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    m_generateAction = new QAction(tr("&Generate"), this);
    m_generateAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return),
                                    QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_generateAction->setStatusTip(tr("Send the sketch and parameters to the selected model"));
    connect(m_generateAction, &QAction::triggered, this, [this] {
        if (m_compareMode)
            runComparison();
        else
            generate();
    });

    m_compareAction = new QAction(tr("&Compare Models"), this);
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_compareAction->setCheckable(true);
    m_compareAction->setStatusTip(tr("Run the same sketch and prompt on several models side by side"));
    connect(m_compareAction, &QAction::toggled, this, &MainWindow::setCompareMode);

    m_cancelAction = new QAction(tr("&Cancel Latest Job"), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setStatusTip(tr("Cancel the most recent job that is still running"));
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelLatestJob);

    m_findAction = new QAction(tr("&Search History"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setStatusTip(tr("Find earlier results by their prompt"));
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_sideDock->show();
        m_sideDock->raise();
        m_sideTabs->setCurrentWidget(m_historyPanel);
        m_historyPanel->focusSearch();
    });

    m_modeGroup = new QActionGroup(this);
    m_wipeAction = new QAction(tr("&Wipe"), m_modeGroup);
    m_wipeAction->setShortcut(QKeySequence(Qt::Key_1));
    m_wipeAction->setStatusTip(tr("Sketch on the left of a divider, result on the right"));
    m_sideBySideAction = new QAction(tr("&Side by Side"), m_modeGroup);
    m_sideBySideAction->setShortcut(QKeySequence(Qt::Key_2));
    m_sideBySideAction->setStatusTip(tr("Sketch and result next to each other, zoomed together"));
    m_blendAction = new QAction(tr("&Blend"), m_modeGroup);
    m_blendAction->setShortcut(QKeySequence(Qt::Key_3));
    m_blendAction->setStatusTip(tr("The result over the sketch with adjustable opacity"));
    for (QAction *action : m_modeGroup->actions()) {
        action->setCheckable(true);
        // Digits belong to the form's spin boxes: the view modes listen on the result page only.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    m_wipeAction->setChecked(true);
    connect(m_modeGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        if (action == m_wipeAction)
            m_beforeAfter->setMode(BeforeAfterView::Mode::Wipe);
        else if (action == m_sideBySideAction)
            m_beforeAfter->setMode(BeforeAfterView::Mode::SideBySide);
        else
            m_beforeAfter->setMode(BeforeAfterView::Mode::Blend);
    });

    m_fitAction = new QAction(tr("&Fit to Window"), this);
    m_fitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_fitAction->setStatusTip(tr("Show the whole result"));
    m_actualSizeAction = new QAction(tr("&Actual Size"), this);
    m_actualSizeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_actualSizeAction->setStatusTip(tr("One image pixel per screen pixel"));

    m_aboutAction = new QAction(tr("&About Reimagine Studio"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutAction->setStatusTip(tr("Version and licence of Reimagine Studio"));
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    m_aboutQtAction->setStatusTip(tr("The Qt version this build uses"));
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    for (QAction *action : {m_openAction, m_pasteAction, m_importAction, m_saveAction,
                            m_exportCompareAction, m_quitAction, m_resetFormAction,
                            m_clearSketchAction, m_copyParametersAction, m_settingsAction,
                            m_generateAction, m_compareAction, m_cancelAction, m_findAction,
                            m_wipeAction, m_sideBySideAction, m_blendAction, m_fitAction,
                            m_actualSizeAction, m_aboutAction, m_aboutQtAction}) {
        QString tip = action->statusTip();
        if (!action->shortcut().isEmpty())
            tip += QStringLiteral(" (") + action->shortcut().toString(QKeySequence::NativeText)
                + u')';
        action->setToolTip(tip);
        if (action->shortcutContext() == Qt::WindowShortcut)
            addAction(action); // shortcuts work while a dock has focus, too
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
    view->addActions(m_modeGroup->actions());
    view->addAction(m_fitAction);
    view->addAction(m_actualSizeAction);
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
    auto *panel = new QWidget(m_dockStack);
    panel->setObjectName(QStringLiteral("modelPanel"));
    m_modelPanel = panel;

    m_modelPicker = new ModelPicker(panel);
    m_modelPicker->setObjectName(QStringLiteral("modelPicker"));
    m_modelPicker->setToolTip(tr("The model that turns the sketch into an image"));
    m_modelPicker->setAccessibleName(tr("Model"));

    m_modelInfo = new QLabel(panel);
    m_modelInfo->setObjectName(QStringLiteral("modelInfo"));
    m_modelInfo->setWordWrap(true);
    m_modelInfo->setTextFormat(Qt::PlainText);
    QFont small = m_modelInfo->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_modelInfo->setFont(small);
    QPalette infoPalette = m_modelInfo->palette();
    QColor muted = infoPalette.color(QPalette::WindowText);
    muted.setAlphaF(0.65);
    infoPalette.setColor(QPalette::WindowText, muted);
    m_modelInfo->setPalette(infoPalette);

    m_form = new SchemaForm;
    auto *formHolder = new QWidget;
    formHolder->setObjectName(QStringLiteral("formHolder"));
    auto *holderLayout = new QVBoxLayout(formHolder);
    holderLayout->setContentsMargins(Spacing, Spacing, Spacing + Spacing / 2, Spacing);
    holderLayout->addWidget(m_form);

    m_formScroll = new FormScrollArea(panel);
    m_formScroll->setObjectName(QStringLiteral("formScroll"));
    m_formScroll->setWidgetResizable(true);
    m_formScroll->setFrameShape(QFrame::NoFrame);
    m_formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_formScroll->setWidget(formHolder);

    auto *line = new QFrame(panel);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    m_generateButton = new QPushButton(panel);
    m_generateButton->setObjectName(QStringLiteral("generateButton"));
    m_generateButton->setDefault(true);
    m_generateButton->setMinimumHeight(m_generateButton->sizeHint().height() + Spacing);
    QFont bold = m_generateButton->font();
    bold.setBold(true);
    m_generateButton->setFont(bold);
    connect(m_generateButton, &QPushButton::clicked, this, &MainWindow::generate);

    m_compareButton = new QPushButton(tr("Compare…"), panel);
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    m_compareButton->setToolTip(tr("Run the same sketch on several models side by side (%1)")
                                    .arg(m_compareAction->shortcut().toString(QKeySequence::NativeText)));
    m_compareButton->setMinimumHeight(m_generateButton->minimumHeight());
    connect(m_compareButton, &QPushButton::clicked, this, [this] { m_compareAction->setChecked(true); });

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(Spacing);
    buttons->addWidget(m_generateButton, 1);
    buttons->addWidget(m_compareButton);

    auto *top = new QVBoxLayout;
    top->setContentsMargins(Spacing, Spacing, Spacing, 0);
    top->setSpacing(Spacing / 2);
    top->addWidget(m_modelPicker);
    top->addWidget(m_modelInfo);

    auto *bottom = new QVBoxLayout;
    bottom->setContentsMargins(Spacing, 0, Spacing, Spacing);
    bottom->addLayout(buttons);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Spacing);
    layout->addLayout(top);
    layout->addWidget(m_formScroll, 1);
    layout->addWidget(line);
    layout->addLayout(bottom);

    m_compareSetup = new CompareSetup(m_dockStack);
    if (m_catalog)
        m_compareSetup->setModels(m_catalog->models());
    const QStringList remembered = QSettings().value(KeyCompareModels).toStringList();
    if (!remembered.isEmpty())
        m_compareSetup->setSelectedModelIds(remembered);
    connect(m_compareSetup, &CompareSetup::runRequested, this, &MainWindow::runComparison);

    m_dockStack->addWidget(panel);
    m_dockStack->addWidget(m_compareSetup);
    m_modelDock->setWidget(m_dockStack);
    addDockWidget(Qt::LeftDockWidgetArea, m_modelDock);
}

void MainWindow::createCentre()
{
    m_centre = new QWidget(this);
    m_centre->setObjectName(QStringLiteral("centre"));

    // The banner: a failed job says why, with one action, without blocking anything.
    m_banner = new QFrame(m_centre);
    m_banner->setObjectName(QStringLiteral("failureBanner"));
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    bannerPalette.setColor(QPalette::Window, dark ? QColor(0x5c, 0x2a, 0x26) : QColor(0xfd, 0xec, 0xea));
    bannerPalette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xdd, 0xd8) : QColor(0x7a, 0x1f, 0x16));
    m_banner->setPalette(bannerPalette);
    m_bannerLabel = new QLabel(m_banner);
    m_bannerLabel->setObjectName(QStringLiteral("bannerText"));
    m_bannerLabel->setWordWrap(true);
    m_bannerLabel->setTextFormat(Qt::PlainText);
    m_bannerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bannerAction = new QPushButton(m_banner);
    m_bannerAction->setObjectName(QStringLiteral("bannerAction"));
    auto *bannerClose = new QToolButton(m_banner);
    bannerClose->setObjectName(QStringLiteral("bannerClose"));
    bannerClose->setAutoRaise(true);
    bannerClose->setIcon(AppIcons::icon(QStringLiteral("clear")));
    bannerClose->setToolTip(tr("Dismiss"));
    bannerClose->setAccessibleName(tr("Dismiss"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(Spacing * 2, Spacing, Spacing, Spacing);
    bannerLayout->setSpacing(Spacing);
    bannerLayout->addWidget(m_bannerLabel, 1);
    bannerLayout->addWidget(m_bannerAction);
    bannerLayout->addWidget(bannerClose);
    m_banner->hide();
    connect(bannerClose, &QToolButton::clicked, this, &MainWindow::hideBanner);
    connect(m_bannerAction, &QPushButton::clicked, this, [this] {
        const BannerAction kind = m_bannerKind;
        const QPointer<Job> job = m_bannerJob;
        const QString field = m_bannerField;
        hideBanner();
        switch (kind) {
        case BannerAction::Retry:
            if (job) {
                if (Job *again = m_session->retry(job))
                    m_lastJob = again;
            }
            break;
        case BannerAction::OpenSettings:
            openSettings();
            break;
        case BannerAction::FixField:
            m_compareAction->setChecked(false);
            m_modelDock->show();
            m_form->revealErrors();
            if (QWidget *editor = m_form->editorFor(field)) {
                m_formScroll->ensureWidgetVisible(editor);
                editor->setFocus(Qt::OtherFocusReason);
            }
            break;
        case BannerAction::None:
            break;
        }
    });

    m_centreStack = new QStackedWidget(m_centre);
    m_centreStack->setObjectName(QStringLiteral("centreStack"));

    m_canvas = new SketchCanvas(m_centreStack);

    // Results: before/after view, its controls and a filmstrip.
    m_resultPage = new QWidget(m_centreStack);
    m_resultPage->setObjectName(QStringLiteral("resultPage"));
    m_resultPage->addActions(m_modeGroup->actions());

    m_backToGridButton = new QToolButton(m_resultPage);
    m_backToGridButton->setObjectName(QStringLiteral("backToGridButton"));
    m_backToGridButton->setText(tr("‹ Back to Grid"));
    m_backToGridButton->setToolTip(tr("Return to the comparison grid"));
    m_backToGridButton->setAutoRaise(true);
    connect(m_backToGridButton, &QToolButton::clicked, this, &MainWindow::showComparePage);

    m_backToSketchButton = new QToolButton(m_resultPage);
    m_backToSketchButton->setObjectName(QStringLiteral("backToSketchButton"));
    m_backToSketchButton->setText(tr("‹ Sketch"));
    m_backToSketchButton->setToolTip(tr("Show the sketch alone (drop another one there)"));
    m_backToSketchButton->setAutoRaise(true);
    connect(m_backToSketchButton, &QToolButton::clicked, this,
            [this] { m_centreStack->setCurrentIndex(SketchPage); updateResultActions(); });

    m_resultCaption = new QLabel(m_resultPage);
    m_resultCaption->setObjectName(QStringLiteral("resultCaption"));
    m_resultCaption->setTextFormat(Qt::PlainText);
    m_resultCaption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_resultCaption->setMinimumWidth(0);

    auto *toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(Spacing, Spacing, Spacing, 0);
    toolbar->setSpacing(Spacing / 2);
    toolbar->addWidget(m_backToGridButton);
    toolbar->addWidget(m_backToSketchButton);
    toolbar->addSpacing(Spacing);
    toolbar->addWidget(m_resultCaption, 1);
    auto addToolButton = [&](QAction *action, const QString &text, const QString &name) {
        auto *button = new QToolButton(m_resultPage);
        button->setObjectName(name);
        action->setIconText(text); // short label; the menu keeps the full text
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        toolbar->addWidget(button);
        return button;
    };
    addToolButton(m_wipeAction, tr("Wipe"), QStringLiteral("wipeButton"));
    addToolButton(m_sideBySideAction, tr("Side by side"), QStringLiteral("sideBySideButton"));
    addToolButton(m_blendAction, tr("Blend"), QStringLiteral("blendButton"));
    toolbar->addSpacing(Spacing);
    addToolButton(m_fitAction, tr("Fit"), QStringLiteral("fitButton"));
    addToolButton(m_actualSizeAction, tr("100 %"), QStringLiteral("actualSizeButton"));

    m_beforeAfter = new BeforeAfterView(m_resultPage);
    m_beforeAfter->setObjectName(QStringLiteral("beforeAfterView"));
    connect(m_fitAction, &QAction::triggered, m_beforeAfter, &BeforeAfterView::fitToWindow);
    connect(m_actualSizeAction, &QAction::triggered, m_beforeAfter, &BeforeAfterView::actualSize);
    connect(m_beforeAfter, &BeforeAfterView::modeChanged, this, [this](BeforeAfterView::Mode mode) {
        QAction *action = mode == BeforeAfterView::Mode::Wipe         ? m_wipeAction
                          : mode == BeforeAfterView::Mode::SideBySide ? m_sideBySideAction
                                                                      : m_blendAction;
        action->setChecked(true);
    });

    m_filmstrip = new QListWidget(m_resultPage);
    m_filmstrip->setObjectName(QStringLiteral("filmstrip"));
    m_filmstrip->setViewMode(QListView::IconMode);
    m_filmstrip->setFlow(QListView::LeftToRight);
    m_filmstrip->setWrapping(false);
    m_filmstrip->setMovement(QListView::Static);
    m_filmstrip->setIconSize(QSize(FilmstripThumb, FilmstripThumb));
    m_filmstrip->setSpacing(Spacing / 2);
    m_filmstrip->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_filmstrip->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_filmstrip->setFixedHeight(FilmstripThumb + 2 * Spacing + m_filmstrip->horizontalScrollBar()->sizeHint().height());
    m_filmstrip->setAccessibleName(tr("Results"));
    m_filmstrip->hide();
    connect(m_filmstrip, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showResult(m_filmstrip->item(row)->data(Qt::UserRole).toInt());
    });

    auto *resultLayout = new QVBoxLayout(m_resultPage);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->setSpacing(Spacing / 2);
    resultLayout->addLayout(toolbar);
    resultLayout->addWidget(m_beforeAfter, 1);
    resultLayout->addWidget(m_filmstrip);

    m_compareGrid = new CompareGrid(m_centreStack);
    m_compareGrid->setObjectName(QStringLiteral("compareGrid"));
    connect(m_compareGrid, &CompareGrid::openRequested, this, &MainWindow::openCompareCell);
    connect(m_compareGrid, &CompareGrid::saveRequested, this, &MainWindow::saveCompareCell);
    connect(m_compareGrid, &CompareGrid::winnerChanged, this, &MainWindow::onCompareWinner);

    m_centreStack->insertWidget(SketchPage, m_canvas);
    m_centreStack->insertWidget(ResultPage, m_resultPage);
    m_centreStack->insertWidget(ComparePage, m_compareGrid);
    m_centreStack->setCurrentIndex(SketchPage);

    auto *centreLayout = new QVBoxLayout(m_centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_banner);
    centreLayout->addWidget(m_centreStack, 1);
    setCentralWidget(m_centre);
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
    connect(m_historyPanel, &HistoryPanel::openRequested, this, &MainWindow::openHistoryEntry);
    connect(m_historyPanel, &HistoryPanel::useAsSketchRequested, this, &MainWindow::loadSketch);
    connect(m_historyPanel, &HistoryPanel::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusTimeoutMs); });

#ifdef REIMAGINE_HAVE_PRESETS_PANEL
    m_presetStore = new PresetStore(QDir(m_session->dataDir()).filePath(QStringLiteral("presets")), this);
    m_presetsPanel = new PresetsPanel(m_presetStore, m_sideTabs);
    m_presetsPanel->setObjectName(QStringLiteral("presetsPanel"));
    m_sideTabs->addTab(m_presetsPanel, tr("Presets"));
    m_presetsPanel->setCurrentValuesProvider([this](const QString &name) {
        Preset preset;
        preset.name = name;
        QJsonObject values = m_form->values();
        for (const ParameterSpec &spec : m_form->model().fields) {
            if (isImageField(spec))
                values.remove(spec.name);
        }
        preset.modelValues.insert(m_form->model().id, values);
        return preset;
    });
    connect(m_presetsPanel, &PresetsPanel::loadRequested, this, [this](const Preset &preset) {
        const ModelSpec &model = m_form->model();
        QString prompt;
        if (const ParameterSpec *field = model.fieldForRole(QStringLiteral("prompt")))
            prompt = m_form->fieldValue(field->name).toString();
        const QJsonObject values = preset.applyTo(model, m_form->values(), prompt);
        m_form->setValues(values);
        statusBar()->showMessage(tr("Preset “%1” loaded.").arg(preset.name), StatusTimeoutMs);
    });
#endif
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
    connect(m_jobsPanel, &JobsPanel::cancelRequested, this, [this](Job *job) {
        statusBar()->showMessage(tr("Cancelling %1…").arg(job->request().model.title), StatusTimeoutMs);
    });
    connect(m_jobsPanel, &JobsPanel::openRequested, this, [this](Job *job) {
        for (int i = static_cast<int>(m_results.size()) - 1; i >= 0; --i) {
            if (m_results.at(i).job == job) {
                showResult(i);
                return;
            }
        }
    });
}

void MainWindow::createStatusBar()
{
    m_costLabel = new QLabel(statusBar());
    m_costLabel->setObjectName(QStringLiteral("sessionCostLabel"));
    m_costLabel->setToolTip(tr("What the runs since the app started cost"));
    m_todayLabel = new QLabel(statusBar());
    m_todayLabel->setObjectName(QStringLiteral("todayCostLabel"));
    m_todayLabel->setToolTip(tr("What today's runs cost, including earlier sessions"));

    statusBar()->addPermanentWidget(m_costLabel);
    auto *dot = new QLabel(QStringLiteral("·"), statusBar());
    statusBar()->addPermanentWidget(dot);
    statusBar()->addPermanentWidget(m_todayLabel);
    auto *separator = new QFrame(statusBar());
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    statusBar()->addPermanentWidget(separator);

    for (const QString &provider : m_session->providers()) {
        auto *button = new QToolButton(statusBar());
        button->setObjectName(QStringLiteral("providerStatus_") + provider);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setText(ModelPicker::providerName(provider));
        button->setIconSize(QSize(12, 12));
        connect(button, &QToolButton::clicked, this, &MainWindow::openSettings);
        statusBar()->addPermanentWidget(button);
        m_providerButtons.insert(provider, button);
        updateProviderStatus(provider, m_session->providerStatus(provider));
    }
}

void MainWindow::connectSession()
{
    connect(m_session, &StudioSession::jobAdded, this, &MainWindow::onJobAdded);
    connect(m_session, &StudioSession::jobFinished, this, &MainWindow::onJobFinished);
    connect(m_session, &StudioSession::costsChanged, this, &MainWindow::updateCosts);
    connect(m_session, &StudioSession::providerStatusChanged, this, &MainWindow::updateProviderStatus);
    connect(m_session, &StudioSession::warning, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusTimeoutMs); });
    connect(m_session, &StudioSession::keyMissing, this, [this](const QString &provider) {
        showBanner(tr("No API key for %1. %2")
                       .arg(ModelPicker::providerName(provider), StudioSession::keyHint(provider)),
                   BannerAction::OpenSettings);
    });
    // Jobs that exist already (a shared session) are listed too.
    for (Job *job : m_session->jobs())
        onJobAdded(job);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    const QByteArray geometry = settings.value(KeyGeometry).toByteArray();
    const bool restored = !geometry.isEmpty() && restoreGeometry(geometry);
    if (!restored)
        resize(1280, 800);
    if (!restoreState(settings.value(KeyState).toByteArray())) {
        m_fitDockOnShow = true;
        resizeDocks({m_jobsDock}, {170}, Qt::Vertical);
    }

    const QString last = settings.value(KeyLastModel).toString();
    if (!last.isEmpty())
        selectModel(last);
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(KeyGeometry, saveGeometry());
    settings.setValue(KeyState, saveState());
    if (!m_currentModelId.isEmpty())
        settings.setValue(KeyLastModel, m_currentModelId);
    settings.setValue(KeyCompareModels, m_compareSetup->selectedModelIds());
    saveFormValues();
}

void MainWindow::reloadModelList()
{
    if (!m_catalog)
        return;
    m_modelPicker->setModels(m_catalog->models());
    if (m_compareSetup)
        m_compareSetup->setModels(m_catalog->models());
    // setModels only signals a change of model; the first fill must build the form too.
    if (m_currentModelId != m_modelPicker->currentModelId())
        onModelChanged(m_modelPicker->currentModelId());
}

bool MainWindow::selectModel(const QString &id)
{
    if (!m_modelPicker->setCurrentModelId(id))
        return false;
    if (m_currentModelId != id)
        onModelChanged(id);
    return true;
}

void MainWindow::onModelChanged(const QString &id)
{
    if (id == m_currentModelId)
        return;
    saveFormValues();
    m_currentModelId = id;
    const ModelSpec *model = m_catalog ? m_catalog->model(id) : nullptr;
    // The new form starts without the sketch; it must not clear the canvas meanwhile.
    m_syncingSketch = true;
    m_form->setModel(model ? *model : ModelSpec());
    restoreFormValues();
    const QString field = structureFieldName();
    if (!m_sketchSource.isEmpty() && !field.isEmpty())
        m_form->setFieldValue(field, m_sketchSource);
    m_syncingSketch = false;
    m_formScroll->verticalScrollBar()->setValue(0);
    updateModelInfo();
    updateGenerateButton();
    if (!id.isEmpty())
        QSettings().setValue(KeyLastModel, id);
}

void MainWindow::saveFormValues()
{
    if (m_currentModelId.isEmpty() || m_form->model().id != m_currentModelId)
        return;
    // Images are per session (and may be temporary files); only the settings are remembered.
    QJsonObject values = m_form->values();
    for (const ParameterSpec &spec : m_form->model().fields) {
        if (isImageField(spec))
            values.remove(spec.name);
    }
    QSettings().setValue(formKey(m_currentModelId),
                         QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact)));
}

void MainWindow::restoreFormValues()
{
    const QString json = QSettings().value(formKey(m_currentModelId)).toString();
    if (json.isEmpty())
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (doc.isObject())
        m_form->setValues(doc.object());
}

QString MainWindow::structureFieldName() const
{
    const ParameterSpec *spec = m_form->model().fieldForRole(QStringLiteral("structure_image"));
    return spec ? spec->name : QString();
}

bool MainWindow::loadSketch(const QString &source)
{
    if (!m_canvas->setSketch(source)) {
        statusBar()->showMessage(m_canvas->errorText(), StatusTimeoutMs);
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
        m_centreStack->setCurrentIndex(SketchPage);
    updateResultActions();
    const QString field = structureFieldName();
    statusBar()->showMessage(
        field.isEmpty() ? tr("Sketch loaded. This model takes no structure image.")
                        : tr("Sketch loaded as “%1”.")
                              .arg(m_form->model().field(field)->title),
        StatusTimeoutMs);
    return true;
}

bool MainWindow::loadSampleSketch()
{
    const QString resource = QStringLiteral(":/samples/sample-sketch.png");
    if (!QFile::exists(resource)) {
        statusBar()->showMessage(tr("The sample sketch is missing from this build."), StatusTimeoutMs);
        return false;
    }
    // Providers need a real file to upload: keep a copy in the cache dir.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
        + QStringLiteral("/samples");
    const QString path = dir + QStringLiteral("/sample-sketch.png");
    QFile resourceFile(resource);
    if (!QFileInfo::exists(path) || QFileInfo(path).size() != resourceFile.size()) {
        QDir().mkpath(dir);
        QFile::remove(path);
        if (!resourceFile.copy(path)) {
            statusBar()->showMessage(tr("Cannot copy the sample sketch to %1.")
                                         .arg(QDir::toNativeSeparators(dir)),
                                     StatusTimeoutMs);
            return false;
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                        | QFile::ReadOther);
    }
    return loadSketch(path);
}

void MainWindow::onCanvasSketchChanged(const QString &source)
{
    m_sketchSource = source;
    m_clearSketchAction->setEnabled(!source.isEmpty());
    m_compareSetup->setSketchPath(source);
    decodeSketch(source);
    const QString field = structureFieldName();
    if (field.isEmpty() || m_syncingSketch)
        return;
    m_syncingSketch = true;
    m_form->setFieldValue(field, source.isEmpty() ? QJsonValue(QJsonValue::Undefined)
                                                  : QJsonValue(source));
    m_syncingSketch = false;
}

void MainWindow::decodeSketch(const QString &path)
{
    if (path.isEmpty() || ImageMime::isRemote(path) || m_sketchImages.contains(path))
        return;
    m_sketchImages.insert(path, QImage()); // decoding
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QImage image = watcher->result();
        m_sketchImages.insert(path, image);
        if (!image.isNull() && image.height() > 0 && path == m_sketchSource)
            m_compareGrid->setAspectRatio(double(image.width()) / image.height());
        if (m_shownResult >= 0 && m_shownResult < m_results.size()
            && m_results.at(m_shownResult).sketchPath == path)
            m_beforeAfter->setBefore(image);
    });
    watcher->setFuture(QtConcurrent::run([path] { return ImageLoader::loadFile(path).image; }));
}

QImage MainWindow::sketchImageFor(const QString &path) const
{
    return m_sketchImages.value(path);
}

void MainWindow::onFormValuesChanged()
{
    updateGenerateButton();
    // An image dropped straight onto the structure field becomes the canvas sketch too.
    const QString field = structureFieldName();
    if (field.isEmpty() || m_syncingSketch)
        return;
    const QString value = m_form->fieldValue(field).toString();
    if (value == m_sketchSource)
        return;
    m_syncingSketch = true;
    if (value.isEmpty())
        m_canvas->clear();
    else
        m_canvas->setSketch(value);
    m_syncingSketch = false;
    m_sketchSource = value;
    m_compareSetup->setSketchPath(value);
    decodeSketch(value);
}

void MainWindow::updateGenerateButton()
{
    const ModelSpec &model = m_form->model();
    const std::optional<double> cost = StudioSession::estimateCost(model, m_form->values());
    int images = 1;
    if (const ParameterSpec *count = model.fieldForRole(QStringLiteral("num_images")))
        images = qMax(1, m_form->fieldValue(count->name).toInt(1));
    // "Ctrl+Enter" reads better than "Ctrl+Return"; both keys work.
    const QString shortcut = QKeySequence(Qt::CTRL | Qt::Key_Enter).toString(QKeySequence::NativeText);
    const QString costText = cost ? ModelPicker::formatUsd(*cost) : tr("price unknown");
    m_generateButton->setText(tr("Generate · %1").arg(costText) + QStringLiteral("    ") + shortcut);

    const bool hasModel = !model.id.isEmpty();
    const QList<FieldError> errors = hasModel ? m_form->errors() : QList<FieldError>();
    const bool ready = hasModel && errors.isEmpty();
    // The button says when fields are wrong; Ctrl+Enter still works and shows what to fix.
    m_generateButton->setEnabled(ready);
    m_generateAction->setEnabled(hasModel || m_compareMode);
    if (!hasModel) {
        m_generateButton->setToolTip(tr("Choose a model first"));
    } else if (!ready) {
        QStringList fields;
        for (const FieldError &error : errors) {
            const ParameterSpec *spec = model.field(error.field);
            const QString title = spec ? spec->title : error.message;
            if (!fields.contains(title))
                fields.append(title);
        }
        m_generateButton->setToolTip(tr("Fix these fields first: %1").arg(fields.join(QStringLiteral(", "))));
    } else {
        m_generateButton->setToolTip(
            (images > 1 ? tr("Generate %1 images with %2 (%3)").arg(images).arg(model.title, shortcut)
                        : tr("Generate one image with %1 (%2)").arg(model.title, shortcut))
            + (cost ? QString() : QStringLiteral("\n") + tr("The price of this model is unknown.")));
    }
    m_generateButton->setProperty("ready", ready);
}

void MainWindow::updateModelInfo()
{
    const ModelSpec &model = m_form->model();
    if (model.id.isEmpty()) {
        m_modelInfo->setText(tr("No model available."));
        return;
    }
    // The first sentence is enough here; the whole description is in the tooltip.
    QString text = model.description.simplified();
    const qsizetype sentenceEnd = text.indexOf(QLatin1String(". "));
    if (sentenceEnd > 0)
        text = text.left(sentenceEnd + 1);
    const int maxChars = 150;
    if (text.size() > maxChars)
        text = text.left(maxChars).section(u' ', 0, -2) + QStringLiteral("…");
    m_modelInfo->setText(text);
    m_modelInfo->setToolTip(model.description + (model.warnings.isEmpty()
                                                     ? QString()
                                                     : QStringLiteral("\n\n") + model.warnings.join(u'\n')));
    m_modelInfo->setVisible(!text.isEmpty());
}

void MainWindow::updateCosts()
{
    m_costLabel->setText(tr("Session %1").arg(ModelPicker::formatUsd(m_session->sessionCost())));
    m_todayLabel->setText(tr("Today %1").arg(ModelPicker::formatUsd(m_session->todayCost())));
}

void MainWindow::updateProviderStatus(const QString &provider, int status)
{
    QToolButton *button = m_providerButtons.value(provider);
    if (!button)
        return;
    QColor colour;
    QString tip;
    const QString name = ModelPicker::providerName(provider);
    switch (status) {
    case StudioSession::Ok:
        colour = QColor(0x2e, 0xa0, 0x43);
        tip = tr("%1: key present, the last call worked. Click for settings.").arg(name);
        break;
    case StudioSession::Failing:
        colour = QColor(0xd0, 0x3a, 0x2f);
        tip = tr("%1: the last call failed. Click for settings.").arg(name);
        break;
    default:
        colour = palette().color(QPalette::WindowText);
        colour.setAlphaF(0.3);
        tip = tr("%1: no API key. Click to add one.").arg(name);
        break;
    }
    button->setIcon(dotIcon(colour));
    button->setToolTip(tip);
    button->setAccessibleDescription(tip);
    button->setProperty("status", status);
}

void MainWindow::openSketch()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Sketch"),
                                                      ImageDropZone::lastFolder(),
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
            statusBar()->showMessage(error, StatusTimeoutMs);
        else
            loadSketch(path);
        return;
    }
    statusBar()->showMessage(tr("The clipboard holds no image or image link."), StatusTimeoutMs);
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
    reloadModelList();
    selectModel(id);
    statusBar()->showMessage(tr("Model “%1” imported.").arg(m_form->model().title), StatusTimeoutMs);
    return true;
}

void MainWindow::importModelSchemaInteractive()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Model Schema"), ImageDropZone::lastFolder(),
        tr("OpenAPI JSON (*.json)") + QStringLiteral(";;") + tr("All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!importModelSchema(path, &error))
        showWarning(tr("Import Model Schema"),
                    tr("Cannot import %1.").arg(QFileInfo(path).fileName()) + QStringLiteral("\n\n")
                        + error);
}

// Generating ---------------------------------------------------------------------------------

void MainWindow::generate()
{
    const ModelSpec &model = m_form->model();
    if (model.id.isEmpty())
        return;
    m_form->revealErrors();
    const QList<FieldError> errors = m_form->errors();
    if (!errors.isEmpty()) {
        m_modelDock->show();
        for (const FieldError &error : errors) {
            if (QWidget *editor = m_form->editorFor(error.field)) {
                m_formScroll->ensureWidgetVisible(editor);
                editor->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        statusBar()->showMessage(tr("Fix the marked fields first."), StatusTimeoutMs);
        return;
    }
    const QJsonObject values = m_form->values();
    const std::optional<double> cost = StudioSession::estimateCost(model, values);
    const double confirmAbove = m_settings->confirmAboveUsd();
    if (cost && m_settings->needsCostConfirmation(*cost)) {
        // A cost confirmation is one of the two kinds of modal dialogs (no nested event loop).
        auto *box = new QMessageBox(QMessageBox::Question, tr("Confirm Cost"),
                                    tr("This run costs about %1, more than your limit of %2. Run it?")
                                        .arg(ModelPicker::formatUsd(*cost), ModelPicker::formatUsd(confirmAbove)),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("costConfirmation"));
        box->button(QMessageBox::Yes)->setText(tr("Run for %1").arg(ModelPicker::formatUsd(*cost)));
        box->setDefaultButton(QMessageBox::Cancel);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this, box, values](int) {
            if (box->clickedButton() == box->button(QMessageBox::Yes))
                submitGenerate(values);
        });
        box->open();
        return;
    }
    submitGenerate(values);
}

void MainWindow::submitGenerate(const QJsonObject &values)
{
    QString error;
    Job *job = m_session->generate(m_form->model(), values, m_sketchSource, &error);
    if (!job) {
        showBanner(error, BannerAction::None);
        return;
    }
    hideBanner();
    m_lastJob = job;
    m_form->prepareNextRun();
    statusBar()->showMessage(tr("Sent to %1.").arg(m_form->model().title), StatusTimeoutMs);
}

void MainWindow::cancelLatestJob()
{
    if (m_lastJob && !isTerminal(m_lastJob->state())) {
        m_lastJob->cancel();
        return;
    }
    if (!m_session->cancelLatest())
        statusBar()->showMessage(tr("No job is running."), StatusTimeoutMs);
}

void MainWindow::onJobAdded(Job *job)
{
    m_jobsPanel->addJob(job);
    connect(job, &Job::stateChanged, this, [this, job] { onJobStateChanged(job); });
    connect(job, &Job::queuePositionChanged, this, [this, job] { onJobStateChanged(job); });
}

void MainWindow::onJobStateChanged(Job *job)
{
    for (auto it = m_compareJobs.constBegin(); it != m_compareJobs.constEnd(); ++it) {
        if (it.value() == job && !isTerminal(job->state()))
            m_compareGrid->setCellState(it.key(), JobListModel::stateText(job), JobListModel::progressFor(job));
    }
}

void MainWindow::onJobFinished(Job *job)
{
    const QList<QImage> images = m_session->results(job);
    if (!images.isEmpty())
        m_jobsPanel->setThumbnail(job, images.constFirst());

    QString compareKey;
    for (auto it = m_compareJobs.constBegin(); it != m_compareJobs.constEnd(); ++it) {
        if (it.value() == job)
            compareKey = it.key();
    }
    if (!compareKey.isEmpty()) {
        if (job->state() == JobState::Done && !images.isEmpty()) {
            std::optional<double> cost = job->outcome().costUsd;
            if (!cost)
                cost = StudioSession::estimateCost(job->request().model, job->request().values);
            std::optional<qint64> seed = job->outcome().seed;
            if (!seed) {
                const ParameterSpec *field = job->request().model.fieldForRole(QStringLiteral("seed"));
                if (field && job->request().values.value(field->name).isDouble())
                    seed = job->request().values.value(field->name).toInteger();
            }
            m_compareGrid->setCellResult(compareKey, images.constFirst(), job->elapsedMs(), cost, seed);
        } else {
            m_compareGrid->setCellError(compareKey, JobListModel::stateText(job));
        }
        if (job->state() == JobState::Done)
            addResults(job);
        if (compareKey == m_compareGrid->winner())
            onCompareWinner(compareKey);
        return;
    }

    switch (job->state()) {
    case JobState::Done:
        addResults(job);
        if (!m_compareMode && !m_results.isEmpty())
            showResult(static_cast<int>(m_results.size()) - 1 - (static_cast<int>(images.size()) - 1));
        statusBar()->showMessage(tr("%1 finished in %2.")
                                     .arg(job->request().model.title, JobListModel::elapsedText(job->elapsedMs())),
                                 StatusTimeoutMs);
        break;
    case JobState::Failed:
    case JobState::Interrupted: {
        const JobOutcome &outcome = job->outcome();
        const QString title = job->request().model.title;
        QString reason = outcome.message.isEmpty() ? JobListModel::stateText(job) : outcome.message;
        if (outcome.error == ApiResult::Error::Auth) {
            showBanner(tr("%1 failed: %2").arg(title, reason), BannerAction::OpenSettings, job);
        } else if (!outcome.fieldErrors.isEmpty() && job->request().model.id == m_form->model().id) {
            // The provider named fields: say which, and offer to go there.
            QStringList details;
            QString firstField;
            for (const ApiFieldError &error : outcome.fieldErrors) {
                const QString name = error.field.section(u'.', 0, 0);
                const ParameterSpec *spec = m_form->model().field(name);
                if (spec && firstField.isEmpty())
                    firstField = name;
                details.append((spec ? spec->title : error.field) + QStringLiteral(": ") + error.message);
            }
            reason = details.join(QStringLiteral("; "));
            showBanner(tr("%1 refused the request: %2").arg(title, reason),
                       firstField.isEmpty() ? BannerAction::Retry : BannerAction::FixField, job, firstField);
        } else if (job->state() == JobState::Interrupted) {
            showBanner(tr("%1: %2").arg(title, reason), BannerAction::None, job);
        } else {
            showBanner(tr("%1 failed: %2").arg(title, reason), BannerAction::Retry, job);
        }
        break;
    }
    case JobState::Cancelled:
        statusBar()->showMessage(tr("%1 was cancelled.").arg(job->request().model.title), StatusTimeoutMs);
        break;
    default:
        break;
    }
}

void MainWindow::addResults(Job *job)
{
    const QList<QImage> images = m_session->results(job);
    const QString sketch = job->context().value(QLatin1String("sketch")).toString();
    decodeSketch(sketch);
    for (int i = 0; i < images.size(); ++i) {
        Result result;
        result.job = job;
        result.jobId = job->id();
        result.index = i;
        result.image = images.at(i);
        result.sketchPath = sketch;
        result.historyId = m_session->historyId(job);
        m_results.append(result);
    }
    refreshFilmstrip();
}

void MainWindow::refreshFilmstrip()
{
    const QSignalBlocker blocker(m_filmstrip);
    m_filmstrip->clear();
    for (int i = 0; i < m_results.size(); ++i) {
        const Result &result = m_results.at(i);
        auto *item = new QListWidgetItem(m_filmstrip);
        item->setData(Qt::UserRole, i);
        const QImage thumb = result.image.scaled(FilmstripThumb, FilmstripThumb, Qt::KeepAspectRatio,
                                                 Qt::SmoothTransformation);
        item->setIcon(QIcon(QPixmap::fromImage(thumb)));
        const QString title = result.job ? result.job->request().model.title : tr("History");
        item->setToolTip(tr("%1, result %2").arg(title).arg(result.index + 1));
        if (i == m_shownResult)
            m_filmstrip->setCurrentItem(item);
    }
    m_filmstrip->setVisible(m_results.size() > 1);
}

void MainWindow::showResult(int index)
{
    if (index < 0 || index >= m_results.size())
        return;
    m_shownResult = index;
    const Result &result = m_results.at(index);
    m_beforeAfter->setAfter(result.image);
    const QImage sketch = sketchImageFor(result.sketchPath);
    if (!sketch.isNull())
        m_beforeAfter->setBefore(sketch);
    else if (result.sketchPath.isEmpty())
        m_beforeAfter->setBefore(QImage());
    m_beforeAfter->fitToWindow();
    QString caption;
    if (result.job) {
        caption = tr("%1 · %2 · %3 px")
                      .arg(result.job->request().model.title, JobListModel::elapsedText(result.job->elapsedMs()))
                      .arg(QStringLiteral("%1×%2").arg(result.image.width()).arg(result.image.height()));
    } else {
        caption = tr("From the history · %1×%2 px").arg(result.image.width()).arg(result.image.height());
    }
    m_resultCaption->setText(caption);
    {
        const QSignalBlocker blocker(m_filmstrip);
        for (int row = 0; row < m_filmstrip->count(); ++row) {
            if (m_filmstrip->item(row)->data(Qt::UserRole).toInt() == index)
                m_filmstrip->setCurrentRow(row);
        }
    }
    m_filmstrip->setVisible(m_results.size() > 1);
    showResultsPage();
}

void MainWindow::showResultsPage()
{
    m_centreStack->setCurrentIndex(ResultPage);
    updateResultActions();
}

void MainWindow::showComparePage()
{
    m_centreStack->setCurrentIndex(ComparePage);
    updateResultActions();
}

void MainWindow::updateResultActions()
{
    const bool onResult = m_centreStack->currentIndex() == ResultPage && m_shownResult >= 0;
    m_saveAction->setEnabled(onResult);
    m_fitAction->setEnabled(onResult);
    m_actualSizeAction->setEnabled(onResult);
    m_exportCompareAction->setEnabled(m_compareGrid->cellCount() > 0);
    m_backToGridButton->setVisible(m_compareGrid->cellCount() > 0);
    m_backToSketchButton->setVisible(m_compareGrid->cellCount() == 0 || !m_compareMode);
}

Job *MainWindow::shownJob() const
{
    return m_shownResult >= 0 && m_shownResult < m_results.size() ? m_results.at(m_shownResult).job.data()
                                                                   : nullptr;
}

// Banner -------------------------------------------------------------------------------------

void MainWindow::showBanner(const QString &text, BannerAction action, Job *job, const QString &field)
{
    m_bannerLabel->setText(text);
    m_bannerKind = action;
    m_bannerJob = job;
    m_bannerField = field;
    switch (action) {
    case BannerAction::Retry:
        m_bannerAction->setText(tr("Retry"));
        break;
    case BannerAction::OpenSettings:
        m_bannerAction->setText(tr("Open Settings"));
        break;
    case BannerAction::FixField:
        m_bannerAction->setText(tr("Fix Field"));
        break;
    case BannerAction::None:
        break;
    }
    m_bannerAction->setVisible(action != BannerAction::None);
    m_banner->show();
}

void MainWindow::hideBanner()
{
    m_banner->hide();
    m_bannerLabel->clear();
    m_bannerKind = BannerAction::None;
    m_bannerJob = nullptr;
    m_bannerField.clear();
}

QString MainWindow::bannerText() const
{
    return m_banner->isVisibleTo(const_cast<MainWindow *>(this)) ? m_bannerLabel->text() : QString();
}

// Saving -------------------------------------------------------------------------------------

bool MainWindow::saveShownResult(const QString &path)
{
    if (m_shownResult < 0 || m_shownResult >= m_results.size())
        return false;
    const Result result = m_results.at(m_shownResult);
    OutputImage output;
    GenerationInfo info;
    if (result.job && result.index < result.job->outcome().outputs.size()) {
        const Job *job = result.job;
        output = job->outcome().outputs.at(result.index);
        info.provider = job->request().model.provider;
        info.model = job->request().model.id;
        info.endpoint = job->request().model.endpoint;
        info.requestId = job->outcome().requestId;
        info.seed = job->outcome().seed;
        info.costUsd = job->outcome().costUsd;
        info.elapsedMs = job->elapsedMs();
        info.created = job->created();
        info.inputs = job->request().values;
    } else if (!result.outputPath.isEmpty()) {
        output.mimeType = QByteArrayLiteral("image/png");
    } else {
        return false;
    }
    const QString source = result.outputPath;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QString error = watcher->result();
        statusBar()->showMessage(error.isEmpty() ? tr("Saved %1.").arg(QDir::toNativeSeparators(path))
                                                 : tr("Could not save: %1").arg(error),
                                 StatusTimeoutMs);
    });
    watcher->setFuture(QtConcurrent::run([output, info, path, source]() mutable {
        QString error;
        if (!source.isEmpty()) {
            // A history result: its PNG already carries the metadata.
            QFile file(source);
            if (!file.open(QIODevice::ReadOnly))
                return file.errorString();
            output.bytes = file.readAll();
            QString readError;
            if (const std::optional<GenerationInfo> stored = PngMetadata::read(output.bytes, &readError))
                info = *stored;
        }
        if (!ResultWriter::write(output, info, path, &error))
            return error.isEmpty() ? QStringLiteral("?") : error;
        return QString();
    }));
    return true;
}

void MainWindow::saveResultInteractive()
{
    if (m_shownResult < 0) {
        statusBar()->showMessage(tr("There is no result to save yet."), StatusTimeoutMs);
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Save Result"), ImageDropZone::lastFolder(),
                                   tr("PNG with parameters (*.png)") + QStringLiteral(";;")
                                       + tr("JPEG (*.jpg *.jpeg)") + QStringLiteral(";;") + tr("WebP (*.webp)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("png"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Job *job = shownJob();
    dialog->selectFile((job ? job->request().model.title.simplified().replace(u' ', u'-').toLower()
                            : QStringLiteral("result"))
                       + QStringLiteral(".png"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (ResultWriter::formatForPath(path).isEmpty()) {
            statusBar()->showMessage(tr("Choose a name ending in .png, .jpg or .webp."), StatusTimeoutMs);
            return;
        }
        saveShownResult(path);
    });
    dialog->open();
}

void MainWindow::exportComparisonInteractive()
{
    if (m_compareGrid->cellCount() == 0) {
        statusBar()->showMessage(tr("Run a comparison first."), StatusTimeoutMs);
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Export Comparison"), ImageDropZone::lastFolder(),
                                   tr("PNG image (*.png)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("png"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectFile(QStringLiteral("comparison.png"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const QImage image = m_compareGrid->exportImage();
        auto *watcher = new QFutureWatcher<bool>(this);
        connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, path] {
            watcher->deleteLater();
            statusBar()->showMessage(watcher->result() ? tr("Comparison saved as %1.").arg(QDir::toNativeSeparators(path))
                                                       : tr("Could not save %1.").arg(QDir::toNativeSeparators(path)),
                                     StatusTimeoutMs);
        });
        watcher->setFuture(QtConcurrent::run([image, path] { return image.save(path, "PNG"); }));
    });
    dialog->open();
}

// Compare mode -------------------------------------------------------------------------------

void MainWindow::setCompareMode(bool on)
{
    if (m_compareAction->isChecked() != on) {
        m_compareAction->setChecked(on); // comes back here through toggled()
        return;
    }
    if (on == m_compareMode)
        return;
    m_compareMode = on;
    if (on) {
        // The shared prompt starts from the current form's prompt.
        if (m_compareSetup->prompt().isEmpty()) {
            if (const ParameterSpec *field = m_form->model().fieldForRole(QStringLiteral("prompt")))
                m_compareSetup->setPrompt(m_form->fieldValue(field->name).toString());
        }
        m_compareSetup->setSketchPath(m_sketchSource);
        m_dockStack->setCurrentWidget(m_compareSetup);
        m_modelDock->setWindowTitle(tr("Compare"));
        m_modelDock->show();
        showComparePage();
    } else {
        m_dockStack->setCurrentWidget(m_modelPanel);
        m_modelDock->setWindowTitle(tr("Model"));
        m_centreStack->setCurrentIndex(m_shownResult >= 0 ? ResultPage : SketchPage);
    }
    updateGenerateButton();
    updateResultActions();
}

void MainWindow::runComparison()
{
    const QString blocker = m_compareSetup->blocker();
    if (!blocker.isEmpty()) {
        statusBar()->showMessage(blocker, StatusTimeoutMs);
        return;
    }
    const QStringList ids = m_compareSetup->selectedModelIds();
    QHash<QString, QString> errors;
    const QList<Job *> jobs = m_session->compare(ids, m_compareSetup->intent(), m_compareSetup->overrides(),
                                                 m_sketchSource, &errors);
    m_compareGrid->clear();
    m_compareJobs.clear();
    m_compareWinnerHistoryId.clear();
    const QImage sketch = sketchImageFor(m_sketchSource);
    if (!sketch.isNull() && sketch.height() > 0)
        m_compareGrid->setAspectRatio(double(sketch.width()) / sketch.height());
    for (Job *job : jobs) {
        const ModelSpec &model = job->request().model;
        m_compareGrid->addCell(job->id(), model.title, ModelPicker::providerName(model.provider));
        m_compareJobs.insert(job->id(), job);
        if (isTerminal(job->state()))
            m_compareGrid->setCellError(job->id(), JobListModel::stateText(job));
        else
            m_compareGrid->setCellState(job->id(), JobListModel::stateText(job), JobListModel::progressFor(job));
    }
    for (auto it = errors.constBegin(); it != errors.constEnd(); ++it) {
        const ModelSpec *model = m_catalog ? m_catalog->model(it.key()) : nullptr;
        m_compareGrid->addCell(it.key(), model ? model->title : it.key(),
                               model ? ModelPicker::providerName(model->provider) : QString());
        m_compareGrid->setCellError(it.key(), it.value());
    }
    if (!jobs.isEmpty())
        m_lastJob = jobs.constLast();
    m_compareSetup->prepareNextRun();
    showComparePage();
    hideBanner();
    statusBar()->showMessage(tr("Comparing %n model(s)…", nullptr, static_cast<int>(jobs.size())), StatusTimeoutMs);
}

QHash<QString, Job *> MainWindow::compareJobs() const
{
    QHash<QString, Job *> jobs;
    for (auto it = m_compareJobs.constBegin(); it != m_compareJobs.constEnd(); ++it) {
        if (it.value())
            jobs.insert(it.key(), it.value());
    }
    return jobs;
}

void MainWindow::onCompareWinner(const QString &key)
{
    HistoryStore *history = m_session->history();
    if (!history)
        return;
    const Job *job = m_compareJobs.value(key);
    const QString id = m_session->historyId(job);
    if (!m_compareWinnerHistoryId.isEmpty() && m_compareWinnerHistoryId != id)
        history->setFavourite(m_compareWinnerHistoryId, false);
    if (!id.isEmpty()) {
        history->setFavourite(id, true);
        statusBar()->showMessage(tr("%1 marked as the winner (a favourite in the history).")
                                     .arg(job->request().model.title),
                                 StatusTimeoutMs);
    }
    m_compareWinnerHistoryId = id;
}

void MainWindow::openCompareCell(const QString &key)
{
    const Job *job = m_compareJobs.value(key);
    if (!job)
        return;
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_results.at(i).job == job) {
            showResult(i);
            return;
        }
    }
}

void MainWindow::saveCompareCell(const QString &key)
{
    openCompareCell(key);
    if (m_compareJobs.value(key) && shownJob() == m_compareJobs.value(key))
        saveResultInteractive();
}

// History ------------------------------------------------------------------------------------

void MainWindow::reuseHistoryEntry(const HistoryEntry &entry)
{
    m_compareAction->setChecked(false);
    if (!selectModel(entry.modelId)) {
        statusBar()->showMessage(tr("The model %1 is not installed.").arg(entry.modelId), StatusTimeoutMs);
        return;
    }
    QJsonObject values = entry.inputs;
    const QString field = structureFieldName();
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
    m_form->setValues(values);
    m_modelDock->show();
    statusBar()->showMessage(tr("Parameters of %1 restored.").arg(entry.modelTitle), StatusTimeoutMs);
}

void MainWindow::openHistoryEntry(const HistoryEntry &entry)
{
    if (entry.outputPaths.isEmpty()) {
        statusBar()->showMessage(entry.error.isEmpty() ? tr("This run has no result.") : entry.error,
                                 StatusTimeoutMs);
        return;
    }
    const QString path = entry.outputPaths.constFirst();
    const QString sketch = entry.sketchPath;
    const QString id = entry.id;
    decodeSketch(sketch);
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, path, sketch, id] {
        watcher->deleteLater();
        const QImage image = watcher->result();
        if (image.isNull()) {
            statusBar()->showMessage(tr("Cannot read %1.").arg(QDir::toNativeSeparators(path)), StatusTimeoutMs);
            return;
        }
        Result result;
        result.image = image;
        result.sketchPath = sketch;
        result.historyId = id;
        result.outputPath = path;
        m_results.append(result);
        refreshFilmstrip();
        if (m_compareMode)
            m_compareAction->setChecked(false);
        showResult(static_cast<int>(m_results.size()) - 1);
    });
    watcher->setFuture(QtConcurrent::run([path] { return ImageLoader::loadFile(path).image; }));
}

// Settings -----------------------------------------------------------------------------------

void MainWindow::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->show();
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
#ifdef REIMAGINE_HAVE_SETTINGS_DIALOG
    auto *dialog = new SettingsDialog(m_settings, m_session->keychain(), m_session->sessionStore(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this] {
        // Keys may have changed: read them again (limits follow Settings by themselves).
        for (const QString &provider : m_session->providers()) {
            auto apply = [this, provider](const QString &key, const QString &) {
                if (!key.isEmpty() || SecretStore::keyFromEnvironment(provider).isEmpty())
                    m_session->setKey(provider, key.isEmpty() ? SecretStore::keyFromEnvironment(provider) : key);
            };
            if (!SecretStore::keyFromEnvironment(provider).isEmpty())
                continue; // the environment wins
            if (SecretStore *keychain = m_session->keychain()) {
                keychain->readKey(provider, this, [this, provider, apply](const QString &key, const QString &error) {
                    if (!key.isEmpty() || !m_session->sessionStore()) {
                        apply(key, error);
                        return;
                    }
                    m_session->sessionStore()->readKey(provider, this, apply);
                });
            } else if (SecretStore *store = m_session->sessionStore()) {
                store->readKey(provider, this, apply);
            }
        }
    });
    dialog->show();
#else
    statusBar()->showMessage(tr("Set FAL_KEY, SEGMIND_API_KEY or FREEPIK_API_KEY; the settings dialog "
                                "arrives soon."),
                             StatusTimeoutMs);
#endif
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
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(number++).arg(QFileInfo(path).fileName()));
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
    m_recentMenu->setEnabled(true);
}

// Misc ---------------------------------------------------------------------------------------

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
        resizeDocks({m_modelDock, m_sideDock}, {qBound(430, width() * 30 / 100, 540), qBound(240, width() / 5, 320)},
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
        const QString path = ImageMime::storePastedImage(
            qvariant_cast<QImage>(event->mimeData()->imageData()), &error);
        if (path.isEmpty())
            statusBar()->showMessage(error, StatusTimeoutMs);
        else
            loadSketch(path);
    }
}
