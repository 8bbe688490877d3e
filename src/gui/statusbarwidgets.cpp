#include "statusbarwidgets.h"

#include "widgets/appicons.h"
#include "widgets/modelpicker.h"
#include "widgets/themecolors.h"

#include "session/costledger.h"
#include "session/studiosession.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>

namespace {
// A filled dot in `colour`, or (no colour) an empty ring in `ring`: nothing known yet.
QIcon dotIcon(const QColor &colour, const QColor &ring)
{
    return AppIcons::drawn(12, [colour, ring](QPainter &painter) {
        if (colour.isValid()) {
            painter.setPen(QPen(colour.darker(130), 1));
            painter.setBrush(colour);
        } else {
            painter.setPen(QPen(ring, 1.5));
            painter.setBrush(Qt::NoBrush);
        }
        painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    });
}
} // namespace

StatusBarWidgets::StatusBarWidgets(StudioSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("statusBarWidgets"));
    m_costLabel = new QLabel(this);
    m_costLabel->setObjectName(QStringLiteral("sessionCostLabel"));
    m_costLabel->setToolTip(tr("What the runs since the app started cost"));
    m_todayLabel = new QLabel(this);
    m_todayLabel->setObjectName(QStringLiteral("todayCostLabel"));
    m_todayLabel->setToolTip(tr("What today's runs cost, including earlier sessions"));
    auto *dot = new QLabel(QStringLiteral("·"), this);
    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_costLabel);
    layout->addWidget(dot);
    layout->addWidget(m_todayLabel);
    layout->addWidget(separator);

    for (const QString &provider : m_session->providers()) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("providerStatus_") + provider);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setText(ModelPicker::providerName(provider));
        button->setIconSize(QSize(12, 12));
        connect(button, &QToolButton::clicked, this, [this, provider] { Q_EMIT settingsRequested(provider); });
        layout->addWidget(button);
        m_providerButtons.insert(provider, button);
        updateProviderStatus(provider, m_session->providerStatus(provider));
    }

    connect(m_session->costs(), &CostLedger::totalsChanged, this, &StatusBarWidgets::updateCosts);
    connect(m_session, &StudioSession::providerStatusChanged, this, &StatusBarWidgets::updateProviderStatus);
    updateCosts();
}

StatusBarWidgets::~StatusBarWidgets() = default;

void StatusBarWidgets::updateCosts()
{
    m_costLabel->setText(tr("Session %1").arg(CostLedger::formatUsd(m_session->costs()->sessionTotal())));
    m_todayLabel->setText(tr("Today %1").arg(CostLedger::formatUsd(m_session->costs()->todayTotal())));
}

void StatusBarWidgets::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // The empty ring is drawn in the palette's muted text colour.
        for (auto it = m_providerButtons.cbegin(); it != m_providerButtons.cend(); ++it)
            updateProviderStatus(it.key(), it.value()->property("status").toInt());
    }
}

void StatusBarWidgets::updateProviderStatus(const QString &provider, int status)
{
    QToolButton *button = m_providerButtons.value(provider);
    if (!button)
        return;
    QColor colour;
    QString tip;
    const QString name = ModelPicker::providerName(provider);
    switch (status) {
    case StudioSession::Ok:
        colour = QColor(0x2e, 0xa0, 0x43);
        tip = tr("%1: key present, the last call worked. Click for settings.").arg(name);
        break;
    case StudioSession::Failing:
        colour = QColor(0xd0, 0x3a, 0x2f);
        tip = tr("%1: the last call failed. Click for settings.").arg(name);
        break;
    default:
        tip = tr("%1: no API key. Click to add one.").arg(name);
        break;
    }
    button->setIcon(dotIcon(colour, ThemeColors::muted(palette())));
    button->setToolTip(tip);
    button->setAccessibleDescription(tip);
    button->setProperty("status", status);
}
