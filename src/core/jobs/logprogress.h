#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

// How far a provider's job says it is, read from one of its log lines: "Step 16/30",
// "16/30 steps", "Step 16 of 30", "16 of 30 steps", or a percentage "45%" (tqdm bars print one:
// "45%|████▌     | 16/30 [00:03<00:04]"). Steps win over a percentage on the same line.
// Numbers that cannot be progress (step 0 of 0, 31 of 30, 140 %) are not taken: a line with no
// believable figure gives an invalid LogProgress, and the job keeps what it knew.
// A pure value class: no I/O, no Qt event loop.
struct LogProgress
{
    Q_DECLARE_TR_FUNCTIONS(LogProgress)

public:
    int done = 0;            // steps done, or the percentage
    int total = 0;           // steps in all; 100 for a percentage; 0 when the line said nothing
    bool isPercent = false;  // the line gave a percentage, not steps

    bool isValid() const { return total > 0; }
    // 0–100, rounded down so 29 of 30 steps never shows as done; -1 when invalid.
    int percent() const;
    // For people: "step 16 of 30", "45 %"; empty when invalid.
    QString text() const;

    static LogProgress parse(QStringView line);

    bool operator==(const LogProgress &other) const
    {
        return done == other.done && total == other.total && isPercent == other.isPercent;
    }
};
