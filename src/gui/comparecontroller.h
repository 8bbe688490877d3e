#pragma once

#include "schema/modelspec.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QString>

#include <functional>

class QPoint;

class CompareGrid;
class CostGate;
class CompareSetup;
class Job;
Q_MOC_INCLUDE("jobs/job.h")
class ModelCatalog;
class StudioSession;
class QWidget;

// Compare mode without the window: runs the CompareSetup's intent on its models through the
// session, follows each job into its CompareGrid cell (state, progress, result, time, cost,
// seed), makes the grid's winner the favourite in the history and exports the grid as one PNG.
class CompareController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareController)

public:
    // None of the arguments is owned; `dialogParent` parents the export file dialog, `gate`
    // prices and confirms every comparison.
    CompareController(StudioSession *session, ModelCatalog *catalog, CompareSetup *setup,
                      CompareGrid *grid, CostGate *gate, QWidget *dialogParent, QObject *parent = nullptr);
    ~CompareController() override;

    // Asks to compare the setup's models on `sketchPath` (whose decoded image, when known, sets
    // the cells' aspect). Returns false (and statusMessage() says why) when the setup cannot
    // run. The intent, models and values are captured now; the CostGate may ask first, and
    // started() follows when the jobs were sent (models whose values were refused get none).
    bool run(const QString &sketchPath, const QImage &sketch);
    // Jobs of the current comparison, by cell key.
    QHash<QString, Job *> jobs() const;
    bool isCompareJob(const Job *job) const { return !keyOf(job).isEmpty(); }

    void exportInteractive();
    // Saves the grid with its header and record as PNG at `path`, off the GUI thread; the
    // outcome goes to statusMessage() and exported(). False at once when there is no grid.
    bool exportTo(const QString &path);
    // The comparison as the exported PNG carries it (ComparisonExport).
    QJsonObject comparisonRecord() const;

    // The comparison shown: its id in the history (runs and reruns share it); empty before one.
    QString compareId() const { return m_compareId; }
    // Whether the grid has results of at least two models to judge blind.
    bool canJudgeBlind() const;

    // Reruns, priced and confirmed by the CostGate like every run; the new results join the
    // comparison as cells of their own. A cell on another model (`modelId`), with the cell's
    // seed and the comparison's intent, or on its own model with the seed + 1 (`modelId`
    // empty). False (and statusMessage() says why) when it cannot run.
    bool rerunCell(const QString &key, const QString &modelId = QString());
    // Every model of the comparison again with one new shared seed.
    bool rerunAll();
    // Models a cell can be rerun on: the catalog's models that take a sketch.
    QList<const ModelSpec *> rerunModels() const;

    // Values every comparison adds for a model, under the per-model overrides (which win): the
    // structure map for models that take one (SketchController::mapValues).
    void setExtraValues(std::function<QJsonObject(const ModelSpec &)> extraValues);

Q_SIGNALS:
    void statusMessage(const QString &message);
    // A comparison was sent: its jobs.
    void started(const QList<Job *> &jobs);
    // A finished compare job whose results belong in the filmstrip.
    void resultsReady(Job *job);
    void openRequested(Job *job);
    void saveRequested(Job *job);
    void exported(const QString &path, bool ok);
    // Judge the comparison `compareId` blind (the grid's context menu).
    void judgeBlindRequested(const QString &compareId);

private:
    void start(const QStringList &ids, const QJsonObject &intent, const QHash<QString, QJsonObject> &overrides,
               const QString &sketchPath, double aspect);
    QString keyOf(const Job *job) const;
    void onJobAdded(Job *job);
    void onJobStateChanged(Job *job);
    void onJobFinished(Job *job);
    void onWinnerChanged(const QString &key);
    void showContextMenu(const QString &key, const QPoint &globalPos);
    // The values a comparison sends to `model` with `intent` (structure map and overrides in).
    QJsonObject valuesFor(const ModelSpec &model, const QJsonObject &intent) const;
    struct Rerun
    {
        ModelSpec model;
        QJsonObject values;
    };
    bool submitReruns(const QList<Rerun> &reruns, const QString &what);

    StudioSession *m_session = nullptr;
    ModelCatalog *m_catalog = nullptr;
    CompareSetup *m_setup = nullptr;
    CompareGrid *m_grid = nullptr;
    CostGate *m_gate = nullptr;
    QPointer<QWidget> m_dialogParent;
    QHash<QString, QPointer<Job>> m_jobs; // cell key -> job
    std::function<QJsonObject(const ModelSpec &)> m_extraValues;
    QString m_winnerHistoryId;
    QJsonObject m_lastIntent;
    QString m_lastSketchPath;
    QStringList m_lastModelIds;
    QHash<QString, QJsonObject> m_lastOverrides;
    QString m_compareId;
};
