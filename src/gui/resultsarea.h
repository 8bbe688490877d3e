#pragma once

#include "schema/parametervalidator.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <optional>

class BeforeAfterView;
class CompareGrid;
class FailureBanner;
class Job;
class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;
class QToolButton;
class SketchCanvas;
class StudioSession;
struct HistoryEntry;

// The main window's centre: a failure banner above a stack of the sketch canvas, the result page
// (toolbar with back buttons, caption, view modes, Fit and 100 %; the before/after view; a
// filmstrip of every result of this session) and the compare grid. It keeps the results shown in
// this session and the decoded sketches they were made from.
class ResultsArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsArea)

public:
    enum class Page { Sketch = 0, Result = 1, Compare = 2 };

    // A result of this session: where its file is and a small thumbnail. The full image is
    // decoded through the session's bounded ImageCache when it is shown.
    struct Result
    {
        QPointer<Job> job;
        int index = 0;
        QImage thumb;
        QSize size;
        QString sketchPath;
        QString historyId;
        QString outputPath; // the kept PNG (history result) with its metadata
        QString prompt;
        std::optional<qint64> seed;
    };

    // `session` is not owned and must outlive the area.
    explicit ResultsArea(StudioSession *session, QWidget *parent = nullptr);
    ~ResultsArea() override;

    SketchCanvas *canvas() const { return m_canvas; }
    BeforeAfterView *beforeAfterView() const { return m_beforeAfter; }
    CompareGrid *compareGrid() const { return m_compareGrid; }
    QListWidget *filmstrip() const { return m_filmstrip; }
    FailureBanner *banner() const { return m_banner; }

    // View actions for the menus (Wipe, Side by Side, Blend listen on the result page only).
    QList<QAction *> modeActions() const;
    QAction *fitAction() const { return m_fitAction; }
    QAction *actualSizeAction() const { return m_actualSizeAction; }

    Page currentPage() const;
    void setCurrentPage(Page page);
    // In compare mode the result page offers "Back to Grid" instead of "Sketch".
    void setCompareMode(bool on);

    // The sketch on the canvas: decoded off the GUI thread for the views and the grid's aspect.
    void setCurrentSketch(const QString &path);
    // Starts decoding `path` (a local file) unless it is known already.
    void decodeSketch(const QString &path);
    // The decoded sketch when it is in the image cache (null while it is being decoded).
    QImage sketchImage(const QString &path) const;

    // Appends the results of a finished job to the filmstrip; returns the index of the first.
    int addJobResults(Job *job);
    // Reads a history result off the GUI thread, appends it and shows it.
    void openHistoryResult(const QString &path, const QString &sketchPath, const QString &historyId,
                           const QString &prompt = QString(), std::optional<qint64> seed = std::nullopt);
    // Shows the last result of `job`; false when it has none here.
    bool showJobResult(const Job *job);
    void showResult(int index);
    int shownResultIndex() const { return m_shownResult; }
    // The shown result (an empty one when none is shown).
    Result shownResult() const;
    // Puts `bar` between the result page's toolbar and the before/after view.
    void insertResultBar(QWidget *bar);
    int resultCount() const { return static_cast<int>(m_results.size()); }
    // The job of the shown result (nullptr for history entries or nothing).
    Job *shownJob() const;
    // Saves the shown result (PNG with metadata, JPEG or WebP by extension) off the GUI thread;
    // the outcome comes as statusMessage(). False at once when there is nothing to save.
    bool saveShownResult(const QString &path);

    // Asks for a file name (non-blocking dialog) and saves the shown result there.
    void saveResultInteractive();
    // Where Save Result proposes to save the shown result: the output folder of the settings (or
    // the folder used last), a name of prompt words and seed that is not taken yet, in the
    // settings' format. Empty when no result is shown.
    QString proposedSavePath() const;

    // Opens the result of a history entry (or says why there is none).
    void openHistoryEntry(const HistoryEntry &entry);
    // A finished job outside a comparison: its results are added (and shown unless in compare
    // mode), a cancellation is reported, a failure goes to the banner (see showFailure). Returns
    // the field errors for the form.
    QList<FieldError> showJobOutcome(Job *job, const ModelSpec &formModel);
    // Says in the banner why `job` failed or was interrupted, with the fitting action: Open
    // Settings for a rejected key, Fix Field when the provider named fields of `formModel` (the
    // model in the form), otherwise Retry. Returns those field errors for the form, or nothing.
    QList<FieldError> showFailure(Job *job, const ModelSpec &formModel);
    // The results of this session, as the before side names them ("Bria Reimagine 3.2, result
    // 1"), in the filmstrip's order.
    QStringList resultTitles() const;
    // Puts result `index` on the before side of the view (read off the GUI thread), to compare
    // the shown result with it in every mode.
    void compareWithResult(int index);
    // No API key for `provider`: how to add one, with Open Settings.
    void showKeyMissing(const QString &provider);

Q_SIGNALS:
    void pageChanged();
    // A history result was read and is about to be shown.
    void historyResultOpened();
    // showResult() put a result into the before/after view (once its image was read).
    void resultShown();
    // A result joined the filmstrip (resultTitles() changed).
    void resultsChanged();
    // compareWithResult() has put that result on the before side.
    void otherResultShown();
    void statusMessage(const QString &message);

private:
    QString resultTitle(const Result &result) const;
    QWidget *createResultPage();
    void appendResult(const Result &result);
    void refreshFilmstrip();
    void updateCaption();
    void updateControls();

    StudioSession *m_session = nullptr;
    FailureBanner *m_banner = nullptr;
    QStackedWidget *m_stack = nullptr;
    SketchCanvas *m_canvas = nullptr;
    QWidget *m_resultPage = nullptr;
    BeforeAfterView *m_beforeAfter = nullptr;
    QListWidget *m_filmstrip = nullptr;
    QLabel *m_caption = nullptr;
    QToolButton *m_backToGridButton = nullptr;
    QToolButton *m_backToSketchButton = nullptr;
    QAction *m_backToGridAction = nullptr;
    QAction *m_backToSketchAction = nullptr;
    CompareGrid *m_compareGrid = nullptr;

    QActionGroup *m_modeGroup = nullptr;
    QAction *m_wipeAction = nullptr;
    QAction *m_sideBySideAction = nullptr;
    QAction *m_blendAction = nullptr;
    QAction *m_onionAction = nullptr;
    QAction *m_differenceAction = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_actualSizeAction = nullptr;

    QString m_currentSketch;
    QList<Result> m_results;
    int m_shownResult = -1;
    bool m_compareMode = false;
};
