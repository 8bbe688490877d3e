#pragma once

#include "history/leaderboard.h"

#include <QPointer>
#include <QWidget>

class HistoryStore;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QThreadPool;
class QTreeWidget;

// The Leaderboard panel: the designer's ranking of models from their blind votes (Leaderboard),
// for every run or the runs of one tag, with the number of votes and each model's mean time,
// cost and structure score; exported as CSV. It reads the history off the GUI thread and
// follows its changes.
class LeaderboardPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeaderboardPanel)

public:
    // Neither is owned; `workers` runs the history reads (the session's history pool, which
    // outlives the store's users).
    LeaderboardPanel(HistoryStore *history, QThreadPool *workers, QWidget *parent = nullptr);

    QList<Leaderboard::Row> rows() const { return m_rows; }
    QString scope() const; // the tag shown, empty for every run
    void setScope(const QString &tag);

    // Writes the rows shown as CSV to `path` (off the GUI thread); exported() tells the outcome.
    void exportCsv(const QString &path);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed();
    void exported(const QString &path, const QString &error);
    void statusMessage(const QString &message);

private:
    void show(const QList<Leaderboard::Row> &rows, const QStringList &tags);
    void chooseExportFile();

    QPointer<HistoryStore> m_history;
    QThreadPool *m_workers = nullptr;
    QComboBox *m_scope = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTreeWidget *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_export = nullptr;
    QList<Leaderboard::Row> m_rows;
    QString m_wantedScope;
    int m_generation = 0;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
};
