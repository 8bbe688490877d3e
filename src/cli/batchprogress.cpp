#include "batchprogress.h"

#include <cstdio>
#include <unistd.h>

namespace {
constexpr int kBarWidth = 30;
}

BatchProgress::BatchProgress(QTextStream &err, bool terminal, int total)
    : m_err(err)
    , m_terminal(terminal)
    , m_total(qMax(1, total))
{
}

bool BatchProgress::stderrIsTerminal()
{
    return ::isatty(fileno(stderr)) == 1;
}

void BatchProgress::setCounts(int ended, int failed, int running)
{
    m_ended = ended;
    m_failed = failed;
    m_running = running;
    if (m_terminal)
        drawBar();
}

void BatchProgress::pairEnded(const QString &sketch, const QString &model, bool ok, const QString &detail)
{
    const QString line = ok ? tr("[%1/%2] %3, %4: done (%5)").arg(m_ended).arg(m_total).arg(sketch, model, detail)
                            : tr("[%1/%2] %3, %4: %5").arg(m_ended).arg(m_total).arg(sketch, model, detail);
    if (m_terminal && ok) {
        drawBar(); // the bar says it; only what went wrong gets a line of its own
        return;
    }
    note(line);
}

void BatchProgress::note(const QString &line)
{
    clearBar();
    m_err << "reimagine-cli: " << line << Qt::endl;
    if (m_terminal)
        drawBar();
}

void BatchProgress::finish()
{
    if (m_barShown) {
        m_err << '\n';
        m_err.flush();
        m_barShown = false;
    }
}

void BatchProgress::clearBar()
{
    if (m_barShown) {
        m_err << "\r\033[K";
        m_barShown = false;
    }
}

void BatchProgress::drawBar()
{
    const int filled = m_ended * kBarWidth / m_total;
    const QString bar = QString(filled, u'#') + QString(kBarWidth - filled, u'-');
    m_err << "\r\033[K[" << bar << "] "
          << tr("%1/%2 ended, %3 failed, %4 running").arg(m_ended).arg(m_total).arg(m_failed).arg(m_running);
    m_err.flush();
    m_barShown = true;
}
