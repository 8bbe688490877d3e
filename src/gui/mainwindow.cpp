#include "mainwindow.h"

#include "forms/schemaform.h"
#include "widgets/appicons.h"
#include "widgets/imagedropzone.h"
#include "widgets/imagemime.h"
#include "widgets/modelpicker.h"
#include "widgets/sketchcanvas.h"

#include "schema/modelcatalog.h"

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
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

namespace {
constexpr int Spacing = 8;
constexpr int StatusTimeoutMs = 8000;

const QString KeyGeometry = QStringLiteral("MainWindow/Geometry");
const QString KeyState = QStringLiteral("MainWindow/State");
const QString KeyLastModel = QStringLiteral("Models/Last");
const QString KeyFormPrefix = QStringLiteral("Forms/");

QString formKey(const QString &modelId)
{
    return KeyFormPrefix + modelId;
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
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Reimagine Studio"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);

    m_canvas = new SketchCanvas(this);
    setCentralWidget(m_canvas);

    createActions();
    createModelDock();
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
}

MainWindow::~MainWindow() = default;

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
    connect(m_clearSketchAction, &QAction::triggered, m_canvas, &SketchCanvas::clear);

    m_copyParametersAction = new QAction(tr("Copy Parameters as &JSON"), this);
    m_copyParametersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    m_copyParametersAction->setStatusTip(tr("Copy the request parameters of the current model to the clipboard"));
    connect(m_copyParametersAction, &QAction::triggered, this, [this]() {
        QApplication::clipboard()->setText(QString::fromUtf8(
            QJsonDocument(m_form->values()).toJson(QJsonDocument::Indented)));
        statusBar()->showMessage(tr("Parameters copied."), StatusTimeoutMs);
    });

    m_generateAction = new QAction(tr("&Generate"), this);
    m_generateAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return),
                                    QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_generateAction->setStatusTip(tr("Send the sketch and parameters to the selected model"));
    connect(m_generateAction, &QAction::triggered, this, &MainWindow::generate);

    m_compareAction = new QAction(tr("&Compare Models…"), this);
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_compareAction->setStatusTip(tr("Run the same sketch on several models side by side (coming soon)"));
    m_compareAction->setEnabled(false);

    m_aboutAction = new QAction(tr("&About Reimagine Studio"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutAction->setStatusTip(tr("Version and licence of Reimagine Studio"));
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    m_aboutQtAction->setStatusTip(tr("The Qt version this build uses"));
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    for (QAction *action : {m_openAction, m_pasteAction, m_importAction, m_quitAction,
                            m_resetFormAction, m_clearSketchAction, m_copyParametersAction,
                            m_generateAction, m_compareAction, m_aboutAction, m_aboutQtAction}) {
        QString tip = action->statusTip();
        if (!action->shortcut().isEmpty())
            tip += QStringLiteral(" (") + action->shortcut().toString(QKeySequence::NativeText)
                + u')';
        action->setToolTip(tip);
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    file->addAction(m_pasteAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_copyParametersAction);
    edit->addAction(m_resetFormAction);
    edit->addSeparator();
    edit->addAction(m_clearSketchAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *toggleDock = m_modelDock->toggleViewAction();
    toggleDock->setText(tr("&Model Panel"));
    toggleDock->setStatusTip(tr("Show or hide the model and parameter panel"));
    toggleDock->setToolTip(toggleDock->statusTip());
    view->addAction(toggleDock);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addAction(m_generateAction);
    run->addAction(m_compareAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);

    for (QMenu *menu : {file, edit, view, run, help})
        menu->setToolTipsVisible(true);
}

void MainWindow::createModelDock()
{
    m_modelDock = new QDockWidget(tr("Model"), this);
    m_modelDock->setObjectName(QStringLiteral("ModelDock"));
    m_modelDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_modelDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable
                             | QDockWidget::DockWidgetFloatable);

    auto *panel = new QWidget(m_modelDock);
    panel->setObjectName(QStringLiteral("modelPanel"));

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
    connect(m_generateButton, &QPushButton::clicked, m_generateAction, &QAction::trigger);

    m_compareButton = new QPushButton(tr("Compare…"), panel);
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    m_compareButton->setEnabled(false);
    m_compareButton->setToolTip(tr("Compare models side by side — arrives with the providers work"));
    m_compareButton->setMinimumHeight(m_generateButton->minimumHeight());

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

    m_modelDock->setWidget(panel);
    addDockWidget(Qt::LeftDockWidgetArea, m_modelDock);
}

void MainWindow::createStatusBar()
{
    m_costLabel = new QLabel(statusBar());
    m_costLabel->setObjectName(QStringLiteral("sessionCostLabel"));
    m_costLabel->setText(tr("Session %1").arg(ModelPicker::formatUsd(m_sessionCost)));
    m_costLabel->setToolTip(tr("What the runs of this session cost"));

    m_providerLabel = new QLabel(statusBar());
    m_providerLabel->setObjectName(QStringLiteral("providerStatusLabel"));
    m_providerLabel->setTextFormat(Qt::RichText);
    QColor dot = palette().color(QPalette::WindowText);
    dot.setAlphaF(0.35);
    const QString dotHtml = QStringLiteral("<span style=\"color:%1\">&#9679;</span>")
                                .arg(dot.name(QColor::HexArgb));
    m_providerLabel->setText(QStringLiteral("fal %1&nbsp;&nbsp; Segmind %1&nbsp;&nbsp; Freepik %1")
                                 .arg(dotHtml));
    m_providerLabel->setToolTip(tr("Provider keys are not checked yet"));

    statusBar()->addPermanentWidget(m_costLabel);
    auto *separator = new QFrame(statusBar());
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    statusBar()->addPermanentWidget(separator);
    statusBar()->addPermanentWidget(m_providerLabel);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    const QByteArray geometry = settings.value(KeyGeometry).toByteArray();
    const bool restored = !geometry.isEmpty() && restoreGeometry(geometry);
    if (!restored)
        resize(1280, 800);
    if (!restoreState(settings.value(KeyState).toByteArray()))
        m_fitDockOnShow = true;

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
    saveFormValues();
}

void MainWindow::reloadModelList()
{
    if (!m_catalog)
        return;
    m_modelPicker->setModels(m_catalog->models());
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
        if (spec.type == ParameterSpec::Type::Image || spec.type == ParameterSpec::Type::ImageList)
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
    if (!ImageMime::isRemote(source) && !QFileInfo(source).absoluteFilePath().startsWith(cache))
        ImageDropZone::rememberFolder(source);
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
    const QString field = structureFieldName();
    if (field.isEmpty() || m_syncingSketch)
        return;
    m_syncingSketch = true;
    m_form->setFieldValue(field, source.isEmpty() ? QJsonValue(QJsonValue::Undefined)
                                                  : QJsonValue(source));
    m_syncingSketch = false;
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
}

void MainWindow::updateGenerateButton()
{
    const ModelSpec &model = m_form->model();
    int images = 1;
    if (const ParameterSpec *count = model.fieldForRole(QStringLiteral("num_images")))
        images = qMax(1, m_form->fieldValue(count->name).toInt(1));
    const std::optional<double> cost = model.estimatedCost(images);
    // "Ctrl+Enter" reads better than "Ctrl+Return"; both keys work.
    const QString shortcut = QKeySequence(Qt::CTRL | Qt::Key_Enter).toString(QKeySequence::NativeText);
    const QString costText = cost ? ModelPicker::formatUsd(*cost) : tr("price unknown");
    m_generateButton->setText(tr("Generate · %1").arg(costText) + QStringLiteral("    ") + shortcut);

    const bool hasModel = !model.id.isEmpty();
    const QList<FieldError> errors = hasModel ? m_form->errors() : QList<FieldError>();
    const bool ready = hasModel && errors.isEmpty();
    m_generateButton->setEnabled(ready);
    m_generateAction->setEnabled(ready);
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

void MainWindow::generate()
{
    if (!m_form->isValid()) {
        m_form->revealErrors();
        m_modelDock->show();
        statusBar()->showMessage(tr("Fix the marked fields first."), StatusTimeoutMs);
        return;
    }
    statusBar()->showMessage(tr("Nothing was sent: generation arrives with the providers work. "
                                "The request for %1 is valid.")
                                 .arg(m_form->model().title),
                             StatusTimeoutMs);
}

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
        resizeDocks({m_modelDock}, {qBound(430, width() * 30 / 100, 540)}, Qt::Horizontal);
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
