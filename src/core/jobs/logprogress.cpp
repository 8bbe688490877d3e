#include "logprogress.h"

#include <QRegularExpression>

namespace
{
// Step counts beyond this are not progress but some other number (a seed, a size).
constexpr int kMaxSteps = 100000;

// "Step 16/30", "Steps: 16 of 30", "step 16 / 30".
const QRegularExpression &stepFirst()
{
    static const QRegularExpression re(
        QStringLiteral(R"(\bsteps?\b\s*:?\s*(\d{1,6})\s*(?:/|\bof\b)\s*(\d{1,6}))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// "16/30 steps", "16 of 30 steps".
const QRegularExpression &stepLast()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\d.])(\d{1,6})\s*(?:/|\bof\b)\s*(\d{1,6})\s*steps?\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// "45%", "45.5 %"; not the tail of a larger number ("1045%").
const QRegularExpression &percentage()
{
    static const QRegularExpression re(QStringLiteral(R"((?<![\d.])(\d{1,3})(?:\.\d+)?\s*%)"));
    return re;
}

LogProgress steps(const QRegularExpressionMatch &match)
{
    LogProgress progress;
    const int done = match.captured(1).toInt();
    const int total = match.captured(2).toInt();
    if (total <= 0 || total > kMaxSteps || done < 0 || done > total)
        return progress;
    progress.done = done;
    progress.total = total;
    return progress;
}
} // namespace

int LogProgress::percent() const
{
    if (!isValid())
        return -1;
    return isPercent ? done : static_cast<int>(static_cast<qint64>(done) * 100 / total);
}

QString LogProgress::text() const
{
    if (!isValid())
        return QString();
    return isPercent ? tr("%1 %").arg(done) : tr("step %1 of %2").arg(done).arg(total);
}

LogProgress LogProgress::parse(QStringView line)
{
    for (const QRegularExpression *re : {&stepFirst(), &stepLast()}) {
        const LogProgress found = steps(re->match(line));
        if (found.isValid())
            return found;
    }
    // The last percentage of a line is its newest figure (a bar redrawn on one line).
    LogProgress progress;
    QRegularExpressionMatchIterator it = percentage().globalMatch(line);
    while (it.hasNext()) {
        const int value = it.next().captured(1).toInt();
        if (value >= 0 && value <= 100) {
            progress.done = value;
            progress.total = 100;
            progress.isPercent = true;
        }
    }
    return progress;
}
