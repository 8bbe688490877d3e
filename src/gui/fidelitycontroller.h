#pragma once

#include "structure/structurescore.h"
#include "structure/structuresettings.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class FidelityBar;
class Job;
class ResultsArea;
class SketchController;
class StudioSession;

// The result side of structure: how well each result kept the sketch's lines.
//
// When a job finishes, its results are scored against the sketch it was sent with
// (StructureScore, on a worker thread); the scores go into the history (HistoryStore::
// setStructureScores, with the run's structure settings) and onto the compare cells, and the
// grid can be ordered by them. The before/after view gets the sketch's structure map as its
// "Structure" layer and, like every compare cell, the sketch's lines laid over the result in an
// adjustable colour and opacity (FidelityBar above each). Results opened from the history are
// analysed when shown. Maps are made with the settings stored in the prepared sketch (or the
// current ones for a plain file).
class FidelityController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FidelityController)

public:
    // Results of one analysis: the sketch's map and one score (and cell overlay) per result.
    struct Analysis
    {
        QString sketchPath;
        QImage map;
        StructureSettings settings;
        QList<StructureScore> scores;
        QList<QImage> overlays;   // per result: grid size, or the result's size for the view
    };

    // None of the arguments is owned.
    FidelityController(StudioSession *session, ResultsArea *results, SketchController *sketch,
                       QObject *parent = nullptr);
    ~FidelityController() override;

    FidelityBar *resultBar() const { return m_resultBar; }
    FidelityBar *compareBar() const { return m_compareBar; }

    // The score of result `index` of `job`, once analysed.
    std::optional<StructureScore> score(const Job *job, int index = 0) const;

    static constexpr int CellOverlaySide = 512;

Q_SIGNALS:
    // The results of `job` were scored (and stored in the history).
    void jobScored(Job *job);
    // The shown result's map, score and overlay are in the before/after view.
    void shownResultAnalysed();

private:
    // The kept files of a finished job's results (decoded on the worker that scores them).
    static QStringList resultPaths(const Job *job);
    void onJobFinished(Job *job);
    void onResultShown();
    void onOverlayChanged(FidelityBar *source);
    void applyToView();
    void applyToCells();
    void sortGrid();
    QString resultKey() const;

    StudioSession *m_session = nullptr;
    ResultsArea *m_results = nullptr;
    SketchController *m_sketch = nullptr;
    FidelityBar *m_resultBar = nullptr;
    FidelityBar *m_compareBar = nullptr;

    QHash<QString, QList<StructureScore>> m_scores;     // job id -> score per result
    QHash<QString, QList<QImage>> m_cellOverlays;       // job id -> grid overlay per result (grid cells only)
    // The shown result: its analysis at full size.
    QString m_shownKey;
    Analysis m_shown;
    QColor m_shownColour;
    quint64 m_shownRequest = 0;
};
