#pragma once

#include "model/jobtypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QImage>
#include <QList>
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

// One row per job: model, state in words, progress, elapsed time, cost. The jobs are not owned.
class JobListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobListModel)

public:
    enum Column
    {
        ModelColumn,
        StateColumn,
        ProgressColumn,
        ElapsedColumn,
        CostColumn,
        ActionsColumn,
        ColumnCount
    };
    enum Role
    {
        JobIdRole = Qt::UserRole + 1,
        StateRole,       // JobState as int
        ProgressRole,    // 0–100, or -1 while busy with no known progress
        LogsRole,        // QStringList
        CanCancelRole,
        CanRetryRole,
    };

    explicit JobListModel(QObject *parent = nullptr);

    void addJob(Job *job);
    void clearFinished();
    Job *jobAt(int row) const;
    int rowOf(const Job *job) const;
    int activeCount() const;
    // The result thumbnail shown in the model column.
    void setThumbnail(const Job *job, const QImage &image);
    // Refreshes the elapsed time of running jobs (the panel's one-second tick).
    void tick();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Uploading", "In queue #3", "Running", "Done", "Failed: <reason>", "Cancelled" ...
    static QString stateText(const Job *job);
    // A rough step for bars that need one: -1 while the provider works with no known progress.
    static int progressFor(const Job *job);
    static QString elapsedText(qint64 ms);
    // "≈ $0.04" while running (estimate), "$0.04" when done, "—" when unknown.
    static QString costText(const Job *job);

Q_SIGNALS:
    void activeCountChanged(int count);

private:
    void updateRow(const Job *job);

    struct Row
    {
        QPointer<Job> job;
        QImage thumbnail;
    };
    QList<Row> m_rows;
    int m_lastActive = 0;
};

// The bottom dock "Jobs": the job list with a progress bar, Cancel and Retry per row, and a
// details pane with the selected job's provider logs. One timer (1 s) ticks the elapsed times
// while a job is active.
class JobsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsPanel)

public:
    static constexpr int ThumbnailSide = 32; // the result thumbnail in the model column

    explicit JobsPanel(QWidget *parent = nullptr);
    ~JobsPanel() override;

    void addJob(Job *job);
    void setThumbnail(const Job *job, const QImage &image);
    void selectJob(const Job *job);
    Job *selectedJob() const;

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
