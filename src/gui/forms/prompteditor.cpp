#include "prompteditor.h"

#include "lineeditor.h"

#include "widgets/themecolors.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

PromptEditor::PromptEditor(const ParameterSpec &spec, QWidget *parent)
    : FieldEditor(spec, parent)
    , m_edit(new QPlainTextEdit(this))
    , m_counter(new QLabel(this))
{
    m_edit->setObjectName(partName(QStringLiteral("text")));
    m_edit->setToolTip(spec.description);
    m_edit->setTabChangesFocus(true);
    m_edit->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    if (spec.role == QLatin1String("prompt") || spec.name == QLatin1String("prompt"))
        m_edit->setPlaceholderText(tr("Describe the image you want…"));
    else if (spec.role == QLatin1String("negative_prompt"))
        m_edit->setPlaceholderText(tr("What to leave out…"));

    m_counter->setObjectName(partName(QStringLiteral("counter")));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont small = m_counter->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_counter->setFont(small);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_counter);

    connect(m_edit, &QPlainTextEdit::textChanged, this, [this]() {
        updateCounter();
        Q_EMIT changed();
    });
    updateHeight();
    setValue(QJsonValue(QJsonValue::Undefined));
}

QString PromptEditor::text() const
{
    return m_edit->toPlainText();
}

QJsonValue PromptEditor::value() const
{
    return LineEditor::textValue(m_spec, text());
}

void PromptEditor::setValue(const QJsonValue &value)
{
    const QJsonValue v = isUnset(value) ? m_spec.defaultValue : value;
    {
        const QSignalBlocker blocker(m_edit);
        m_edit->setPlainText(v.isString() ? v.toString() : QString());
    }
    updateCounter();
    Q_EMIT changed();
}

QWidget *PromptEditor::inputWidget() const
{
    return m_edit;
}

void PromptEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        updateHeight();
        updateCounter();
    }
    FieldEditor::changeEvent(event);
}

void PromptEditor::updateCounter()
{
    const qsizetype count = text().size();
    bool over = false;
    if (m_spec.maxLength) {
        m_counter->setText(tr("%1 / %2").arg(count).arg(*m_spec.maxLength));
        over = count > *m_spec.maxLength;
    } else {
        m_counter->setText(tr("Characters: %1").arg(count));
    }
    ThemeColors::setTextColour(m_counter, over ? ThemeColors::error(palette()) : ThemeColors::muted(palette()));
}

void PromptEditor::updateHeight()
{
    const int lines = 4;
    const QFontMetrics fm(m_edit->font());
    const int frame = 2 * m_edit->frameWidth();
    const int margins = static_cast<int>(2 * m_edit->document()->documentMargin());
    m_edit->setFixedHeight(fm.lineSpacing() * lines + frame + margins + 2);
}
