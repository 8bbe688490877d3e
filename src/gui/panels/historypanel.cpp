#include "historypanel.h"

#include "historyitemdelegate.h"

#include "widgets/appicons.h"
#include "widgets/elidingcombobox.h"

#include "history/historymodel.h"
#include "imaging/pngmetadata.h"
#include "imaging/resultwriter.h"
#include "model/providerinfo.h"
#include "base/workpool.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

const QChar BlackStar(0x2605);
const QChar WhiteStar(0x2606);

QString providerLabel(const QString &id)
{
    return ProviderInfo::nameOf(id);
}

struct FilterChoices
{
    QMap<QString, QString> modelTitles;
    QStringList providers;
};

QString ratingLabel(int stars)
{
    if (stars == 0)
        return HistoryPanel::tr("No Rating");
    return QString(stars, BlackStar) + QString(5 - stars, WhiteStar);
}

} // namespace

template <typename Task, typename Done>
void HistoryPanel::inBackground(Task task, Done done)
{
    using Result = std::invoke_result_t<Task>;
    auto *watcher = new QFutureWatcher<Result>(this);
    ++m_pendingWrites;
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, done]() {
        watcher->deleteLater();
        --m_pendingWrites;
        if (watcher->future().resultCount() > 0)
            done(watcher->result());
    });
    watcher->setFuture(m_store->inBackground(std::move(task)));
}

HistoryPanel::HistoryPanel(HistoryStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new HistoryModel(store, this))
{
    setObjectName(QStringLiteral("historyPanel"));
    m_model->setObjectName(QStringLiteral("historyModel"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setAccessibleName(tr("Search history"));
    m_search->setPlaceholderText(tr("Search prompts…"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Every word must appear in the prompt or the negative prompt"));

    m_searchTimer = new QTimer(this);
    m_searchTimer->setObjectName(QStringLiteral("historySearchTimer"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);

    auto makeCombo = [this](const QString &name, const QString &toolTip) {
        auto *combo = new ElidingComboBox(this);
        combo->setObjectName(name);
        combo->setToolTip(toolTip);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
        return combo;
    };
    m_modelCombo = makeCombo(QStringLiteral("historyModelFilter"), tr("Show runs of one model"));
    m_providerCombo = makeCombo(QStringLiteral("historyProviderFilter"), tr("Show runs of one provider"));
    m_dateCombo = makeCombo(QStringLiteral("historyDateFilter"), tr("Show recent runs only"));
    m_dateCombo->addItem(tr("Any time"), -1);
    m_dateCombo->addItem(tr("Today"), 0);
    m_dateCombo->addItem(tr("Last 7 days"), 6);
    m_dateCombo->addItem(tr("Last 30 days"), 29);

    // Failed and cancelled runs hold no result: hidden unless asked for.
    m_statusCombo = makeCombo(QStringLiteral("historyStatusFilter"), tr("Show results, or the runs that failed or were cancelled"));
    m_statusCombo->addItem(tr("Results"), int(HistoryFilter::Status::Results));
    m_statusCombo->addItem(tr("Failed and cancelled"), int(HistoryFilter::Status::Problems));
    m_statusCombo->addItem(tr("All runs"), int(HistoryFilter::Status::All));

    m_favouritesButton = new QToolButton(this);
    m_favouritesButton->setObjectName(QStringLiteral("historyFavouritesFilter"));
    m_favouritesButton->setCheckable(true);
    m_favouritesButton->setText(QString(BlackStar));
    m_favouritesButton->setToolTip(tr("Favourites only"));
    m_favouritesButton->setAccessibleName(tr("Favourites only"));

    m_scoreSortButton = new QToolButton(this);
    m_scoreSortButton->setObjectName(QStringLiteral("historyScoreSort"));
    m_scoreSortButton->setCheckable(true);
    m_scoreSortButton->setIcon(AppIcons::icon(QStringLiteral("sort")));
    m_scoreSortButton->setToolTip(tr("Best structure score first: the results that kept the sketch's lines best"));
    m_scoreSortButton->setAccessibleName(tr("Sort by structure score"));

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setAccessibleDescription(tr("Your earlier runs and their results; the context menu opens, "
                                        "reuses, copies or deletes one"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new HistoryItemDelegate(m_view));
    m_view->setViewMode(QListView::IconMode);
    m_view->setFlow(QListView::LeftToRight);
    m_view->setWrapping(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setUniformItemSizes(true);
    m_view->setGridSize(HistoryItemDelegate::cellSize(m_view->fontMetrics()));
    m_model->setThumbnailSide(HistoryItemDelegate::thumbnailSide(), devicePixelRatioF());
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Run history"));

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("historyEmptyState"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setMargin(16);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("historyStack"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyLabel);

    // Two rows: model names are long, and "All providers" must not be clipped in a narrow dock.
    auto *filters = new QHBoxLayout;
    filters->setSpacing(4);
    filters->addWidget(m_providerCombo, 1);
    filters->addWidget(m_dateCombo, 1);
    filters->addWidget(m_favouritesButton);
    filters->addWidget(m_scoreSortButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_search);
    auto *modelRow = new QHBoxLayout;
    modelRow->setSpacing(4);
    modelRow->addWidget(m_modelCombo, 2);
    modelRow->addWidget(m_statusCombo, 1);
    layout->addLayout(modelRow);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);

    createActions();

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &HistoryPanel::applyFilter);
    connect(m_searchTimer, &QTimer::timeout, this, &HistoryPanel::applyFilter);
    for (QComboBox *combo : {m_modelCombo, m_providerCombo, m_dateCombo, m_statusCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &HistoryPanel::applyFilter);
    connect(m_favouritesButton, &QToolButton::toggled, this, &HistoryPanel::applyFilter);
    connect(m_scoreSortButton, &QToolButton::toggled, this, &HistoryPanel::applyFilter);

    connect(m_model, &HistoryModel::loaded, this, &HistoryPanel::onLoaded);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryPanel::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &HistoryPanel::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &HistoryPanel::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &HistoryPanel::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &HistoryPanel::updateActions);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        const HistoryEntry entry = m_model->entry(index);
        if (entry.isValid())
            Q_EMIT openRequested(entry);
    });
    connect(m_view, &QListView::customContextMenuRequested, this, &HistoryPanel::showContextMenu);
    if (m_store)
        connect(m_store, &HistoryStore::changed, this, &HistoryPanel::updateFilterChoices);

    applyFilter(); // the rows are read first, the filter choices next
    updateFilterChoices();
}

void HistoryPanel::createActions()
{
    auto makeAction = [this](const QString &name, const QString &text) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action); // shortcuts work while the grid has focus
        return action;
    };
    m_reuseAction = makeAction(QStringLiteral("historyReuseAction"), tr("Reuse Parameters"));
    m_reuseAction->setStatusTip(tr("Load this run's model and every parameter into the form"));
    m_openAction = makeAction(QStringLiteral("historyOpenAction"), tr("Open"));
    m_useAsSketchAction = makeAction(QStringLiteral("historyUseAsSketchAction"), tr("Use as Sketch"));
    m_copyImageAction = makeAction(QStringLiteral("historyCopyImageAction"), tr("Copy Image"));
    m_copyImageAction->setShortcut(QKeySequence::Copy);
    m_copyParametersAction = makeAction(QStringLiteral("historyCopyParametersAction"), tr("Copy Parameters"));
    m_saveAsAction = makeAction(QStringLiteral("historySaveAsAction"), tr("Save As…"));
    m_showInFolderAction = makeAction(QStringLiteral("historyShowInFolderAction"), tr("Show in Folder"));
    m_favouriteAction = makeAction(QStringLiteral("historyFavouriteAction"), tr("Favourite"));
    m_favouriteAction->setCheckable(true);
    m_deleteAction = makeAction(QStringLiteral("historyDeleteAction"), tr("Delete…"));
    m_deleteAction->setShortcut(QKeySequence::Delete);

    m_rerunAction = makeAction(QStringLiteral("historyRerunAction"), tr("Rerun with Seed + 1"));
    m_rerunAction->setStatusTip(tr("Run this again with the next seed; the result joins its comparison"));
    m_rerunOnMenu = new QMenu(tr("Rerun On"), this);
    m_rerunOnMenu->setObjectName(QStringLiteral("historyRerunOnMenu"));
    m_rerunComparisonAction = makeAction(QStringLiteral("historyRerunComparisonAction"),
                                         tr("Rerun the Comparison with a New Seed"));
    m_rerunComparisonAction->setStatusTip(tr("Run every model of this run's comparison again with one new seed"));
    m_judgeAction = makeAction(QStringLiteral("historyJudgeAction"), tr("Judge Blind…"));
    m_judgeAction->setStatusTip(tr("Judge the results of this run's comparison in pairs, with the models hidden"));
    m_tagsAction = makeAction(QStringLiteral("historyTagsAction"), tr("Tags…"));
    m_tagsAction->setStatusTip(tr("Tag this run with a project or client; the leaderboard ranks per tag"));

    m_rateMenu = new QMenu(tr("Rate"), this);
    m_rateMenu->setObjectName(QStringLiteral("historyRateMenu"));
    auto *rateGroup = new QActionGroup(this);
    rateGroup->setExclusive(true);
    for (int stars = 0; stars <= 5; ++stars) {
        auto *action = new QAction(ratingLabel(stars), rateGroup);
        action->setObjectName(QStringLiteral("historyRate%1Action").arg(stars));
        action->setCheckable(true);
        if (stars > 0)
            action->setToolTip(tr("%n star(s)", nullptr, stars));
        m_rateMenu->addAction(action);
        m_rateActions.append(action);
        connect(action, &QAction::triggered, this, [this, stars]() {
            const HistoryEntry entry = currentEntry();
            if (entry.isValid() && m_store) {
                HistoryStore *store = m_store;
                inBackground([store, id = entry.id, stars] { return store->setRating(id, stars); }, [](bool) {});
            }
        });
    }

    m_contextMenu = new QMenu(this);
    m_contextMenu->setObjectName(QStringLiteral("historyContextMenu"));
    m_contextMenu->addAction(m_reuseAction);
    m_contextMenu->addAction(m_openAction);
    m_contextMenu->addAction(m_useAsSketchAction);
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(m_copyImageAction);
    m_contextMenu->addAction(m_copyParametersAction);
    m_contextMenu->addAction(m_saveAsAction);
    m_contextMenu->addAction(m_showInFolderAction);
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(m_favouriteAction);
    m_contextMenu->addMenu(m_rateMenu);
    m_contextMenu->addAction(m_tagsAction);
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(m_rerunAction);
    m_contextMenu->addMenu(m_rerunOnMenu);
    m_contextMenu->addAction(m_rerunComparisonAction);
    m_contextMenu->addAction(m_judgeAction);
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(m_deleteAction);
    m_contextMenu->setToolTipsVisible(true);

    connect(m_rerunAction, &QAction::triggered, this, [this]() {
        const HistoryEntry entry = currentEntry();
        if (entry.isValid())
            Q_EMIT rerunRequested(entry, QString());
    });
    connect(m_rerunComparisonAction, &QAction::triggered, this, [this]() {
        const HistoryEntry entry = currentEntry();
        if (entry.isValid())
            Q_EMIT rerunComparisonRequested(entry);
    });
    connect(m_judgeAction, &QAction::triggered, this, [this]() {
        const HistoryEntry entry = currentEntry();
        if (!entry.compareId.isEmpty())
            Q_EMIT judgeBlindRequested(entry.compareId);
    });
    connect(m_tagsAction, &QAction::triggered, this, &HistoryPanel::editTags);

    connect(m_reuseAction, &QAction::triggered, this, [this]() {
        const HistoryEntry entry = currentEntry();
        if (entry.isValid())
            Q_EMIT reuseRequested(entry);
    });
    connect(m_openAction, &QAction::triggered, this, [this]() {
        const HistoryEntry entry = currentEntry();
        if (entry.isValid())
            Q_EMIT openRequested(entry);
    });
    connect(m_useAsSketchAction, &QAction::triggered, this, [this]() {
        const HistoryEntry entry = currentEntry();
        if (!entry.outputPaths.isEmpty())
            Q_EMIT useAsSketchRequested(entry.outputPaths.first());
    });
    connect(m_copyImageAction, &QAction::triggered, this, &HistoryPanel::copyImage);
    connect(m_copyParametersAction, &QAction::triggered, this, &HistoryPanel::copyParameters);
    connect(m_saveAsAction, &QAction::triggered, this, &HistoryPanel::chooseSaveFile);
    connect(m_showInFolderAction, &QAction::triggered, this, &HistoryPanel::showInFolder);
    connect(m_favouriteAction, &QAction::triggered, this, [this](bool checked) {
        const HistoryEntry entry = currentEntry();
        if (entry.isValid() && m_store) {
            HistoryStore *store = m_store;
            inBackground([store, id = entry.id, checked] { return store->setFavourite(id, checked); }, [](bool) {});
        }
    });
    connect(m_deleteAction, &QAction::triggered, this, &HistoryPanel::confirmDelete);
    updateActions();
}

void HistoryPanel::setRerunModels(const QList<QPair<QString, QString>> &models)
{
    m_rerunOnMenu->clear();
    for (const auto &model : models) {
        QAction *action = m_rerunOnMenu->addAction(model.second);
        action->setData(model.first);
        const QString id = model.first;
        connect(action, &QAction::triggered, this, [this, id]() {
            const HistoryEntry entry = currentEntry();
            if (entry.isValid())
                Q_EMIT rerunRequested(entry, id);
        });
    }
    updateActions();
}

void HistoryPanel::editTags()
{
    const HistoryEntry entry = currentEntry();
    if (!entry.isValid() || !m_store)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Tags"));
    dialog->setLabelText(tr("Tags of this run, separated by commas (a project, a client):"));
    dialog->setTextValue(entry.tags.join(QStringLiteral(", ")));
    const QString id = entry.id;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &text) {
        if (!m_store)
            return;
        HistoryStore *store = m_store;
        inBackground(
            [store, id, tags = text.split(QLatin1Char(','))] {
                QString error;
                return store->setTags({id}, tags, &error) ? QString() : error;
            },
            [this](const QString &error) {
                if (!error.isEmpty())
                    Q_EMIT statusMessage(error);
            });
    });
    dialog->open();
}

bool HistoryPanel::isLoading() const
{
    return m_model->isLoading() || m_pendingWrites > 0 || (m_store && m_choicesShown != m_choicesGeneration);
}

HistoryEntry HistoryPanel::currentEntry() const
{
    return m_model->entry(m_view->currentIndex());
}

QString HistoryPanel::captionDetail(const QModelIndex &index)
{
    const QString model = index.data(HistoryModel::ModelRole).toString();
    const QVariant seed = index.data(HistoryModel::SeedRole);
    return seed.isValid() ? tr("%1 · seed %2").arg(model).arg(seed.toLongLong()) : model;
}

HistoryFilter HistoryPanel::currentFilter() const
{
    HistoryFilter filter;
    filter.text = m_search->text();
    filter.modelId = m_modelCombo->currentData().toString();
    filter.provider = m_providerCombo->currentData().toString();
    const int days = m_dateCombo->currentData().toInt();
    if (days >= 0)
        filter.from = QDate::currentDate().addDays(-days);
    filter.limit = 0; // every run: the model pages through them as the grid scrolls
    filter.favouritesOnly = m_favouritesButton->isChecked();
    filter.status = static_cast<HistoryFilter::Status>(m_statusCombo->currentData().toInt());
    if (m_scoreSortButton->isChecked())
        filter.sort = HistoryFilter::Sort::StructureScore;
    return filter;
}

void HistoryPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void HistoryPanel::applyFilter()
{
    m_searchTimer->stop();
    // The current run stays current when the new filter's rows (which arrive later) hold it.
    if (const QString currentId = currentEntry().id; !currentId.isEmpty())
        m_keepCurrent = currentId;
    m_model->setFilter(currentFilter());
    updateEmptyState();
    updateActions();
}

void HistoryPanel::onLoaded()
{
    if (!m_keepCurrent.isEmpty() && !m_model->isLoading()) {
        const int row = m_model->rowOf(m_keepCurrent);
        m_keepCurrent.clear();
        if (row >= 0)
            m_view->setCurrentIndex(m_model->index(row));
    }
    updateEmptyState();
    updateActions();
}

void HistoryPanel::updateFilterChoices()
{
    if (!m_store)
        return;
    // Read on the database thread; the newest answer fills the lists.
    const quint64 generation = ++m_choicesGeneration;
    HistoryStore *store = m_store;
    inBackground(
        [store] {
            FilterChoices choices;
            choices.modelTitles = store->modelTitles();
            choices.providers = store->providers();
            return choices;
        },
        [this, generation](const FilterChoices &choices) {
            if (generation != m_choicesGeneration)
                return;
            m_choicesShown = generation;
            fillFilterChoices(choices.modelTitles, choices.providers);
        });
}

void HistoryPanel::fillFilterChoices(const QMap<QString, QString> &modelTitles, const QStringList &providerIds)
{
    bool filterLost = false;
    auto refill = [&filterLost](QComboBox *combo, const QString &allLabel,
                                const QList<QPair<QString, QString>> &items) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(allLabel, QString());
        for (const auto &item : items) {
            combo->addItem(item.second, item.first);
            combo->setItemData(combo->count() - 1, item.first, Qt::ToolTipRole);
        }
        const int index = combo->findData(current);
        combo->setCurrentIndex(qMax(0, index));
        filterLost = filterLost || (index < 0 && !current.isEmpty());
    };

    QList<QPair<QString, QString>> models;
    for (auto it = modelTitles.cbegin(); it != modelTitles.cend(); ++it)
        models.append({it.key(), it.value().isEmpty() ? it.key() : it.value()});
    std::sort(models.begin(), models.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.second, b.second) < 0;
    });
    refill(m_modelCombo, tr("All models"), models);

    QList<QPair<QString, QString>> providers;
    for (const QString &provider : providerIds)
        providers.append({provider, providerLabel(provider)});
    refill(m_providerCombo, tr("All providers"), providers);

    if (filterLost)
        applyFilter();
}

void HistoryPanel::updateEmptyState()
{
    if (m_model->rowCount() > 0 || m_model->isLoading()) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    HistoryFilter filter = m_model->filter();
    if (filter.status == HistoryFilter::Status::Results)
        filter.status = HistoryFilter::Status::All; // the default view, not a filter the designer set
    const QString text = filter.text.trimmed();
    if (!text.isEmpty())
        m_emptyLabel->setText(tr("Nothing matches '%1'.").arg(text));
    else if (!filter.isEmpty())
        m_emptyLabel->setText(tr("No runs match these filters."));
    else
        m_emptyLabel->setText(tr("No runs yet. Results you generate appear here."));
    m_stack->setCurrentWidget(m_emptyLabel);
}

void HistoryPanel::updateActions()
{
    const HistoryEntry entry = currentEntry();
    const bool valid = entry.isValid();
    const bool hasImage = !entry.outputPaths.isEmpty();
    m_reuseAction->setEnabled(valid);
    m_copyParametersAction->setEnabled(valid);
    m_favouriteAction->setEnabled(valid);
    m_rateMenu->setEnabled(valid);
    m_deleteAction->setEnabled(valid);
    m_openAction->setEnabled(hasImage);
    m_useAsSketchAction->setEnabled(hasImage);
    m_copyImageAction->setEnabled(hasImage);
    m_saveAsAction->setEnabled(hasImage);
    m_showInFolderAction->setEnabled(hasImage);
    m_favouriteAction->setChecked(valid && entry.favourite);
    m_tagsAction->setEnabled(valid);
    m_rerunAction->setEnabled(valid && !entry.sketchPath.isEmpty());
    m_rerunOnMenu->setEnabled(valid && !entry.sketchPath.isEmpty() && !m_rerunOnMenu->isEmpty());
    m_rerunComparisonAction->setEnabled(valid && !entry.compareId.isEmpty());
    m_judgeAction->setEnabled(valid && !entry.compareId.isEmpty());
    for (QAction *action : m_rerunOnMenu->actions())
        action->setVisible(action->data().toString() != entry.modelId);
    for (int stars = 0; stars < m_rateActions.size(); ++stars)
        m_rateActions.at(stars)->setChecked(valid && entry.rating == stars);
}

void HistoryPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    updateActions();
    m_contextMenu->popup(m_view->viewport()->mapToGlobal(position));
}

void HistoryPanel::copyImage()
{
    const QModelIndex index = m_view->currentIndex();
    QMimeData *mime = index.isValid() ? m_model->mimeData({index}) : nullptr;
    if (!mime)
        return;
    QGuiApplication::clipboard()->setMimeData(mime);
    Q_EMIT statusMessage(tr("Image copied"));
}

void HistoryPanel::copyParameters()
{
    const HistoryEntry entry = currentEntry();
    if (!entry.isValid())
        return;
    const GenerationInfo info = entry.generationInfo();
    auto *mime = new QMimeData;
    mime->setText(PngMetadata::a1111Parameters(info));
    mime->setData(QStringLiteral("application/json"),
                  QJsonDocument(info.toJson()).toJson(QJsonDocument::Indented));
    QGuiApplication::clipboard()->setMimeData(mime);
    Q_EMIT statusMessage(tr("Parameters copied"));
}

void HistoryPanel::chooseSaveFile()
{
    const HistoryEntry entry = currentEntry();
    if (entry.outputPaths.isEmpty())
        return;
    if (m_saveFolder.isEmpty())
        m_saveFolder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString name = QStringLiteral("reimagine-%1.png")
                             .arg(entry.created.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QStringList filters = {tr("PNG image with parameters (*.png)"), tr("JPEG image (*.jpg *.jpeg)"),
                                 tr("WebP image (*.webp)")};
    auto *dialog = new QFileDialog(this, tr("Save Result As"), QDir(m_saveFolder).filePath(name));
    dialog->setObjectName(QStringLiteral("historySaveDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters(filters);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog, entry, filters](const QString &file) {
        QString path = file;
        if (ResultWriter::formatForPath(path).isEmpty()) {
            static const QStringList suffixes = {QStringLiteral(".png"), QStringLiteral(".jpg"),
                                                 QStringLiteral(".webp")};
            path += suffixes.value(qMax(0, filters.indexOf(dialog->selectedNameFilter())));
        }
        m_saveFolder = QFileInfo(path).absolutePath();
        saveEntryAs(entry, path);
    });
    dialog->open();
}

void HistoryPanel::saveEntryAs(const HistoryEntry &entry, const QString &path)
{
    if (entry.outputPaths.isEmpty()) {
        Q_EMIT saveFinished({}, tr("This run has no image to save."));
        return;
    }
    const QStringList targets = ResultWriter::numberedPaths(path, int(entry.outputPaths.size()));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, targets]() {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (error.isEmpty()) {
            Q_EMIT statusMessage(targets.size() == 1
                                     ? tr("Saved %1").arg(QDir::toNativeSeparators(targets.first()))
                                     : tr("Saved %n images", nullptr, int(targets.size())));
        } else {
            Q_EMIT statusMessage(tr("Could not save: %1").arg(error));
        }
        Q_EMIT saveFinished(error.isEmpty() ? targets : QStringList(), error);
    });
    const QStringList sources = entry.outputPaths.mid(0, targets.size());
    watcher->setFuture(WorkPool::run([sources, targets, info = entry.generationInfo()] {
        QString error;
        ResultWriter::exportKept(sources, targets, info, &error);
        return error;
    }));
}

void HistoryPanel::showInFolder()
{
    const HistoryEntry entry = currentEntry();
    if (entry.outputPaths.isEmpty())
        return;
    const QString folder = QFileInfo(entry.outputPaths.first()).absolutePath();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        Q_EMIT statusMessage(tr("Cannot open %1").arg(QDir::toNativeSeparators(folder)));
}

void HistoryPanel::confirmDelete()
{
    const HistoryEntry entry = currentEntry();
    if (!entry.isValid() || !m_store)
        return;
    const int files = int(entry.outputPaths.size());
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("historyDeleteConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Delete Run"));
    box->setText(files > 0 ? tr("Delete this run and its %n image file(s)?", nullptr, files)
                           : tr("Delete this run?"));
    box->setInformativeText(tr("“%1”\nThis cannot be undone.").arg(HistoryModel::shortPrompt(entry)));
    QPushButton *deleteButton = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    deleteButton->setObjectName(QStringLiteral("historyDeleteConfirmButton"));
    QPushButton *cancelButton = box->addButton(QMessageBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("historyDeleteCancelButton"));
    box->setDefaultButton(cancelButton);
    box->setEscapeButton(cancelButton);
    const QString id = entry.id;
    connect(box, &QMessageBox::finished, this, [this, box, deleteButton, id]() {
        if (box->clickedButton() != deleteButton || !m_store)
            return;
        HistoryStore *store = m_store;
        inBackground([store, id] { return store->remove(id); }, [this](bool removed) {
            Q_EMIT statusMessage(removed ? tr("Run deleted") : tr("Could not delete the run."));
        });
    });
    box->open();
}
