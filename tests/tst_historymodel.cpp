#include "history/historymodel.h"
#include "history/historystore.h"
#include "imaging/pngmetadata.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <functional>

#include <memory>

namespace {

OutputImage output(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(200, 60, 30));
    OutputImage result;
    QBuffer buffer(&result.bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter(&buffer, "png").write(image);
    result.mimeType = QByteArrayLiteral("image/png");
    result.size = image.size();
    return result;
}

GenerationInfo makeInfo(const QString &prompt, int secondsAfterBase = 0)
{
    GenerationInfo info;
    info.provider = QStringLiteral("fal");
    info.model = QStringLiteral("fal:bria/reimagine/3.2");
    info.endpoint = QStringLiteral("bria/reimagine/3.2");
    info.requestId = QStringLiteral("req-1");
    info.seed = 5555;
    info.costUsd = 0.04;
    info.elapsedMs = 900;
    info.created = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC).addSecs(secondsAfterBase);
    info.inputs.insert(QStringLiteral("prompt"), prompt);
    info.inputs.insert(QStringLiteral("steps_num"), 30);
    return info;
}

QStringList displayed(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data(HistoryModel::PromptRole).toString());
    return result;
}

} // namespace

class TestHistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyStore();
    void followsAdds();
    void filterResetsAndIsKeptOnChanges();
    void removingAndUpdating();
    void roles();
    void thumbnailIsLoadedLazily();
    void mimeDataCarriesTheFile();
    void runsWithoutOutputsAreNotDraggable();
    void shortPrompt();
    void pagesArriveInOrder();
    void pagesFollowTheScoreOrder();
    void searchAndFiltersOverManyRows();
    void queriesRunOffTheGuiThread();

private:
    HistoryEntry add(const QString &prompt, int seconds, int outputs = 1);
    // Records `count` runs without images (prompt "<word> <n>", model and provider by n % 3),
    // one second apart from `firstSecond` on; waits for the model.
    QStringList record(int count, int firstSecond = 0);
    // Waits until the model has applied every answer of the database thread.
    bool settled() { return QTest::qWaitFor([this] { return !m_model->isLoading(); }, 10000); }
    // Fetches pages until the model holds every run of its filter.
    bool fetchAll();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<HistoryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestHistoryModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestHistoryModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<HistoryStore>(m_dir->path());
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
    m_model = std::make_unique<HistoryModel>(m_store.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(settled());
}

void TestHistoryModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_store.reset();
    m_dir.reset();
}

HistoryEntry TestHistoryModel::add(const QString &prompt, int seconds, int outputs)
{
    QList<OutputImage> images;
    for (int i = 0; i < outputs; ++i)
        images.append(output(300 + i, 200));
    QString error;
    const auto entry = m_store->addRun(makeInfo(prompt, seconds), QStringLiteral("Bria Reimagine 3.2"),
                                       images, RunStatus::Done, QString(), QString(), &error);
    if (!entry)
        qFatal("addRun failed: %s", qPrintable(error));
    if (!settled())
        qFatal("the model did not follow the new run");
    return *entry;
}

QStringList TestHistoryModel::record(int count, int firstSecond)
{
    static const QStringList words = {QStringLiteral("cat"), QStringLiteral("house"), QStringLiteral("chair"),
                                      QStringLiteral("tree"), QStringLiteral("lamp")};
    static const QStringList models = {QStringLiteral("fal:a"), QStringLiteral("fal:b"), QStringLiteral("replicate:c")};
    QStringList ids;
    for (int n = 0; n < count; ++n) {
        HistoryEntry entry;
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        entry.created = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC).addSecs(firstSecond + n);
        entry.modelId = models.at(n % 3);
        entry.provider = entry.modelId.section(QLatin1Char(':'), 0, 0);
        entry.inputs.insert(QStringLiteral("prompt"), QStringLiteral("%1 %2").arg(words.at(n % words.size())).arg(n));
        entry.status = RunStatus::Done;
        QString error;
        if (!m_store->recordRun(entry, &error))
            qFatal("recordRun failed: %s", qPrintable(error));
        ids.append(entry.id);
    }
    if (!settled())
        qFatal("the model did not follow the new runs");
    return ids;
}

bool TestHistoryModel::fetchAll()
{
    while (m_model->canFetchMore()) {
        m_model->fetchMore();
        if (!settled())
            return false;
    }
    return settled();
}

void TestHistoryModel::emptyStore()
{
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->entry(0).isValid());
    QCOMPARE(m_model->rowOf(QStringLiteral("x")), -1);
    HistoryModel detached(nullptr);
    QCOMPARE(detached.rowCount(), 0);
    detached.setFilter(HistoryFilter());
    QCOMPARE(detached.rowCount(), 0);
}

void TestHistoryModel::followsAdds()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    add(QStringLiteral("first"), 10);
    add(QStringLiteral("second"), 20);
    add(QStringLiteral("older"), 0);
    QCOMPARE(displayed(*m_model), (QStringList{QStringLiteral("second"), QStringLiteral("first"), QStringLiteral("older")}));
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(inserted.at(1).at(1).toInt(), 0); // the newest goes on top
    QCOMPARE(inserted.at(2).at(1).toInt(), 2); // an older one slots in below
    QCOMPARE(reset.count(), 0);
}

void TestHistoryModel::filterResetsAndIsKeptOnChanges()
{
    add(QStringLiteral("red cat"), 0);
    add(QStringLiteral("blue house"), 10);
    add(QStringLiteral("red house"), 20);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    HistoryFilter filter;
    filter.text = QStringLiteral("red");
    m_model->setFilter(filter);
    QVERIFY(settled());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->filter().text, QStringLiteral("red"));
    QCOMPARE(displayed(*m_model), (QStringList{QStringLiteral("red house"), QStringLiteral("red cat")}));

    // New runs only appear when they match the filter.
    add(QStringLiteral("green tree"), 30);
    QCOMPARE(m_model->rowCount(), 2);
    add(QStringLiteral("red tree"), 40);
    QCOMPARE(displayed(*m_model).first(), QStringLiteral("red tree"));

    filter.text = QStringLiteral("nothing-like-this");
    m_model->setFilter(filter);
    QVERIFY(settled());
    QCOMPARE(m_model->rowCount(), 0);

    m_model->setFilter(HistoryFilter());
    QVERIFY(settled());
    QCOMPARE(m_model->rowCount(), 5);

    filter = HistoryFilter();
    filter.limit = 2;
    m_model->setFilter(filter);
    QVERIFY(settled());
    QCOMPARE(displayed(*m_model), (QStringList{QStringLiteral("red tree"), QStringLiteral("green tree")}));
    add(QStringLiteral("newest"), 50);  // pushes the oldest of the two out
    QCOMPARE(displayed(*m_model), (QStringList{QStringLiteral("newest"), QStringLiteral("red tree")}));
}

void TestHistoryModel::removingAndUpdating()
{
    const HistoryEntry a = add(QStringLiteral("a"), 0);
    const HistoryEntry b = add(QStringLiteral("b"), 10);
    const HistoryEntry c = add(QStringLiteral("c"), 20);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    QVERIFY(m_store->remove(b.id));
    QVERIFY(settled());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 1);
    QCOMPARE(displayed(*m_model), (QStringList{QStringLiteral("c"), QStringLiteral("a")}));

    QVERIFY(m_store->setFavourite(a.id, true));
    QVERIFY(settled());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(m_model->index(1).data(HistoryModel::FavouriteRole).toBool(), true);

    QVERIFY(m_store->setRating(c.id, 3));
    QVERIFY(settled());
    QCOMPARE(m_model->index(0).data(HistoryModel::RatingRole).toInt(), 3);

    HistoryFilter favourites;
    favourites.favouritesOnly = true;
    m_model->setFilter(favourites);
    QVERIFY(settled());
    QCOMPARE(displayed(*m_model), QStringList{QStringLiteral("a")});
    QVERIFY(m_store->setFavourite(a.id, false));
    QVERIFY(settled());
    QCOMPARE(m_model->rowCount(), 0);

    m_model->setFilter(HistoryFilter());
    QVERIFY(settled());
    QVERIFY(m_store->remove(a.id));
    QVERIFY(settled());
    QVERIFY(m_store->remove(c.id));
    QVERIFY(settled());
    QCOMPARE(m_model->rowCount(), 0);
}

void TestHistoryModel::roles()
{
    const HistoryEntry e = add(QStringLiteral("a modern   chair\nin a room"), 0, 2);
    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex index = m_model->index(0);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), QStringLiteral("a modern chair in a room"));
    QCOMPARE(index.data(HistoryModel::IdRole).toString(), e.id);
    QCOMPARE(index.data(HistoryModel::ModelRole).toString(), QStringLiteral("Bria Reimagine 3.2"));
    QCOMPARE(index.data(HistoryModel::ModelIdRole).toString(), QStringLiteral("fal:bria/reimagine/3.2"));
    QCOMPARE(index.data(HistoryModel::ProviderRole).toString(), QStringLiteral("fal"));
    QCOMPARE(index.data(HistoryModel::SeedRole).toLongLong(), 5555);
    QCOMPARE(index.data(HistoryModel::CostRole).toDouble(), 0.04);
    QCOMPARE(index.data(HistoryModel::CreatedRole).toDateTime(), QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(index.data(HistoryModel::RatingRole).toInt(), 0);
    QCOMPARE(index.data(HistoryModel::FavouriteRole).toBool(), false);
    QCOMPARE(index.data(HistoryModel::OutputPathRole).toString(), e.outputPaths.first());
    QCOMPARE(index.data(HistoryModel::OutputPathsRole).toStringList(), e.outputPaths);
    QCOMPARE(index.data(HistoryModel::ThumbnailPathRole).toString(), e.thumbPaths.first());
    QCOMPARE(index.data(HistoryModel::PromptRole).toString(), QStringLiteral("a modern   chair\nin a room"));
    QCOMPARE(index.data(HistoryModel::InputsRole).value<QJsonObject>(), e.inputs);
    QCOMPARE(index.data(HistoryModel::StatusRole).value<RunStatus>(), RunStatus::Done);
    QCOMPARE(index.data(HistoryModel::SizeRole).toSize(), QSize(300, 200));
    QCOMPARE(m_model->entry(index).id, e.id);
    QCOMPARE(m_model->rowOf(e.id), 0);

    const QString tip = index.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("Bria Reimagine 3.2")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("5555")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("0.040")) || tip.contains(QLatin1String("0,040")), qPrintable(tip));

    // Unknown seed and cost are empty, not zero.
    GenerationInfo info = makeInfo(QStringLiteral("unknowns"), 10);
    info.seed.reset();
    info.costUsd.reset();
    QString error;
    QVERIFY(m_store->addRun(info, QString(), {}, RunStatus::Failed, QStringLiteral("Boom"), {}, &error));
    QVERIFY(settled());
    const QModelIndex unknown = m_model->index(0);
    QVERIFY(!unknown.data(HistoryModel::SeedRole).isValid());
    QVERIFY(!unknown.data(HistoryModel::CostRole).isValid());
    QCOMPARE(unknown.data(HistoryModel::ModelRole).toString(), QStringLiteral("fal:bria/reimagine/3.2"));
    QVERIFY(unknown.data(Qt::ToolTipRole).toString().contains(QLatin1String("Boom")));
    QVERIFY(!unknown.data(Qt::DecorationRole).isValid());
    QVERIFY(m_model->roleNames().contains(HistoryModel::InputsRole));
}

void TestHistoryModel::thumbnailIsLoadedLazily()
{
    const HistoryEntry e = add(QStringLiteral("thumb"), 0);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const QModelIndex index = m_model->index(0);
    index.data(Qt::DecorationRole); // starts the load
    QTRY_VERIFY(!index.data(Qt::DecorationRole).value<QImage>().isNull());
    const QImage image = index.data(Qt::DecorationRole).value<QImage>();
    QCOMPARE(image.size(), QSize(300, 200).scaled(256, 256, Qt::KeepAspectRatio));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.first().at(2).value<QList<int>>(), QList<int>{Qt::DecorationRole});
}

void TestHistoryModel::mimeDataCarriesTheFile()
{
    const HistoryEntry e = add(QStringLiteral("drag me"), 0, 2);
    const QModelIndex index = m_model->index(0);
    QVERIFY(m_model->flags(index).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(m_model->supportedDragActions().testFlag(Qt::CopyAction));
    QVERIFY(m_model->mimeTypes().contains(QStringLiteral("text/uri-list")));

    std::unique_ptr<QMimeData> mime(m_model->mimeData({index}));
    QVERIFY(mime);
    QVERIFY(mime->hasUrls());
    QCOMPARE(mime->urls(), (QList<QUrl>{QUrl::fromLocalFile(e.outputPaths.at(0)), QUrl::fromLocalFile(e.outputPaths.at(1))}));
    QVERIFY(mime->hasImage());
    QCOMPARE(mime->imageData().value<QImage>().size(), QSize(300, 200));
    QVERIFY(mime->hasFormat(QStringLiteral("image/png")));
    const QByteArray png = mime->data(QStringLiteral("image/png"));
    QFile file(e.outputPaths.first());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(png, file.readAll());
    QString error;
    const auto info = PngMetadata::read(png, &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(info->inputs, e.inputs);
}

void TestHistoryModel::runsWithoutOutputsAreNotDraggable()
{
    QString error;
    QVERIFY(m_store->addRun(makeInfo(QStringLiteral("failed")), QString(), {}, RunStatus::Failed,
                            QStringLiteral("No credits"), {}, &error));
    QVERIFY(settled());
    const QModelIndex index = m_model->index(0);
    QVERIFY(!m_model->flags(index).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(!m_model->mimeData({index}));
    QVERIFY(!m_model->mimeData({}));
}

void TestHistoryModel::shortPrompt()
{
    HistoryEntry e;
    e.prompt = QString(100, QLatin1Char('x'));
    const QString text = HistoryModel::shortPrompt(e);
    QCOMPARE(text.size(), HistoryModel::ShortPromptLength);
    QVERIFY(text.endsWith(QChar(0x2026)));
    e.prompt.clear();
    e.modelTitle = QStringLiteral("Bria");
    QCOMPARE(HistoryModel::shortPrompt(e), QStringLiteral("Bria"));
}

QStringList ids(const HistoryModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row).data(HistoryModel::IdRole).toString());
    return result;
}

void TestHistoryModel::pagesArriveInOrder()
{
    m_tester.reset(); // it fetches every page to check the model: here the test fetches them
    // Two runs share a creation time, on both sides of the first page's end: the order between
    // them is the rowid's, across pages too.
    QStringList recorded = record(2 * HistoryModel::PageSize + 50);
    HistoryEntry twin;
    twin.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    twin.created = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC).addSecs(HistoryModel::PageSize + 50);
    twin.status = RunStatus::Done;
    QVERIFY(m_store->recordRun(twin, nullptr));
    recorded.insert(HistoryModel::PageSize + 51, twin.id);
    QVERIFY(settled());
    std::reverse(recorded.begin(), recorded.end()); // newest first

    HistoryFilter every;
    every.limit = 0;
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->setFilter(every);
    QVERIFY(settled());
    QCOMPARE(m_model->rowCount(), HistoryModel::PageSize);
    QVERIFY(m_model->canFetchMore());
    QCOMPARE(ids(*m_model), recorded.mid(0, HistoryModel::PageSize));
    m_model->fetchMore();
    m_model->fetchMore(); // a second request while the first is under way is ignored
    QVERIFY(settled());
    QCOMPARE(m_model->rowCount(), 2 * HistoryModel::PageSize);
    QCOMPARE(inserted.count(), 1);
    QVERIFY(fetchAll());
    QVERIFY(!m_model->canFetchMore());
    QCOMPARE(ids(*m_model), recorded);

    // A new run while every page is loaded goes on top; the loaded rows stay.
    const QStringList newer = record(1, 100000);
    QCOMPARE(m_model->rowCount(), int(recorded.size()) + 1);
    QCOMPARE(ids(*m_model).first(), newer.first());
    QCOMPARE(ids(*m_model).mid(1), recorded);

    // The filter's limit caps the pages.
    HistoryFilter capped;
    capped.limit = HistoryModel::PageSize + 10;
    m_model->setFilter(capped);
    QVERIFY(settled());
    QVERIFY(fetchAll());
    QCOMPARE(m_model->rowCount(), HistoryModel::PageSize + 10);
    QVERIFY(!m_model->canFetchMore());
}

void TestHistoryModel::pagesFollowTheScoreOrder()
{
    const QStringList recorded = record(HistoryModel::PageSize + 100);
    // Every third run scored (some equal scores), the rest unscored.
    QHash<QString, double> scores;
    for (int n = 0; n < recorded.size(); n += 3) {
        const double score = (n % 7) / 10.0;
        QVERIFY(m_store->setStructureScores(recorded.at(n), {score}));
        scores.insert(recorded.at(n), score);
    }
    QVERIFY(settled());
    HistoryFilter byScore;
    byScore.limit = 0;
    byScore.sort = HistoryFilter::Sort::StructureScore;
    m_model->setFilter(byScore);
    QVERIFY(settled());
    QVERIFY(fetchAll());
    QStringList expected;
    for (const HistoryEntry &e : m_store->find(byScore))
        expected.append(e.id);
    QCOMPARE(expected.size(), recorded.size());
    QCOMPARE(ids(*m_model), expected);
    // Best first, unscored last, newest first among equals.
    for (int row = 1; row < m_model->rowCount(); ++row) {
        const QVariant previous = m_model->index(row - 1).data(HistoryModel::StructureScoreRole);
        const QVariant current = m_model->index(row).data(HistoryModel::StructureScoreRole);
        if (!current.isValid())
            continue;
        QVERIFY(previous.isValid());
        QVERIFY(previous.toDouble() >= current.toDouble());
        if (previous.toDouble() == current.toDouble())
            QVERIFY(m_model->index(row - 1).data(HistoryModel::CreatedRole).toDateTime()
                    > m_model->index(row).data(HistoryModel::CreatedRole).toDateTime());
    }
}

void TestHistoryModel::searchAndFiltersOverManyRows()
{
    const QStringList recorded = record(3 * HistoryModel::PageSize);
    const auto expect = [&](const std::function<bool(int)> &matches) {
        QStringList result;
        for (int n = int(recorded.size()) - 1; n >= 0; --n) {
            if (matches(n))
                result.append(recorded.at(n));
        }
        return result;
    };

    HistoryFilter filter;
    filter.limit = 0;
    filter.text = QStringLiteral("CHA"); // prefix, any case
    m_model->setFilter(filter);
    QVERIFY(settled());
    QVERIFY(fetchAll());
    QCOMPARE(ids(*m_model), expect([](int n) { return n % 5 == 2; }));

    filter.text = QStringLiteral("cat 1"); // both words: "cat" and a number starting with 1
    m_model->setFilter(filter);
    QVERIFY(settled());
    QVERIFY(fetchAll());
    QCOMPARE(ids(*m_model), expect([](int n) { return n % 5 == 0 && QString::number(n).startsWith(QLatin1Char('1')); }));

    filter.text.clear();
    filter.modelId = QStringLiteral("fal:b");
    m_model->setFilter(filter);
    QVERIFY(settled());
    QVERIFY(fetchAll());
    QCOMPARE(ids(*m_model), expect([](int n) { return n % 3 == 1; }));

    filter.modelId.clear();
    filter.provider = QStringLiteral("replicate");
    filter.text = QStringLiteral("tree");
    m_model->setFilter(filter);
    QVERIFY(settled());
    QVERIFY(fetchAll());
    QCOMPARE(ids(*m_model), expect([](int n) { return n % 3 == 2 && n % 5 == 3; }));

    // Dates are local calendar days: a day that holds none of the runs, then the one that does.
    filter = HistoryFilter();
    filter.limit = 0;
    const QDate day = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC).toLocalTime().date();
    filter.from = day.addDays(1);
    m_model->setFilter(filter);
    QVERIFY(settled());
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->canFetchMore());
    filter.from = day;
    filter.to = day.addDays(1);
    m_model->setFilter(filter);
    QVERIFY(settled());
    QVERIFY(fetchAll());
    QCOMPARE(m_model->rowCount(), int(recorded.size()));
}

void TestHistoryModel::queriesRunOffTheGuiThread()
{
    record(HistoryModel::PageSize + 20);
    add(QStringLiteral("with a thumbnail"), 100000);
    const int before = m_store->mainThreadQueries();

    // Filters, pages, thumbnails and a change written on another thread: not one query here.
    HistoryFilter filter;
    filter.limit = 0;
    filter.text = QStringLiteral("cat");
    m_model->setFilter(filter);
    QVERIFY(settled());
    filter.text.clear();
    m_model->setFilter(filter);
    QVERIFY(settled());
    QVERIFY(fetchAll());
    QTRY_VERIFY(!m_model->index(0).data(Qt::DecorationRole).value<QImage>().isNull());
    const QString id = m_model->index(1).data(HistoryModel::IdRole).toString();
    QVERIFY(m_store->inBackground([this, id] { return m_store->setFavourite(id, true); }).result());
    QTRY_VERIFY(m_model->index(1).data(HistoryModel::FavouriteRole).toBool());
    QVERIFY(settled());
    QCOMPARE(m_store->mainThreadQueries(), before);

    // They ran on the store's database thread.
    QVERIFY(m_store->databaseThread());
    QVERIFY(m_store->databaseThread() != QThread::currentThread());
    QThread *ranOn = m_store->inBackground([] { return QThread::currentThread(); }).result();
    QCOMPARE(ranOn, m_store->databaseThread());
}

QTEST_GUILESS_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
