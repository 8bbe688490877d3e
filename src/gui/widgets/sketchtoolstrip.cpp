#include "sketchtoolstrip.h"

#include "appicons.h"

#include <QAction>
#include <QButtonGroup>
#include <QFrame>
#include <QHBoxLayout>
#include <QSpinBox>
#include <QToolBar>
#include <QToolButton>

SketchToolStrip::SketchToolStrip(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sketchToolStrip"));
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    // A tool bar: in a narrow window what does not fit goes behind its » button instead of
    // making the window wider than the screen.
    auto *layout = new QToolBar(this);
    layout->setObjectName(QStringLiteral("sketchToolBar"));
    layout->setFloatable(false);
    layout->setMovable(false);
    layout->setIconSize(QSize(16, 16));
    if (auto *more = layout->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"))) {
        more->setAccessibleName(tr("More tools"));
        more->setToolTip(tr("The tools that do not fit beside the others"));
    }
    outer->addWidget(layout);

    m_originalButton = addButton(QStringLiteral("showOriginalButton"), tr("Original"), QString(),
                                 tr("Your file as it is"));
    m_sketchButton = addButton(QStringLiteral("showSketchButton"), tr("Sketch"), QString(),
                               tr("The sketch as it is sent: cleaned up and corrected"));
    m_structureButton = addButton(QStringLiteral("showStructureButton"), tr("Structure"), QString(),
                                  tr("The structure map made from the sketch"));
    m_views = new QButtonGroup(this);
    m_views->setExclusive(true);
    for (QToolButton *button : {m_originalButton, m_sketchButton, m_structureButton}) {
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_views->addButton(button);
        layout->addWidget(button);
    }
    m_sketchButton->setChecked(true);
    connect(m_views, &QButtonGroup::buttonClicked, this, [this](QAbstractButton *button) {
        setView(button == m_originalButton ? View::Original : button == m_structureButton ? View::Structure : View::Sketch);
    });

    layout->addSeparator();

    m_cornersButton = addButton(QStringLiteral("cornersToolButton"), tr("Corners"), QStringLiteral("corners"),
                                tr("Drag the page's corners to straighten a photo"));
    m_penButton = addButton(QStringLiteral("penToolButton"), tr("Pen"), QStringLiteral("pen"),
                            tr("Draw lines over the sketch (a tablet pen's pressure sets the width)"));
    m_eraserButton = addButton(QStringLiteral("eraserToolButton"), tr("Eraser"), QStringLiteral("eraser"),
                               tr("Erase lines of the sketch"));
    for (QToolButton *button : {m_cornersButton, m_penButton, m_eraserButton}) {
        button->setCheckable(true);
        layout->addWidget(button);
        connect(button, &QToolButton::clicked, this, [this, button](bool checked) {
            const SketchEditor::Tool tool = !checked                 ? SketchEditor::Tool::None
                                            : button == m_penButton    ? SketchEditor::Tool::Pen
                                            : button == m_eraserButton ? SketchEditor::Tool::Eraser
                                                                       : SketchEditor::Tool::Corners;
            setTool(tool);
        });
    }
    m_sizeSpin = new QSpinBox(this);
    m_sizeSpin->setObjectName(QStringLiteral("toolSizeSpin"));
    m_sizeSpin->setRange(1, 200);
    m_sizeSpin->setToolTip(tr("Size of the pen or eraser, in thousandths of the sketch's long side"));
    m_sizeSpin->setAccessibleName(tr("Tool size"));
    layout->addWidget(m_sizeSpin);
    connect(m_sizeSpin, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_tool == SketchEditor::Tool::Eraser)
            m_eraserSize = value;
        else
            m_penSize = value;
        Q_EMIT widthChanged();
    });

    auto *stretch = new QWidget(this);
    stretch->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(stretch);
    m_undoButton = addButton(QStringLiteral("undoCorrectionButton"), QString(), QString(), QString());
    m_redoButton = addButton(QStringLiteral("redoCorrectionButton"), QString(), QString(), QString());
    layout->addWidget(m_undoButton);
    layout->addWidget(m_redoButton);
    updateSizeSpin();
}

QToolButton *SketchToolStrip::addButton(const QString &name, const QString &text, const QString &icon,
                                        const QString &tip)
{
    auto *button = new QToolButton(this);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    if (!icon.isEmpty()) {
        button->setIcon(AppIcons::icon(icon));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    return button;
}

void SketchToolStrip::setView(View view)
{
    QToolButton *button = view == View::Original ? m_originalButton : view == View::Structure ? m_structureButton : m_sketchButton;
    button->setChecked(true);
    if (view == m_view)
        return;
    m_view = view;
    Q_EMIT viewChanged(view);
}

void SketchToolStrip::setTool(SketchEditor::Tool tool)
{
    m_cornersButton->setChecked(tool == SketchEditor::Tool::Corners);
    m_penButton->setChecked(tool == SketchEditor::Tool::Pen);
    m_eraserButton->setChecked(tool == SketchEditor::Tool::Eraser);
    if (tool == m_tool)
        return;
    m_tool = tool;
    updateSizeSpin();
    Q_EMIT toolChanged(tool);
}

void SketchToolStrip::updateSizeSpin()
{
    const QSignalBlocker blocker(m_sizeSpin);
    m_sizeSpin->setValue(m_tool == SketchEditor::Tool::Eraser ? m_eraserSize : m_penSize);
    m_sizeSpin->setEnabled(m_tool == SketchEditor::Tool::Pen || m_tool == SketchEditor::Tool::Eraser);
}

double SketchToolStrip::penWidth() const
{
    return m_penSize / 1000.0;
}

double SketchToolStrip::eraserWidth() const
{
    return m_eraserSize / 1000.0;
}

void SketchToolStrip::setUndoActions(QAction *undo, QAction *redo)
{
    undo->setIcon(AppIcons::icon(QStringLiteral("undo")));
    redo->setIcon(AppIcons::icon(QStringLiteral("redo")));
    m_undoButton->setDefaultAction(undo);
    m_redoButton->setDefaultAction(redo);
    m_undoButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_redoButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
}

void SketchToolStrip::setViewsEnabled(bool originalDiffers)
{
    m_originalButton->setEnabled(originalDiffers);
}
