#pragma once

#include <QString>

class QFormLayout;
class QWidget;

// Names for screen readers where Qt finds none: a control inside a form row's widget is not the
// row label's buddy, and an icon-only button has no text. Controls that already have a name
// (their own text, or one set for them) keep it.
namespace AccessibleNames {

// Names `root` and its unnamed controls: icon-only buttons after their tooltip, the others
// `name` (a spin box and its slider both say "Steps"; the role tells them apart).
void nameControls(QWidget *root, const QString &name);
// nameControls() for the field of every labelled row of `form`, after the label's plain text.
void nameFromLabels(QFormLayout *form);

} // namespace AccessibleNames
