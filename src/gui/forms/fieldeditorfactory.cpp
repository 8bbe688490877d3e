#include "fieldeditorfactory.h"

#include "booleditor.h"
#include "colorpaletteeditor.h"
#include "enumeditor.h"
#include "imageeditor.h"
#include "imagelisteditor.h"
#include "imagesizeeditor.h"
#include "jsoneditor.h"
#include "lineeditor.h"
#include "numbereditor.h"
#include "prompteditor.h"
#include "seededitor.h"
#include "stringlisteditor.h"

using Widget = ParameterSpec::Widget;
using Type = ParameterSpec::Type;

ParameterSpec::Widget FieldEditorFactory::effectiveWidget(const ParameterSpec &spec)
{
    if (spec.role == QLatin1String("seed") && spec.type == Type::Integer)
        return Widget::Seed;

    // The hint, as long as it fits the type.
    switch (spec.widget) {
    case Widget::Slider:
    case Widget::SpinBox:
    case Widget::Seed:
        if (spec.isNumeric())
            return spec.widget == Widget::Seed && spec.type != Type::Integer ? Widget::SpinBox
                                                                             : spec.widget;
        break;
    case Widget::Combo:
        if (!spec.enumValues.isEmpty())
            return Widget::Combo;
        break;
    case Widget::Check:
        if (spec.type == Type::Boolean)
            return Widget::Check;
        break;
    case Widget::LineEdit:
    case Widget::Prompt:
        if (spec.type == Type::String)
            return spec.widget;
        break;
    case Widget::ImageDrop:
        if (spec.type == Type::Image || spec.type == Type::String)
            return Widget::ImageDrop;
        break;
    case Widget::ImageList:
        if (spec.type == Type::ImageList || spec.type == Type::Array)
            return Widget::ImageList;
        break;
    case Widget::ImageSize:
    case Widget::ColorPalette:
        return spec.widget;
    case Widget::StringList:
        if (spec.type == Type::Array)
            return Widget::StringList;
        break;
    case Widget::JsonEdit:
        return Widget::JsonEdit;
    }

    // No usable hint: decide by type.
    if (!spec.enumValues.isEmpty()
        && (spec.type == Type::String || spec.type == Type::Integer || spec.type == Type::Number))
        return Widget::Combo;
    switch (spec.type) {
    case Type::String:
        return Widget::LineEdit;
    case Type::Integer:
    case Type::Number:
        return spec.isBounded() ? Widget::Slider : Widget::SpinBox;
    case Type::Boolean:
        return Widget::Check;
    case Type::Image:
        return Widget::ImageDrop;
    case Type::ImageList:
        return Widget::ImageList;
    case Type::Array:
        return (spec.itemType.isEmpty() || spec.itemType == QLatin1String("string")
                || spec.itemType == QLatin1String("integer")
                || spec.itemType == QLatin1String("number"))
            ? Widget::StringList
            : Widget::JsonEdit;
    case Type::Object:
    case Type::Json:
        return Widget::JsonEdit;
    }
    return Widget::JsonEdit;
}

FieldEditor *FieldEditorFactory::create(const ParameterSpec &spec, QWidget *parent)
{
    switch (effectiveWidget(spec)) {
    case Widget::Slider:
    case Widget::SpinBox:
        return new NumberEditor(spec, parent);
    case Widget::Seed:
        return new SeedEditor(spec, parent);
    case Widget::Combo:
        return new EnumEditor(spec, parent);
    case Widget::Check:
        return new BoolEditor(spec, parent);
    case Widget::LineEdit:
        return new LineEditor(spec, parent);
    case Widget::Prompt:
        return new PromptEditor(spec, parent);
    case Widget::ImageDrop:
        return new ImageEditor(spec, parent);
    case Widget::ImageList:
        return new ImageListEditor(spec, parent);
    case Widget::ImageSize:
        return new ImageSizeEditor(spec, parent);
    case Widget::ColorPalette:
        return new ColorPaletteEditor(spec, parent);
    case Widget::StringList:
        return new StringListEditor(spec, parent);
    case Widget::JsonEdit:
        return new JsonEditor(spec, parent);
    }
    return new JsonEditor(spec, parent);
}
