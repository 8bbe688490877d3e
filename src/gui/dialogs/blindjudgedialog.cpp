#include "blindjudgedialog.h"

#include "widgets/imageview.h"

#include "history/historystore.h"
#include "history/leaderboard.h"
#include "imaging/imagecache.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
// Results are shown at most this large: enough to judge, light to decode.
constexpr int kImageSide = 1280;
} // namespace

BlindJudgeDialog::BlindJudgeDialog(const QList<HistoryEntry> &runs, HistoryStore *history, ImageCache *images,
                                   quint32 seed, QWidget *parent)
    : QDialog(parent)
    , m_session(runs, seed)
    , m_history(history)
    , m_images(images)
    , m_writer(new QThreadPool(this))
{
    m_writer->setMaxThreadCount(1);
    setWindowTitle(tr("Judge Blind"));
    setObjectName(QStringLiteral("blindJudgeDialog"));
    resize(1100, 680);

    m_pages = new QStackedWidget(this);

    // Judging: which of two unnamed results is better.
    auto *judging = new QWidget(m_pages);
    m_progressLabel = new QLabel(judging);
    m_progressLabel->setObjectName(QStringLiteral("blindProgressLabel"));
    m_progress = new QProgressBar(judging);
    m_progress->setObjectName(QStringLiteral("blindProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setAccessibleName(tr("Pairs judged"));
    m_progress->setAccessibleDescription(tr("How many of the pairs you have judged"));
    auto *hint = new QLabel(tr("Which result is better? The models stay hidden until every pair is judged."),
                            judging);
    hint->setWordWrap(true);
    // The prompt both results answer (it is the same for every pair; it names no model).
    auto *prompt = new QLabel(judging);
    prompt->setObjectName(QStringLiteral("blindPrompt"));
    prompt->setWordWrap(true);
    prompt->setTextFormat(Qt::PlainText);
    for (const HistoryEntry &run : runs) {
        if (!run.prompt.isEmpty()) {
            prompt->setText(tr("Prompt: %1").arg(run.prompt));
            break;
        }
    }
    prompt->setVisible(!prompt->text().isEmpty());

    m_left = new ImageView(judging);
    m_left->setObjectName(QStringLiteral("blindLeft"));
    m_left->setAccessibleName(tr("Left result"));
    m_left->setAccessibleDescription(tr("One of the two results; its model is hidden"));
    m_left->setFillView(true);
    m_right = new ImageView(judging);
    m_right->setFillView(true);
    m_right->setObjectName(QStringLiteral("blindRight"));
    m_right->setAccessibleName(tr("Right result"));
    m_right->setAccessibleDescription(tr("The other result; its model is hidden"));
    auto *leftCaption = new QLabel(tr("Left"), judging);
    auto *rightCaption = new QLabel(tr("Right"), judging);
    leftCaption->setAlignment(Qt::AlignCenter);
    rightCaption->setAlignment(Qt::AlignCenter);

    const auto button = [judging](const QString &text, const QString &name, const QString &description) {
        auto *b = new QPushButton(text, judging);
        b->setObjectName(name);
        b->setAutoDefault(false);
        b->setAccessibleDescription(description);
        return b;
    };
    auto *leftButton = button(tr("← &Left Is Better"), QStringLiteral("blindLeftButton"),
                              tr("Vote for the left result (Left arrow)"));
    auto *tieButton = button(tr("↓ &Tie"), QStringLiteral("blindTieButton"),
                             tr("Both results are as good (Down arrow)"));
    auto *skipButton = button(tr("&Skip"), QStringLiteral("blindSkipButton"),
                              tr("Go on without a vote for this pair (S)"));
    auto *rightButton = button(tr("&Right Is Better →"), QStringLiteral("blindRightButton"),
                               tr("Vote for the right result (Right arrow)"));
    m_backButton = button(tr("&Back"), QStringLiteral("blindBackButton"),
                          tr("Judge the previous pair again (Backspace)"));
    connect(leftButton, &QPushButton::clicked, this, [this] { choose(BlindSession::Choice::Left); });
    connect(tieButton, &QPushButton::clicked, this, [this] { choose(BlindSession::Choice::Tie); });
    connect(skipButton, &QPushButton::clicked, this, [this] { choose(BlindSession::Choice::Skip); });
    connect(rightButton, &QPushButton::clicked, this, [this] { choose(BlindSession::Choice::Right); });
    connect(m_backButton, &QPushButton::clicked, this, &BlindJudgeDialog::back);
    // The keys work wherever the focus is in the dialog, buttons included.
    const auto key = [this](const QKeySequence &sequence, auto slot) {
        auto *shortcut = new QShortcut(sequence, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    key(QKeySequence(Qt::Key_Left), [this] { choose(BlindSession::Choice::Left); });
    key(QKeySequence(Qt::Key_Right), [this] { choose(BlindSession::Choice::Right); });
    key(QKeySequence(Qt::Key_Down), [this] { choose(BlindSession::Choice::Tie); });
    key(QKeySequence(Qt::Key_S), [this] { choose(BlindSession::Choice::Skip); });
    key(QKeySequence(Qt::Key_Backspace), [this] { back(); });

    m_error = new QLabel(judging);
    m_error->setObjectName(QStringLiteral("blindError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *pair = new QGridLayout;
    pair->addWidget(m_left, 0, 0);
    pair->addWidget(m_right, 0, 1);
    pair->addWidget(leftCaption, 1, 0);
    pair->addWidget(rightCaption, 1, 1);
    pair->setRowStretch(0, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backButton);
    buttons->addStretch(1);
    buttons->addWidget(leftButton);
    buttons->addWidget(tieButton);
    buttons->addWidget(skipButton);
    buttons->addWidget(rightButton);
    buttons->addStretch(1);
    auto *judgingLayout = new QVBoxLayout(judging);
    judgingLayout->addWidget(m_progressLabel);
    judgingLayout->addWidget(m_progress);
    judgingLayout->addWidget(hint);
    judgingLayout->addWidget(prompt);
    judgingLayout->addLayout(pair, 1);
    judgingLayout->addWidget(m_error);
    judgingLayout->addLayout(buttons);
    m_pages->addWidget(judging);

    // Revealed: every pair with its models and the choice, and this comparison's ranking.
    auto *revealed = new QWidget(m_pages);
    revealed->setObjectName(QStringLiteral("blindReveal"));
    auto *revealTitle = new QLabel(tr("<b>The models, revealed</b>"), revealed);
    m_ranking = new QLabel(revealed);
    m_ranking->setObjectName(QStringLiteral("blindRanking"));
    m_ranking->setWordWrap(true);
    m_ranking->setTextFormat(Qt::RichText);
    m_pairsList = new QTreeWidget(revealed);
    m_pairsList->setObjectName(QStringLiteral("blindPairs"));
    m_pairsList->setHeaderLabels({tr("Left"), tr("Right"), tr("Your vote")});
    m_pairsList->setRootIsDecorated(false);
    m_pairsList->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_pairsList->setAccessibleName(tr("Judged pairs"));
    m_pairsList->setAccessibleDescription(tr("Each pair with the models that made it and your vote"));
    auto *revealLayout = new QVBoxLayout(revealed);
    revealLayout->addWidget(revealTitle);
    revealLayout->addWidget(m_ranking);
    revealLayout->addWidget(m_pairsList, 1);
    m_pages->addWidget(revealed);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *leaderboard = box->addButton(tr("Show &Leaderboard"), QDialogButtonBox::ActionRole);
    leaderboard->setObjectName(QStringLiteral("blindShowLeaderboard"));
    leaderboard->setAutoDefault(false);
    leaderboard->setAccessibleDescription(tr("Close this and show the models ranked by all your blind votes"));
    connect(leaderboard, &QPushButton::clicked, this, [this] {
        Q_EMIT leaderboardRequested();
        accept();
    });
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (QPushButton *close = box->button(QDialogButtonBox::Close)) {
        close->setAutoDefault(false);
        close->setAccessibleDescription(tr("Stop judging; the votes cast so far are kept"));
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(box);

    if (!m_session.problem().isEmpty()) {
        m_progressLabel->setText(m_session.problem());
        for (QPushButton *b : {leftButton, tieButton, skipButton, rightButton, m_backButton})
            b->setEnabled(false);
        return;
    }
    showCurrent();
}

BlindJudgeDialog::~BlindJudgeDialog()
{
    m_writer->waitForDone();
}

bool BlindJudgeDialog::isRevealed() const
{
    return m_pages->currentIndex() == 1;
}

void BlindJudgeDialog::choose(BlindSession::Choice choice)
{
    if (m_session.isFinished() || !m_session.problem().isEmpty())
        return;
    const BlindSession::Pair pair = m_session.current();
    const bool judgedBefore = pair.choice && *pair.choice != BlindSession::Choice::Skip;
    const std::optional<RunVote> vote = m_session.choose(choice);
    HistoryStore *history = m_history;
    if (history && vote) {
        const RunVote recorded = *vote;
        write([history, recorded] {
            QString error;
            return history->addVote(recorded, &error) ? QString() : error;
        });
    } else if (history && judgedBefore) {
        const QString left = pair.left.id;
        const QString right = pair.right.id;
        write([history, left, right] {
            history->removeVote(left, right);
            return QString();
        });
    }
    if (m_session.isFinished())
        reveal();
    else
        showCurrent();
}

void BlindJudgeDialog::write(std::function<QString()> change)
{
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (!error.isEmpty()) {
            m_error->setText(tr("A vote could not be saved: %1").arg(error));
            m_error->show();
            m_ranking->setText(m_ranking->text() + QStringLiteral("<br>") + m_error->text().toHtmlEscaped());
        }
        Q_EMIT votesChanged();
    });
    watcher->setFuture(QtConcurrent::run(m_writer, std::move(change)));
}

void BlindJudgeDialog::back()
{
    if (isRevealed() || !m_session.back())
        return;
    showCurrent();
}

void BlindJudgeDialog::showCurrent()
{
    const int index = m_session.currentIndex();
    m_progressLabel->setText(tr("Pair %1 of %2").arg(index + 1).arg(m_session.pairCount()));
    m_progress->setMaximum(m_session.pairCount());
    m_progress->setValue(index);
    m_backButton->setEnabled(index > 0);
    m_shown = index;
    m_left->clear();
    m_right->clear();
    const BlindSession::Pair &pair = m_session.current();
    const auto show = [this, index](ImageView *view, const QString &path) {
        if (!m_images)
            return;
        m_images->load(path, kImageSide, this, [this, view, index](const QImage &image, const QString &error) {
            if (m_shown != index || isRevealed())
                return; // the designer has moved on
            if (image.isNull()) {
                m_error->setText(tr("A result cannot be read: %1").arg(error));
                m_error->show();
            }
            view->setImage(image);
        });
    };
    show(m_left, pair.left.outputPaths.constFirst());
    show(m_right, pair.right.outputPaths.constFirst());
}

QString BlindJudgeDialog::choiceText(const BlindSession::Pair &pair) const
{
    if (!pair.choice)
        return QString();
    switch (*pair.choice) {
    case BlindSession::Choice::Left:
        return tr("Left: %1").arg(pair.left.modelTitle);
    case BlindSession::Choice::Right:
        return tr("Right: %1").arg(pair.right.modelTitle);
    case BlindSession::Choice::Tie:
        return tr("Tie");
    case BlindSession::Choice::Skip:
        break;
    }
    return tr("Skipped");
}

void BlindJudgeDialog::reveal()
{
    m_shown = -1;
    m_pairsList->clear();
    QMap<QString, QString> titles;
    for (const BlindSession::Pair &pair : m_session.pairs()) {
        auto *item = new QTreeWidgetItem(m_pairsList, {pair.left.modelTitle, pair.right.modelTitle, choiceText(pair)});
        item->setToolTip(0, pair.left.provider);
        item->setToolTip(1, pair.right.provider);
        titles.insert(pair.left.modelId, pair.left.modelTitle);
        titles.insert(pair.right.modelId, pair.right.modelTitle);
    }
    const QList<Leaderboard::Row> rows = Leaderboard::compute(m_session.votes(), {}, titles);
    QStringList lines;
    int rank = 0;
    for (const Leaderboard::Row &row : rows) {
        if (!row.rating)
            continue;
        lines << tr("%1. %2: %n win(s)", nullptr, row.wins)
                     .arg(++rank)
                     .arg(row.modelTitle.toHtmlEscaped());
    }
    m_ranking->setText(lines.isEmpty() ? tr("Every pair was skipped, so nothing was recorded.")
                                       : tr("In this comparison:") + QStringLiteral("<br>")
                                             + lines.join(QStringLiteral("<br>")));
    m_pages->setCurrentIndex(1);
}
