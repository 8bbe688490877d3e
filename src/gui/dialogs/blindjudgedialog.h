#pragma once

#include "history/blindsession.h"

#include <QDialog>
#include <QMap>
#include <QPointer>

#include <functional>

class HistoryStore;
class ImageCache;
class ImageView;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QThreadPool;
class QTreeWidget;

// Blind A/B: the results of one comparison two at a time, side by side, with their models hidden
// and sides at random (BlindSession). The designer votes with the keyboard (← left, → right,
// ↓ tie, S skip, Backspace back) or the buttons; each vote goes into the history at once (on a
// worker, in order), so closing half way keeps what was judged. After the last pair the names are revealed with the
// comparison's own ranking.
class BlindJudgeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlindJudgeDialog)

public:
    // `runs`: the runs of one comparison (history entries). `history` records the votes,
    // `images` decodes the results off the GUI thread; neither is owned. `seed` fixes the order
    // and sides (tests); the app passes a random one.
    BlindJudgeDialog(const QList<HistoryEntry> &runs, HistoryStore *history, ImageCache *images, quint32 seed,
                     QWidget *parent = nullptr);
    // Waits for the votes still being written.
    ~BlindJudgeDialog() override;

    const BlindSession &session() const { return m_session; }
    bool isRevealed() const;

public Q_SLOTS:
    void choose(BlindSession::Choice choice);
    void back();

Q_SIGNALS:
    void leaderboardRequested();
    // A vote was written to the history (or, after a skip of a pair judged before, removed).
    void votesChanged();

private:
    void showCurrent();
    void reveal();
    QString choiceText(const BlindSession::Pair &pair) const;

    BlindSession m_session;
    HistoryStore *m_history = nullptr;
    ImageCache *m_images = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    ImageView *m_left = nullptr;
    ImageView *m_right = nullptr;
    QPushButton *m_backButton = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_ranking = nullptr;
    QTreeWidget *m_pairsList = nullptr;
    int m_shown = -1; // the pair whose images are requested
    // Votes are written off the GUI thread, one after the other, in the order they were cast.
    QThreadPool *m_writer = nullptr;
    void write(std::function<QString()> change);
};
