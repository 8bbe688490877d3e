#pragma once

#include "schema/parameterspec.h"

class FieldEditor;
class QWidget;

// Picks the editor class for a field: the parser's widget hint first, then the field's type;
// anything unknown becomes a validated JSON edit, never a crash.
class FieldEditorFactory final
{
public:
    static FieldEditor *create(const ParameterSpec &spec, QWidget *parent = nullptr);
    // The widget kind that create() will use for `spec`.
    static ParameterSpec::Widget effectiveWidget(const ParameterSpec &spec);

private:
    FieldEditorFactory() = delete;
};
