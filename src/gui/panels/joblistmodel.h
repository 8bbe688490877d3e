#pragma once

#include "model/jobtypes.h"

#include <QAbstractTableModel>
#include <QImage>
#include <QList>
#include <QPointer>

class Job;

// One row per job: model, state in words, progress, elapsed time, cost. The jobs are not owned.
class JobListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobListModel)

public:
    static constexpr int ThumbnailSide = 32; // the result thumbnail in the model column
    // The bar's share of a job that is being run: from being queued to downloading the result.
    // A provider's step figures fill this span, so the bar never runs backwards.
    static constexpr int RunningFrom = 25;
    static constexpr int RunningTo = 90;

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
        ProgressRole,    // 0–100 for the whole job, or -1 while busy with no known progress
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
    // Refreshes the elapsed time of running jobs (the panel's one-second tick). A wait's
    // seconds follow the job's own countdown (Job::waitSecondsChanged()), not this tick.
    void tick();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Uploading", "In queue #3", "Running", "Running, step 16 of 30", "Done", "Failed:
    // <reason>", "Cancelled" ..., or a wait: "Rate-limited by fal, retrying in 3 s".
    static QString stateText(const Job *job);
    // A rough step for bars that need one; while running, the provider's own figure mapped
    // onto RunningFrom–RunningTo, or -1 when it gives none.
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
