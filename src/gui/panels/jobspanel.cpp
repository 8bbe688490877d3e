#include "jobspanel.h"

#include "jobs/job.h"
#include "widgets/modelpicker.h"

#include <QColor>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
constexpr int Spacing = 8;
constexpr int ThumbSize = JobsPanel::ThumbnailSide;
constexpr int TickMs = 1000;
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
    const int row = static_cast<int>(m_rows.size());
    beginInsertRows(QModelIndex(), row, row);
    m_rows.append({job, QImage()});
    endInsertRows();

    auto update = [this, job] { updateRow(job); };
    connect(job, &Job::stateChanged, this, update);
    connect(job, &Job::queuePositionChanged, this, update);
    connect(job, &Job::logReceived, this, update);
    connect(job, &Job::handleChanged, this, update);
    connect(job, &Job::finished, this, update);
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
        return tr("Running");
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
        return -1;
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

// JobsPanel ------------------------------------------------------------------------------------

JobsPanel::JobsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new JobListModel(this))
{
    setObjectName(QStringLiteral("jobsPanel"));
    qRegisterMetaType<Job *>();

    m_stack = new QStackedWidget(this);

    m_empty = new QLabel(tr("No jobs yet. Generate (%1) to start one.")
                             .arg(QKeySequence(Qt::CTRL | Qt::Key_Enter).toString(QKeySequence::NativeText)),
                         m_stack);
    m_empty->setObjectName(QStringLiteral("jobsEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    QPalette muted = m_empty->palette();
    QColor text = muted.color(QPalette::WindowText);
    text.setAlphaF(0.6);
    muted.setColor(QPalette::WindowText, text);
    m_empty->setPalette(muted);

    m_splitter = new QSplitter(Qt::Horizontal, m_stack);
    m_splitter->setObjectName(QStringLiteral("jobsSplitter"));
    m_splitter->setChildrenCollapsible(false);

    m_view = new QTreeView(m_splitter);
    m_view->setObjectName(QStringLiteral("jobsView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setIconSize(QSize(ThumbSize, ThumbSize / 4 * 3));
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAccessibleName(tr("Jobs"));
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(JobListModel::ModelColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(JobListModel::StateColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(JobListModel::ProgressColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(JobListModel::ElapsedColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(JobListModel::CostColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(JobListModel::ActionsColumn, QHeaderView::Fixed);
    header->resizeSection(JobListModel::ModelColumn, 200);
    header->resizeSection(JobListModel::ProgressColumn, 120);
    header->resizeSection(JobListModel::ActionsColumn, 72);

    m_logs = new QPlainTextEdit(m_splitter);
    m_logs->setObjectName(QStringLiteral("jobLogs"));
    m_logs->setReadOnly(true);
    m_logs->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_logs->setPlaceholderText(tr("Select a job to see its details and the provider's log."));
    m_logs->setAccessibleName(tr("Job log"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF() * 0.9);
    m_logs->setFont(mono);

    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_logs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_splitter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_tick = new QTimer(this);
    m_tick->setInterval(TickMs);
    connect(m_tick, &QTimer::timeout, m_model, &JobListModel::tick);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &JobsPanel::onRowsInserted);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &JobsPanel::updateEmptyState);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                    updateRowWidgets(row);
                const QModelIndex current = m_view->currentIndex();
                if (current.isValid() && current.row() >= topLeft.row() && current.row() <= bottomRight.row()
                    && bottomRight.column() != JobListModel::ElapsedColumn)
                    updateLogs();
            });
    connect(m_model, &JobListModel::activeCountChanged, this, [this](int count) {
        if (count > 0)
            m_tick->start();
        else
            m_tick->stop();
        Q_EMIT activeCountChanged(count);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &JobsPanel::updateLogs);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (Job *job = m_model->jobAt(index.row()))
            Q_EMIT openRequested(job);
    });

    updateEmptyState();
}

JobsPanel::~JobsPanel() = default;

void JobsPanel::addJob(Job *job)
{
    m_model->addJob(job);
}

void JobsPanel::setThumbnail(const Job *job, const QImage &image)
{
    m_model->setThumbnail(job, image);
}

void JobsPanel::selectJob(const Job *job)
{
    const int row = m_model->rowOf(job);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, JobListModel::ModelColumn));
}

Job *JobsPanel::selectedJob() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->jobAt(current.row()) : nullptr;
}

QWidget *JobsPanel::rowButton(const Job *job, const QString &objectName) const
{
    const int row = m_model->rowOf(job);
    if (row < 0)
        return nullptr;
    QWidget *actions = m_view->indexWidget(m_model->index(row, JobListModel::ActionsColumn));
    return actions ? actions->findChild<QWidget *>(objectName) : nullptr;
}

bool JobsPanel::isTicking() const
{
    return m_tick->isActive();
}

void JobsPanel::clearFinished()
{
    m_model->clearFinished();
    Q_EMIT finishedCleared();
}

void JobsPanel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    for (int row = first; row <= last; ++row)
        installRowWidgets(row);
    updateEmptyState();
    // The newest job is the interesting one.
    m_view->scrollTo(m_model->index(last, 0));
    if (!m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(last, JobListModel::ModelColumn));
}

void JobsPanel::installRowWidgets(int row)
{
    auto *bar = new QProgressBar;
    bar->setObjectName(QStringLiteral("jobProgress"));
    bar->setTextVisible(false);
    bar->setMaximumHeight(fontMetrics().height());
    auto *barHolder = new QWidget;
    auto *barLayout = new QHBoxLayout(barHolder);
    barLayout->setContentsMargins(Spacing / 2, 0, Spacing / 2, 0);
    barLayout->addWidget(bar);
    m_view->setIndexWidget(m_model->index(row, JobListModel::ProgressColumn), barHolder);

    auto *actions = new QWidget;
    auto *actionsLayout = new QHBoxLayout(actions);
    actionsLayout->setContentsMargins(0, 0, Spacing / 2, 0);
    actionsLayout->setSpacing(Spacing / 2);

    auto *cancel = new QToolButton(actions);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    cancel->setToolTip(tr("Cancel this job (the provider is asked to stop it)"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAutoRaise(true);

    auto *retry = new QToolButton(actions);
    retry->setObjectName(QStringLiteral("retryButton"));
    retry->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    retry->setToolTip(tr("Run the same request again"));
    retry->setAccessibleName(tr("Retry"));
    retry->setAutoRaise(true);

    actionsLayout->addStretch(1);
    actionsLayout->addWidget(cancel);
    actionsLayout->addWidget(retry);
    m_view->setIndexWidget(m_model->index(row, JobListModel::ActionsColumn), actions);

    // Buttons find their job when clicked: rows move when others are removed.
    const QPointer<Job> job = m_model->jobAt(row);
    connect(cancel, &QToolButton::clicked, this, [this, job] {
        if (!job)
            return;
        job->cancel();
        Q_EMIT cancelRequested(job);
    });
    connect(retry, &QToolButton::clicked, this, [this, job] {
        if (job)
            Q_EMIT retryRequested(job);
    });
    updateRowWidgets(row);
}

void JobsPanel::updateRowWidgets(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    if (!index.isValid())
        return;
    if (QWidget *holder = m_view->indexWidget(m_model->index(row, JobListModel::ProgressColumn))) {
        if (auto *bar = holder->findChild<QProgressBar *>()) {
            const int progress = index.data(JobListModel::ProgressRole).toInt();
            if (progress < 0) {
                bar->setRange(0, 0);
            } else {
                bar->setRange(0, 100);
                bar->setValue(progress);
            }
            const auto state = static_cast<JobState>(index.data(JobListModel::StateRole).toInt());
            bar->setVisible(!isTerminal(state) || state == JobState::Done);
        }
    }
    if (QWidget *actions = m_view->indexWidget(m_model->index(row, JobListModel::ActionsColumn))) {
        if (auto *cancel = actions->findChild<QToolButton *>(QStringLiteral("cancelButton")))
            cancel->setVisible(index.data(JobListModel::CanCancelRole).toBool());
        if (auto *retry = actions->findChild<QToolButton *>(QStringLiteral("retryButton")))
            retry->setVisible(index.data(JobListModel::CanRetryRole).toBool());
    }
}

void JobsPanel::updateLogs()
{
    const Job *job = selectedJob();
    if (!job) {
        m_logs->clear();
        return;
    }
    QStringList lines;
    lines << tr("%1 · %2").arg(job->request().model.title,
                               ModelPicker::providerName(job->request().model.provider));
    lines << JobListModel::stateText(job);
    if (!job->handle().requestId.isEmpty())
        lines << tr("Request %1").arg(job->handle().requestId);
    for (const ApiFieldError &error : job->outcome().fieldErrors)
        lines << (error.field.isEmpty() ? error.message : error.field + QStringLiteral(": ") + error.message);
    if (!job->logs().isEmpty()) {
        lines << QString();
        lines << job->logs();
    }
    const QString text = lines.join(QLatin1Char('\n'));
    if (text != m_logs->toPlainText()) {
        m_logs->setPlainText(text);
        m_logs->moveCursor(QTextCursor::End);
    }
}

void JobsPanel::updateEmptyState()
{
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_empty) : m_splitter);
}
