#include "leaderboardpanel.h"

#include "widgets/imagedropzone.h"

#include "history/historystore.h"
#include "session/costledger.h"
#include "base/workpool.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QThreadPool>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

struct Snapshot
{
    QList<Leaderboard::Row> rows;
    QStringList tags;
};

enum Column { Rank, Model, Rating, Votes, Time, Cost, Structure, ColumnCount };

} // namespace

LeaderboardPanel::LeaderboardPanel(HistoryStore *history, QThreadPool *workers, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_workers(workers ? workers : WorkPool::instance())
{
    setObjectName(QStringLiteral("leaderboardPanel"));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("leaderboardScope"));
    m_scope->setAccessibleName(tr("Runs ranked"));
    m_scope->setAccessibleDescription(tr("Rank the models on every run or on the runs of one tag"));
    m_scope->addItem(tr("All runs"), QString());
    connect(m_scope, &QComboBox::activated, this, [this] {
        m_wantedScope = m_scope->currentData().toString();
        refresh();
    });
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("leaderboardExport"));
    m_export->setAccessibleDescription(tr("Save the leaderboard as a CSV file for a spreadsheet"));
    connect(m_export, &QPushButton::clicked, this, &LeaderboardPanel::chooseExportFile);

    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("leaderboardTable"));
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setUniformRowHeights(true);
    m_table->setColumnCount(ColumnCount);
    m_table->setHeaderLabels({tr("#"), tr("Model"), tr("Rating"), tr("Votes"), tr("Time"), tr("Cost"),
                              tr("Structure")});
    m_table->headerItem()->setToolTip(Rating, tr("Bradley-Terry rating from your blind votes on the Elo scale: "
                                                 "1000 is the middle, 400 more means ten times the odds of winning"));
    m_table->headerItem()->setToolTip(Votes, tr("Blind votes the model took part in: wins – losses – ties"));
    m_table->headerItem()->setToolTip(Time, tr("Mean time of the model's finished runs"));
    m_table->headerItem()->setToolTip(Cost, tr("Mean cost of the model's finished runs"));
    m_table->headerItem()->setToolTip(Structure, tr("Mean structure score: how well the results kept the sketch's lines"));
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(Model, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Leaderboard"));
    m_table->setAccessibleDescription(tr("Models ranked by your blind votes, with their mean time, cost and structure score"));

    m_empty = new QLabel(tr("No votes yet.\n\nCompare models on a sketch, then choose Judge Blind… to rank them "
                            "by your own eye. The models stay hidden until every pair is judged."),
                         this);
    m_empty->setObjectName(QStringLiteral("leaderboardEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(m_table);

    auto *top = new QHBoxLayout;
    top->addWidget(m_scope, 1);
    top->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);

    if (m_history)
        connect(m_history, &HistoryStore::changed, this, &LeaderboardPanel::refresh);
    m_export->setEnabled(false);
    refresh();
}

QString LeaderboardPanel::scope() const
{
    return m_scope->currentData().toString();
}

void LeaderboardPanel::setScope(const QString &tag)
{
    m_wantedScope = tag;
    refresh();
}

void LeaderboardPanel::refresh()
{
    if (!m_history || !m_history->isOpen())
        return;
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    const QString tag = m_wantedScope;
    QPointer<HistoryStore> history = m_history;
    auto *watcher = new QFutureWatcher<Snapshot>(this);
    connect(watcher, &QFutureWatcher<Snapshot>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_refreshing = false;
        const Snapshot snapshot = watcher->result();
        show(snapshot.rows, snapshot.tags);
        if (m_refreshAgain) {
            m_refreshAgain = false;
            refresh();
        }
    });
    // The history is read on a worker with its own connection (HistoryStore's thread rule).
    watcher->setFuture(QtConcurrent::run(m_workers, [history, tag] {
        Snapshot snapshot;
        if (!history)
            return snapshot;
        snapshot.rows = Leaderboard::compute(history->votes(tag), history->modelStats(tag), history->modelTitles());
        snapshot.tags = history->tags();
        return snapshot;
    }));
}

void LeaderboardPanel::show(const QList<Leaderboard::Row> &rows, const QStringList &tags)
{
    // The scope list: every run, then the tags in use (the one shown stays even when it is gone).
    QStringList scopes = tags;
    if (!m_wantedScope.isEmpty() && !scopes.contains(m_wantedScope))
        scopes.prepend(m_wantedScope);
    m_scope->blockSignals(true);
    while (m_scope->count() > 1)
        m_scope->removeItem(1);
    for (const QString &tag : std::as_const(scopes))
        m_scope->addItem(tr("Tag: %1").arg(tag), tag);
    m_scope->setCurrentIndex(qMax(0, m_scope->findData(m_wantedScope)));
    m_scope->blockSignals(false);

    m_rows = rows;
    m_table->clear();
    const QLocale locale;
    int rank = 0;
    bool anyVote = false;
    for (const Leaderboard::Row &row : rows) {
        auto *item = new QTreeWidgetItem(m_table);
        if (row.rating) {
            anyVote = true;
            item->setText(Rank, locale.toString(++rank));
            item->setText(Rating, locale.toString(*row.rating, 'f', 0));
            item->setText(Votes, tr("%1 (%2–%3–%4)")
                                     .arg(locale.toString(row.votes), locale.toString(row.wins),
                                          locale.toString(row.losses), locale.toString(row.ties)));
        } else {
            item->setText(Votes, locale.toString(0));
        }
        item->setText(Model, row.modelTitle);
        item->setToolTip(Model, row.modelId);
        if (row.stats.runs > 0) {
            item->setText(Time, tr("%1 s").arg(locale.toString(row.stats.meanElapsedMs / 1000.0, 'f', 1)));
            item->setToolTip(Time, tr("%n finished run(s)", nullptr, row.stats.runs));
        }
        if (row.stats.meanCostUsd)
            item->setText(Cost, CostLedger::formatUsd(*row.stats.meanCostUsd));
        if (row.stats.meanStructureScore)
            item->setText(Structure, locale.toString(*row.stats.meanStructureScore, 'f', 2));
        for (int column : {Rank, Rating, Votes, Time, Cost, Structure})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_pages->setCurrentWidget(anyVote ? static_cast<QWidget *>(m_table) : m_empty);
    m_export->setEnabled(anyVote);
    Q_EMIT refreshed();
}

void LeaderboardPanel::chooseExportFile()
{
    auto *dialog = new QFileDialog(window(), tr("Export Leaderboard"), ImageDropZone::lastFolder(),
                                   tr("CSV file (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectFile(QStringLiteral("leaderboard.csv"));
    connect(dialog, &QFileDialog::fileSelected, this, &LeaderboardPanel::exportCsv);
    dialog->open();
}

void LeaderboardPanel::exportCsv(const QString &path)
{
    const QByteArray csv = Leaderboard::toCsv(m_rows);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QString error = watcher->result();
        Q_EMIT statusMessage(error.isEmpty()
                                 ? tr("Leaderboard saved as %1.").arg(QDir::toNativeSeparators(path))
                                 : tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error));
        Q_EMIT exported(path, error);
    });
    watcher->setFuture(WorkPool::run([csv, path] {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
            return file.errorString();
        return QString();
    }));
}
