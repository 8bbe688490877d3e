#include "comparecell.h"

#include "activityindicator.h"
#include "appicons.h"
#include "comparecell_p.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace CompareCellStyle;

namespace {
constexpr int Pad = 8;
constexpr qreal Pi = 3.14159265358979323846;
const QColor StarFill(0xf5, 0xb3, 0x01);
const QColor StarStroke(0xc9, 0x8a, 0x00);
const QColor IconStroke(0x6b, 0x72, 0x80); // the bundled icon set's stroke colour

QFont scaledFont(const QFont &base, qreal factor, QFont::Weight weight = QFont::Normal)
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * factor);
    f.setWeight(weight);
    return f;
}

// Icons drawn in the same 24 px, 2 px stroke style as resources/icons (no star/save there yet).
QIcon starIcon(bool filled)
{
    return AppIcons::drawn(24, [filled](QPainter &p) {
        p.setPen(QPen(filled ? StarStroke : IconStroke, 1.8, Qt::SolidLine, Qt::RoundCap,
                      Qt::RoundJoin));
        p.setBrush(filled ? QBrush(StarFill) : QBrush(Qt::NoBrush));
        p.drawPath(CompareCell::starPath(QPointF(12, 12), 9.5));
    });
}

QIcon saveIcon()
{
    return AppIcons::drawn(24, [](QPainter &p) {
        p.setPen(QPen(IconStroke, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawLine(QPointF(12, 4), QPointF(12, 15));
        p.drawPolyline(QPolygonF({QPointF(7.5, 10.5), QPointF(12, 15), QPointF(16.5, 10.5)}));
        p.drawPolyline(QPolygonF({QPointF(4, 15), QPointF(4, 20), QPointF(20, 20), QPointF(20, 15)}));
    });
}

// A label that elides instead of growing; text() keeps the full text (the owner puts it in the
// tooltip).
class ElidedLabel final : public QLabel
{
public:
    using QLabel::QLabel;

    QSize minimumSizeHint() const override
    {
        return QSize(fontMetrics().horizontalAdvance(QStringLiteral("Mmm…")), QLabel::sizeHint().height());
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setPen(palette().color(foregroundRole()));
        const QRect r = contentsRect();
        const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, r.width());
        p.drawText(r, int(alignment()) | Qt::TextSingleLine, shown);
    }
};

// The provider as a small rounded badge.
class BadgeLabel final : public QLabel
{
public:
    using QLabel::QLabel;

    QSize sizeHint() const override
    {
        const QFontMetrics fm = fontMetrics();
        return QSize(fm.horizontalAdvance(text()) + 12, fm.height() + 4);
    }
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlphaF(0.16);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        const QSize hint = sizeHint();
        const QRectF r(0, (height() - hint.height()) / 2.0, std::min(width(), hint.width()), hint.height());
        p.drawRoundedRect(r, r.height() / 2, r.height() / 2);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(r, Qt::AlignCenter, text());
    }
};

QToolButton *makeToolButton(QWidget *parent, const QString &objectName, const QString &text,
                            const QString &toolTip, const QIcon &icon)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    button->setIcon(icon);
    button->setIconSize(QSize(18, 18));
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}
} // namespace

// ----- CompareCell --------------------------------------------------------------------------

CompareCell::CompareCell(const QString &key, const QString &modelTitle, const QString &provider,
                         QWidget *parent)
    : QWidget(parent)
    , m_key(key)
    , m_title(modelTitle)
    , m_provider(provider)
{
    const QString base = QStringLiteral("cell_") + key;
    setObjectName(base);
    setAccessibleName(modelTitle);

    // Image area with the state, activity and error stacked in its middle.
    m_imageArea = new CompareCellImage(this);
    m_imageArea->setObjectName(base + QStringLiteral("_image"));
    m_imageArea->setToolTip(tr("Double-click to open in the before/after view"));

    m_stateLabel = new QLabel(m_imageArea);
    m_stateLabel->setObjectName(base + QStringLiteral("_state"));
    m_stateLabel->setAlignment(Qt::AlignCenter);
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setFont(scaledFont(font(), 1.0, QFont::DemiBold));

    m_indicator = new ActivityIndicator(m_imageArea);
    m_indicator->setObjectName(base + QStringLiteral("_progress"));
    m_indicator->hide();

    m_errorLabel = new QLabel(m_imageArea);
    m_errorLabel->setObjectName(base + QStringLiteral("_error"));
    m_errorLabel->setAlignment(Qt::AlignCenter);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_errorLabel->hide();

    auto *stateLayout = new QVBoxLayout(m_imageArea);
    stateLayout->setContentsMargins(16, 16, 16, 16);
    stateLayout->setSpacing(8);
    stateLayout->addStretch(1);
    stateLayout->addWidget(m_indicator, 0, Qt::AlignHCenter);
    stateLayout->addWidget(m_stateLabel);
    stateLayout->addWidget(m_errorLabel, 0);
    stateLayout->addStretch(1);

    // Caption: title + provider + buttons, then time · cost · seed.
    m_caption = new QWidget(this);
    m_caption->setObjectName(base + QStringLiteral("_caption"));

    m_titleLabel = new ElidedLabel(modelTitle, m_caption);
    m_titleLabel->setObjectName(base + QStringLiteral("_title"));
    m_titleLabel->setFont(scaledFont(font(), 1.0, QFont::DemiBold));
    m_titleLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_titleLabel->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_titleLabel->setToolTip(modelTitle);

    m_providerLabel = new BadgeLabel(provider, m_caption);
    m_providerLabel->setObjectName(base + QStringLiteral("_provider"));
    m_providerLabel->setFont(scaledFont(font(), 0.85, QFont::Medium));
    m_providerLabel->setToolTip(tr("Provider"));

    m_starButton = makeToolButton(m_caption, base + QStringLiteral("_star"), tr("Winner"),
                                  tr("Mark as the winner"), starIcon(false));
    m_starButton->setCheckable(true);
    m_openButton = makeToolButton(m_caption, base + QStringLiteral("_open"), tr("Open"),
                                  tr("Open in the before/after view"),
                                  AppIcons::icon(QStringLiteral("image")));
    m_saveButton = makeToolButton(m_caption, base + QStringLiteral("_save"), tr("Save…"),
                                  tr("Save the result as…"), saveIcon());

    const QFont small = scaledFont(font(), 0.9);
    auto metric = [&](const QString &suffix, const QString &tip) {
        auto *label = new QLabel(m_caption);
        label->setObjectName(base + suffix);
        label->setFont(small);
        label->setToolTip(tip);
        return label;
    };
    m_timeLabel = metric(QStringLiteral("_time"), tr("Generation time"));
    m_costLabel = metric(QStringLiteral("_cost"), tr("Cost"));
    m_seedLabel = metric(QStringLiteral("_seed"), tr("Seed"));
    m_seedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The title has a line of its own (elided, never pushing the buttons out); the provider badge
    // and the buttons share the next one; time, cost and seed the last.
    auto *row2 = new QHBoxLayout;
    row2->setContentsMargins(0, 0, 0, 0);
    row2->setSpacing(8);
    row2->addWidget(m_providerLabel, 0);
    row2->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(0);
    buttons->addWidget(m_starButton);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_saveButton);
    row2->addLayout(buttons);

    auto *row3 = new QHBoxLayout;
    row3->setContentsMargins(0, 0, 0, 0);
    row3->setSpacing(16);
    row3->addWidget(m_timeLabel);
    row3->addWidget(m_costLabel);
    row3->addWidget(m_seedLabel);
    row3->addStretch(1);

    auto *captionLayout = new QVBoxLayout(m_caption);
    // Text starts on the image's left edge; the buttons' own padding lines them up on the right.
    captionLayout->setContentsMargins(0, 6, 0, Pad);
    captionLayout->setSpacing(0);
    captionLayout->addWidget(m_titleLabel);
    captionLayout->addLayout(row2);
    captionLayout->addLayout(row3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Pad, Pad, Pad, 0);
    layout->setSpacing(0);
    layout->addWidget(m_imageArea, 1);
    layout->addWidget(m_caption, 0);

    connect(m_starButton, &QToolButton::clicked, this, &CompareCell::starClicked);
    connect(m_openButton, &QToolButton::clicked, this, &CompareCell::openClicked);
    connect(m_saveButton, &QToolButton::clicked, this, &CompareCell::saveClicked);
    connect(m_imageArea, &CompareCellImage::doubleClicked, this, &CompareCell::openClicked);

    setState(tr("Waiting"), -1);
    m_status = Status::Pending;
    updateTexts();
}

int CompareCell::captionHeight() const
{
    return m_caption->sizeHint().height();
}

void CompareCell::setState(const QString &stateText, int progressPercent)
{
    m_status = Status::Busy;
    m_stateText = stateText;
    m_progress = progressPercent;
    m_error.clear();
    m_image = QImage();
    m_elapsedMs.reset();
    m_cost.reset();
    m_seed.reset();
    m_imageArea->setImage(QImage());
    m_imageArea->setFailed(false);
    updateTexts();
}

void CompareCell::setResult(const QImage &image, qint64 elapsedMs, std::optional<double> costUsd,
                            std::optional<qint64> seed)
{
    m_status = Status::Done;
    m_stateText.clear();
    m_progress = -1;
    m_error.clear();
    m_image = image;
    m_elapsedMs = elapsedMs;
    m_cost = costUsd;
    m_seed = seed;
    m_imageArea->setImage(image);
    m_imageArea->setFailed(false);
    updateTexts();
}

void CompareCell::setError(const QString &message)
{
    m_status = Status::Failed;
    m_stateText = tr("Failed");
    m_progress = -1;
    m_error = message;
    m_image = QImage();
    m_imageArea->setImage(QImage());
    m_imageArea->setFailed(true);
    updateTexts();
}

void CompareCell::setWinner(bool winner)
{
    const bool changed = m_winner != winner;
    m_winner = winner;
    updateStarIcon(); // also resyncs a star button that toggled itself on click
    m_starButton->setEnabled(m_status == Status::Done || m_winner);
    if (changed)
        update();
}

void CompareCell::updateStarIcon()
{
    {
        const QSignalBlocker blocker(m_starButton);
        m_starButton->setChecked(m_winner);
    }
    m_starButton->setIcon(starIcon(m_winner));
    m_starButton->setToolTip(m_winner ? tr("The winner (click to unmark)") : tr("Mark as the winner"));
}

void CompareCell::updateTexts()
{
    const bool failed = m_status == Status::Failed;
    const bool done = m_status == Status::Done;

    m_stateLabel->setText(m_stateText);
    m_stateLabel->setVisible(!done && !m_stateText.isEmpty());
    ThemeColors::setTextColour(m_stateLabel, failed ? errorColor(palette()) : mutedText(palette()));
    static_cast<ActivityIndicator *>(m_indicator)->setProgress(m_status == Status::Busy, m_progress);

    m_errorLabel->setText(m_error);
    m_errorLabel->setToolTip(m_error);
    ThemeColors::setTextColour(m_errorLabel, errorColor(palette()));
    for (QLabel *metric : {m_timeLabel, m_costLabel, m_seedLabel})
        ThemeColors::setTextColour(metric, mutedText(palette()));
    m_errorLabel->setVisible(failed && !m_error.isEmpty());

    m_timeLabel->setText(formatElapsed(m_elapsedMs));
    m_costLabel->setText(formatCost(m_cost));
    m_seedLabel->setText(formatSeed(m_seed));

    m_openButton->setEnabled(done);
    m_saveButton->setEnabled(done);
    m_starButton->setEnabled(done || m_winner);
    updateStarIcon();
    // Re-fit the caption now (not on the next event loop turn) so grabs and exports never see
    // labels still sized for the previous text.
    if (layout())
        layout()->activate();
    if (m_caption->layout())
        m_caption->layout()->activate();
}

QString CompareCell::formatElapsed(std::optional<qint64> elapsedMs)
{
    if (!elapsedMs)
        return tr("— s");
    const double seconds = *elapsedMs / 1000.0;
    if (seconds < 100)
        return tr("%1 s").arg(QLocale().toString(seconds, 'f', 1));
    const qint64 total = qRound64(seconds);
    return tr("%1 min %2 s").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

QString CompareCell::formatCost(std::optional<double> costUsd)
{
    if (!costUsd)
        return QStringLiteral("—");
    const double cost = *costUsd;
    const int decimals = (cost > 0 && cost < 0.01) ? 3 : 2;
    return tr("$%1").arg(QLocale().toString(cost, 'f', decimals));
}

QString CompareCell::formatSeed(std::optional<qint64> seed)
{
    return seed ? tr("Seed %1").arg(*seed) : tr("Seed —");
}

void CompareCell::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(rect()).adjusted(1, 1, -1, -1);
    QColor border = palette().color(QPalette::Text);
    border.setAlphaF(0.14);
    QPen pen(border, 1);
    if (m_winner)
        pen = QPen(palette().color(QPalette::Highlight), 2);
    p.setPen(pen);
    p.setBrush(palette().color(QPalette::Base));
    p.drawRoundedRect(card, Radius, Radius);
}

void CompareCell::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateTexts();
}

QPainterPath CompareCell::starPath(const QPointF &centre, qreal outerRadius)
{
    QPainterPath path;
    const qreal inner = outerRadius * 0.45;
    for (int i = 0; i < 10; ++i) {
        const qreal r = (i % 2) ? inner : outerRadius;
        const qreal a = -Pi / 2 + i * Pi / 5;
        const QPointF p(centre.x() + r * std::cos(a), centre.y() + r * std::sin(a));
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    path.closeSubpath();
    return path;
}
