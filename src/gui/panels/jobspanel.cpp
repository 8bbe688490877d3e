#include "jobspanel.h"

#include "jobs/job.h"
#include "widgets/modelpicker.h"
#include "widgets/themecolors.h"

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
    ThemeColors::mute(m_empty);

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
    m_view->setAccessibleDescription(tr("The runs of this session with their state, progress, time and cost; "
                                        "select one to read its log"));
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
    m_logs->setAccessibleDescription(tr("What happened during the selected run, step by step"));
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
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateEmptyState();
        updateLogs();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                    updateRowWidgets(row);
                // Any job's change may change which job the pane follows (one finished, so
                // another is now the newest running); the elapsed-time tick changes nothing.
                if (bottomRight.column() != JobListModel::ElapsedColumn)
                    updateLogs();
            });
    connect(m_model, &JobListModel::activeCountChanged, this, [this](int count) {
        if (count > 0)
            m_tick->start();
        else
            m_tick->stop();
        Q_EMIT activeCountChanged(count);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JobsPanel::updateLogs);
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
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->jobAt(rows.constFirst().row());
}

Job *JobsPanel::logJob() const
{
    if (Job *job = selectedJob())
        return job;
    // Rows are newest first: the first started, unfinished one is the newest running job. A
    // job still waiting for a free slot has nothing to tell yet.
    auto running = [](const Job *job) {
        return job && !isTerminal(job->state()) && !(job->state() == JobState::Preparing && !job->run());
    };
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (Job *job = m_model->jobAt(row); running(job))
            return job;
    }
    return m_model->jobAt(0); // none runs: the newest, so its ending stays readable
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
    // The newest job (on top) is the interesting one. It is not selected: a selection would
    // hold the log pane on it after newer jobs started (see logJob()).
    m_view->scrollTo(m_model->index(first, 0));
    updateLogs();
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
    const Job *job = logJob();
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
