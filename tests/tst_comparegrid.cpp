#include "widgets/comparecell.h"
#include "widgets/comparegrid.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSet>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTest>
#include <QToolButton>

#include <cmath>

namespace {
QImage solid(const QSize &size, const QColor &color)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    return image;
}

// Something that looks like a render: a diagonal gradient with a few shapes.
QImage sampleResult(const QSize &size, int hueShift)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient g(0, 0, size.width(), size.height());
    g.setColorAt(0, QColor::fromHsv((200 + hueShift) % 360, 140, 235));
    g.setColorAt(1, QColor::fromHsv((280 + hueShift) % 360, 180, 120));
    p.fillRect(image.rect(), g);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor::fromHsv((40 + hueShift) % 360, 200, 250));
    p.drawEllipse(QPointF(size.width() * 0.7, size.height() * 0.3), size.height() * 0.12, size.height() * 0.12);
    p.setBrush(QColor::fromHsv((150 + hueShift) % 360, 120, 90));
    p.drawRect(QRectF(0, size.height() * 0.72, size.width(), size.height() * 0.28));
    p.setBrush(QColor(250, 250, 250, 200));
    p.drawRect(QRectF(size.width() * 0.18, size.height() * 0.42, size.width() * 0.34, size.height() * 0.3));
    return image;
}

QString key(int i)
{
    return QStringLiteral("run%1").arg(i);
}

template<typename T>
T *child(QWidget *root, const QString &name)
{
    return root->findChild<T *>(name);
}

bool containsColour(const QImage &image, const QColor &colour, int tolerance = 0)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) <= tolerance && std::abs(c.green() - colour.green()) <= tolerance
                && std::abs(c.blue() - colour.blue()) <= tolerance)
                return true;
        }
    }
    return false;
}
} // namespace

class TestCompareGrid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyGrid();
    void layout_data();
    void layout();
    void layoutAdaptsToWidth();
    void cellsKeepAspect();
    void threeCellsUseTheSpace();
    void titleOnItsOwnLine();
    void stateResultErrorTransitions();
    void busyIndicator();
    void exactlyOneWinner();
    void buttonSignals();
    void duplicateKeyReplaces();
    void clearResets();
    void exportImage();
    void cellOrderAndHeader();
    void structureScoreAndOverlay();
    void screenshots();

private:
    CompareGrid *m_grid = nullptr;
};

void TestCompareGrid::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCompareGrid::init()
{
    m_grid = new CompareGrid;
    m_grid->resize(1000, 760);
    m_grid->setAspectRatio(4.0 / 3.0);
    m_grid->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_grid));
}

void TestCompareGrid::cleanup()
{
    delete m_grid;
    m_grid = nullptr;
}

void TestCompareGrid::emptyGrid()
{
    QCOMPARE(m_grid->cellCount(), 0);
    auto *empty = child<QLabel>(m_grid, QStringLiteral("compareGridEmpty"));
    QVERIFY(empty);
    QVERIFY(empty->isVisibleTo(m_grid));
    QVERIFY(m_grid->exportImage().isNull());
    m_grid->setCellState(QStringLiteral("missing"), QStringLiteral("Running"));
    m_grid->setWinner(QStringLiteral("missing"));
    QVERIFY(m_grid->winner().isEmpty());
    m_grid->addCell(key(0), QStringLiteral("Model"), QStringLiteral("fal"));
    QVERIFY(!empty->isVisibleTo(m_grid));
}

void TestCompareGrid::layout_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("rows");
    QTest::newRow("1") << 1 << 1 << 1;
    QTest::newRow("2") << 2 << 2 << 1;
    QTest::newRow("3") << 3 << 2 << 2;
    QTest::newRow("4") << 4 << 2 << 2;
    QTest::newRow("5") << 5 << 3 << 2;
    QTest::newRow("6") << 6 << 3 << 2;
    QTest::newRow("7") << 7 << 3 << 3;
}

void TestCompareGrid::layout()
{
    QFETCH(int, count);
    QFETCH(int, columns);
    QFETCH(int, rows);
    for (int i = 0; i < count; ++i)
        QCOMPARE(m_grid->addCell(key(i), QStringLiteral("Model %1").arg(i), QStringLiteral("fal")), i);
    QCOMPARE(m_grid->cellCount(), count);

    QSet<int> xs;
    QSet<int> ys;
    QList<QRect> rects;
    for (int i = 0; i < count; ++i) {
        auto *cell = child<CompareCell>(m_grid, QStringLiteral("cell_") + key(i));
        QVERIFY(cell);
        QVERIFY(cell->isVisibleTo(m_grid));
        xs.insert(cell->geometry().x());
        ys.insert(cell->geometry().y());
        rects.append(cell->geometry());
    }
    QCOMPARE(int(xs.size()), columns);
    QCOMPARE(int(ys.size()), rows);
    QCOMPARE(m_grid->columnCount(), columns);
    QCOMPARE(m_grid->rowCount(), rows);
    // Reading order, no overlaps, everything visible without scrolling in this size.
    for (int i = 0; i < rects.size(); ++i) {
        for (int j = i + 1; j < rects.size(); ++j)
            QVERIFY(!rects.at(i).intersects(rects.at(j)));
        QVERIFY(QRect(QPoint(0, 0), m_grid->viewport()->size()).contains(rects.at(i)));
    }
    if (count >= 2)
        QVERIFY(rects.at(1).x() > rects.at(0).x());
}

void TestCompareGrid::layoutAdaptsToWidth()
{
    for (int i = 0; i < 4; ++i)
        m_grid->addCell(key(i), QStringLiteral("Model"), QStringLiteral("fal"));
    QCOMPARE(m_grid->columnCount(), 2);
    // Narrow and tall: one column, scrolling.
    m_grid->resize(300, 500);
    QCOMPARE(m_grid->columnCount(), 1);
    QCOMPARE(m_grid->rowCount(), 4);
    // Very wide: one row.
    m_grid->resize(1600, 420);
    QCOMPARE(m_grid->columnCount(), 4);
    QCOMPARE(m_grid->rowCount(), 1);
}

void TestCompareGrid::cellsKeepAspect()
{
    for (int i = 0; i < 3; ++i)
        m_grid->addCell(key(i), QStringLiteral("Model"), QStringLiteral("fal"));
    for (const double aspect : {4.0 / 3.0, 1.0, 9.0 / 16.0, 16.0 / 9.0}) {
        m_grid->setAspectRatio(aspect);
        QCOMPARE(m_grid->aspectRatio(), aspect);
        auto *image = child<QWidget>(m_grid, QStringLiteral("cell_run0_image"));
        QVERIFY(image);
        QTRY_VERIFY(image->width() > 0);
        const double shown = double(image->width()) / image->height();
        QVERIFY2(std::abs(image->width() - image->height() * aspect) <= 2.0,
                 qPrintable(QStringLiteral("%1 vs %2").arg(shown).arg(aspect)));
    }
}

void TestCompareGrid::threeCellsUseTheSpace()
{
    m_grid->resize(900, 600);
    const QStringList titles{QStringLiteral("Bria Reimagine 3.2"), QStringLiteral("Reimagine Flux (Freepik)"),
                             QStringLiteral("Bria Reimagine (Segmind)")};
    for (int i = 0; i < titles.size(); ++i)
        m_grid->addCell(key(i), titles.at(i), QStringLiteral("fal"));
    for (int i = 0; i < titles.size(); ++i) {
        const QRect cell = m_grid->cell(key(i))->geometry();
        QVERIFY2(cell.width() >= 250, qPrintable(QStringLiteral("cell %1 is %2 px wide").arg(i).arg(cell.width())));
        QVERIFY(QRect(QPoint(0, 0), m_grid->viewport()->size()).contains(cell)); // no scrolling
    }
}

void TestCompareGrid::titleOnItsOwnLine()
{
    m_grid->resize(900, 600);
    const QString longTitle = QStringLiteral("Bria Reimagine 3.2 with a very long descriptive model title");
    m_grid->addCell(key(0), longTitle, QStringLiteral("fal"));
    m_grid->addCell(key(1), QStringLiteral("Short"), QStringLiteral("Segmind"));
    m_grid->addCell(key(2), QStringLiteral("Other"), QStringLiteral("Freepik"));
    const QString base = QStringLiteral("cell_") + key(0);
    auto *title = child<QLabel>(m_grid, base + QStringLiteral("_title"));
    auto *provider = child<QLabel>(m_grid, base + QStringLiteral("_provider"));
    auto *star = child<QToolButton>(m_grid, base + QStringLiteral("_star"));
    auto *save = child<QToolButton>(m_grid, base + QStringLiteral("_save"));
    QVERIFY(title && provider && star && save);
    QCOMPARE(title->text(), longTitle);
    QCOMPARE(title->toolTip(), longTitle);
    const auto inCell = [this](QWidget *w) { return w->mapTo(m_grid->cell(key(0)), QPoint(0, 0)); };
    // The badge and the buttons share the line below the title; nothing spills out of the cell.
    QVERIFY(inCell(provider).y() >= inCell(title).y() + title->height());
    QVERIFY(inCell(star).y() >= inCell(title).y() + title->height() - 2);
    QVERIFY(inCell(save).x() + save->width() <= m_grid->cell(key(0))->width());
    QVERIFY(title->width() < title->fontMetrics().horizontalAdvance(longTitle)); // elided
    QVERIFY(inCell(title).x() + title->width() <= m_grid->cell(key(0))->width());
}

void TestCompareGrid::stateResultErrorTransitions()
{
    m_grid->addCell(QStringLiteral("a"), QStringLiteral("Bria 3.2"), QStringLiteral("fal"));
    auto *state = child<QLabel>(m_grid, QStringLiteral("cell_a_state"));
    auto *error = child<QLabel>(m_grid, QStringLiteral("cell_a_error"));
    auto *title = child<QLabel>(m_grid, QStringLiteral("cell_a_title"));
    auto *provider = child<QLabel>(m_grid, QStringLiteral("cell_a_provider"));
    auto *time = child<QLabel>(m_grid, QStringLiteral("cell_a_time"));
    auto *cost = child<QLabel>(m_grid, QStringLiteral("cell_a_cost"));
    auto *seed = child<QLabel>(m_grid, QStringLiteral("cell_a_seed"));
    auto *open = child<QToolButton>(m_grid, QStringLiteral("cell_a_open"));
    QVERIFY(state && error && title && provider && time && cost && seed && open);
    QCOMPARE(title->text(), QStringLiteral("Bria 3.2"));
    QCOMPARE(provider->text(), QStringLiteral("fal"));
    QCOMPARE(state->text(), QStringLiteral("Waiting"));
    QCOMPARE(time->text(), QStringLiteral("— s"));
    QCOMPARE(cost->text(), QStringLiteral("—"));
    QCOMPARE(seed->text(), QStringLiteral("Seed —"));
    QVERIFY(!open->isEnabled());

    m_grid->setCellState(QStringLiteral("a"), QStringLiteral("In queue #3"));
    QCOMPARE(state->text(), QStringLiteral("In queue #3"));
    QVERIFY(state->isVisibleTo(m_grid));
    QVERIFY(!error->isVisibleTo(m_grid));

    m_grid->setCellState(QStringLiteral("a"), QStringLiteral("Running"), 40);
    QCOMPARE(state->text(), QStringLiteral("Running"));
    QCOMPARE(m_grid->cell(QStringLiteral("a"))->progress(), 40);

    m_grid->setCellResult(QStringLiteral("a"), solid(QSize(64, 48), Qt::darkCyan), 12400, 0.04, 5555);
    QVERIFY(!state->isVisibleTo(m_grid));
    QVERIFY(!error->isVisibleTo(m_grid));
    QCOMPARE(time->text(), QStringLiteral("12.4 s"));
    QCOMPARE(cost->text(), QStringLiteral("$0.04"));
    QCOMPARE(seed->text(), QStringLiteral("Seed 5555"));
    QVERIFY(open->isEnabled());
    QVERIFY(m_grid->cell(QStringLiteral("a"))->hasResult());

    m_grid->setCellResult(QStringLiteral("a"), solid(QSize(64, 48), Qt::darkCyan), 125000, std::nullopt,
                          std::nullopt);
    QCOMPARE(time->text(), QStringLiteral("2 min 05 s"));
    QCOMPARE(cost->text(), QStringLiteral("—"));
    QCOMPARE(seed->text(), QStringLiteral("Seed —"));
    m_grid->setCellResult(QStringLiteral("a"), solid(QSize(64, 48), Qt::darkCyan), 900, 0.003, 1);
    QCOMPARE(time->text(), QStringLiteral("0.9 s"));
    QCOMPARE(cost->text(), QStringLiteral("$0.003"));

    m_grid->setCellError(QStringLiteral("a"), QStringLiteral("No credits left on fal"));
    QVERIFY(error->isVisibleTo(m_grid));
    QCOMPARE(error->text(), QStringLiteral("No credits left on fal"));
    QCOMPARE(state->text(), QStringLiteral("Failed"));
    QVERIFY(state->isVisibleTo(m_grid));
    QVERIFY(!open->isEnabled());
    QVERIFY(!m_grid->cell(QStringLiteral("a"))->hasResult());

    // And back to running (retry).
    m_grid->setCellState(QStringLiteral("a"), QStringLiteral("Uploading"));
    QVERIFY(!error->isVisibleTo(m_grid));
    QCOMPARE(state->text(), QStringLiteral("Uploading"));
}

void TestCompareGrid::busyIndicator()
{
    m_grid->addCell(QStringLiteral("a"), QStringLiteral("Model"), QStringLiteral("fal"));
    auto *indicator = child<QWidget>(m_grid, QStringLiteral("cell_a_progress"));
    QVERIFY(indicator);
    m_grid->setCellState(QStringLiteral("a"), QStringLiteral("Running"));
    QVERIFY(indicator->isVisibleTo(m_grid));
    // It animates: the painted spinner changes over time.
    const QImage first = indicator->grab().toImage();
    QTRY_VERIFY(indicator->grab().toImage() != first);
    m_grid->setCellState(QStringLiteral("a"), QStringLiteral("Downloading"), 70);
    QVERIFY(indicator->isVisibleTo(m_grid));
    m_grid->setCellResult(QStringLiteral("a"), solid(QSize(8, 6), Qt::red), 1000, 0.01, 2);
    QVERIFY(!indicator->isVisibleTo(m_grid));
    m_grid->setCellError(QStringLiteral("a"), QStringLiteral("Timeout"));
    QVERIFY(!indicator->isVisibleTo(m_grid));
}

void TestCompareGrid::exactlyOneWinner()
{
    for (int i = 0; i < 3; ++i) {
        m_grid->addCell(key(i), QStringLiteral("Model %1").arg(i), QStringLiteral("fal"));
        m_grid->setCellResult(key(i), solid(QSize(40, 30), Qt::gray), 1000 * (i + 1), 0.01, i);
    }
    QSignalSpy spy(m_grid, &CompareGrid::winnerChanged);
    auto star = [this](int i) { return child<QToolButton>(m_grid, QStringLiteral("cell_%1_star").arg(key(i))); };
    auto winners = [&]() {
        int n = 0;
        for (int i = 0; i < 3; ++i)
            n += star(i)->isChecked() + m_grid->cell(key(i))->isWinner();
        return n;
    };
    QVERIFY(star(0) && star(1) && star(2));

    QTest::mouseClick(star(0), Qt::LeftButton);
    QCOMPARE(m_grid->winner(), key(0));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last().at(0).toString(), key(0));
    QCOMPARE(winners(), 2);

    QTest::mouseClick(star(2), Qt::LeftButton);
    QCOMPARE(m_grid->winner(), key(2));
    QVERIFY(!star(0)->isChecked());
    QVERIFY(star(2)->isChecked());
    QCOMPARE(winners(), 2);
    QCOMPARE(spy.count(), 2);

    // The winner's star again: no winner.
    QTest::mouseClick(star(2), Qt::LeftButton);
    QVERIFY(m_grid->winner().isEmpty());
    QCOMPARE(winners(), 0);
    QCOMPARE(spy.last().at(0).toString(), QString());

    m_grid->setWinner(key(1));
    QCOMPARE(winners(), 2);
    QVERIFY(star(1)->isChecked());
    m_grid->setWinner(key(1));
    QCOMPARE(spy.count(), 4);

    // A failed winner loses the crown.
    m_grid->setCellError(key(1), QStringLiteral("Server error"));
    QVERIFY(m_grid->winner().isEmpty());
    QCOMPARE(winners(), 0);
}

void TestCompareGrid::buttonSignals()
{
    m_grid->addCell(QStringLiteral("a"), QStringLiteral("Model"), QStringLiteral("segmind"));
    QSignalSpy open(m_grid, &CompareGrid::openRequested);
    QSignalSpy save(m_grid, &CompareGrid::saveRequested);
    auto *openButton = child<QToolButton>(m_grid, QStringLiteral("cell_a_open"));
    auto *saveButton = child<QToolButton>(m_grid, QStringLiteral("cell_a_save"));
    auto *image = child<QWidget>(m_grid, QStringLiteral("cell_a_image"));
    QVERIFY(openButton && saveButton && image);

    // Nothing to open yet.
    QTest::mouseClick(openButton, Qt::LeftButton);
    QTest::mouseDClick(image, Qt::LeftButton, Qt::NoModifier, image->rect().center());
    QCOMPARE(open.count(), 0);

    m_grid->setCellResult(QStringLiteral("a"), solid(QSize(40, 30), Qt::gray), 1000, 0.01, 7);
    QTest::mouseClick(openButton, Qt::LeftButton);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.last().at(0).toString(), QStringLiteral("a"));
    QTest::mouseDClick(image, Qt::LeftButton, Qt::NoModifier, image->rect().center());
    QCOMPARE(open.count(), 2);
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QCOMPARE(save.count(), 1);
    QCOMPARE(save.last().at(0).toString(), QStringLiteral("a"));
}

void TestCompareGrid::duplicateKeyReplaces()
{
    m_grid->addCell(QStringLiteral("a"), QStringLiteral("Old"), QStringLiteral("fal"));
    m_grid->addCell(QStringLiteral("b"), QStringLiteral("Other"), QStringLiteral("fal"));
    QCOMPARE(m_grid->addCell(QStringLiteral("a"), QStringLiteral("New"), QStringLiteral("freepik")), 0);
    QCOMPARE(m_grid->cellCount(), 2);
    QCOMPARE(m_grid->cell(QStringLiteral("a"))->modelTitle(), QStringLiteral("New"));
    QCOMPARE(m_grid->keys(), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
}

void TestCompareGrid::clearResets()
{
    m_grid->addCell(QStringLiteral("a"), QStringLiteral("Model"), QStringLiteral("fal"));
    m_grid->setCellResult(QStringLiteral("a"), solid(QSize(40, 30), Qt::gray), 1000, 0.01, 7);
    m_grid->setWinner(QStringLiteral("a"));
    QSignalSpy spy(m_grid, &CompareGrid::winnerChanged);
    m_grid->clear();
    QCOMPARE(m_grid->cellCount(), 0);
    QVERIFY(m_grid->winner().isEmpty());
    QCOMPARE(spy.count(), 1);
    QVERIFY(!m_grid->cell(QStringLiteral("a")));
    QTRY_VERIFY(!m_grid->findChild<CompareCell *>(QStringLiteral("cell_a")));
}

void TestCompareGrid::exportImage()
{
    m_grid->addCell(key(0), QStringLiteral("Bria 3.2 Structure"), QStringLiteral("fal"));
    m_grid->addCell(key(1), QStringLiteral("Ideogram v3 Remix"), QStringLiteral("fal"));
    m_grid->addCell(key(2), QStringLiteral("Flux Sketch"), QStringLiteral("segmind"));
    m_grid->addCell(key(3), QStringLiteral("Mystic"), QStringLiteral("freepik"));
    m_grid->setCellResult(key(0), solid(QSize(80, 60), QColor(0x33, 0x99, 0x66)), 12400, 0.04, 5555);
    m_grid->setCellResult(key(1), solid(QSize(80, 60), QColor(0x99, 0x33, 0x66)), 8100, std::nullopt, std::nullopt);
    m_grid->setCellState(key(2), QStringLiteral("In queue #3"));
    m_grid->setCellError(key(3), QStringLiteral("Rate limited"));
    m_grid->setWinner(key(0));

    const QImage image = m_grid->exportImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 0 && image.height() > 0);
    QCOMPARE(m_grid->exportImage(), image); // deterministic
    QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
    QVERIFY(containsColour(image, QColor(0x33, 0x99, 0x66)));  // result
    QVERIFY(containsColour(image, QColor(0x25, 0x63, 0xeb)));  // winner border
    QVERIFY(containsColour(image, QColor(0xf5, 0xb3, 0x01)));  // winner star
    QVERIFY(containsColour(image, QColor(0xe0, 0xe7, 0xff)));  // provider badge
    QVERIFY(containsColour(image, QColor(0x11, 0x18, 0x27), 40)); // caption text
    QVERIFY(containsColour(image, QColor(0xc5, 0x22, 0x1f), 40)); // error text

    // No winner: no star or winner border.
    m_grid->setWinner(QString());
    const QImage plain = m_grid->exportImage();
    QCOMPARE(plain.size(), image.size());
    QVERIFY(!containsColour(plain, QColor(0xf5, 0xb3, 0x01)));
    QVERIFY(!containsColour(plain, QColor(0x25, 0x63, 0xeb)));
}

void TestCompareGrid::screenshots()
{
    const QString dir = qEnvironmentVariable("REIMAGINE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set REIMAGINE_SCREENSHOT_DIR to write screenshots.");
    QDir().mkpath(dir);
    const QImage sketch(QStringLiteral(REIMAGINE_SOURCE_DIR "/resources/samples/sample-sketch.png"));
    QVERIFY(!sketch.isNull());
    m_grid->resize(1040, 800);
    m_grid->setAspectRatio(double(sketch.width()) / sketch.height());
    m_grid->addCell(key(0), QStringLiteral("Bria 3.2 Structure"), QStringLiteral("fal"));
    m_grid->addCell(key(1), QStringLiteral("Ideogram v3 Remix"), QStringLiteral("fal"));
    m_grid->addCell(key(2), QStringLiteral("Flux Sketch to Image"), QStringLiteral("Segmind"));
    m_grid->addCell(key(3), QStringLiteral("Mystic Structure Reference"), QStringLiteral("Freepik"));
    m_grid->setCellResult(key(0), sampleResult(sketch.size(), 0), 12400, 0.04, 5555);
    m_grid->setCellResult(key(1), sampleResult(sketch.size(), 120), 8100, 0.06, std::nullopt);
    m_grid->setCellState(key(2), QStringLiteral("In queue #3"));
    m_grid->setCellError(key(3), QStringLiteral("Freepik refused the request: rate limited, try again in a minute."));
    m_grid->setWinner(key(0));
    QVERIFY(m_grid->grab().save(dir + QStringLiteral("/compare-grid.png")));
    QVERIFY(m_grid->exportImage().save(dir + QStringLiteral("/compare-grid-export.png")));

    m_grid->resize(760, 560);
    m_grid->setCellState(key(2), QStringLiteral("Running"), 45);
    QVERIFY(m_grid->grab().save(dir + QStringLiteral("/compare-grid-small.png")));

    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3c, 0x41));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
    dark.setColor(QPalette::Highlight, QColor(0x4c, 0x8b, 0xf5));
    m_grid->setPalette(dark);
    m_grid->resize(1040, 800);
    QVERIFY(m_grid->grab().save(dir + QStringLiteral("/compare-grid-dark.png")));
}

void TestCompareGrid::cellOrderAndHeader()
{
    for (int i = 0; i < 3; ++i)
        m_grid->addCell(key(i), QStringLiteral("Model %1").arg(i), QStringLiteral("fal"));
    const QPoint firstPlace = m_grid->cell(key(0))->pos();
    m_grid->setCellOrder({key(2), key(0)}); // key(1) keeps its place after the listed ones
    QCOMPARE(m_grid->keys(), (QStringList{key(2), key(0), key(1)}));
    QCOMPARE(m_grid->addedOrder(), (QStringList{key(0), key(1), key(2)}));
    QCOMPARE(m_grid->cell(key(2))->pos(), firstPlace);
    m_grid->setCellOrder(m_grid->addedOrder());
    QCOMPARE(m_grid->cell(key(0))->pos(), firstPlace);

    // A header above the cells: the cells start below it and it does not scroll.
    auto *header = new QLabel(QStringLiteral("Order"));
    header->setFixedHeight(40);
    m_grid->setHeaderWidget(header);
    QCOMPARE(header->parentWidget(), m_grid);
    QCOMPARE(header->geometry().top(), m_grid->frameWidth());
    QVERIFY(m_grid->viewport()->geometry().top() >= header->geometry().bottom());
    QVERIFY(m_grid->cell(key(0))->mapTo(m_grid, QPoint(0, 0)).y() > header->geometry().bottom());
    m_grid->clear();
    QVERIFY(m_grid->addedOrder().isEmpty());
}

void TestCompareGrid::structureScoreAndOverlay()
{
    m_grid->addCell(key(0), QStringLiteral("Bria"), QStringLiteral("fal"));
    m_grid->setCellResult(key(0), solid(QSize(400, 300), Qt::white), 1200, 0.04, 7);
    CompareCell *cell = m_grid->cell(key(0));
    QVERIFY(!cell->structureScore());
    cell->setStructureScore(0.82, QStringLiteral("How well the result kept the lines."));
    QCOMPARE(*cell->structureScore(), 0.82);
    QVERIFY(child<QWidget>(cell, QStringLiteral("cell_") + key(0) + QStringLiteral("_image"))
                ->toolTip()
                .contains(QStringLiteral("kept the lines")));
    QImage overlay(400, 300, QImage::Format_ARGB32_Premultiplied);
    overlay.fill(Qt::transparent);
    QPainter(&overlay).fillRect(QRect(0, 200, 400, 20), QColor(255, 0, 128));
    cell->setOverlay(overlay, 1.0);
    const QImage shot = cell->grab().toImage();
    QVERIFY(containsColour(shot, QColor(255, 0, 128), 2));      // the overlay
    QVERIFY(containsColour(shot, QColor(48, 151, 92), 6)); // the green score pill (92 % over white)
    // A new result drops the score and the overlay of the old one.
    m_grid->setCellResult(key(0), solid(QSize(400, 300), Qt::white), 1300, 0.04, 8);
    QVERIFY(!cell->structureScore());
    QVERIFY(cell->overlay().isNull());
    QVERIFY(!containsColour(cell->grab().toImage(), QColor(255, 0, 128), 2));
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    TestCompareGrid test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_comparegrid.moc"
