// CompareCell: the structure score pill and the sketch-line overlay (drawn by CompareCellImage).
#include "comparecell.h"

#include <QLocale>

void CompareCell::setStructureScore(std::optional<double> score, const QString &explanation)
{
    m_imageArea->setScore(score, score ? tr("Structure %1").arg(QLocale().toString(*score, 'f', 2)) : QString());
    m_imageArea->setToolTip(score ? tr("Double-click to open in the before/after view") + QLatin1Char('\n') + explanation
                                  : tr("Double-click to open in the before/after view"));
}

void CompareCell::setOverlay(const QImage &overlay, double opacity)
{
    m_imageArea->setOverlay(overlay, opacity);
}

QImage CompareCell::overlay() const
{
    return m_imageArea->overlay();
}

std::optional<double> CompareCell::structureScore() const
{
    return m_imageArea->score();
}
