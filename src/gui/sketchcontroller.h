#pragma once

#include "structure/sketchstrokes.h"
#include "structure/structuresettings.h"

#include <QFutureWatcher>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QPointF>
#include <QString>

class ModelPanel;
class QTimer;
class QUndoStack;
class SketchCanvas;
class SketchToolStrip;
class StructurePanel;
struct ModelSpec;

// The sketch side of structure: from the designer's file to what is sent.
//
// The canvas shows the file; the StructurePanel and SketchToolStrip choose the clean-up, the
// structure map, the view and the tools. Every change is debounced and then computed off the GUI
// thread (SketchPreparation: clean-up, corrections, map; one job at a time, the newest settings
// win). A sketch that differs from the file is stored as a PNG in <data>/sketches/ (named by its
// content; the settings, the corrections and the original's path are in its metadata) and the
// canvas hands that path on (SketchCanvas::setPreparedSource), so the form, comparisons and the
// history use it and the original file stays untouched. With "Send this map" and a model that
// takes a ready map (StructureInputs, Bria's canny input), the stored map goes into that field
// and the model's preprocessing is switched off: the map shown is the map sent.
//
// Corrections (pen and eraser strokes) and page corners are undoable. A prepared sketch that
// comes back (a history entry reused, a preset) brings its original, settings and corrections
// back with it.
class SketchController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SketchController)

public:
    struct Prepared
    {
        quint64 generation = 0;
        QString source;       // the original it was made from
        QImage base;          // clean-up without corrections (what the canvas draws them over)
        QImage sketch;        // what is sent
        QImage map;
        QString sketchPath;   // stored when it differs from the original
        QString mapPath;      // stored when the map is sent
        QList<QPointF> detectedCorners;
        bool detectionFailed = false;
        QString error;
        qint64 elapsedMs = 0;
    };

    // None of the arguments is owned; `dataDir` holds sketches/.
    SketchController(SketchCanvas *canvas, ModelPanel *modelPanel, const QString &dataDir, QObject *parent = nullptr);
    ~SketchController() override;

    StructurePanel *panel() const;
    SketchToolStrip *toolStrip() const;
    QUndoStack *undoStack() const { return m_undo; }

    // The settings in use, page corners included.
    StructureSettings settings() const { return m_settings; }
    // Settings from a preset or a history entry (page corners only when they belong to the
    // current sketch: `keepCorners`).
    void applySettings(const StructureSettings &settings, bool keepCorners = false);
    QList<SketchStroke> strokes() const { return m_strokes; }
    void addStroke(const SketchStroke &stroke);
    void setCorners(const QList<QPointF> &corners);

    QString originalPath() const { return m_originalPath; }
    // The file that is sent as the sketch: the prepared copy or the original.
    QString sentSketchPath() const;
    QString mapPath() const { return m_prepared.mapPath; }
    QImage sketchImage() const { return m_prepared.sketch; }
    QImage mapImage() const { return m_prepared.map; }
    bool isPreparing() const { return m_busy || m_pending; }

    // Values that put the map into `model`'s map field with its preprocessing off (compare
    // mode); empty when the map is not sent or the model takes none.
    QJsonObject mapValues(const ModelSpec &model) const;

    // The directory prepared sketches and maps are stored in.
    QString sketchDirectory() const { return m_sketchDir; }

Q_SIGNALS:
    // A preparation finished and its result is shown and in use.
    void prepared();
    void statusMessage(const QString &message);

private:
    void onSketchChanged(const QString &source);
    void onSketchLoaded(const QImage &image);
    void onPanelChanged();
    void onToolChanged();
    void onModelChanged();
    void findPage();
    void schedule();
    void start();
    void onFinished();
    void apply(const Prepared &result);
    void showView();
    void syncForm();
    void restoreFrom(const QString &preparedPath, const QJsonObject &metadata);
    void setStrokes(const QList<SketchStroke> &strokes);
    void saveDefaults() const;
    QString statusText() const;

    friend class StrokeCommand;
    friend class CornersCommand;

    SketchCanvas *m_canvas = nullptr;
    ModelPanel *m_modelPanel = nullptr;
    // Made here, shown in the window's structure dock and on the canvas: whichever of them goes
    // first deletes them, so they are watched.
    QPointer<StructurePanel> m_panel;
    QPointer<SketchToolStrip> m_strip;
    QUndoStack *m_undo = nullptr;
    QTimer *m_debounce = nullptr;
    QFutureWatcher<Prepared> m_watcher;
    QString m_sketchDir;

    QString m_originalPath;
    QImage m_original;
    StructureSettings m_settings;
    QList<SketchStroke> m_strokes;
    Prepared m_prepared;
    quint64 m_generation = 0;
    bool m_busy = false;
    bool m_pending = false;
    bool m_autoCorners = true;      // find the page once when the clean-up is on and no corners are set
    bool m_findRequested = false;
    bool m_formHoldsMap = false;
    bool m_cornersShown = false;    // the Corners tool was on (leaving it shows the sketch)
};
