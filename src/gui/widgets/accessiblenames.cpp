#include "accessiblenames.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextDocumentFragment>
#include <QTextEdit>

namespace {

bool isControl(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    if (parent && (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent)))
        return false; // the editor inside a spin box or combo box: the box carries the name
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTextEdit *>(widget)
        || qobject_cast<const QAbstractSlider *>(widget) || qobject_cast<const QAbstractItemView *>(widget);
}

void nameOne(QWidget *widget, const QString &name)
{
    if (!isControl(widget) || !widget->accessibleName().isEmpty())
        return;
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
        if (!button->text().isEmpty())
            return; // says its own text
        widget->setAccessibleName(button->toolTip().isEmpty() ? name : button->toolTip());
        return;
    }
    if (!name.isEmpty())
        widget->setAccessibleName(name);
}

void nameLayout(QLayout *layout, const QString &name)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget())
            AccessibleNames::nameControls(item->widget(), name);
        else if (item->layout())
            nameLayout(item->layout(), name);
    }
}

} // namespace

namespace AccessibleNames {

void nameControls(QWidget *root, const QString &name)
{
    nameOne(root, name);
    const QList<QWidget *> children = root->findChildren<QWidget *>();
    for (QWidget *child : children)
        nameOne(child, name);
}

void nameFromLabels(QFormLayout *form)
{
    for (int row = 0; row < form->rowCount(); ++row) {
        QLayoutItem *labelItem = form->itemAt(row, QFormLayout::LabelRole);
        QLayoutItem *fieldItem = form->itemAt(row, QFormLayout::FieldRole);
        const auto *label = labelItem ? qobject_cast<QLabel *>(labelItem->widget()) : nullptr;
        if (!label || !fieldItem)
            continue;
        const QString name = QTextDocumentFragment::fromHtml(label->text()).toPlainText().remove(u'&').trimmed();
        if (fieldItem->widget())
            nameControls(fieldItem->widget(), name);
        else if (fieldItem->layout())
            nameLayout(fieldItem->layout(), name);
    }
}

} // namespace AccessibleNames
