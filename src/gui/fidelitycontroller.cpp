#include "fidelitycontroller.h"

#include "resultsarea.h"
#include "sketchcontroller.h"

#include "widgets/beforeafterview.h"
#include "widgets/comparecell.h"
#include "widgets/comparegrid.h"
#include "widgets/fidelitybar.h"
#include "widgets/imagemime.h"

#include "history/historystore.h"
#include "imaging/imageloader.h"
#include "jobs/job.h"
#include "session/studiosession.h"
#include "structure/sketchpreparation.h"
#include "structure/structureinputs.h"
#include "structure/structuremaps.h"
#include "base/workpool.h"

#include <QFutureWatcher>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {

const QString KeyOverlay = QStringLiteral("Structure/Overlay");
const QString KeyOverlayColour = QStringLiteral("Structure/OverlayColour");
const QString KeyOverlayOpacity = QStringLiteral("Structure/OverlayOpacity");

struct Analysed
{
    FidelityController::Analysis analysis;
    QJsonObject metadata; // of the prepared sketch, for the history
};

// The worker: the sketch's map (with the settings it was prepared with), each result's score
// and its overlay (`side` > 0: fitted into side x side, 0: at the result's size, < 0: none).
Analysed analyse(const QString &sketchPath, const StructureSettings &fallback, const QStringList &resultPaths,
                 const QColor &colour, int side)
{
    Analysed out;
    FidelityController::Analysis &a = out.analysis;
    a.sketchPath = sketchPath;
    const ImageLoader::Result sketch = ImageLoader::loadFile(sketchPath);
    if (!sketch.ok() || sketch.image.isNull())
        return out;
    out.metadata = SketchPreparation::metadataOf(sketchPath);
    a.settings = out.metadata.isEmpty() ? fallback : StructureSettings::fromJson(out.metadata).value_or(fallback);
    a.map = StructureMaps::compute(sketch.image, a.settings);
    for (const QString &path : resultPaths) {
        const QImage result = ImageLoader::loadFile(path).image;
        const StructureScore score = StructureScore::compute(sketch.image, result);
        a.scores.append(score);
        if (side < 0)
            continue;
        const QSize target = side > 0 ? result.size().scaled(side, side, Qt::KeepAspectRatio) : result.size();
        a.overlays.append(StructureMaps::overlay(a.map, target, colour,
                                                 StructureScore::sourceRect(a.map.size(), result.size(), score.fit)));
    }
    return out;
}

QString mapDescription(const StructureSettings &settings)
{
    return settings.map == StructureSettings::MapKind::LineArt
        ? FidelityController::tr("line art")
        : FidelityController::tr("Canny edges %1/%2").arg(settings.cannyLow).arg(settings.cannyHigh);
}

} // namespace

FidelityController::FidelityController(StudioSession *session, ResultsArea *results, SketchController *sketch,
                                       QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_results(results)
    , m_sketch(sketch)
    , m_resultBar(new FidelityBar(FidelityBar::Kind::Result))
    , m_compareBar(new FidelityBar(FidelityBar::Kind::Compare))
{
    setObjectName(QStringLiteral("fidelityController"));
    m_results->insertResultBar(m_resultBar);
    m_results->compareGrid()->setHeaderWidget(m_compareBar);

    const QSettings settings;
    for (FidelityBar *bar : {m_resultBar, m_compareBar}) {
        bar->setOverlayShown(settings.value(KeyOverlay, false).toBool());
        bar->setOverlayColour(QColor(settings.value(KeyOverlayColour, bar->overlayColour().name()).toString()));
        bar->setOverlayOpacity(settings.value(KeyOverlayOpacity, bar->overlayOpacity()).toDouble());
        connect(bar, &FidelityBar::overlayChanged, this, [this, bar] { onOverlayChanged(bar); });
    }
    m_shownColour = m_resultBar->overlayColour();
    connect(m_resultBar, &FidelityBar::structureShownChanged, this, &FidelityController::applyToView);
    // Another result on the before side: two results in every mode (wipe ... difference).
    connect(m_results, &ResultsArea::resultsChanged, this,
            [this] { m_resultBar->setOtherResults(m_results->resultTitles()); });
    // Back to the sketch (-1) comes with structureShownChanged(), which applies it.
    connect(m_resultBar, &FidelityBar::otherResultChosen, this, [this](int index) {
        if (index >= 0)
            m_results->compareWithResult(index); // the view switches once the image is read
    });
    connect(m_compareBar, &FidelityBar::orderChanged, this, &FidelityController::sortGrid);
    connect(m_session, &StudioSession::jobFinished, this, &FidelityController::onJobFinished);
    connect(m_results, &ResultsArea::resultShown, this, &FidelityController::onResultShown);
    // A result image arrives in its cell (read from its file) before or after it was scored.
    connect(m_results->compareGrid(), &CompareGrid::cellResultSet, this, &FidelityController::applyToCells);
}

FidelityController::~FidelityController() = default;

QStringList FidelityController::resultPaths(const Job *job)
{
    QStringList paths;
    for (const OutputImage &output : job->outcome().outputs) {
        if (!output.filePath.isEmpty())
            paths.append(output.filePath);
    }
    return paths;
}

std::optional<StructureScore> FidelityController::score(const Job *job, int index) const
{
    const QList<StructureScore> scores = job ? m_scores.value(job->id()) : QList<StructureScore>();
    if (index < 0 || index >= scores.size() || !scores.at(index).valid)
        return std::nullopt;
    return scores.at(index);
}

void FidelityController::onJobFinished(Job *job)
{
    if (job->state() != JobState::Done)
        return;
    const QStringList images = resultPaths(job);
    const QString sketch = job->context().value(QLatin1String("sketch")).toString();
    if (images.isEmpty() || sketch.isEmpty() || ImageMime::isRemote(sketch))
        return;
    const QPointer<Job> guard(job);
    const QString jobId = job->id();
    const QString historyId = m_session->historyId(job);
    auto *watcher = new QFutureWatcher<Analysed>(this);
    connect(watcher, &QFutureWatcher<Analysed>::finished, this, [this, watcher, guard, jobId, historyId] {
        watcher->deleteLater();
        const Analysed result = watcher->result();
        const Analysis &a = result.analysis;
        if (a.map.isNull())
            return;
        m_scores.insert(jobId, a.scores);
        if (m_results->compareGrid()->keys().contains(jobId))
            m_cellOverlays.insert(jobId, a.overlays); // only cells in the grid keep theirs
        HistoryStore *history = m_session->history();
        if (history && !historyId.isEmpty()) {
            QList<double> values;
            for (const StructureScore &s : a.scores)
                values.append(s.valid ? s.fscore : -1.0);
            const QJsonObject structure = result.metadata.isEmpty() ? a.settings.toJson() : result.metadata;
            // On the history's database thread: a commit never waits on the GUI thread.
            history->inBackground([history, historyId, values, structure] {
                return history->setStructureScores(historyId, values) && history->setStructure(historyId, structure);
            });
        }
        applyToCells();
        if (m_compareBar->order() == FidelityBar::Order::ByScore)
            sortGrid();
        if (guard && m_results->shownJob() == guard)
            applyToView();
        if (guard)
            Q_EMIT jobScored(guard);
    });
    // Only a compare cell shows an overlay at this size; other results get theirs when shown.
    const int overlaySide = m_results->compareGrid()->keys().contains(jobId) ? CellOverlaySide : -1;
    watcher->setFuture(WorkPool::run(analyse, sketch, m_sketch->settings(), images, m_compareBar->overlayColour(),
                                         overlaySide));
}

QString FidelityController::resultKey() const
{
    const ResultsArea::Result r = m_results->shownResult();
    if (m_results->beforeAfterView()->after().isNull() || r.outputPath.isEmpty())
        return QString();
    const QString owner = r.job ? r.job->id() : (r.outputPath.isEmpty() ? r.historyId : r.outputPath);
    return owner + QLatin1Char('#') + QString::number(r.index) + QLatin1Char('@') + r.sketchPath;
}

void FidelityController::onResultShown()
{
    const QString key = resultKey();
    const QColor colour = m_resultBar->overlayColour();
    if (key == m_shownKey && colour == m_shownColour) {
        applyToView(); // the view was reset for the same result: put everything back
        return;
    }
    m_shownKey = key;
    m_shownColour = colour;
    m_shown = Analysis();
    applyToView();
    const ResultsArea::Result r = m_results->shownResult();
    if (key.isEmpty() || r.sketchPath.isEmpty() || ImageMime::isRemote(r.sketchPath))
        return;
    const quint64 request = ++m_shownRequest;
    auto *watcher = new QFutureWatcher<Analysed>(this);
    connect(watcher, &QFutureWatcher<Analysed>::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (request != m_shownRequest)
            return; // another result is shown by now
        m_shown = watcher->result().analysis;
        applyToView();
        Q_EMIT shownResultAnalysed();
    });
    watcher->setFuture(WorkPool::run(analyse, r.sketchPath, m_sketch->settings(), QStringList{r.outputPath}, colour, 0));
}

void FidelityController::onOverlayChanged(FidelityBar *source)
{
    FidelityBar *other = source == m_resultBar ? m_compareBar : m_resultBar;
    {
        const QSignalBlocker blocker(other);
        other->setOverlayShown(source->overlayShown());
        other->setOverlayColour(source->overlayColour());
        other->setOverlayOpacity(source->overlayOpacity());
    }
    QSettings settings;
    settings.setValue(KeyOverlay, source->overlayShown());
    settings.setValue(KeyOverlayColour, source->overlayColour().name());
    settings.setValue(KeyOverlayOpacity, source->overlayOpacity());

    if (source->overlayColour() != m_shownColour) {
        // The overlays are drawn in the colour: draw them again (the scores stay).
        m_shownKey.clear();
        onResultShown();
        const QStringList jobs = m_results->compareGrid()->keys();
        for (const QString &jobId : jobs) {
            Job *job = m_session->job(jobId);
            if (!job)
                continue;
            const QString sketch = job->context().value(QLatin1String("sketch")).toString();
            const QStringList images = resultPaths(job);
            auto *watcher = new QFutureWatcher<Analysed>(this);
            connect(watcher, &QFutureWatcher<Analysed>::finished, this, [this, watcher, jobId] {
                watcher->deleteLater();
                m_cellOverlays.insert(jobId, watcher->result().analysis.overlays);
                applyToCells();
            });
            watcher->setFuture(WorkPool::run(analyse, sketch, m_sketch->settings(), images, source->overlayColour(),
                                                 CellOverlaySide));
        }
    }
    applyToView();
    applyToCells();
}

void FidelityController::applyToView()
{
    BeforeAfterView *view = m_results->beforeAfterView();
    const bool structure = m_resultBar->structureShown();
    view->setStructure(m_shown.map);
    if (m_resultBar->otherResult() < 0)
        view->setBeforeLayer(structure ? BeforeAfterView::BeforeLayer::Structure : BeforeAfterView::BeforeLayer::Sketch);
    view->setOverlay(m_resultBar->overlayShown() && !m_shown.overlays.isEmpty() ? m_shown.overlays.constFirst() : QImage());
    view->setOverlayOpacity(m_resultBar->overlayOpacity());

    const StructureScore score = m_shown.scores.isEmpty() ? StructureScore() : m_shown.scores.constFirst();
    m_resultBar->setScore(score.text(), score.explanation());
    QString note;
    if (!m_shown.map.isNull() && (structure || m_resultBar->overlayShown())) {
        const Job *job = m_results->shownJob();
        const QString map = mapDescription(m_shown.settings);
        if (!job) {
            note = tr("Structure map of the sketch: %1.").arg(map);
        } else {
            const ModelSpec &model = job->request().model;
            const std::optional<StructureInputs::MapInput> input = StructureInputs::mapInput(model);
            if (input && job->request().values.value(input->preprocessField).toBool(true) == false)
                note = tr("%1 followed this map (%2), sent with its own preprocessing off.").arg(model.title, map);
            else
                note = tr("%1 derived its own structure from the sketch; this is the local map (%2).")
                           .arg(model.title, map);
        }
    }
    m_resultBar->setNote(note);
}

void FidelityController::applyToCells()
{
    CompareGrid *grid = m_results->compareGrid();
    const bool shown = m_compareBar->overlayShown();
    const QStringList keys = grid->keys();
    // Overlays of cells that left the grid are let go: a long session keeps only the grid's.
    for (auto it = m_cellOverlays.begin(); it != m_cellOverlays.end();) {
        if (keys.contains(it.key()))
            ++it;
        else
            it = m_cellOverlays.erase(it);
    }
    for (const QString &key : keys) {
        CompareCell *cell = grid->cell(key);
        const QList<StructureScore> scores = m_scores.value(key);
        if (!cell || scores.isEmpty())
            continue;
        const StructureScore &first = scores.constFirst();
        cell->setStructureScore(first.valid ? std::optional<double>(first.fscore) : std::nullopt, first.explanation());
        const QList<QImage> overlays = m_cellOverlays.value(key);
        cell->setOverlay(shown && !overlays.isEmpty() ? overlays.constFirst() : QImage(), m_compareBar->overlayOpacity());
    }
}

void FidelityController::sortGrid()
{
    CompareGrid *grid = m_results->compareGrid();
    QStringList keys = grid->addedOrder();
    if (m_compareBar->order() == FidelityBar::Order::ByScore) {
        auto best = [this](const QString &key) {
            const QList<StructureScore> scores = m_scores.value(key);
            return scores.isEmpty() || !scores.constFirst().valid ? -1.0 : scores.constFirst().fscore;
        };
        std::stable_sort(keys.begin(), keys.end(),
                         [&best](const QString &a, const QString &b) { return best(a) > best(b); });
    }
    grid->setCellOrder(keys);
}
