#include "sketchcontroller.h"

#include "modelpanel.h"

#include "forms/schemaform.h"
#include "widgets/imagemime.h"
#include "widgets/sketchcanvas.h"
#include "widgets/sketcheditor.h"
#include "widgets/sketchtoolstrip.h"
#include "widgets/structurepanel.h"

#include "structure/sketchcleanup.h"
#include "structure/sketchpreparation.h"
#include "structure/structureinputs.h"
#include "base/logging.h"
#include "base/workpool.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTimer>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace {

const QString KeyDefaults = QStringLiteral("Structure/Settings");
constexpr int DebounceMs = 120;

const QString MetaKind = QStringLiteral("kind");
const QString MetaSource = QStringLiteral("source");
const QString MetaStrokes = QStringLiteral("strokes");

QJsonObject metadata(const StructureSettings &settings, const QString &kind, const QString &source,
                     const QList<SketchStroke> &strokes)
{
    QJsonObject json = settings.toJson();
    json.insert(MetaKind, kind);
    json.insert(MetaSource, source);
    if (!strokes.isEmpty())
        json.insert(MetaStrokes, SketchStrokes::toJson(strokes));
    return json;
}

// The worker: page detection when asked, clean-up, corrections, map, and the files to send.
SketchController::Prepared prepare(const QImage &original, StructureSettings settings,
                                   const QList<SketchStroke> &strokes, const QString &source, const QString &dir,
                                   bool findPage, quint64 generation)
{
    QElapsedTimer timer;
    timer.start();
    SketchController::Prepared out;
    out.generation = generation;
    out.source = source;
    if (findPage) {
        if (const std::optional<QList<QPointF>> corners = SketchCleanup::detectPage(original)) {
            settings.cleanup.corners = *corners;
            out.detectedCorners = *corners;
        } else {
            out.detectionFailed = true;
        }
    }
    const SketchPreparation::Result result = SketchPreparation::run(original, settings, strokes);
    out.base = result.base;
    out.sketch = result.sketch;
    out.map = result.map;
    if (out.sketch.isNull()) {
        out.error = SketchController::tr("The sketch could not be processed.");
        return out;
    }
    if (SketchPreparation::changesSketch(settings, strokes)) {
        out.sketchPath = SketchPreparation::store(out.sketch, dir, metadata(settings, QStringLiteral("sketch"), source, strokes),
                                                  &out.error, SketchPreparation::fileName(source, QStringLiteral("cleaned")));
    }
    if (settings.sendMap && out.error.isEmpty()) {
        const QString kind = StructureSettings::mapName(settings.map);
        out.mapPath = SketchPreparation::store(out.map, dir, metadata(settings, kind, source, strokes), &out.error,
                                               SketchPreparation::fileName(source, kind));
    }
    out.elapsedMs = timer.elapsed();
    return out;
}

} // namespace

// One correction stroke, or the page corners, as an undo step.
class StrokeCommand final : public QUndoCommand
{
public:
    StrokeCommand(SketchController *controller, const SketchStroke &stroke)
        : QUndoCommand(SketchController::tr("Draw")), m_controller(controller), m_stroke(stroke)
    {
        if (stroke.tool == SketchStroke::Tool::Eraser)
            setText(SketchController::tr("Erase"));
    }
    void redo() override
    {
        QList<SketchStroke> strokes = m_controller->m_strokes;
        strokes.append(m_stroke);
        m_controller->setStrokes(strokes);
    }
    void undo() override
    {
        QList<SketchStroke> strokes = m_controller->m_strokes;
        if (!strokes.isEmpty())
            strokes.removeLast();
        m_controller->setStrokes(strokes);
    }

private:
    SketchController *m_controller;
    SketchStroke m_stroke;
};

class CornersCommand final : public QUndoCommand
{
public:
    CornersCommand(SketchController *controller, const QList<QPointF> &before, const QList<QPointF> &after)
        : QUndoCommand(SketchController::tr("Move Corners")), m_controller(controller), m_before(before), m_after(after)
    {
    }
    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const QList<QPointF> &corners)
    {
        m_controller->m_settings.cleanup.corners = corners;
        m_controller->m_canvas->editor()->setCorners(corners);
        m_controller->m_panel->setHasCorners(corners.size() == 4);
        m_controller->schedule();
    }
    SketchController *m_controller;
    QList<QPointF> m_before;
    QList<QPointF> m_after;
};

SketchController::SketchController(SketchCanvas *canvas, ModelPanel *modelPanel, const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_canvas(canvas)
    , m_modelPanel(modelPanel)
    , m_panel(new StructurePanel)
    , m_strip(new SketchToolStrip)
    , m_undo(new QUndoStack(this))
    , m_debounce(new QTimer(this))
    , m_sketchDir(QDir(dataDir.isEmpty() ? SketchPreparation::defaultDirectory() : dataDir + QLatin1String("/sketches"))
                      .absolutePath())
{
    setObjectName(QStringLiteral("sketchController"));
    m_debounce->setObjectName(QStringLiteral("structureDebounce"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SketchController::start);
    connect(&m_watcher, &QFutureWatcher<Prepared>::finished, this, &SketchController::onFinished);

    // The designer's last clean-up and map choices (never the corners of one photo).
    const QJsonObject saved = QJsonDocument::fromJson(QSettings().value(KeyDefaults).toByteArray()).object();
    m_settings = StructureSettings::fromJson(saved).value_or(StructureSettings());
    m_settings.cleanup.corners.clear();
    m_panel->setSettings(m_settings);

    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    undo->setObjectName(QStringLiteral("undoCorrectionAction"));
    redo->setObjectName(QStringLiteral("redoCorrectionAction"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence::Redo);
    // On the canvas only: text fields keep their own undo.
    for (QAction *action : {undo, redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_canvas->addAction(action);
    }
    m_strip->setUndoActions(undo, redo);
    m_canvas->setToolStrip(m_strip);

    SketchEditor *editor = m_canvas->editor();
    connect(m_canvas, &SketchCanvas::sketchChanged, this, &SketchController::onSketchChanged);
    connect(m_canvas, &SketchCanvas::sketchLoaded, this, &SketchController::onSketchLoaded);
    connect(editor, &SketchEditor::strokeFinished, this, &SketchController::addStroke);
    connect(editor, &SketchEditor::cornersEdited, this, &SketchController::setCorners);
    connect(m_panel, &StructurePanel::settingsChanged, this, &SketchController::onPanelChanged);
    connect(m_panel, &StructurePanel::findPageRequested, this, &SketchController::findPage);
    connect(m_panel, &StructurePanel::resetCornersRequested, this, [this] {
        m_autoCorners = false;
        setCorners({});
    });
    connect(m_strip, &SketchToolStrip::viewChanged, this, &SketchController::showView);
    connect(m_strip, &SketchToolStrip::toolChanged, this, &SketchController::onToolChanged);
    connect(m_strip, &SketchToolStrip::widthChanged, this, [this, editor] {
        editor->setPenWidth(m_strip->penWidth());
        editor->setEraserWidth(m_strip->eraserWidth());
    });
    connect(m_modelPanel, &ModelPanel::modelChanged, this, &SketchController::onModelChanged);
    onModelChanged();
    m_panel->setStatus(statusText());
}

SketchController::~SketchController()
{
    m_watcher.waitForFinished(); // a worker may still hold copies of the images
    delete m_panel;
    delete m_strip;
}

StructurePanel *SketchController::panel() const
{
    return m_panel;
}

SketchToolStrip *SketchController::toolStrip() const
{
    return m_strip;
}

QString SketchController::sentSketchPath() const
{
    return m_prepared.sketchPath.isEmpty() ? m_originalPath : m_prepared.sketchPath;
}

QJsonObject SketchController::mapValues(const ModelSpec &model) const
{
    if (!m_settings.sendMap || m_prepared.mapPath.isEmpty())
        return {};
    return StructureInputs::withMap(model, QJsonObject(), m_prepared.mapPath);
}

// ----- inputs -------------------------------------------------------------------------------

void SketchController::onSketchChanged(const QString &source)
{
    if (!source.isEmpty()
        && (source == m_prepared.sketchPath || source == m_prepared.mapPath || source == m_originalPath))
        return; // our own prepared copy (or the original again), handed on by the canvas
    ++m_generation;
    m_original = QImage();
    m_prepared = Prepared();
    m_formHoldsMap = false;
    m_undo->clear();
    m_strokes.clear();
    m_canvas->editor()->setStrokes({});
    m_settings.cleanup.corners.clear();
    m_autoCorners = true;
    m_panel->setHasCorners(false);
    m_originalPath = ImageMime::isRemote(source) ? QString() : source;
    if (!m_originalPath.isEmpty() && QFileInfo(m_originalPath).absolutePath() == m_sketchDir) {
        // A prepared sketch of ours (a reused history entry): back to its original and settings.
        const QJsonObject meta = SketchPreparation::metadataOf(m_originalPath);
        const QString original = meta.value(MetaSource).toString();
        if (!original.isEmpty() && original != m_originalPath && QFileInfo::exists(original)) {
            QMetaObject::invokeMethod(this, [this, source, meta] { restoreFrom(source, meta); }, Qt::QueuedConnection);
            return;
        }
    }
    m_strip->setViewsEnabled(false);
    m_panel->setStatus(statusText());
}

void SketchController::restoreFrom(const QString &preparedPath, const QJsonObject &meta)
{
    if (m_canvas->sketchSource() != preparedPath)
        return; // something else was loaded meanwhile
    const QString original = meta.value(MetaSource).toString();
    qCDebug(lcStructure, "Restoring %s from its original %s", qUtf8Printable(preparedPath), qUtf8Printable(original));
    if (!m_canvas->setSketch(original))
        return;
    // setSketch reset everything: now the settings and corrections of the prepared copy.
    if (const std::optional<StructureSettings> settings = StructureSettings::fromJson(meta))
        applySettings(*settings, true);
    m_autoCorners = false;
    setStrokes(SketchStrokes::fromJson(meta.value(MetaStrokes).toArray()));
    Q_EMIT statusMessage(tr("The sketch's original, clean-up and corrections are back."));
}

void SketchController::onSketchLoaded(const QImage &image)
{
    m_original = image;
    m_strip->setViewsEnabled(true);
    schedule();
}

void SketchController::onPanelChanged()
{
    const QList<QPointF> corners = m_settings.cleanup.corners;
    const bool wasEnabled = m_settings.cleanupEnabled;
    m_settings = m_panel->settings();
    m_settings.cleanup.corners = corners;
    if (m_settings.cleanupEnabled && !wasEnabled && !m_settings.cleanup.hasCorners() && m_autoCorners)
        m_findRequested = true;
    saveDefaults();
    schedule();
}

void SketchController::applySettings(const StructureSettings &settings, bool keepCorners)
{
    const QList<QPointF> corners = m_settings.cleanup.corners;
    m_settings = settings;
    if (!keepCorners)
        m_settings.cleanup.corners = corners;
    m_panel->setSettings(m_settings);
    m_canvas->editor()->setCorners(m_settings.cleanup.corners);
    saveDefaults();
    schedule();
}

void SketchController::saveDefaults() const
{
    StructureSettings defaults = m_settings;
    defaults.cleanup.corners.clear();
    QSettings().setValue(KeyDefaults, QJsonDocument(defaults.toJson()).toJson(QJsonDocument::Compact));
}

void SketchController::addStroke(const SketchStroke &stroke)
{
    // As precise as it is stored (SketchStroke::toJson), so a restored sketch comes out the same.
    m_undo->push(new StrokeCommand(this, SketchStroke::fromJson(stroke.toJson()).value_or(stroke)));
}

void SketchController::setStrokes(const QList<SketchStroke> &strokes)
{
    m_strokes = strokes;
    showView();
    schedule();
}

void SketchController::setCorners(const QList<QPointF> &corners)
{
    if (corners == m_settings.cleanup.corners && corners.size() == m_settings.cleanup.corners.size())
        return;
    m_undo->push(new CornersCommand(this, m_settings.cleanup.corners, corners.size() == 4 ? corners : QList<QPointF>()));
}

void SketchController::findPage()
{
    if (m_original.isNull())
        return;
    m_findRequested = true;
    if (!m_settings.cleanupEnabled) {
        m_settings.cleanupEnabled = true;
        m_panel->setSettings(m_settings);
    }
    m_panel->setStatus(tr("Looking for the page…"));
    schedule();
}

void SketchController::onToolChanged()
{
    const SketchEditor::Tool tool = m_strip->tool();
    SketchEditor *editor = m_canvas->editor();
    editor->setTool(tool);
    editor->setPenWidth(m_strip->penWidth());
    editor->setEraserWidth(m_strip->eraserWidth());
    if (tool == SketchEditor::Tool::Corners && !m_settings.cleanupEnabled) {
        // Moving corners means cleaning up.
        m_settings.cleanupEnabled = true;
        m_panel->setSettings(m_settings);
        saveDefaults();
    }
    // Corners are set on the photo itself; corrections are drawn on the sketch as it is sent,
    // which is also what a designer wants to see after moving corners.
    if (tool == SketchEditor::Tool::Corners)
        m_strip->setView(SketchToolStrip::View::Original);
    else if (m_strip->view() != SketchToolStrip::View::Sketch && (tool != SketchEditor::Tool::None || m_cornersShown))
        m_strip->setView(SketchToolStrip::View::Sketch);
    m_cornersShown = tool == SketchEditor::Tool::Corners;
    showView();
}

void SketchController::onModelChanged()
{
    const ModelSpec &model = m_modelPanel->form()->model();
    m_panel->setMapTarget(model.title, StructureInputs::acceptsMap(model));
    m_formHoldsMap = false;
    syncForm();
}

// ----- computing ----------------------------------------------------------------------------

void SketchController::schedule()
{
    ++m_generation;
    m_pending = true;
    m_debounce->start();
}

void SketchController::start()
{
    if (m_original.isNull()) {
        m_pending = false;
        return;
    }
    if (m_busy)
        return; // onFinished starts again with the newest settings
    m_pending = false;
    m_busy = true;
    const bool find = m_findRequested || (m_autoCorners && m_settings.cleanupEnabled && !m_settings.cleanup.hasCorners());
    m_findRequested = false;
    m_autoCorners = m_autoCorners && !find;
    m_watcher.setFuture(WorkPool::run(prepare, m_original, m_settings, m_strokes, m_originalPath, m_sketchDir,
                                          find, m_generation));
}

void SketchController::onFinished()
{
    m_busy = false;
    const Prepared result = m_watcher.result();
    if (!result.detectedCorners.isEmpty() && result.source == m_originalPath && !m_settings.cleanup.hasCorners()) {
        m_settings.cleanup.corners = result.detectedCorners;
        m_canvas->editor()->setCorners(result.detectedCorners);
        m_panel->setHasCorners(true);
        Q_EMIT statusMessage(tr("Page found and straightened; drag its corners to adjust."));
    } else if (result.detectionFailed) {
        Q_EMIT statusMessage(tr("No page found in the sketch; drag the corners yourself."));
    }
    if (result.generation != m_generation || m_pending) {
        m_pending = true;
        start(); // the settings moved on while this ran
        return;
    }
    apply(result);
}

void SketchController::apply(const Prepared &result)
{
    if (!result.error.isEmpty()) {
        qCWarning(lcStructure, "Preparing the sketch failed: %s", qUtf8Printable(result.error));
        Q_EMIT statusMessage(result.error);
    }
    m_prepared = result;
    showView();
    // The canvas hands the prepared copy on; MainWindow puts it into the form and the views.
    m_canvas->setPreparedSource(result.sketchPath);
    syncForm();
    m_panel->setStatus(statusText());
    Q_EMIT prepared();
}

// ----- output -------------------------------------------------------------------------------

void SketchController::showView()
{
    SketchEditor *editor = m_canvas->editor();
    if (m_original.isNull())
        return;
    if (editor->tool() == SketchEditor::Tool::Corners) {
        editor->setImage(m_original);
        editor->setCorners(m_settings.cleanup.corners);
        return;
    }
    switch (m_strip->view()) {
    case SketchToolStrip::View::Original:
        editor->setImage(m_original);
        editor->setStrokes({});
        break;
    case SketchToolStrip::View::Structure:
        editor->setImage(m_prepared.map.isNull() ? m_original : m_prepared.map);
        editor->setStrokes({});
        break;
    case SketchToolStrip::View::Sketch:
        editor->setImage(m_prepared.base.isNull() ? m_original : m_prepared.base);
        editor->setStrokes(m_strokes, m_settings.cleanupEnabled && m_settings.cleanup.invert);
        break;
    }
}

void SketchController::syncForm()
{
    SchemaForm *form = m_modelPanel->form();
    const std::optional<StructureInputs::MapInput> input = StructureInputs::mapInput(form->model());
    const bool sendMap = m_settings.sendMap && input && !m_prepared.mapPath.isEmpty();
    const QString sketch = sentSketchPath();
    if (sketch.isEmpty())
        return;
    if (sendMap) {
        m_modelPanel->setSketchSource(m_prepared.mapPath);
        form->setFieldValue(input->preprocessField, false);
        m_formHoldsMap = true;
        return;
    }
    m_modelPanel->setSketchSource(sketch);
    if (m_formHoldsMap && input)
        form->setFieldValue(input->preprocessField, true); // the model detects edges again
    m_formHoldsMap = false;
}

QString SketchController::statusText() const
{
    if (m_originalPath.isEmpty())
        return tr("Open a sketch to clean it up and see its structure.");
    if (m_prepared.sketch.isNull())
        return tr("Preparing…");
    const QSize size = m_prepared.sketch.size();
    QString text = m_prepared.sketchPath.isEmpty()
        ? tr("Sent as it is: %1 × %2 px.").arg(size.width()).arg(size.height())
        : tr("Sent cleaned up: %1 × %2 px (your file stays as it is).").arg(size.width()).arg(size.height());
    if (!m_strokes.isEmpty())
        text += QLatin1Char(' ') + tr("%n correction(s).", nullptr, int(m_strokes.size()));
    return text;
}
