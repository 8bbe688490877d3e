#include "comparecontroller.h"

#include "imaging/comparisonexport.h"
#include "costgate.h"

#include "panels/comparesetup.h"
#include "panels/jobspanel.h"
#include "widgets/comparegrid.h"
#include "widgets/imagedropzone.h"
#include "widgets/modelpicker.h"

#include "history/historystore.h"
#include "jobs/job.h"
#include "schema/modelcatalog.h"
#include "imaging/imagecache.h"
#include "session/costledger.h"
#include "session/studiosession.h"
#include "base/workpool.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QMenu>
#include <QRandomGenerator>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace {
// Cells show results bounded to this size: enough for the grid and its export.
constexpr int kCellImageSide = 1536;
} // namespace

CompareController::CompareController(StudioSession *session, ModelCatalog *catalog, CompareSetup *setup,
                                     CompareGrid *grid, CostGate *gate, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_catalog(catalog)
    , m_setup(setup)
    , m_grid(grid)
    , m_gate(gate)
    , m_dialogParent(dialogParent)
{
    connect(m_session, &StudioSession::jobAdded, this, &CompareController::onJobAdded);
    connect(m_session, &StudioSession::jobFinished, this, &CompareController::onJobFinished);
    connect(m_grid, &CompareGrid::winnerChanged, this, &CompareController::onWinnerChanged);
    connect(m_grid, &CompareGrid::contextMenuRequested, this, &CompareController::showContextMenu);
    connect(m_grid, &CompareGrid::openRequested, this, [this](const QString &key) {
        if (Job *job = m_jobs.value(key))
            Q_EMIT openRequested(job);
    });
    connect(m_grid, &CompareGrid::saveRequested, this, [this](const QString &key) {
        if (Job *job = m_jobs.value(key))
            Q_EMIT saveRequested(job);
    });
    for (Job *job : m_session->jobs())
        onJobAdded(job);
}

CompareController::~CompareController() = default;

void CompareController::setExtraValues(std::function<QJsonObject(const ModelSpec &)> extraValues)
{
    m_extraValues = std::move(extraValues);
}

QString CompareController::keyOf(const Job *job) const
{
    if (!job)
        return QString();
    for (auto it = m_jobs.constBegin(); it != m_jobs.constEnd(); ++it) {
        if (it.value() == job)
            return it.key();
    }
    return QString();
}

bool CompareController::run(const QString &sketchPath, const QImage &sketch)
{
    const QString blocker = m_setup->blocker();
    if (!blocker.isEmpty()) {
        Q_EMIT statusMessage(blocker);
        return false;
    }
    const QStringList ids = m_setup->selectedModelIds();
    // The same seed rule as the form: unlocked, every comparison gets a new seed, shown before
    // anything is sent; every model gets that one seed.
    m_setup->rollSeedForRun();
    const QJsonObject intent = m_setup->intent();
    QHash<QString, QJsonObject> overrides = m_setup->overrides();
    QList<CostGate::Planned> planned;
    for (const QString &id : ids) {
        const ModelSpec *model = m_catalog ? m_catalog->model(id) : nullptr;
        if (!model)
            continue;
        QJsonObject values = m_extraValues ? m_extraValues(*model) : QJsonObject();
        const QJsonObject own = overrides.value(id);
        for (auto it = own.constBegin(); it != own.constEnd(); ++it)
            values.insert(it.key(), it.value());
        if (!values.isEmpty())
            overrides.insert(id, values);
        planned.append({*model, StudioSession::compareValues(*model, intent, overrides.value(id), sketchPath)});
    }
    const double aspect = !sketch.isNull() && sketch.height() > 0 ? double(sketch.width()) / sketch.height() : 0.0;
    m_gate->request(planned, tr("This comparison of %n model(s)", nullptr, static_cast<int>(planned.size())), false,
                    [this, ids, intent, overrides, sketchPath, aspect] { start(ids, intent, overrides, sketchPath, aspect); });
    return true;
}

void CompareController::start(const QStringList &ids, const QJsonObject &intent,
                              const QHash<QString, QJsonObject> &overrides, const QString &sketchPath, double aspect)
{
    QHash<QString, QString> errors;
    const QList<Job *> jobs = m_session->compare(ids, intent, overrides, sketchPath, &errors);
    m_grid->clear();
    m_jobs.clear();
    m_winnerHistoryId.clear();
    m_lastIntent = intent;
    m_lastSketchPath = sketchPath;
    m_lastModelIds = ids;
    m_lastOverrides = overrides;
    m_compareId = jobs.isEmpty() ? QString() : jobs.constFirst()->context().value(QLatin1String("compare")).toString();
    if (aspect > 0)
        m_grid->setAspectRatio(aspect);
    for (Job *job : jobs) {
        const ModelSpec &model = job->request().model;
        m_grid->addCell(job->id(), model.title, ModelPicker::providerName(model.provider));
        m_jobs.insert(job->id(), job);
        if (isTerminal(job->state()))
            m_grid->setCellError(job->id(), JobListModel::stateText(job));
        else
            m_grid->setCellState(job->id(), JobListModel::stateText(job), JobListModel::progressFor(job));
    }
    for (auto it = errors.constBegin(); it != errors.constEnd(); ++it) {
        const ModelSpec *model = m_catalog ? m_catalog->model(it.key()) : nullptr;
        m_grid->addCell(it.key(), model ? model->title : it.key(),
                        model ? ModelPicker::providerName(model->provider) : QString());
        m_grid->setCellError(it.key(), it.value());
    }
    Q_EMIT statusMessage(tr("Comparing %n model(s)…", nullptr, static_cast<int>(jobs.size())));
    Q_EMIT started(jobs);
}

QHash<QString, Job *> CompareController::jobs() const
{
    QHash<QString, Job *> result;
    for (auto it = m_jobs.constBegin(); it != m_jobs.constEnd(); ++it) {
        if (it.value())
            result.insert(it.key(), it.value());
    }
    return result;
}

void CompareController::onJobAdded(Job *job)
{
    connect(job, &Job::stateChanged, this, [this, job] { onJobStateChanged(job); });
    connect(job, &Job::queuePositionChanged, this, [this, job] { onJobStateChanged(job); });
    // A cell says what its row says: waits and the provider's step figures too.
    connect(job, &Job::waitChanged, this, [this, job] { onJobStateChanged(job); });
    connect(job, &Job::waitSecondsChanged, this, [this, job] { onJobStateChanged(job); });
    connect(job, &Job::progressChanged, this, [this, job] { onJobStateChanged(job); });
}

void CompareController::onJobStateChanged(Job *job)
{
    const QString key = keyOf(job);
    if (!key.isEmpty() && !isTerminal(job->state()))
        m_grid->setCellState(key, JobListModel::stateText(job), JobListModel::progressFor(job));
}

void CompareController::onJobFinished(Job *job)
{
    const QString key = keyOf(job);
    if (key.isEmpty())
        return;
    const QList<OutputImage> &outputs = job->outcome().outputs;
    if (job->state() == JobState::Done && !outputs.isEmpty()) {
        const std::optional<double> cost =
            CostLedger::chargeOf(job->request().model, job->request().values, job->state(), job->outcome());
        const ParameterSpec *seedField = job->request().model.fieldForRole(QStringLiteral("seed"));
        const std::optional<qint64> seed =
            job->outcome().seedUsed(job->request().values, seedField ? seedField->name : QString());
        const qint64 elapsed = job->elapsedMs();
        m_session->images()->load(outputs.constFirst().filePath, kCellImageSide, this,
                                  [this, key, elapsed, cost, seed](const QImage &image, const QString &error) {
                                      if (image.isNull())
                                          m_grid->setCellError(key, tr("The result cannot be read: %1").arg(error));
                                      else
                                          m_grid->setCellResult(key, image, elapsed, cost, seed);
                                  });
    } else {
        m_grid->setCellError(key, JobListModel::stateText(job));
    }
    if (job->state() == JobState::Done)
        Q_EMIT resultsReady(job);
    if (key == m_grid->winner())
        onWinnerChanged(key);
}

void CompareController::onWinnerChanged(const QString &key)
{
    HistoryStore *history = m_session->history();
    if (!history)
        return;
    const Job *job = m_jobs.value(key);
    const QString id = m_session->historyId(job);
    // Written on the history's database thread, in this order (its tasks run one at a time).
    if (!m_winnerHistoryId.isEmpty() && m_winnerHistoryId != id)
        history->inBackground([history, previous = m_winnerHistoryId] { return history->setFavourite(previous, false); });
    if (!id.isEmpty()) {
        history->inBackground([history, id] { return history->setFavourite(id, true); });
        Q_EMIT statusMessage(tr("%1 marked as the winner (a favourite in the history).")
                                 .arg(job->request().model.title));
    }
    m_winnerHistoryId = id;
}

bool CompareController::canJudgeBlind() const
{
    if (m_compareId.isEmpty())
        return false;
    QStringList models;
    for (auto it = m_jobs.constBegin(); it != m_jobs.constEnd(); ++it) {
        const Job *job = it.value();
        if (job && job->state() == JobState::Done && !models.contains(job->request().model.id))
            models.append(job->request().model.id);
    }
    return models.size() >= 2;
}

QList<const ModelSpec *> CompareController::rerunModels() const
{
    QList<const ModelSpec *> models;
    if (!m_catalog)
        return models;
    for (const ModelSpec &model : m_catalog->models()) {
        if (model.fieldForRole(QStringLiteral("structure_image")))
            models.append(&model);
    }
    return models;
}

QJsonObject CompareController::valuesFor(const ModelSpec &model, const QJsonObject &intent) const
{
    QJsonObject overrides = m_lastOverrides.value(model.id);
    if (!m_lastOverrides.contains(model.id)) {
        // A model that was not in the comparison: the structure map and its overrides as now.
        overrides = m_extraValues ? m_extraValues(model) : QJsonObject();
        const QJsonObject own = m_setup->overrides().value(model.id);
        for (auto it = own.constBegin(); it != own.constEnd(); ++it)
            overrides.insert(it.key(), it.value());
    }
    return StudioSession::compareValues(model, intent, overrides, m_lastSketchPath);
}

bool CompareController::rerunCell(const QString &key, const QString &modelId)
{
    const Job *source = m_jobs.value(key);
    if (!source || m_compareId.isEmpty()) {
        Q_EMIT statusMessage(tr("Only a run of this comparison can be run again."));
        return false;
    }
    const ModelSpec &sourceModel = source->request().model;
    const ParameterSpec *sourceSeedField = sourceModel.fieldForRole(QStringLiteral("seed"));
    const std::optional<qint64> seed =
        source->outcome().seedUsed(source->request().values, sourceSeedField ? sourceSeedField->name : QString());
    if (modelId.isEmpty() || modelId == sourceModel.id) {
        const ModelSpec *current = m_catalog ? m_catalog->model(sourceModel.id) : nullptr;
        const ModelSpec model = current ? *current : sourceModel;
        const ParameterSpec *seedField = model.fieldForRole(QStringLiteral("seed"));
        if (!seedField) {
            Q_EMIT statusMessage(tr("%1 takes no seed, so it cannot run with the next one.").arg(model.title));
            return false;
        }
        // The next seed, wrapping around at the field's maximum.
        qint64 next = seed.value_or(0) + 1;
        if (seedField->maximum && double(next) > *seedField->maximum)
            next = seedField->minimum ? qint64(*seedField->minimum) : 0;
        QJsonObject values = source->request().values;
        values.insert(seedField->name, double(next));
        return submitReruns({{model, values}}, tr("%1 with seed %2").arg(model.title).arg(next));
    }
    const ModelSpec *model = m_catalog ? m_catalog->model(modelId) : nullptr;
    if (!model) {
        Q_EMIT statusMessage(tr("The model %1 is not in the catalog.").arg(modelId));
        return false;
    }
    QJsonObject intent = m_lastIntent;
    if (seed)
        intent.insert(QStringLiteral("seed"), double(*seed));
    return submitReruns({{*model, valuesFor(*model, intent)}},
                        tr("%1 on %2").arg(sourceModel.title, model->title));
}

bool CompareController::rerunAll()
{
    if (m_compareId.isEmpty() || m_lastModelIds.isEmpty()) {
        Q_EMIT statusMessage(tr("Run a comparison first."));
        return false;
    }
    // The same rule as a new comparison: one new seed for every model.
    const qint64 seed = QRandomGenerator::global()->bounded(2147483647);
    QJsonObject intent = m_lastIntent;
    intent.insert(QStringLiteral("seed"), double(seed));
    QList<Rerun> reruns;
    for (const QString &id : std::as_const(m_lastModelIds)) {
        if (const ModelSpec *model = m_catalog ? m_catalog->model(id) : nullptr)
            reruns.append({*model, valuesFor(*model, intent)});
    }
    return submitReruns(reruns, tr("This rerun of %n model(s) with seed %1", nullptr, int(reruns.size())).arg(seed));
}

bool CompareController::submitReruns(const QList<Rerun> &reruns, const QString &what)
{
    QList<CostGate::Planned> planned;
    for (const Rerun &rerun : reruns)
        planned.append({rerun.model, rerun.values});
    const QString compareId = m_compareId;
    const QString sketchPath = m_lastSketchPath;
    m_gate->request(planned, what, false, [this, reruns, compareId, sketchPath] {
        if (compareId != m_compareId)
            return; // another comparison started while the designer was asked
        int sent = 0;
        for (const Rerun &rerun : reruns) {
            QString error;
            Job *job = m_session->generate(rerun.model, rerun.values, sketchPath, &error,
                                           {{QStringLiteral("compare"), compareId}});
            if (!job) {
                Q_EMIT statusMessage(error);
                continue;
            }
            m_grid->addCell(job->id(), rerun.model.title, ModelPicker::providerName(rerun.model.provider));
            m_jobs.insert(job->id(), job);
            m_grid->setCellState(job->id(), JobListModel::stateText(job), JobListModel::progressFor(job));
            ++sent;
        }
        if (sent > 0)
            Q_EMIT statusMessage(tr("Running %n more model(s) in this comparison…", nullptr, sent));
    });
    return true;
}

void CompareController::showContextMenu(const QString &key, const QPoint &globalPos)
{
    const Job *job = m_jobs.value(key);
    if (!job)
        return;
    auto *menu = new QMenu(m_dialogParent);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("compareCellMenu"));
    menu->setToolTipsVisible(true);
    const ModelSpec &model = job->request().model;
    QAction *nextSeed = menu->addAction(tr("Rerun with Seed + 1"), this, [this, key] { rerunCell(key); });
    nextSeed->setEnabled(model.fieldForRole(QStringLiteral("seed")) != nullptr);
    QMenu *others = menu->addMenu(tr("Rerun On"));
    for (const ModelSpec *other : rerunModels()) {
        if (other->id == model.id)
            continue;
        const QString id = other->id;
        QAction *action = others->addAction(tr("%1 (%2)").arg(other->title, ModelPicker::providerName(other->provider)),
                                            this, [this, key, id] { rerunCell(key, id); });
        action->setToolTip(tr("The same sketch, prompt and seed on %1").arg(other->title));
    }
    others->setEnabled(!others->isEmpty());
    menu->addAction(tr("Rerun All with a New Seed"), this, [this] { rerunAll(); });
    menu->addSeparator();
    QAction *judge = menu->addAction(tr("Judge Blind…"), this, [this] { Q_EMIT judgeBlindRequested(m_compareId); });
    judge->setEnabled(canJudgeBlind());
    menu->popup(globalPos);
}

void CompareController::exportInteractive()
{
    if (m_grid->cellCount() == 0) {
        Q_EMIT statusMessage(tr("Run a comparison first."));
        return;
    }
    auto *dialog = new QFileDialog(m_dialogParent, tr("Export Comparison"), ImageDropZone::lastFolder(),
                                   tr("PNG image (*.png)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("png"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectFile(QStringLiteral("comparison.png"));
    connect(dialog, &QFileDialog::fileSelected, this, &CompareController::exportTo);
    dialog->open();
}

bool CompareController::exportTo(const QString &path)
{
    if (m_grid->cellCount() == 0)
        return false;
    const QImage image = m_grid->exportImage();
    const QJsonObject record = comparisonRecord();
    const QString sketch = m_lastSketchPath;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QString error = watcher->result();
        Q_EMIT statusMessage(error.isEmpty() ? tr("Comparison saved as %1.").arg(QDir::toNativeSeparators(path))
                                             : tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error));
        Q_EMIT exported(path, error.isEmpty());
    });
    watcher->setFuture(WorkPool::run([image, sketch, record, path] {
        QString error;
        return ComparisonExport::save(image, QFileInfo(sketch).isFile() ? sketch : QString(), record, path, &error)
                   ? QString()
                   : (error.isEmpty() ? tr("unknown error") : error);
    }));
    return true;
}

QJsonObject CompareController::comparisonRecord() const
{
    QJsonObject record{{QStringLiteral("format"), QStringLiteral("reimagine-comparison")},
                       {QStringLiteral("version"), 1}};
    for (const char *key : {"prompt", "negative_prompt", "seed", "strength", "aspect"}) {
        const QJsonValue value = m_lastIntent.value(QLatin1String(key));
        if (!value.isUndefined())
            record.insert(QLatin1String(key), value);
    }
    // The file's name only: an exported image never reveals the designer's folders.
    if (!m_lastSketchPath.isEmpty())
        record.insert(QStringLiteral("sketch"), QFileInfo(m_lastSketchPath).fileName());
    QJsonArray cells;
    for (auto it = m_jobs.constBegin(); it != m_jobs.constEnd(); ++it) {
        const Job *job = it.value();
        if (!job)
            continue;
        const JobOutcome &outcome = job->outcome();
        QJsonObject cell{{QStringLiteral("model"), job->request().model.id},
                         {QStringLiteral("title"), job->request().model.title},
                         {QStringLiteral("provider"), job->request().model.provider},
                         {QStringLiteral("state"), jobStateName(job->state())},
                         {QStringLiteral("winner"), it.key() == m_grid->winner()}};
        const ParameterSpec *seedField = job->request().model.fieldForRole(QStringLiteral("seed"));
        if (const std::optional<qint64> seed = outcome.seedUsed(job->request().values, seedField ? seedField->name : QString()))
            cell.insert(QStringLiteral("seed"), *seed);
        if (outcome.costUsd)
            cell.insert(QStringLiteral("cost_usd"), *outcome.costUsd);
        cell.insert(QStringLiteral("elapsed_ms"), job->elapsedMs());
        cells.append(cell);
    }
    record.insert(QStringLiteral("cells"), cells);
    return record;
}
