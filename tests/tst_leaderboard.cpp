// The personal leaderboard: blind A/B votes and tags in the history (schema v3), the
// Bradley-Terry fit behind the ratings, the per-model figures beside them, the CSV export, and a
// blind session's pairs, sides and votes.

#include "history/blindsession.h"
#include "history/historystore.h"
#include "history/leaderboard.h"

#include "testimages.h"

#include <QFile>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

const QString Bria = QStringLiteral("fal:bria/reimagine/3.2");
const QString Ideogram = QStringLiteral("fal:fal-ai/ideogram/v3/remix");
const QString Segmind = QStringLiteral("segmind:bria-reimagine");
const QString Freepik = QStringLiteral("freepik:reimagine-flux");

RunVote vote(const QString &runA, const QString &modelA, const QString &runB, const QString &modelB,
             RunVote::Outcome outcome)
{
    RunVote v;
    v.runA = runA;
    v.runB = runB;
    v.modelA = modelA;
    v.modelB = modelB;
    v.outcome = outcome;
    return v;
}

// `wins` votes for A, `losses` for B and `ties` ties between two models, each on its own runs.
void play(QList<RunVote> *votes, const QString &a, const QString &b, int wins, int losses, int ties)
{
    const auto add = [&](RunVote::Outcome outcome) {
        const QString n = QString::number(votes->size());
        votes->append(vote(a + QLatin1Char('#') + n, a, b + QLatin1Char('#') + n, b, outcome));
    };
    for (int i = 0; i < wins; ++i)
        add(RunVote::Outcome::A);
    for (int i = 0; i < losses; ++i)
        add(RunVote::Outcome::B);
    for (int i = 0; i < ties; ++i)
        add(RunVote::Outcome::Tie);
}

} // namespace

class TestLeaderboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void fitIsTheMaximumLikelihood();
    void equalRecordsGiveEqualRatings();
    void unbeatenModelStaysFinite();
    void orderFollowsTheVotes();
    void sameModelPairsAreIgnored();
    void rowsCarryFiguresAndModelsWithoutVotes();
    void csvExport();

    void votesAreStoredOncePerPair();
    void tagsScopeVotesAndFigures();
    void compareGroupsAndOrigins();
    void removedRunKeepsItsVote();

    void blindSessionPairsEveryTwoModels();
    void blindSessionSidesAreShuffled();
    void blindSessionVotesAndBack();
    void blindSessionNeedsTwoModels();
    void blindSessionDrivesTheRatings();

private:
    HistoryEntry recordRun(const QString &id, const QString &model, const QString &compareId,
                           const QStringList &tags = {}, qint64 elapsedMs = 1000,
                           std::optional<double> cost = 0.04, bool withImage = false);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
};

void TestLeaderboard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<HistoryStore>(m_dir->filePath(QStringLiteral("history")));
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
}

void TestLeaderboard::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

HistoryEntry TestLeaderboard::recordRun(const QString &id, const QString &model, const QString &compareId,
                                        const QStringList &tags, qint64 elapsedMs, std::optional<double> cost,
                                        bool withImage)
{
    HistoryEntry entry;
    entry.id = id;
    entry.modelId = model;
    entry.modelTitle = model.section(QLatin1Char(':'), 1);
    entry.provider = model.section(QLatin1Char(':'), 0, 0);
    entry.inputs = QJsonObject{{QStringLiteral("prompt"), QStringLiteral("a walnut lounge chair")}};
    entry.compareId = compareId;
    entry.origin = QStringLiteral("app");
    entry.tags = tags;
    entry.elapsedMs = elapsedMs;
    entry.costUsd = cost;
    if (withImage) {
        const QString path = m_dir->filePath(id + QStringLiteral(".png"));
        QImage image(32, 24, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        if (!image.save(path))
            return {};
        entry.outputPaths = {path};
    }
    QString error;
    const std::optional<HistoryEntry> recorded = m_store->recordRun(entry, &error);
    if (!recorded)
        qWarning("recordRun: %s", qUtf8Printable(error));
    return recorded.value_or(HistoryEntry());
}

void TestLeaderboard::fitIsTheMaximumLikelihood()
{
    QList<RunVote> votes;
    play(&votes, Bria, Ideogram, 3, 1, 1);
    play(&votes, Ideogram, Freepik, 2, 2, 0);
    play(&votes, Bria, Freepik, 4, 0, 0);
    const QMap<QString, double> p = Leaderboard::strengths(votes);
    QCOMPARE(p.size(), 3);
    // At the maximum, each model's wins (ties half, plus the prior's one win) equal the wins the
    // model expects: sum over its games of p_i / (p_i + p_j), the prior's two games included.
    QHash<QString, double> wins;
    QHash<QString, double> expected;
    for (const RunVote &v : std::as_const(votes)) {
        const double pa = p.value(v.modelA), pb = p.value(v.modelB);
        expected[v.modelA] += pa / (pa + pb);
        expected[v.modelB] += pb / (pa + pb);
        wins[v.modelA] += v.outcome == RunVote::Outcome::A ? 1 : v.outcome == RunVote::Outcome::Tie ? 0.5 : 0;
        wins[v.modelB] += v.outcome == RunVote::Outcome::B ? 1 : v.outcome == RunVote::Outcome::Tie ? 0.5 : 0;
    }
    for (auto it = p.constBegin(); it != p.constEnd(); ++it) {
        const double modelWins = wins.value(it.key()) + Leaderboard::kPriorGames;
        const double modelExpected = expected.value(it.key()) + 2 * Leaderboard::kPriorGames * it.value() / (it.value() + 1.0);
        QVERIFY2(std::abs(modelWins - modelExpected) < 1e-6,
                 qPrintable(QStringLiteral("%1: %2 vs %3").arg(it.key()).arg(modelWins).arg(modelExpected)));
    }
    QVERIFY(p.value(Bria) > p.value(Ideogram));
    QVERIFY(p.value(Ideogram) > p.value(Freepik));
    // Elo scale: 1000 at the reference, 400 points per factor ten.
    QCOMPARE(Leaderboard::ratingOf(1.0), 1000.0);
    QCOMPARE(Leaderboard::ratingOf(10.0), 1400.0);
}

void TestLeaderboard::equalRecordsGiveEqualRatings()
{
    QList<RunVote> votes;
    play(&votes, Bria, Segmind, 2, 2, 0);
    play(&votes, Segmind, Freepik, 0, 0, 3);
    play(&votes, Freepik, Bria, 1, 1, 2);
    const QList<Leaderboard::Row> rows = Leaderboard::compute(votes, {});
    QCOMPARE(rows.size(), 3);
    for (const Leaderboard::Row &row : rows) {
        QVERIFY(row.rating);
        QVERIFY2(std::abs(*row.rating - 1000.0) < 1e-6, qPrintable(QString::number(*row.rating)));
    }
}

void TestLeaderboard::unbeatenModelStaysFinite()
{
    QList<RunVote> votes;
    play(&votes, Bria, Freepik, 6, 0, 0);
    const QList<Leaderboard::Row> rows = Leaderboard::compute(votes, {});
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).modelId, Bria);
    QVERIFY(std::isfinite(*rows.at(0).rating));
    QVERIFY(std::isfinite(*rows.at(1).rating));
    // Symmetric: the loser sits as far below the reference as the winner above it.
    QVERIFY(std::abs((*rows.at(0).rating - 1000.0) + (*rows.at(1).rating - 1000.0)) < 1e-6);
    // Two models, 6:0, one virtual win and loss each: p_b / p_w = 1 / p_w^2 and the fit gives
    // p_w = 7 / (6 / (p_w + 1/p_w) + 2 / (p_w + 1)); about 2.88 (plus 184 points).
    QVERIFY2(*rows.at(0).rating > 1150 && *rows.at(0).rating < 1220, qPrintable(QString::number(*rows.at(0).rating)));
    QCOMPARE(rows.at(0).wins, 6);
    QCOMPARE(rows.at(1).losses, 6);
}

void TestLeaderboard::orderFollowsTheVotes()
{
    QList<RunVote> votes;
    play(&votes, Ideogram, Bria, 3, 1, 0);
    play(&votes, Bria, Freepik, 3, 1, 0);
    play(&votes, Freepik, Segmind, 3, 1, 0);
    const QList<Leaderboard::Row> rows = Leaderboard::compute(votes, {});
    QStringList order;
    for (const Leaderboard::Row &row : rows)
        order.append(row.modelId);
    QCOMPARE(order, (QStringList{Ideogram, Bria, Freepik, Segmind}));
    QCOMPARE(rows.at(1).votes, 8);
    QCOMPARE(rows.at(1).wins, 4);
    QCOMPARE(rows.at(1).losses, 4);
}

void TestLeaderboard::sameModelPairsAreIgnored()
{
    QList<RunVote> votes;
    play(&votes, Bria, Bria, 5, 0, 0);
    play(&votes, Bria, Freepik, 1, 1, 0);
    const QList<Leaderboard::Row> rows = Leaderboard::compute(votes, {});
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).votes, 2);
    QVERIFY(std::abs(*rows.at(0).rating - *rows.at(1).rating) < 1e-6);
}

void TestLeaderboard::rowsCarryFiguresAndModelsWithoutVotes()
{
    QList<RunVote> votes;
    play(&votes, Bria, Freepik, 2, 0, 0);
    ModelRunStats bria{Bria, QStringLiteral("Bria Reimagine 3.2"), 4, 5200, 0.04, 0.71};
    ModelRunStats segmind{Segmind, QStringLiteral("Segmind Bria"), 1, 9000, std::nullopt, std::nullopt};
    const QList<Leaderboard::Row> rows =
        Leaderboard::compute(votes, {bria, segmind}, {{Freepik, QStringLiteral("Reimagine Flux")}});
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).modelTitle, QStringLiteral("Bria Reimagine 3.2"));
    QCOMPARE(rows.at(0).stats.runs, 4);
    QCOMPARE(rows.at(0).stats.meanCostUsd, std::optional<double>(0.04));
    QCOMPARE(rows.at(1).modelTitle, QStringLiteral("Reimagine Flux")); // its runs are gone
    QCOMPARE(rows.at(1).stats.runs, 0);
    QCOMPARE(rows.at(2).modelId, Segmind); // no vote: listed last, without a rating
    QVERIFY(!rows.at(2).rating);
}

void TestLeaderboard::csvExport()
{
    QList<RunVote> votes;
    play(&votes, Bria, Freepik, 2, 1, 1);
    ModelRunStats bria{Bria, QStringLiteral("Bria, \"3.2\""), 3, 5250, 0.04, 0.712};
    ModelRunStats segmind{Segmind, QStringLiteral("Segmind"), 1, 9000, std::nullopt, std::nullopt};
    const QByteArray csv = Leaderboard::toCsv(Leaderboard::compute(votes, {bria, segmind}));
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.size(), 5); // header, three rows, the empty piece after the last CRLF
    QCOMPARE(lines.at(0), QByteArrayLiteral("rank,model,model_id,rating,votes,wins,losses,ties,runs,mean_time_s,"
                                            "mean_cost_usd,mean_structure_score\r"));
    const double rating = Leaderboard::ratingOf(Leaderboard::strengths(votes).value(Bria));
    QCOMPARE(lines.at(1), QByteArrayLiteral("1,\"Bria, \"\"3.2\"\"\",fal:bria/reimagine/3.2,")
                              + QByteArray::number(rating, 'f', 1) + QByteArrayLiteral(",4,2,1,1,3,5.25,0.0400,0.712\r"));
    QVERIFY(lines.at(2).startsWith("2,freepik:reimagine-flux,freepik:reimagine-flux,"));
    QVERIFY(lines.at(2).endsWith(",4,1,2,1,0,,,\r"));
    QCOMPARE(lines.at(3), QByteArrayLiteral(",Segmind,segmind:bria-reimagine,,0,0,0,0,1,9.00,,\r"));
}

void TestLeaderboard::votesAreStoredOncePerPair()
{
    QString error;
    QVERIFY2(m_store->addVote(vote(QStringLiteral("run-b"), Freepik, QStringLiteral("run-a"), Bria, RunVote::Outcome::A),
                              &error),
             qPrintable(error));
    QList<RunVote> stored = m_store->votes();
    QCOMPARE(stored.size(), 1);
    // Kept in a fixed order: the runs swap, and with them the winner.
    QCOMPARE(stored.at(0).runA, QStringLiteral("run-a"));
    QCOMPARE(stored.at(0).modelA, Bria);
    QCOMPARE(stored.at(0).modelB, Freepik);
    QCOMPARE(stored.at(0).outcome, RunVote::Outcome::B);
    QVERIFY(stored.at(0).created.isValid());

    // Judged again: replaced, not counted twice.
    QVERIFY(m_store->addVote(vote(QStringLiteral("run-a"), Bria, QStringLiteral("run-b"), Freepik, RunVote::Outcome::Tie)));
    stored = m_store->votes();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.at(0).outcome, RunVote::Outcome::Tie);
    QVERIFY(m_store->removeVote(QStringLiteral("run-b"), QStringLiteral("run-a")));
    QVERIFY(m_store->votes().isEmpty());

    QVERIFY(!m_store->addVote(vote(QStringLiteral("same"), Bria, QStringLiteral("same"), Bria, RunVote::Outcome::A), &error));
    QVERIFY(!error.isEmpty());
}

void TestLeaderboard::tagsScopeVotesAndFigures()
{
    const QString c1 = QStringLiteral("compare-1");
    QVERIFY(recordRun(QStringLiteral("a1"), Bria, c1, {QStringLiteral("Chairs"), QStringLiteral(" chairs "), QString()}, 4000, 0.04)
                .isValid());
    QVERIFY(recordRun(QStringLiteral("b1"), Freepik, c1, {QStringLiteral("Chairs")}, 8000, 0.10).isValid());
    QVERIFY(recordRun(QStringLiteral("a2"), Bria, QStringLiteral("compare-2"), {QStringLiteral("Lamps")}, 6000, 0.04)
                .isValid());
    QVERIFY(recordRun(QStringLiteral("b2"), Freepik, QStringLiteral("compare-2"), {QStringLiteral("Lamps")}, 2000, std::nullopt)
                .isValid());
    QCOMPARE(m_store->entry(QStringLiteral("a1"))->tags, QStringList{QStringLiteral("Chairs")});
    QCOMPARE(m_store->tags(), (QStringList{QStringLiteral("Chairs"), QStringLiteral("Lamps")}));

    QVERIFY(m_store->addVote(vote(QStringLiteral("a1"), Bria, QStringLiteral("b1"), Freepik, RunVote::Outcome::A)));
    QVERIFY(m_store->addVote(vote(QStringLiteral("a2"), Bria, QStringLiteral("b2"), Freepik, RunVote::Outcome::B)));
    QCOMPARE(m_store->votes().size(), 2);
    QCOMPARE(m_store->votes(QStringLiteral("Chairs")).size(), 1);
    QCOMPARE(m_store->votes(QStringLiteral("Chairs")).at(0).runA, QStringLiteral("a1"));
    QCOMPARE(m_store->votes(QStringLiteral("Nothing")).size(), 0);

    const QList<ModelRunStats> all = m_store->modelStats();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).modelId, Bria);
    QCOMPARE(all.at(0).runs, 2);
    QCOMPARE(all.at(0).meanElapsedMs, 5000.0);
    QCOMPARE(all.at(1).meanCostUsd, std::optional<double>(0.10)); // the unpriced run is left out
    const QList<ModelRunStats> lamps = m_store->modelStats(QStringLiteral("Lamps"));
    QCOMPARE(lamps.at(1).runs, 1);
    QVERIFY(!lamps.at(1).meanCostUsd);

    // Per tag, Bria leads on chairs and Freepik on lamps.
    QCOMPARE(Leaderboard::compute(m_store->votes(QStringLiteral("Chairs")), m_store->modelStats(QStringLiteral("Chairs")))
                 .constFirst()
                 .modelId,
             Bria);
    QCOMPARE(Leaderboard::compute(m_store->votes(QStringLiteral("Lamps")), m_store->modelStats(QStringLiteral("Lamps")))
                 .constFirst()
                 .modelId,
             Freepik);

    // Retagging replaces the tags of every run named.
    QVERIFY(m_store->setTags({QStringLiteral("a2"), QStringLiteral("b2")}, {QStringLiteral("Chairs")}));
    QCOMPARE(m_store->votes(QStringLiteral("Chairs")).size(), 2);
    QCOMPARE(m_store->tags(), QStringList{QStringLiteral("Chairs")});
    HistoryFilter filter;
    filter.tag = QStringLiteral("Chairs");
    QCOMPARE(m_store->find(filter).size(), 4);
}

void TestLeaderboard::compareGroupsAndOrigins()
{
    QVERIFY(recordRun(QStringLiteral("x1"), Bria, QStringLiteral("group")).isValid());
    QVERIFY(recordRun(QStringLiteral("x2"), Freepik, QStringLiteral("group")).isValid());
    QVERIFY(recordRun(QStringLiteral("alone"), Bria, QString()).isValid());
    HistoryFilter filter;
    filter.compareId = QStringLiteral("group");
    QCOMPARE(m_store->find(filter).size(), 2);
    QCOMPARE(m_store->entry(QStringLiteral("x1"))->origin, QStringLiteral("app"));

    // A rerun of a run of its own starts a comparison with it; a compared run keeps its own.
    QVERIFY(m_store->joinCompare(QStringLiteral("alone"), QStringLiteral("fresh")));
    QCOMPARE(m_store->entry(QStringLiteral("alone"))->compareId, QStringLiteral("fresh"));
    QVERIFY(!m_store->joinCompare(QStringLiteral("x1"), QStringLiteral("fresh")));
    QCOMPARE(m_store->entry(QStringLiteral("x1"))->compareId, QStringLiteral("group"));
}

void TestLeaderboard::removedRunKeepsItsVote()
{
    QVERIFY(recordRun(QStringLiteral("k1"), Bria, QStringLiteral("g"), {QStringLiteral("Chairs")}).isValid());
    QVERIFY(recordRun(QStringLiteral("k2"), Freepik, QStringLiteral("g"), {QStringLiteral("Chairs")}).isValid());
    QVERIFY(m_store->addVote(vote(QStringLiteral("k1"), Bria, QStringLiteral("k2"), Freepik, RunVote::Outcome::A)));
    QVERIFY(m_store->remove(QStringLiteral("k2")));
    // The overall leaderboard keeps the judgement; a tag no longer reaches it.
    QCOMPARE(m_store->votes().size(), 1);
    QCOMPARE(m_store->votes(QStringLiteral("Chairs")).size(), 0);
    QCOMPARE(m_store->tags(), QStringList{QStringLiteral("Chairs")});
}

void TestLeaderboard::blindSessionPairsEveryTwoModels()
{
    QList<HistoryEntry> runs;
    runs << recordRun(QStringLiteral("r1"), Bria, QStringLiteral("g"), {}, 1000, 0.04, true)
         << recordRun(QStringLiteral("r2"), Ideogram, QStringLiteral("g"), {}, 1000, 0.04, true)
         << recordRun(QStringLiteral("r3"), Freepik, QStringLiteral("g"), {}, 1000, 0.04, true)
         << recordRun(QStringLiteral("r4"), Bria, QStringLiteral("g"), {}, 1000, 0.04, true) // a rerun
         << recordRun(QStringLiteral("r5"), Segmind, QStringLiteral("g"), {}, 1000, 0.04, false); // no image
    BlindSession session(runs, 7);
    QVERIFY(session.problem().isEmpty());
    // r1..r4: six pairs, less r1/r4 (the same model).
    QCOMPARE(session.pairCount(), 5);
    QSet<QString> seen;
    for (const BlindSession::Pair &pair : session.pairs()) {
        QVERIFY(pair.left.modelId != pair.right.modelId);
        QStringList ids{pair.left.id, pair.right.id};
        ids.sort();
        seen.insert(ids.join(QLatin1Char('+')));
        QVERIFY(!ids.contains(QStringLiteral("r5")));
    }
    QCOMPARE(seen.size(), 5);
}

void TestLeaderboard::blindSessionSidesAreShuffled()
{
    QList<HistoryEntry> runs;
    for (int i = 0; i < 6; ++i) {
        const QString model = QStringLiteral("fal:model-%1").arg(i);
        runs << recordRun(QStringLiteral("s%1").arg(i), model, QStringLiteral("g"), {}, 1000, 0.04, true);
    }
    // 15 pairs: with random sides, a run sorted first does not always sit on the left, and two
    // seeds give two orders; one seed always the same.
    BlindSession first(runs, 1);
    BlindSession again(runs, 1);
    BlindSession other(runs, 2);
    QCOMPARE(first.pairCount(), 15);
    int leftIsSmaller = 0;
    QStringList orderFirst, orderAgain, orderOther;
    for (int i = 0; i < 15; ++i) {
        leftIsSmaller += first.pairs().at(i).left.id < first.pairs().at(i).right.id ? 1 : 0;
        orderFirst << first.pairs().at(i).left.id + first.pairs().at(i).right.id;
        orderAgain << again.pairs().at(i).left.id + again.pairs().at(i).right.id;
        orderOther << other.pairs().at(i).left.id + other.pairs().at(i).right.id;
    }
    QVERIFY2(leftIsSmaller > 0 && leftIsSmaller < 15, qPrintable(QString::number(leftIsSmaller)));
    QCOMPARE(orderFirst, orderAgain);
    QVERIFY(orderFirst != orderOther);
}

void TestLeaderboard::blindSessionVotesAndBack()
{
    QList<HistoryEntry> runs;
    runs << recordRun(QStringLiteral("v1"), Bria, QStringLiteral("g"), {}, 1000, 0.04, true)
         << recordRun(QStringLiteral("v2"), Ideogram, QStringLiteral("g"), {}, 1000, 0.04, true)
         << recordRun(QStringLiteral("v3"), Freepik, QStringLiteral("g"), {}, 1000, 0.04, true);
    BlindSession session(runs, 3);
    QCOMPARE(session.pairCount(), 3);
    const BlindSession::Pair first = session.current();
    const std::optional<RunVote> left = session.choose(BlindSession::Choice::Left);
    QVERIFY(left);
    // The vote names the run shown on the left as the winner, in the stored order.
    QCOMPARE(left->outcome == RunVote::Outcome::A ? left->runA : left->runB, first.left.id);
    QCOMPARE(left->compareId, QStringLiteral("g"));
    QVERIFY(!session.choose(BlindSession::Choice::Skip));
    QCOMPARE(session.currentIndex(), 2);
    QVERIFY(session.back());
    QCOMPARE(session.currentIndex(), 1);
    const std::optional<RunVote> tie = session.choose(BlindSession::Choice::Tie);
    QVERIFY(tie);
    QCOMPARE(tie->outcome, RunVote::Outcome::Tie);
    QVERIFY(session.choose(BlindSession::Choice::Right));
    QVERIFY(session.isFinished());
    QVERIFY(!session.choose(BlindSession::Choice::Left));
    QCOMPARE(session.votes().size(), 3);
}

void TestLeaderboard::blindSessionNeedsTwoModels()
{
    QList<HistoryEntry> runs;
    runs << recordRun(QStringLiteral("n1"), Bria, QStringLiteral("g"), {}, 1000, 0.04, true)
         << recordRun(QStringLiteral("n2"), Bria, QStringLiteral("g"), {}, 1000, 0.04, true)
         << recordRun(QStringLiteral("n3"), Freepik, QStringLiteral("g"), {}, 1000, 0.04, false);
    BlindSession session(runs, 1);
    QVERIFY(!session.problem().isEmpty());
    QCOMPARE(session.pairCount(), 0);
    QVERIFY(session.isFinished());
}

void TestLeaderboard::blindSessionDrivesTheRatings()
{
    // Two comparisons judged blind; the judge prefers Ideogram, then Bria, then Freepik,
    // whichever side each stands on.
    const QHash<QString, int> taste{{Ideogram, 3}, {Bria, 2}, {Freepik, 1}};
    for (const QString group : {QStringLiteral("g1"), QStringLiteral("g2")}) {
        QList<HistoryEntry> runs;
        for (const QString &model : {Bria, Ideogram, Freepik})
            runs << recordRun(group + QLatin1Char('-') + QString::number(runs.size()), model, group, {}, 1000, 0.04, true);
        BlindSession session(runs, group == QLatin1String("g1") ? 11 : 12);
        QCOMPARE(session.pairCount(), 3);
        while (!session.isFinished()) {
            const BlindSession::Pair &pair = session.current();
            const BlindSession::Choice choice = taste.value(pair.left.modelId) > taste.value(pair.right.modelId)
                ? BlindSession::Choice::Left
                : BlindSession::Choice::Right;
            const std::optional<RunVote> v = session.choose(choice);
            QVERIFY(v);
            QVERIFY(m_store->addVote(*v));
        }
    }
    const QList<RunVote> stored = m_store->votes();
    QCOMPARE(stored.size(), 6);
    const QList<Leaderboard::Row> rows = Leaderboard::compute(stored, m_store->modelStats());
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).modelId, Ideogram);
    QCOMPARE(rows.at(0).wins, 4);
    QCOMPARE(rows.at(1).modelId, Bria);
    QCOMPARE(rows.at(1).wins, 2);
    QCOMPARE(rows.at(2).modelId, Freepik);
    QCOMPARE(rows.at(2).losses, 4);
    QCOMPARE(rows.at(0).stats.runs, 2);
    // Symmetric record: Bria sits at the reference, the others as far above and below.
    QVERIFY(std::abs(*rows.at(1).rating - 1000.0) < 1e-6);
    QVERIFY(std::abs((*rows.at(0).rating - 1000.0) + (*rows.at(2).rating - 1000.0)) < 1e-6);
}

QTEST_GUILESS_MAIN(TestLeaderboard)
#include "tst_leaderboard.moc"
