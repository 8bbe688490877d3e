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

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
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
    if (!m_winnerHistoryId.isEmpty() && m_winnerHistoryId != id)
        history->setFavourite(m_winnerHistoryId, false);
    if (!id.isEmpty()) {
        history->setFavourite(id, true);
        Q_EMIT statusMessage(tr("%1 marked as the winner (a favourite in the history).")
                                 .arg(job->request().model.title));
    }
    m_winnerHistoryId = id;
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
    watcher->setFuture(QtConcurrent::run([image, sketch, record, path] {
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
