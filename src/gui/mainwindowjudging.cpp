// MainWindow: blind A/B judging, the Leaderboard panel and reruns from the history.

#include "mainwindow.h"

#include "comparecontroller.h"
#include "costgate.h"

#include "dialogs/blindjudgedialog.h"
#include "panels/historypanel.h"
#include "panels/leaderboardpanel.h"
#include "widgets/modelpicker.h"

#include "history/historystore.h"
#include "jobs/job.h"
#include "schema/modelcatalog.h"
#include "session/studiosession.h"
#include "base/workpool.h"

#include <QDockWidget>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QTabWidget>
#include <QThreadPool>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

void MainWindow::createLeaderboard()
{
    m_leaderboardPanel = new LeaderboardPanel(m_session->history(), m_session->historyWorkers(), m_sideTabs);
    const int index = m_sideTabs->addTab(m_leaderboardPanel, tr("Leaderboard"));
    m_sideTabs->setTabToolTip(index, tr("Models ranked by your own blind votes"));
    connect(m_leaderboardPanel, &LeaderboardPanel::statusMessage, this, &MainWindow::showStatus);

    QList<QPair<QString, QString>> models;
    for (const ModelSpec &model : m_catalog->models()) {
        if (model.fieldForRole(QStringLiteral("structure_image")))
            models.append({model.id, tr("%1 (%2)").arg(model.title, ModelPicker::providerName(model.provider))});
    }
    m_historyPanel->setRerunModels(models);
    m_historyPanel->setWorkers(m_session->historyWorkers());
    connect(m_historyPanel, &HistoryPanel::rerunRequested, this, &MainWindow::rerunHistoryEntry);
    connect(m_historyPanel, &HistoryPanel::rerunComparisonRequested, this, &MainWindow::rerunHistoryComparison);
    connect(m_historyPanel, &HistoryPanel::judgeBlindRequested, this, &MainWindow::openBlindJudge);
}

void MainWindow::showLeaderboard()
{
    m_sideDock->show();
    m_sideDock->raise();
    m_sideTabs->setCurrentWidget(m_leaderboardPanel);
}

void MainWindow::withComparison(const QString &compareId, std::function<void(const QList<HistoryEntry> &)> then)
{
    HistoryStore *history = m_session->history();
    if (!history || compareId.isEmpty())
        return;
    QPointer<HistoryStore> store = history;
    auto *watcher = new QFutureWatcher<QList<HistoryEntry>>(this);
    connect(watcher, &QFutureWatcher<QList<HistoryEntry>>::finished, this, [watcher, then] {
        watcher->deleteLater();
        then(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(m_session->historyWorkers(), [store, compareId] {
        HistoryFilter filter;
        filter.compareId = compareId;
        filter.limit = 0;
        return store ? store->find(filter) : QList<HistoryEntry>();
    }));
}

void MainWindow::openBlindJudge(const QString &compareId)
{
    withComparison(compareId, [this](const QList<HistoryEntry> &runs) {
        auto *dialog = new BlindJudgeDialog(runs, m_session->history(), m_session->images(),
                                            QRandomGenerator::global()->generate(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (!dialog->session().problem().isEmpty()) {
            showStatus(dialog->session().problem());
            dialog->deleteLater();
            return;
        }
        connect(dialog, &BlindJudgeDialog::leaderboardRequested, this, &MainWindow::showLeaderboard);
        dialog->open();
    });
}

void MainWindow::rerunHistoryEntry(const HistoryEntry &entry, const QString &modelId)
{
    const ModelSpec *model = m_catalog->model(modelId.isEmpty() ? entry.modelId : modelId);
    if (!model) {
        showStatus(tr("The model %1 is not in the catalog.").arg(modelId.isEmpty() ? entry.modelId : modelId));
        return;
    }
    QJsonObject values;
    QString what;
    if (modelId.isEmpty() || modelId == entry.modelId) {
        const ParameterSpec *seedField = model->fieldForRole(QStringLiteral("seed"));
        if (!seedField) {
            showStatus(tr("%1 takes no seed, so it cannot run with the next one.").arg(model->title));
            return;
        }
        qint64 next = entry.seed.value_or(0) + 1;
        if (seedField->maximum && double(next) > *seedField->maximum)
            next = seedField->minimum ? qint64(*seedField->minimum) : 0;
        values = entry.inputs;
        values.insert(seedField->name, double(next));
        what = tr("%1 with seed %2").arg(model->title).arg(next);
    } else {
        // The run's intent on another model: its prompt, sketch and seed through that model's roles.
        QJsonObject intent{{QStringLiteral("prompt"), entry.prompt}};
        if (!entry.negativePrompt.isEmpty())
            intent.insert(QStringLiteral("negative_prompt"), entry.negativePrompt);
        if (entry.seed)
            intent.insert(QStringLiteral("seed"), double(*entry.seed));
        values = StudioSession::compareValues(*model, intent, {}, entry.sketchPath);
        what = tr("%1 on %2").arg(entry.modelTitle, model->title);
    }
    // A run of its own starts a comparison with its rerun.
    QString compareId = entry.compareId;
    if (compareId.isEmpty())
        compareId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString runId = entry.id;
    const QString sketchPath = entry.sketchPath;
    const ModelSpec spec = *model;
    m_costGate->request({{spec, values}}, what, false, [this, spec, values, sketchPath, compareId, runId] {
        if (HistoryStore *history = m_session->history()) {
            // Off the GUI thread; the history outlives the window.
            QPointer<HistoryStore> store = history;
            (void)QtConcurrent::run(m_session->historyWorkers(), [store, runId, compareId] {
                if (store)
                    store->joinCompare(runId, compareId);
            });
        }
        QString error;
        Job *job = m_session->generate(spec, values, sketchPath, &error, {{QStringLiteral("compare"), compareId}});
        showStatus(job ? tr("Running %1 again…").arg(spec.title) : error);
    });
}

void MainWindow::rerunHistoryComparison(const HistoryEntry &entry)
{
    withComparison(entry.compareId, [this, compareId = entry.compareId](const QList<HistoryEntry> &runs) {
        // One run per model (the oldest: the comparison's own), each with one new shared seed.
        const qint64 seed = QRandomGenerator::global()->bounded(2147483647);
        QList<CostGate::Planned> planned;
        QSet<QString> models;
        QString sketchPath;
        for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
            const ModelSpec *model = m_catalog->model(it->modelId);
            if (!model || models.contains(model->id))
                continue;
            models.insert(model->id);
            QJsonObject values = it->inputs;
            if (const ParameterSpec *seedField = model->fieldForRole(QStringLiteral("seed")))
                values.insert(seedField->name, double(seed));
            planned.append({*model, values});
            sketchPath = it->sketchPath;
        }
        if (planned.isEmpty()) {
            showStatus(tr("None of this comparison's models is in the catalog."));
            return;
        }
        m_costGate->request(planned,
                            tr("This rerun of %n model(s) with seed %1", nullptr, int(planned.size())).arg(seed), false,
                            [this, planned, sketchPath, compareId] {
                                int sent = 0;
                                for (const CostGate::Planned &p : planned) {
                                    QString error;
                                    if (m_session->generate(p.model, p.values, sketchPath, &error,
                                                            {{QStringLiteral("compare"), compareId}}))
                                        ++sent;
                                    else
                                        showStatus(error);
                                }
                                if (sent > 0)
                                    showStatus(tr("Running %n more model(s) in this comparison…", nullptr, sent));
                            });
    });
}
