#include "collapsiblesection.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QToolButton>
#include <QVBoxLayout>

CollapsibleSection::CollapsibleSection(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
{
    m_toggle->setObjectName(QStringLiteral("sectionToggle"));
    m_toggle->setText(title);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    QFont font = m_toggle->font();
    font.setBold(true);
    m_toggle->setFont(font);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    line->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->setSpacing(4);
    header->addWidget(m_toggle);
    header->addWidget(line, 1);

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(8);
    m_layout->addLayout(header);

    connect(m_toggle, &QToolButton::clicked, this, [this]() {
        setExpanded(!m_expanded);
        Q_EMIT expandedChanged(m_expanded);
    });
}

void CollapsibleSection::setContentWidget(QWidget *content)
{
    if (m_content == content)
        return;
    delete m_content;
    m_content = content;
    if (m_content) {
        m_content->setParent(this);
        m_layout->addWidget(m_content);
        m_content->setVisible(isExpanded());
    }
}

bool CollapsibleSection::isExpanded() const
{
    return m_expanded;
}

void CollapsibleSection::setExpanded(bool expanded)
{
    m_expanded = expanded;
    applyExpanded(expanded);
}

void CollapsibleSection::setTitle(const QString &title)
{
    m_toggle->setText(title);
}

void CollapsibleSection::applyExpanded(bool expanded)
{
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    if (m_content)
        m_content->setVisible(expanded);
}
