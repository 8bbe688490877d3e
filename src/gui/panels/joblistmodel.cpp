#include "joblistmodel.h"

#include "jobs/job.h"
#include "widgets/modelpicker.h"

#include <QColor>

namespace {
constexpr int ThumbSize = JobListModel::ThumbnailSide;
} // namespace

// JobListModel ---------------------------------------------------------------------------------

JobListModel::JobListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void JobListModel::addJob(Job *job)
{
    if (!job || rowOf(job) >= 0)
        return;
    // Newest on top, as in the history: the job just started is the one looked for.
    beginInsertRows(QModelIndex(), 0, 0);
    m_rows.prepend({job, QImage()});
    endInsertRows();

    auto update = [this, job] { updateRow(job); };
    connect(job, &Job::stateChanged, this, update);
    connect(job, &Job::queuePositionChanged, this, update);
    connect(job, &Job::logReceived, this, update);
    connect(job, &Job::handleChanged, this, update);
    connect(job, &Job::finished, this, update);
    connect(job, &Job::waitChanged, this, update);
    connect(job, &Job::waitSecondsChanged, this, update); // the countdown
    connect(job, &Job::progressChanged, this, update);
    connect(job, &QObject::destroyed, this, [this] {
        for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0; --i) {
            if (!m_rows.at(i).job) {
                beginRemoveRows(QModelIndex(), i, i);
                m_rows.removeAt(i);
                endRemoveRows();
            }
        }
        updateRow(nullptr);
    });
    updateRow(job);
}

void JobListModel::clearFinished()
{
    for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0; --i) {
        const Job *job = m_rows.at(i).job;
        if (!job || isTerminal(job->state())) {
            beginRemoveRows(QModelIndex(), i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
}

Job *JobListModel::jobAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).job.data() : nullptr;
}

int JobListModel::rowOf(const Job *job) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).job == job)
            return i;
    }
    return -1;
}

int JobListModel::activeCount() const
{
    int count = 0;
    for (const Row &row : m_rows)
        count += row.job && !isTerminal(row.job->state()) ? 1 : 0;
    return count;
}

void JobListModel::setThumbnail(const Job *job, const QImage &image)
{
    const int row = rowOf(job);
    if (row < 0)
        return;
    m_rows[row].thumbnail = image.isNull() ? QImage()
                                           : image.scaled(ThumbSize, ThumbSize, Qt::KeepAspectRatio,
                                                          Qt::SmoothTransformation);
    const QModelIndex cell = index(row, ModelColumn);
    Q_EMIT dataChanged(cell, cell, {Qt::DecorationRole});
}

void JobListModel::tick()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Job *job = m_rows.at(i).job;
        if (job && !isTerminal(job->state())) {
            const QModelIndex cell = index(i, ElapsedColumn);
            Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole});
        }
    }
}

void JobListModel::updateRow(const Job *job)
{
    const int row = job ? rowOf(job) : -1;
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    const int active = activeCount();
    if (active != m_lastActive) {
        m_lastActive = active;
        Q_EMIT activeCountChanged(active);
    }
}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int JobListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Job *job = row.job;
    if (!job)
        return {};

    switch (role) {
    case JobIdRole:
        return job->id();
    case StateRole:
        return static_cast<int>(job->state());
    case ProgressRole:
        return progressFor(job);
    case LogsRole:
        return job->logs();
    case CanCancelRole:
        return !isTerminal(job->state());
    case CanRetryRole:
        return isTerminal(job->state()) && job->state() != JobState::Done;
    default:
        break;
    }

    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case ModelColumn:
            return job->request().model.title.isEmpty() ? job->request().model.id
                                                        : job->request().model.title;
        case StateColumn:
            return stateText(job);
        case ProgressColumn:
            return QVariant();
        case ElapsedColumn:
            return elapsedText(job->elapsedMs());
        case CostColumn:
            return costText(job);
        case ActionsColumn:
        case ColumnCount:
            return QVariant();
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == ModelColumn)
            return tr("%1 on %2").arg(job->request().model.title,
                                      ModelPicker::providerName(job->request().model.provider));
        if (column == StateColumn)
            return job->outcome().message.isEmpty() ? stateText(job) : job->outcome().message;
        if (column == CostColumn)
            return isTerminal(job->state()) ? tr("What the run cost (as reported by the provider, or "
                                                 "the list price)")
                                            : tr("Estimated from the model's list price");
    }
    if (role == Qt::DecorationRole && column == ModelColumn && !row.thumbnail.isNull())
        return row.thumbnail;
    if (role == Qt::ForegroundRole && column == StateColumn && job->state() == JobState::Failed)
        return QColor(0xc0, 0x39, 0x2b);
    if (role == Qt::TextAlignmentRole && (column == ElapsedColumn || column == CostColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case ModelColumn:
        return tr("Model");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case ElapsedColumn:
        return tr("Time");
    case CostColumn:
        return tr("Cost");
    case ActionsColumn:
    case ColumnCount:
        break;
    }
    return QString();
}

QString JobListModel::stateText(const Job *job)
{
    if (!job)
        return QString();
    // A wait interrupts the stage: "Uploading" would not be true while nothing is sent.
    if (job->isWaiting() && !isTerminal(job->state()))
        return ProviderRun::waitText(job->waitReason(), job->waitRemainingMs());
    switch (job->state()) {
    case JobState::Preparing:
        // Not started yet: waiting for a free slot under the concurrency limits.
        return job->run() ? tr("Preparing") : tr("Waiting for a free slot");
    case JobState::Uploading:
        return tr("Uploading");
    case JobState::Queued:
        return job->queuePosition() >= 0 ? tr("In queue #%1").arg(job->queuePosition() + 1)
                                         : tr("In queue");
    case JobState::Running:
        return job->logProgress().isValid() ? tr("Running, %1").arg(job->logProgress().text())
                                            : tr("Running");
    case JobState::Downloading:
        return tr("Downloading");
    case JobState::Saving:
        return tr("Saving");
    case JobState::Done:
        return tr("Done");
    case JobState::Failed: {
        const QString reason = job->outcome().message.simplified();
        return reason.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(reason);
    }
    case JobState::Cancelled:
        return tr("Cancelled");
    case JobState::Interrupted:
        return tr("Interrupted: not sent again");
    }
    return QString();
}

int JobListModel::progressFor(const Job *job)
{
    if (!job)
        return 0;
    switch (job->state()) {
    case JobState::Preparing:
        return 2;
    case JobState::Uploading:
        return 10;
    case JobState::Queued:
        return 25;
    case JobState::Running:
        // Determinate when the provider's log gives steps or a percentage.
        return job->logProgress().isValid()
                   ? RunningFrom + job->logProgress().percent() * (RunningTo - RunningFrom) / 100
                   : -1;
    case JobState::Downloading:
        return 90;
    case JobState::Saving:
        return 97;
    case JobState::Done:
        return 100;
    case JobState::Failed:
    case JobState::Cancelled:
    case JobState::Interrupted:
        return 0;
    }
    return 0;
}

QString JobListModel::elapsedText(qint64 ms)
{
    const qint64 seconds = qMax<qint64>(0, ms / 1000);
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString JobListModel::costText(const Job *job)
{
    if (!job)
        return QString();
    const ModelSpec &model = job->request().model;
    const std::optional<double> estimate = model.estimatedCost(job->request().values);
    const std::optional<double> actual = job->outcome().costUsd;
    switch (job->state()) {
    case JobState::Done:
    case JobState::Saving:
        if (actual)
            return ModelPicker::formatUsd(*actual);
        return estimate ? ModelPicker::formatUsd(*estimate) : tr("—");
    case JobState::Failed:
    case JobState::Cancelled:
    case JobState::Interrupted:
        // Charged failures are flagged; otherwise nothing was paid.
        return actual && *actual > 0 ? tr("%1 charged").arg(ModelPicker::formatUsd(*actual)) : tr("—");
    default:
        return estimate ? tr("≈ %1").arg(ModelPicker::formatUsd(*estimate)) : tr("—");
    }
}
