#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

// How far a batch is, on stderr. On a terminal: a bar redrawn in place, with a line above it for
// every pair that did not succeed. Otherwise (a log, a pipe): one plain line per pair that ends,
// naming the sketch and the model, e.g.
//   reimagine-cli: [3/18] cottage.png, fal:bria/reimagine/3.2: done (cottage-fal-bria-reimagine-3-2.png)
//   reimagine-cli: [4/18] cottage.png, freepik:reimagine-flux: failed: Your request is invalid
class BatchProgress
{
    Q_DECLARE_TR_FUNCTIONS(BatchProgress)

public:
    BatchProgress(QTextStream &err, bool terminal, int total);

    // stderr is a terminal (where a bar makes sense).
    static bool stderrIsTerminal();

    // `ended` pairs of `total` have ended (with those of earlier runs of the batch), `running`
    // are under way.
    void setCounts(int ended, int failed, int running);
    void pairEnded(const QString &sketch, const QString &model, bool ok, const QString &detail);
    // A line of its own ("stopped sending: ..."), above the bar on a terminal.
    void note(const QString &line);
    // Leaves the bar's line (a terminal) before the last words.
    void finish();

private:
    void drawBar();
    void clearBar();

    QTextStream &m_err;
    bool m_terminal;
    int m_total;
    int m_ended = 0;
    int m_failed = 0;
    int m_running = 0;
    bool m_barShown = false;
};
