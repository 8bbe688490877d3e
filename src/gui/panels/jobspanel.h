#pragma once

#include "joblistmodel.h"

#include <QImage>
#include <QPointer>
#include <QWidget>

class Job;
class QLabel;
class QModelIndex;
class QPlainTextEdit;
class QSplitter;
class QStackedWidget;
class QTimer;
class QTreeView;

// The bottom dock "Jobs": the job list (newest on top) with a progress bar, Cancel and Retry per
// row, and a details pane with the provider logs of the selected job, or with none selected, of
// the newest running one. One timer (1 s) ticks the elapsed times and the seconds of waits
// while a job is active.
class JobsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsPanel)

public:
    static constexpr int ThumbnailSide = JobListModel::ThumbnailSide;

    explicit JobsPanel(QWidget *parent = nullptr);
    ~JobsPanel() override;

    void addJob(Job *job);
    void setThumbnail(const Job *job, const QImage &image);
    void selectJob(const Job *job);
    Job *selectedJob() const;
    // The job the log pane shows: the selected one; with none selected, the newest running
    // job, else the newest job. nullptr when there are no jobs.
    Job *logJob() const;

    JobListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QPlainTextEdit *logView() const { return m_logs; }
    // The Cancel or Retry button of a row (objectNames "cancelButton", "retryButton").
    QWidget *rowButton(const Job *job, const QString &objectName) const;
    bool isTicking() const;

public Q_SLOTS:
    void clearFinished();

Q_SIGNALS:
    // Cancel acts on the job itself; the signal is for the owner's status line.
    void cancelRequested(Job *job);
    void retryRequested(Job *job);
    // A row was double-clicked: show the job's result.
    void openRequested(Job *job);
    void activeCountChanged(int count);
    // Clear Finished removed the ended jobs' rows: their jobs can be let go.
    void finishedCleared();

private:
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void installRowWidgets(int row);
    void updateRowWidgets(int row);
    void updateLogs();
    void updateEmptyState();

    JobListModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_view = nullptr;
    QPlainTextEdit *m_logs = nullptr;
    QTimer *m_tick = nullptr;
};
