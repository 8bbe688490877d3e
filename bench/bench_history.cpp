// The History panel over a long history (docs/PERFORMANCE.md, "History at scale"): fill a folder
// with bench/make_history first, then
//
//   build/bench/bench_history DIR            (runs offscreen unless QT_QPA_PLATFORM is set)
//
// Prints, for the real HistoryPanel in a 420x900 window: the time from a search or filter change
// to its first results on screen (the model's answer applied), the SQL time of the same first
// page on its own, and the longest stall of the GUI thread while the grid is scrolled from top to
// bottom (every page fetched, thumbnails decoded as they come into view): a 1 ms timer records
// the longest gap between two of its ticks. Also the resident set size before and after.

#include "history/historymodel.h"
#include "history/historystore.h"
#include "panels/historypanel.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QTextStream>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <functional>

namespace {

QTextStream out(stdout);

long statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(static_cast<int>(qstrlen(field))).trimmed().split(' ').first().toLong();
    }
    return -1;
}

double rssMb()
{
    return statusKb("VmRSS:") / 1024.0;
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

// The longest gap between two ticks of a 1 ms timer: how long the GUI thread was busy at once.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0) {
                m_longestNs = std::max(m_longestNs, now - m_last);
                if (now - m_last > 16000000)
                    ++m_over16;
            }
            m_last = now;
            ++m_ticks;
        });
    }
    void start()
    {
        m_longestNs = 0;
        m_last = -1;
        m_ticks = 0;
        m_over16 = 0;
        m_clock.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return m_longestNs / 1e6;
    }
    qint64 ticks() const { return m_ticks; }
    qint64 over16() const { return m_over16; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    qint64 m_longestNs = 0;
    qint64 m_ticks = 0;
    qint64 m_over16 = 0;
};

void line(const QString &what, double value, const QString &unit, const QString &note = QString())
{
    out << QStringLiteral("%1 %2 %3").arg(what, -58).arg(value, 9, 'f', 1).arg(unit);
    if (!note.isEmpty())
        out << "   " << note;
    out << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        out << "usage: bench_history DIR   (a history folder filled by make_history)" << Qt::endl;
        return 2;
    }
    const double startMb = rssMb();
    HistoryStore store(QString::fromLocal8Bit(argv[1]));
    QString error;
    QElapsedTimer clock;
    clock.start();
    if (!store.open(&error)) {
        out << "bench_history: " << error << Qt::endl;
        return 1;
    }
    const double openMs = clock.nsecsElapsed() / 1e6;
    out << "History at scale: " << QString::fromLocal8Bit(argv[1]) << ", "
        << (store.usesFullTextSearch() ? "FTS5" : "LIKE") << " search" << Qt::endl;
    line(QStringLiteral("Open the history (schema check, search index check)"), openMs, QStringLiteral("ms"));

    HistoryPanel panel(&store);
    panel.resize(420, 900);

    clock.restart();
    panel.show();
    HistoryModel *model = panel.model();
    QListView *view = panel.view();
    if (!waitUntil([&] { return !model->isLoading() && model->rowCount() > 0; })) {
        out << "bench_history: the first page never came" << Qt::endl;
        return 1;
    }
    line(QStringLiteral("First page shown (panel created -> rows in the model)"), clock.nsecsElapsed() / 1e6,
         QStringLiteral("ms"), QStringLiteral("%1 rows").arg(model->rowCount()));

    // Search and filters: the time from the change to the first results in the model, with the
    // GUI stall during it. Each is measured 5 times; the median is printed.
    auto *search = panel.findChild<QLineEdit *>(QStringLiteral("historySearch"));
    auto *models = panel.findChild<QComboBox *>(QStringLiteral("historyModelFilter"));
    auto *providers = panel.findChild<QComboBox *>(QStringLiteral("historyProviderFilter"));
    auto *dates = panel.findChild<QComboBox *>(QStringLiteral("historyDateFilter"));
    auto *statuses = panel.findChild<QComboBox *>(QStringLiteral("historyStatusFilter"));
    auto *favourites = panel.findChild<QToolButton *>(QStringLiteral("historyFavouritesFilter"));
    auto *scoreSort = panel.findChild<QToolButton *>(QStringLiteral("historyScoreSort"));
    waitUntil([&] { return models->count() > 1 && providers->count() > 1; });

    StallMeter stall;
    const auto measure = [&](const QString &what, const std::function<void()> &apply,
                             const std::function<void()> &undo) {
        QList<double> times;
        double worstStall = 0;
        int rows = 0;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer timer;
            stall.start();
            timer.start();
            apply();
            panel.applyFilter(); // at once, without the search delay
            waitUntil([&] { return !model->isLoading(); });
            times.append(timer.nsecsElapsed() / 1e6);
            rows = model->rowCount();
            QCoreApplication::processEvents(); // the view lays the rows out and paints
            worstStall = std::max(worstStall, stall.stop());
            undo();
            panel.applyFilter();
            waitUntil([&] { return !model->isLoading(); });
        }
        std::sort(times.begin(), times.end());
        line(what, times.at(2), QStringLiteral("ms"),
             QStringLiteral("%1 rows in the first page; longest GUI stall %2 ms").arg(rows).arg(worstStall, 0, 'f', 1));
    };
    const auto searchFor = [&](const QString &text) {
        measure(QStringLiteral("Search \"%1\" -> first results").arg(text), [&] { search->setText(text); },
                [&] { search->clear(); });
    };
    searchFor(QStringLiteral("walnut"));
    searchFor(QStringLiteral("walnut lounge chair"));
    searchFor(QStringLiteral("stu")); // a prefix of a word in every prompt
    searchFor(QStringLiteral("zebra")); // nothing matches
    measure(QStringLiteral("Filter by model -> first results"), [&] { models->setCurrentIndex(models->count() - 1); },
            [&] { models->setCurrentIndex(0); });
    measure(QStringLiteral("Filter by provider -> first results"),
            [&] { providers->setCurrentIndex(providers->count() - 1); }, [&] { providers->setCurrentIndex(0); });
    measure(QStringLiteral("Filter by date (last 7 days) -> first results"), [&] { dates->setCurrentIndex(2); },
            [&] { dates->setCurrentIndex(0); });
    measure(QStringLiteral("Filter: failed and cancelled -> first results"), [&] { statuses->setCurrentIndex(1); },
            [&] { statuses->setCurrentIndex(0); });
    measure(QStringLiteral("Filter: favourites -> first results"), [&] { favourites->setChecked(true); },
            [&] { favourites->setChecked(false); });
    measure(QStringLiteral("Model + provider + 30 days + search \"oak\""),
            [&] {
                models->setCurrentIndex(1);
                providers->setCurrentIndex(0);
                dates->setCurrentIndex(3);
                search->setText(QStringLiteral("oak"));
            },
            [&] {
                models->setCurrentIndex(0);
                dates->setCurrentIndex(0);
                search->clear();
            });
    measure(QStringLiteral("Sort by structure score -> first results"), [&] { scoreSort->setChecked(true); },
            [&] { scoreSort->setChecked(false); });

    // The same first pages as plain SQL on the database thread (no model, no view).
    const auto sqlMs = [&](const HistoryFilter &filter) {
        QList<double> times;
        for (int i = 0; i < 5; ++i) {
            times.append(store.inBackground([&store, filter] {
                QElapsedTimer timer;
                timer.start();
                store.findPage(filter, HistoryPageKey(), HistoryModel::PageSize);
                return timer.nsecsElapsed() / 1e6;
            }).result());
        }
        std::sort(times.begin(), times.end());
        return times.at(2);
    };
    HistoryFilter f = panel.currentFilter();
    line(QStringLiteral("SQL: first page, no filter"), sqlMs(f), QStringLiteral("ms"));
    f.text = QStringLiteral("walnut");
    line(QStringLiteral("SQL: first page, search \"walnut\""), sqlMs(f), QStringLiteral("ms"));
    f.text = QStringLiteral("zebra");
    line(QStringLiteral("SQL: first page, search \"zebra\" (no match)"), sqlMs(f), QStringLiteral("ms"));
    f.text.clear();
    f.modelId = models->itemData(models->count() - 1).toString();
    line(QStringLiteral("SQL: first page, one model"), sqlMs(f), QStringLiteral("ms"));
    f.modelId.clear();
    f.from = QDate::currentDate().addDays(-6);
    line(QStringLiteral("SQL: first page, last 7 days"), sqlMs(f), QStringLiteral("ms"));

    // Scroll from top to bottom a screen at a time, the way a designer drags through it; pages
    // are fetched as the end comes into view.
    QScrollBar *bar = view->verticalScrollBar();
    view->scrollToTop();
    waitUntil([&] { return !model->isLoading(); });
    QElapsedTimer scrollClock;
    scrollClock.start();
    stall.start();
    int steps = 0;
    bool finished = false;
    while (scrollClock.elapsed() < 600000) {
        const int before = bar->value();
        bar->setValue(bar->value() + bar->pageStep());
        ++steps;
        // One frame's worth of events: layout, paint, answers, thumbnails.
        QCoreApplication::processEvents(QEventLoop::AllEvents, 16);
        if (bar->value() == before && bar->value() == bar->maximum()) {
            if (!model->isLoading() && !model->canFetchMore())
                break;
            waitUntil([&] { return !model->isLoading(); }, 10000);
            QCoreApplication::processEvents();
            if (bar->value() == bar->maximum() && !model->canFetchMore() && !model->isLoading()) {
                finished = true;
                break;
            }
        }
    }
    finished = finished || (!model->canFetchMore() && !model->isLoading());
    const double longest = stall.stop();
    line(QStringLiteral("Scroll the whole grid: longest GUI stall"), longest, QStringLiteral("ms"),
         QStringLiteral("%1 rows, %2 screens in %3 s, %4 stalls over 16 ms%5")
             .arg(model->rowCount())
             .arg(steps)
             .arg(scrollClock.elapsed() / 1000.0, 0, 'f', 1)
             .arg(stall.over16())
             .arg(finished ? QString() : QStringLiteral(" (did not reach the end)")));
    line(QStringLiteral("RSS before the store was opened"), startMb, QStringLiteral("MB"));
    line(QStringLiteral("RSS with every row loaded"), rssMb(), QStringLiteral("MB"));
    line(QStringLiteral("GUI-thread SQLite queries of this store after open()"), store.mainThreadQueries(),
         QStringLiteral(""));
    return 0;
}
