#include "comparegrid.h"

#include "comparecell.h"
#include "themecolors.h"
#include "zoompanmodel.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QResizeEvent>
#include <QScrollBar>
#include <QStyle>

#include <algorithm>
#include <cmath>

namespace {
constexpr int CellPad = 8;      // CompareCell's inner padding (left, top, right)
constexpr qreal Pi = 3.14159265358979323846;

int defaultColumns(int count)
{
    return count <= 0 ? 0 : int(std::ceil(std::sqrt(double(count)) - 1e-9));
}

// ---- export palette: fixed, print-like colours on white --------------------------------------
const QColor ExportBackground(0xff, 0xff, 0xff);
const QColor ExportCardBorder(0xe5, 0xe7, 0xeb);
const QColor ExportWinnerBorder(0x25, 0x63, 0xeb);
const QColor ExportWell(0xf3, 0xf4, 0xf6);
const QColor ExportText(0x11, 0x18, 0x27);
const QColor ExportMuted(0x6b, 0x72, 0x80);
const QColor ExportError(0xc5, 0x22, 0x1f);
const QColor ExportBadgeFill(0xe0, 0xe7, 0xff);
const QColor ExportBadgeText(0x37, 0x30, 0xa3);
const QColor ExportStarFill(0xf5, 0xb3, 0x01);
const QColor ExportStarStroke(0xc9, 0x8a, 0x00);

constexpr int ExportMargin = 32;
constexpr int ExportGap = 24;
constexpr int ExportCardPad = 16;
constexpr int ExportImageWidth = 384;

} // namespace

CompareGrid::CompareGrid(QWidget *parent)
    : QScrollArea(parent)
    , m_container(new QWidget)
{
    setObjectName(QStringLiteral("compareGrid"));
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setBackgroundRole(QPalette::Base);
    viewport()->setBackgroundRole(QPalette::Base);

    m_container->setObjectName(QStringLiteral("compareGridContainer"));
    m_container->setBackgroundRole(QPalette::Base);
    m_container->setAutoFillBackground(true);

    m_emptyLabel = new QLabel(tr("No results to compare yet.\nTick models and press Run comparison."),
                              m_container);
    m_emptyLabel->setObjectName(QStringLiteral("compareGridEmpty"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    updateEmptyLabel();

    setWidget(m_container);
    relayout();
}

CompareGrid::~CompareGrid() = default;

void CompareGrid::updateEmptyLabel()
{
    if (!m_emptyLabel)
        return;
    const QColor muted = ThemeColors::muted(palette(), QPalette::Text);
    QPalette pal = m_emptyLabel->palette();
    pal.setColor(QPalette::WindowText, muted);
    pal.setColor(QPalette::Text, muted);
    m_emptyLabel->setPalette(pal);
}

QSize CompareGrid::sizeHint() const
{
    return QSize(800, 600);
}

QSize CompareGrid::minimumSizeHint() const
{
    return QSize(MinCellWidth + 2 * Margin, 200);
}

QStringList CompareGrid::keys() const
{
    QStringList list;
    list.reserve(m_cells.size());
    for (const CompareCell *c : m_cells)
        list.append(c->key());
    return list;
}

CompareCell *CompareGrid::cell(const QString &key) const
{
    return m_byKey.value(key, nullptr);
}

CompareCell *CompareGrid::createCell(const QString &key, const QString &modelTitle,
                                     const QString &provider)
{
    auto *c = new CompareCell(key, modelTitle, provider, m_container);
    connect(c, &CompareCell::starClicked, this, [this, key] { onStarClicked(key); });
    connect(c, &CompareCell::openClicked, this, [this, key] { Q_EMIT openRequested(key); });
    connect(c, &CompareCell::saveClicked, this, [this, key] { Q_EMIT saveRequested(key); });
    c->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(c, &QWidget::customContextMenuRequested, this,
            [this, key, c](const QPoint &pos) { Q_EMIT contextMenuRequested(key, c->mapToGlobal(pos)); });
    m_byKey.insert(key, c);
    c->show();
    return c;
}

int CompareGrid::addCell(const QString &key, const QString &modelTitle, const QString &provider)
{
    int index = int(m_cells.size());
    if (CompareCell *existing = cell(key)) {
        // The same run added again: a fresh cell (new title / provider) in the same place.
        index = int(m_cells.indexOf(existing));
        existing->hide();
        existing->deleteLater();
        m_cells[index] = createCell(key, modelTitle, provider);
        if (m_winner == key) {
            m_winner.clear();
            Q_EMIT winnerChanged(m_winner);
        }
    } else {
        m_cells.append(createCell(key, modelTitle, provider));
        m_added.append(key);
    }
    relayout();
    return index;
}

void CompareGrid::clear()
{
    for (CompareCell *c : std::as_const(m_cells)) {
        c->hide();
        c->deleteLater();
    }
    m_cells.clear();
    m_byKey.clear();
    m_added.clear();
    const bool hadWinner = !m_winner.isEmpty();
    m_winner.clear();
    relayout();
    if (hadWinner)
        Q_EMIT winnerChanged(QString());
}

void CompareGrid::setCellState(const QString &key, const QString &stateText, int progressPercent)
{
    if (CompareCell *c = cell(key))
        c->setState(stateText, progressPercent);
}

void CompareGrid::setCellResult(const QString &key, const QImage &image, qint64 elapsedMs,
                                std::optional<double> costUsd, std::optional<qint64> seed)
{
    if (CompareCell *c = cell(key)) {
        c->setResult(image, elapsedMs, costUsd, seed);
        Q_EMIT cellResultSet(key);
    }
}

void CompareGrid::setCellError(const QString &key, const QString &message)
{
    CompareCell *c = cell(key);
    if (!c)
        return;
    c->setError(message);
    if (m_winner == key)
        setWinner(QString());
}

void CompareGrid::setWinner(const QString &key)
{
    const QString next = cell(key) ? key : QString();
    if (next == m_winner)
        return;
    m_winner = next;
    for (CompareCell *c : std::as_const(m_cells))
        c->setWinner(c->key() == m_winner);
    Q_EMIT winnerChanged(m_winner);
}

void CompareGrid::onStarClicked(const QString &key)
{
    // Clicking the winner's star again unmarks it; any other star moves the crown.
    setWinner(m_winner == key ? QString() : key);
    if (CompareCell *c = cell(key))
        c->setWinner(m_winner == key); // resync the button's checked state either way
}

void CompareGrid::setAspectRatio(double aspect)
{
    if (!(aspect > 0.0) || !std::isfinite(aspect))
        aspect = 1.0;
    aspect = std::clamp(aspect, 0.1, 10.0);
    if (qFuzzyCompare(aspect, m_aspect))
        return;
    m_aspect = aspect;
    relayout();
}

// ----- layout -------------------------------------------------------------------------------

int CompareGrid::bestColumns(int count, const QSize &available, double aspect, int chromeWidth,
                             int chromeHeight, int *cellWidth)
{
    if (count <= 0) {
        if (cellWidth)
            *cellWidth = 0;
        return 0;
    }
    auto widthFor = [&](int cols) {
        const int rows = (count + cols - 1) / cols;
        const double byWidth = (available.width() - (cols - 1) * Gap) / double(cols);
        const double cellHeight = (available.height() - (rows - 1) * Gap) / double(rows);
        const double byHeight = (cellHeight - chromeHeight) * aspect + chromeWidth;
        return std::floor(std::min(byWidth, byHeight));
    };

    const int preferred = defaultColumns(count);
    int best = preferred;
    double bestWidth = widthFor(preferred);
    for (int cols = 1; cols <= count; ++cols) {
        const double w = widthFor(cols);
        if (w > bestWidth * 1.10) {
            best = cols;
            bestWidth = w;
        }
    }
    if (bestWidth < MinCellWidth) {
        // Everything on one screen would be too small: keep a readable size and scroll.
        const int fitting = std::max(1, (available.width() + Gap) / (MinCellWidth + Gap));
        best = std::min(preferred, fitting);
        bestWidth = std::floor((available.width() - (best - 1) * Gap) / double(best));
    }
    if (cellWidth)
        *cellWidth = std::max(chromeWidth + 16, int(bestWidth));
    return best;
}

void CompareGrid::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    placeHeader();
    relayout();
}

void CompareGrid::setCellOrder(const QStringList &keys)
{
    QList<CompareCell *> ordered;
    for (const QString &key : keys) {
        if (CompareCell *c = cell(key); c && !ordered.contains(c))
            ordered.append(c);
    }
    for (CompareCell *c : std::as_const(m_cells)) {
        if (!ordered.contains(c))
            ordered.append(c);
    }
    if (ordered == m_cells)
        return;
    m_cells = ordered;
    relayout();
}

void CompareGrid::setHeaderWidget(QWidget *header)
{
    m_header = header;
    header->setParent(this);
    header->setAutoFillBackground(true);
    header->setBackgroundRole(QPalette::Base);
    header->show();
    placeHeader();
    relayout();
}

void CompareGrid::placeHeader()
{
    if (!m_header)
        return;
    const int height = m_header->sizeHint().height();
    setViewportMargins(0, height, 0, 0);
    const int frame = frameWidth();
    m_header->setGeometry(frame, frame, width() - 2 * frame, height);
}

bool CompareGrid::event(QEvent *event)
{
    const bool result = QScrollArea::event(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        relayout();
    else if (event->type() == QEvent::PaletteChange)
        updateEmptyLabel();
    return result;
}

void CompareGrid::relayout()
{
    if (m_inLayout)
        return;
    m_inLayout = true;

    const QSize full = maximumViewportSize();
    const int count = int(m_cells.size());
    m_emptyLabel->setVisible(count == 0);
    if (count == 0) {
        m_columns = 0;
        m_rows = 0;
        m_container->resize(full);
        m_emptyLabel->setGeometry(QRect(QPoint(0, 0), full).adjusted(Margin, Margin, -Margin, -Margin));
        m_inLayout = false;
        return;
    }

    const int captionHeight = m_cells.first()->captionHeight();
    const int chromeW = 2 * CellPad;
    const int chromeH = CellPad + captionHeight;
    auto shapeFor = [&](const QSize &avail, int *cellW) {
        return bestColumns(count, avail, m_aspect, chromeW, chromeH, cellW);
    };

    QSize avail = full - QSize(2 * Margin, 2 * Margin);
    int cellW = 0;
    int cols = shapeFor(avail, &cellW);
    int rows = (count + cols - 1) / cols;
    auto heightOf = [&](int w) { return chromeH + qRound((w - chromeW) / m_aspect); };
    int cellH = heightOf(cellW);
    int totalH = rows * cellH + (rows - 1) * Gap;
    if (totalH > avail.height()) {
        // Scrolling: lay out for the width left beside the scroll bar.
        const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, verticalScrollBar());
        avail.setWidth(avail.width() - bar);
        cols = shapeFor(avail, &cellW);
        rows = (count + cols - 1) / cols;
        cellH = heightOf(cellW);
        totalH = rows * cellH + (rows - 1) * Gap;
    }
    const int totalW = cols * cellW + (cols - 1) * Gap;
    const int left = Margin + std::max(0, (avail.width() - totalW) / 2);
    const int top = Margin + std::max(0, (avail.height() - totalH) / 2);

    for (int i = 0; i < count; ++i) {
        const int r = i / cols;
        const int c = i % cols;
        m_cells[i]->setGeometry(left + c * (cellW + Gap), top + r * (cellH + Gap), cellW, cellH);
    }
    m_columns = cols;
    m_rows = rows;
    const int width = avail.width() + 2 * Margin;
    m_container->resize(width, std::max(full.height(), totalH + 2 * Margin));
    m_inLayout = false;
}

// ----- export -------------------------------------------------------------------------------

QImage CompareGrid::exportImage() const
{
    const int count = int(m_cells.size());
    if (count == 0)
        return QImage();
    const int cols = m_columns > 0 ? m_columns : defaultColumns(count);
    const int rows = (count + cols - 1) / cols;

    QFont titleFont = font();
    titleFont.setPixelSize(15);
    titleFont.setWeight(QFont::DemiBold);
    QFont metaFont = font();
    metaFont.setPixelSize(13);
    metaFont.setWeight(QFont::Normal);
    QFont badgeFont = metaFont;
    badgeFont.setPixelSize(12);
    badgeFont.setWeight(QFont::Medium);
    const QFontMetrics titleFm(titleFont);
    const QFontMetrics metaFm(metaFont);
    const QFontMetrics badgeFm(badgeFont);

    const int imageW = ExportImageWidth;
    const int imageH = qRound(imageW / m_aspect);
    const int titleLine = std::max(titleFm.height(), 24);
    const int captionH = 16 + titleLine + 8 + metaFm.height();
    const int cardW = imageW + 2 * ExportCardPad;
    const int cardH = ExportCardPad + imageH + captionH + ExportCardPad;
    const QSize size(2 * ExportMargin + cols * cardW + (cols - 1) * ExportGap,
                     2 * ExportMargin + rows * cardH + (rows - 1) * ExportGap);

    QImage out(size, QImage::Format_RGB32);
    out.fill(ExportBackground);
    QPainter p(&out);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);

    for (int i = 0; i < count; ++i) {
        const CompareCell *c = m_cells.at(i);
        const bool winner = c->key() == m_winner;
        const QRectF card(ExportMargin + (i % cols) * (cardW + ExportGap),
                          ExportMargin + (i / cols) * (cardH + ExportGap), cardW, cardH);
        p.setPen(winner ? QPen(ExportWinnerBorder, 3) : QPen(ExportCardBorder, 1));
        p.setBrush(ExportBackground);
        p.drawRoundedRect(card.adjusted(1.5, 1.5, -1.5, -1.5), 10, 10);

        // Image (or the state / error in its place).
        const QRectF well(card.left() + ExportCardPad, card.top() + ExportCardPad, imageW, imageH);
        QPainterPath wellPath;
        wellPath.addRoundedRect(well, 6, 6);
        p.save();
        p.setClipPath(wellPath);
        p.fillRect(well, ExportWell);
        if (c->hasResult()) {
            p.drawImage(ZoomPanModel::fittedRect(QSizeF(c->image().size()), well), c->image());
        } else {
            const bool failed = c->status() == CompareCell::Status::Failed;
            QString text = c->stateText();
            if (failed && !c->errorText().isEmpty())
                text = c->stateText() + QStringLiteral("\n") + c->errorText();
            p.setFont(metaFont);
            p.setPen(failed ? ExportError : ExportMuted);
            p.drawText(well.adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, text);
        }
        p.restore();

        // Caption.
        const qreal captionTop = well.bottom() + 16;
        const qreal starSize = 20;
        const qreal textLeft = well.left();
        const qreal textRight = well.right() - (winner ? starSize + 8 : 0);
        const QString badgeText = c->provider();
        const int badgeW = badgeText.isEmpty() ? 0 : badgeFm.horizontalAdvance(badgeText) + 16;
        const int titleRoom = std::max(0, int(textRight - textLeft) - (badgeW > 0 ? badgeW + 8 : 0));
        const QString title = titleFm.elidedText(c->modelTitle(), Qt::ElideRight, titleRoom);
        const QRectF titleRect(textLeft, captionTop, titleFm.horizontalAdvance(title), titleLine);
        p.setFont(titleFont);
        p.setPen(ExportText);
        p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, title);
        if (badgeW > 0) {
            const qreal badgeH = badgeFm.height() + 4;
            const QRectF badge(titleRect.right() + 8, captionTop + (titleLine - badgeH) / 2, badgeW, badgeH);
            p.setPen(Qt::NoPen);
            p.setBrush(ExportBadgeFill);
            p.drawRoundedRect(badge, badgeH / 2, badgeH / 2);
            p.setFont(badgeFont);
            p.setPen(ExportBadgeText);
            p.drawText(badge, Qt::AlignCenter, badgeText);
        }
        if (winner) {
            const QPointF centre(well.right() - starSize / 2, captionTop + titleLine / 2.0);
            p.setPen(QPen(ExportStarStroke, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(ExportStarFill);
            p.drawPath(CompareCell::starPath(centre, starSize / 2));
        }

        const QString meta = CompareCell::formatElapsed(c->elapsedMs()) + QStringLiteral("   ·   ")
                             + CompareCell::formatCost(c->costUsd()) + QStringLiteral("   ·   ")
                             + CompareCell::formatSeed(c->seed());
        p.setFont(metaFont);
        p.setPen(ExportMuted);
        p.drawText(QRectF(textLeft, captionTop + titleLine + 8, imageW, metaFm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   metaFm.elidedText(meta, Qt::ElideRight, imageW));
    }
    p.end();
    return out;
}
