#include "history/historymodel.h"
#include "history/historystore.h"
#include "imaging/pngmetadata.h"
#include "panels/historypanel.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

namespace {

OutputImage output(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(40, 90, 200));
    OutputImage result;
    QBuffer buffer(&result.bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter(&buffer, "png").write(image);
    result.mimeType = QByteArrayLiteral("image/png");
    result.size = image.size();
    return result;
}

GenerationInfo makeInfo(const QString &prompt, const QString &provider, const QString &model,
                        const QDateTime &created)
{
    GenerationInfo info;
    info.provider = provider;
    info.model = model;
    info.endpoint = model.section(QLatin1Char(':'), 1);
    info.requestId = QStringLiteral("req-") + prompt.left(3);
    info.seed = 5555;
    info.costUsd = 0.04;
    info.elapsedMs = 1200;
    info.created = created;
    info.inputs.insert(QStringLiteral("prompt"), prompt);
    info.inputs.insert(QStringLiteral("guidance_scale"), 5.5);
    info.inputs.insert(QStringLiteral("steps_num"), 30);
    return info;
}

} // namespace

class TestHistoryPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void widgetsHaveObjectNames();
    void searchFiltersAfterDelay();
    void emptyStateText();
    void emptyStateFollowsTheStore();
    void modelProviderDateAndFavouriteFilters();
    void failedRunsHiddenByDefault();
    void captionsSayModelAndSeed();
    void filterChoicesFollowTheStore();
    void reuseEmitsTheEntry();
    void openEmitsTheEntry();
    void actionsFollowTheCurrentRun();
    void favouriteAndRate();
    void deleteAsksForConfirmation();
    void copyParameters();
    void saveAsWritesFormatsWithMetadata();
    void contextMenuOpensOnARun();
    void focusSearch();

private:
    void select(const QString &prompt);
    // Waits until the panel has every answer of the history's database thread.
    bool settled(const HistoryPanel *panel = nullptr)
    {
        const HistoryPanel *p = panel ? panel : m_panel.get();
        return QTest::qWaitFor([p] { return !p->isLoading(); }, 10000);
    }
    template<typename T>
    T *child(const char *name) const
    {
        T *found = m_panel->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<HistoryPanel> m_panel;
    HistoryEntry m_cat;
    HistoryEntry m_house;
    HistoryEntry m_oldCat;
};

void TestHistoryPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestHistoryPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<HistoryStore>(m_dir->path());
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString bria = QStringLiteral("fal:bria/reimagine/3.2");
    auto add = [&](const QString &prompt, const QString &provider, const QString &model,
                   const QString &title, const QDateTime &created) {
        const auto entry = m_store->addRun(makeInfo(prompt, provider, model, created), title,
                                           {output(320, 240)}, RunStatus::Done, QString(),
                                           QString(), &error);
        if (!entry)
            qFatal("addRun: %s", qPrintable(error));
        return *entry;
    };
    m_oldCat = add(QStringLiteral("blue cat in the rain"), QStringLiteral("fal"), bria,
                   QStringLiteral("Bria Reimagine 3.2"), now.addDays(-40));
    m_house = add(QStringLiteral("modern house"), QStringLiteral("segmind"), QStringLiteral("segmind:flux-canny"),
                  QStringLiteral("Flux Canny"), now.addDays(-10));
    m_cat = add(QStringLiteral("red cat on a sofa"), QStringLiteral("fal"), bria,
                QStringLiteral("Bria Reimagine 3.2"), now);

    m_panel = std::make_unique<HistoryPanel>(m_store.get());
    m_panel->resize(420, 640);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QVERIFY(settled());
}

void TestHistoryPanel::cleanup()
{
    m_panel.reset();
    m_store.reset();
    m_dir.reset();
}

void TestHistoryPanel::select(const QString &prompt)
{
    HistoryModel *model = m_panel->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->entry(row).prompt == prompt) {
            m_panel->view()->setCurrentIndex(model->index(row));
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row for ") + prompt));
}

void TestHistoryPanel::widgetsHaveObjectNames()
{
    QVERIFY(child<QLineEdit>("historySearch"));
    QCOMPARE(child<QLineEdit>("historySearch")->placeholderText(), QStringLiteral("Search prompts…"));
    QVERIFY(child<QComboBox>("historyModelFilter"));
    QVERIFY(child<QComboBox>("historyProviderFilter"));
    QVERIFY(child<QComboBox>("historyDateFilter"));
    QVERIFY(child<QToolButton>("historyFavouritesFilter"));
    QVERIFY(child<QListView>("historyView"));
    QVERIFY(child<QLabel>("historyEmptyState"));
    for (const char *name : {"historyReuseAction", "historyOpenAction", "historyCopyImageAction",
                             "historyCopyParametersAction", "historySaveAsAction",
                             "historyShowInFolderAction", "historyFavouriteAction", "historyRate0Action",
                             "historyRate5Action", "historyDeleteAction", "historyUseAsSketchAction"})
        QVERIFY2(child<QAction>(name), name);

    QListView *view = m_panel->view();
    QCOMPARE(view->viewMode(), QListView::IconMode);
    QVERIFY(view->uniformItemSizes());
    QVERIFY(view->dragEnabled());
    QCOMPARE(view->dragDropMode(), QAbstractItemView::DragOnly);
    QVERIFY(view->gridSize().width() >= 100 && view->gridSize().width() <= 140);
    QCOMPARE(view->model()->rowCount(), 3);
    QCOMPARE(child<QComboBox>("historyDateFilter")->count(), 4);
}

void TestHistoryPanel::searchFiltersAfterDelay()
{
    QLineEdit *search = child<QLineEdit>("historySearch");
    QAbstractItemModel *model = m_panel->view()->model();
    QTest::keyClicks(search, QStringLiteral("cat"));
    // Debounced: nothing happens while typing.
    QCOMPARE(model->rowCount(), 3);
    QTRY_COMPARE(model->rowCount(), 2);
    QTest::keyClicks(search, QStringLiteral(" sofa"));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data(HistoryModel::IdRole).toString(), m_cat.id);
    search->clear();
    QTRY_COMPARE(model->rowCount(), 3);
    // Return applies at once.
    search->setText(QStringLiteral("house"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(settled());
    QCOMPARE(model->rowCount(), 1);
}

void TestHistoryPanel::emptyStateText()
{
    QStackedWidget *stack = child<QStackedWidget>("historyStack");
    QLabel *empty = child<QLabel>("historyEmptyState");
    QCOMPARE(stack->currentWidget(), m_panel->view());
    QVERIFY(m_panel->view()->isVisible());
    QVERIFY(!empty->isVisible());

    child<QLineEdit>("historySearch")->setText(QStringLiteral("dragon"));
    QTRY_VERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("Nothing matches 'dragon'."));
    QVERIFY(!m_panel->view()->isVisible());

    child<QLineEdit>("historySearch")->clear();
    QTRY_VERIFY(m_panel->view()->isVisible());
    QVERIFY(!empty->isVisible());

    child<QToolButton>("historyFavouritesFilter")->setChecked(true);
    QVERIFY(settled());
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("No runs match these filters."));
}

void TestHistoryPanel::emptyStateFollowsTheStore()
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    QString error;
    QVERIFY(store.open(&error));
    HistoryPanel panel(&store);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(settled(&panel));
    QLabel *empty = panel.findChild<QLabel *>(QStringLiteral("historyEmptyState"));
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("No runs yet. Results you generate appear here."));

    const auto entry = store.addRun(makeInfo(QStringLiteral("first"), QStringLiteral("fal"), QStringLiteral("fal:x"),
                                             QDateTime::currentDateTimeUtc()),
                                    QStringLiteral("X"), {output(64, 64)}, RunStatus::Done, {}, {}, &error);
    QVERIFY(entry);
    QTRY_VERIFY(panel.view()->isVisible());
    QVERIFY(!empty->isVisible());
    QVERIFY(store.remove(entry->id));
    QTRY_VERIFY(empty->isVisible());
}

void TestHistoryPanel::modelProviderDateAndFavouriteFilters()
{
    QAbstractItemModel *model = m_panel->view()->model();
    QComboBox *models = child<QComboBox>("historyModelFilter");
    QCOMPARE(models->itemText(0), QStringLiteral("All models"));
    QCOMPARE(models->count(), 3);
    models->setCurrentIndex(models->findData(QStringLiteral("segmind:flux-canny")));
    QVERIFY(settled());
    QCOMPARE(models->currentText(), QStringLiteral("Flux Canny"));
    QCOMPARE(model->rowCount(), 1);
    models->setCurrentIndex(0);
    QVERIFY(settled());
    QCOMPARE(model->rowCount(), 3);

    QComboBox *providers = child<QComboBox>("historyProviderFilter");
    QCOMPARE(providers->count(), 3);
    providers->setCurrentIndex(providers->findData(QStringLiteral("fal")));
    QVERIFY(settled());
    QCOMPARE(model->rowCount(), 2);
    providers->setCurrentIndex(0);
    QVERIFY(settled());

    QComboBox *dates = child<QComboBox>("historyDateFilter");
    QCOMPARE(dates->itemText(1), QStringLiteral("Today"));
    dates->setCurrentIndex(1);
    QVERIFY(settled());
    QCOMPARE(model->rowCount(), 1);
    dates->setCurrentIndex(2); // last 7 days
    QVERIFY(settled());
    QCOMPARE(model->rowCount(), 1);
    dates->setCurrentIndex(3); // last 30 days
    QVERIFY(settled());
    QCOMPARE(model->rowCount(), 2);
    dates->setCurrentIndex(0);
    QVERIFY(settled());
    QCOMPARE(model->rowCount(), 3);

    QVERIFY(m_store->setFavourite(m_house.id, true));
    QVERIFY(settled());
    child<QToolButton>("historyFavouritesFilter")->click();
    QVERIFY(settled());
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data(HistoryModel::IdRole).toString(), m_house.id);
    QVERIFY(m_panel->currentFilter().favouritesOnly);
}

void TestHistoryPanel::failedRunsHiddenByDefault()
{
    // A failed and a cancelled run hold no result: the history shows results unless asked.
    QString error;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const RunStatus status : {RunStatus::Failed, RunStatus::Cancelled}) {
        QVERIFY2(m_store->addRun(makeInfo(QStringLiteral("broken %1").arg(runStatusText(status)), QStringLiteral("fal"),
                                          QStringLiteral("fal:bria/reimagine/3.2"), now),
                                 QStringLiteral("Bria Reimagine 3.2"), {}, status,
                                 QStringLiteral("Internal Server Error (HTTP 500)"), QString(), &error),
                 qPrintable(error));
    }
    m_panel->applyFilter();
    QVERIFY(settled());
    QAbstractItemModel *model = m_panel->view()->model();
    QComboBox *status = child<QComboBox>("historyStatusFilter");
    QCOMPARE(status->currentText(), QStringLiteral("Results"));
    QCOMPARE(model->rowCount(), 3);
    status->setCurrentIndex(status->findText(QStringLiteral("Failed and cancelled")));
    QVERIFY(settled());
    QCOMPARE(model->rowCount(), 2);
    QStringList statuses;
    for (int row = 0; row < model->rowCount(); ++row)
        statuses.append(runStatusText(model->index(row, 0).data(HistoryModel::StatusRole).value<RunStatus>()));
    statuses.sort();
    QCOMPARE(statuses, (QStringList{QStringLiteral("cancelled"), QStringLiteral("failed")}));
    status->setCurrentIndex(status->findText(QStringLiteral("All runs")));
    QVERIFY(settled());
    QCOMPARE(model->rowCount(), 5);
}

void TestHistoryPanel::captionsSayModelAndSeed()
{
    QAbstractItemModel *model = m_panel->view()->model();
    const QModelIndex cat = model->index(0, 0);
    QCOMPARE(cat.data(HistoryModel::IdRole).toString(), m_cat.id);
    const QVariant seed = cat.data(HistoryModel::SeedRole);
    QVERIFY(seed.isValid());
    QCOMPARE(HistoryPanel::captionDetail(cat), QStringLiteral("Bria Reimagine 3.2 · seed %1").arg(seed.toLongLong()));

    // Selected, the caption stands on the highlight: its pixels are not the plain background.
    m_panel->view()->setCurrentIndex(cat);
    m_panel->view()->clearFocus();
    const QRect cell = m_panel->view()->visualRect(cat);
    const QImage shot = m_panel->view()->viewport()->grab(cell).toImage();
    const QColor highlight = m_panel->view()->palette().color(QPalette::Inactive, QPalette::Highlight);
    const QColor below = shot.pixelColor(6, shot.height() - 6); // left of the centred text
    QVERIFY2(qAbs(below.red() - highlight.red()) < 8 && qAbs(below.blue() - highlight.blue()) < 8,
             qPrintable(below.name() + QLatin1Char(' ') + highlight.name()));
}

void TestHistoryPanel::filterChoicesFollowTheStore()
{
    QComboBox *providers = child<QComboBox>("historyProviderFilter");
    providers->setCurrentIndex(providers->findData(QStringLiteral("segmind")));
    QVERIFY(settled());
    QCOMPARE(m_panel->view()->model()->rowCount(), 1);
    QString error;
    QVERIFY(m_store->addRun(makeInfo(QStringLiteral("new"), QStringLiteral("freepik"), QStringLiteral("freepik:mystic"),
                                     QDateTime::currentDateTimeUtc()),
                            QStringLiteral("Mystic"), {}, RunStatus::Done, {}, {}, &error));
    QVERIFY(settled());
    QCOMPARE(providers->count(), 4);
    QCOMPARE(providers->currentData().toString(), QStringLiteral("segmind")); // kept
    QVERIFY(providers->findText(QStringLiteral("Freepik")) > 0);

    // The only segmind run goes: the choice falls back to "All providers".
    QVERIFY(m_store->remove(m_house.id));
    QVERIFY(settled());
    QCOMPARE(providers->currentIndex(), 0);
    QCOMPARE(m_panel->view()->model()->rowCount(), 3);
}

void TestHistoryPanel::reuseEmitsTheEntry()
{
    QSignalSpy reuse(m_panel.get(), &HistoryPanel::reuseRequested);
    QAction *action = child<QAction>("historyReuseAction");
    select(QStringLiteral("modern house"));
    QVERIFY(action->isEnabled());
    action->trigger();
    QCOMPARE(reuse.count(), 1);
    const HistoryEntry entry = reuse.first().first().value<HistoryEntry>();
    QCOMPARE(entry.id, m_house.id);
    QCOMPARE(entry.modelId, QStringLiteral("segmind:flux-canny"));
    QCOMPARE(entry.inputs, m_house.inputs);
    QCOMPARE(entry.inputs.value(QStringLiteral("guidance_scale")).toDouble(), 5.5);
    QCOMPARE(entry.seed, std::optional<qint64>(5555));
}

void TestHistoryPanel::openEmitsTheEntry()
{
    QSignalSpy open(m_panel.get(), &HistoryPanel::openRequested);
    select(QStringLiteral("red cat on a sofa"));
    child<QAction>("historyOpenAction")->trigger();
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().value<HistoryEntry>().id, m_cat.id);

    const QModelIndex index = m_panel->view()->currentIndex();
    Q_EMIT m_panel->view()->activated(index);
    QCOMPARE(open.count(), 2);

    QSignalSpy sketch(m_panel.get(), &HistoryPanel::useAsSketchRequested);
    child<QAction>("historyUseAsSketchAction")->trigger();
    QCOMPARE(sketch.count(), 1);
    QCOMPARE(sketch.first().first().toString(), m_cat.outputPaths.first());
}

void TestHistoryPanel::actionsFollowTheCurrentRun()
{
    QAction *reuse = child<QAction>("historyReuseAction");
    QAction *save = child<QAction>("historySaveAsAction");
    m_panel->view()->setCurrentIndex(QModelIndex());
    QVERIFY(!reuse->isEnabled());
    QVERIFY(!save->isEnabled());
    QSignalSpy reuseSpy(m_panel.get(), &HistoryPanel::reuseRequested);
    reuse->trigger();
    QCOMPARE(reuseSpy.count(), 0);

    // A failed run without images: parameters yes, image actions no.
    QString error;
    QVERIFY(m_store->addRun(makeInfo(QStringLiteral("failed run"), QStringLiteral("fal"), QStringLiteral("fal:x"),
                                     QDateTime::currentDateTimeUtc().addSecs(5)),
                            QStringLiteral("X"), {}, RunStatus::Failed, QStringLiteral("No credits"), {}, &error));
    QVERIFY(settled());
    QComboBox *status = child<QComboBox>("historyStatusFilter");
    status->setCurrentIndex(status->findText(QStringLiteral("All runs")));
    QVERIFY(settled());
    select(QStringLiteral("failed run"));
    QVERIFY(reuse->isEnabled());
    QVERIFY(!save->isEnabled());
    QVERIFY(!child<QAction>("historyCopyImageAction")->isEnabled());
    QVERIFY(!child<QAction>("historyShowInFolderAction")->isEnabled());
}

void TestHistoryPanel::favouriteAndRate()
{
    select(QStringLiteral("modern house"));
    QAction *favourite = child<QAction>("historyFavouriteAction");
    QVERIFY(!favourite->isChecked());
    favourite->trigger();
    QVERIFY(settled());
    QVERIFY(m_store->entry(m_house.id)->favourite);
    QVERIFY(favourite->isChecked());
    QVERIFY(m_panel->currentEntry().favourite);

    child<QAction>("historyRate4Action")->trigger();
    QVERIFY(settled());
    QCOMPARE(m_store->entry(m_house.id)->rating, 4);
    QVERIFY(child<QAction>("historyRate4Action")->isChecked());
    child<QAction>("historyRate0Action")->trigger();
    QVERIFY(settled());
    QCOMPARE(m_store->entry(m_house.id)->rating, 0);

    favourite->trigger();
    QVERIFY(settled());
    QVERIFY(!m_store->entry(m_house.id)->favourite);
    // The selection survived the refreshes.
    QCOMPARE(m_panel->currentEntry().id, m_house.id);
}

void TestHistoryPanel::deleteAsksForConfirmation()
{
    select(QStringLiteral("modern house"));
    QAction *remove = child<QAction>("historyDeleteAction");

    // Cancel keeps the run.
    remove->trigger();
    QMessageBox *box = m_panel->findChild<QMessageBox *>(QStringLiteral("historyDeleteConfirmation"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().contains(QLatin1String("1 image file")));
    QCOMPARE(m_panel->view()->model()->rowCount(), 3); // nothing happens before an answer
    box->findChild<QPushButton *>(QStringLiteral("historyDeleteCancelButton"))->click();
    QTRY_VERIFY(!m_panel->findChild<QMessageBox *>(QStringLiteral("historyDeleteConfirmation")));
    QCOMPARE(m_panel->view()->model()->rowCount(), 3);
    QVERIFY(QFileInfo::exists(m_house.outputPaths.first()));

    // Delete removes the row and the files.
    select(QStringLiteral("modern house"));
    remove->trigger();
    box = m_panel->findChild<QMessageBox *>(QStringLiteral("historyDeleteConfirmation"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QSignalSpy status(m_panel.get(), &HistoryPanel::statusMessage);
    box->findChild<QPushButton *>(QStringLiteral("historyDeleteConfirmButton"))->click();
    QTRY_COMPARE(m_panel->view()->model()->rowCount(), 2);
    QVERIFY(!m_store->entry(m_house.id));
    QVERIFY(!QFileInfo::exists(m_house.outputPaths.first()));
    QVERIFY(!QFileInfo::exists(m_house.thumbPaths.first()));
    QCOMPARE(status.count(), 1);
}

void TestHistoryPanel::copyParameters()
{
    select(QStringLiteral("red cat on a sofa"));
    child<QAction>("historyCopyParametersAction")->trigger();
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY2(text.startsWith(QLatin1String("red cat on a sofa")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("5555")), qPrintable(text));

    child<QAction>("historyCopyImageAction")->trigger();
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QVERIFY(mime->hasUrls());
    QCOMPARE(mime->urls().first(), QUrl::fromLocalFile(m_cat.outputPaths.first()));
}

void TestHistoryPanel::saveAsWritesFormatsWithMetadata()
{
    QSignalSpy finished(m_panel.get(), &HistoryPanel::saveFinished);
    const QString png = m_dir->filePath(QStringLiteral("export.png"));
    m_panel->saveEntryAs(m_cat, png);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(1).toString(), QString());
    QCOMPARE(finished.at(0).at(0).toStringList(), QStringList{png});
    QFile file(png);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const auto info = PngMetadata::read(file.readAll(), &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(*info, m_cat.generationInfo());

    for (const char *suffix : {"jpg", "webp"}) {
        const QString path = m_dir->filePath(QStringLiteral("export.") + QLatin1String(suffix));
        m_panel->saveEntryAs(m_cat, path);
        QTRY_COMPARE(finished.count(), suffix[0] == 'j' ? 2 : 3);
        const QString saveError = finished.last().at(1).toString();
        if (suffix[0] == 'w' && !QImageWriter::supportedImageFormats().contains("webp")) {
            QVERIFY(!saveError.isEmpty());
            continue;
        }
        QVERIFY2(saveError.isEmpty(), qPrintable(saveError));
        QCOMPARE(QImageReader(path).size(), QSize(320, 240));
    }

    const QString bad = m_dir->filePath(QStringLiteral("export.gif"));
    m_panel->saveEntryAs(m_cat, bad);
    QTRY_COMPARE(finished.count(), 4);
    QVERIFY(!finished.last().at(1).toString().isEmpty());
}

void TestHistoryPanel::contextMenuOpensOnARun()
{
    QListView *view = m_panel->view();
    const QModelIndex index = view->model()->index(1, 0);
    const QRect rect = view->visualRect(index);
    QVERIFY(rect.isValid());
    Q_EMIT view->customContextMenuRequested(rect.center());
    QMenu *menu = child<QMenu>("historyContextMenu");
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(view->currentIndex(), index);
    QStringList texts;
    for (QAction *action : menu->actions())
        texts.append(action->text());
    QVERIFY(texts.contains(QStringLiteral("Reuse Parameters")));
    QVERIFY(texts.contains(QStringLiteral("Delete…")));
    QVERIFY(texts.contains(QStringLiteral("Rate")));
    menu->close();
    QTRY_VERIFY(!menu->isVisible());

    // Not on empty space.
    Q_EMIT view->customContextMenuRequested(QPoint(view->viewport()->width() - 2, view->viewport()->height() - 2));
    QVERIFY(!menu->isVisible());
}

void TestHistoryPanel::focusSearch()
{
    m_panel->view()->setFocus();
    m_panel->focusSearch();
    QCOMPARE(m_panel->focusWidget(), child<QLineEdit>("historySearch"));
}

QTEST_MAIN(TestHistoryPanel)
#include "tst_historypanel.moc"
