#include "failurebanner.h"

#include "appicons.h"

#include "jobs/job.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace {
constexpr int Spacing = 8;
}

FailureBanner::FailureBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("failureBanner"));
    setAutoFillBackground(true);
    QPalette bannerPalette = palette();
    const bool dark = bannerPalette.color(QPalette::Window).lightness() < 128;
    bannerPalette.setColor(QPalette::Window, dark ? QColor(0x5c, 0x2a, 0x26) : QColor(0xfd, 0xec, 0xea));
    bannerPalette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xdd, 0xd8) : QColor(0x7a, 0x1f, 0x16));
    setPalette(bannerPalette);

    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("bannerText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_actionButton = new QPushButton(this);
    m_actionButton->setObjectName(QStringLiteral("bannerAction"));
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("bannerClose"));
    close->setAutoRaise(true);
    close->setIcon(AppIcons::icon(QStringLiteral("clear")));
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(Spacing * 2, Spacing, Spacing, Spacing);
    layout->setSpacing(Spacing);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_actionButton);
    layout->addWidget(close);
    hide();

    connect(close, &QToolButton::clicked, this, &FailureBanner::dismiss);
    connect(m_actionButton, &QPushButton::clicked, this, [this] {
        const Action action = m_action;
        const QPointer<Job> job = m_job;
        const QString field = m_field;
        dismiss();
        if (action != Action::None)
            Q_EMIT actionTriggered(action, job.data(), field);
    });
}

FailureBanner::~FailureBanner() = default;

void FailureBanner::showMessage(const QString &text, Action action, Job *job, const QString &field)
{
    m_label->setText(text);
    m_action = action;
    m_job = job;
    m_field = field;
    switch (action) {
    case Action::Retry:
        m_actionButton->setText(tr("Retry"));
        break;
    case Action::OpenSettings:
        m_actionButton->setText(tr("Open Settings"));
        break;
    case Action::FixField:
        m_actionButton->setText(tr("Fix Field"));
        break;
    case Action::None:
        break;
    }
    m_actionButton->setVisible(action != Action::None);
    show();
}

void FailureBanner::showNotice(const QString &text)
{
    showMessage(text, Action::None);
}

void FailureBanner::dismiss()
{
    hide();
    m_label->clear();
    m_action = Action::None;
    m_job = nullptr;
    m_field.clear();
}

QString FailureBanner::text() const
{
    const bool shown = parentWidget() ? isVisibleTo(parentWidget()) : isVisible();
    return shown ? m_label->text() : QString();
}
