#pragma once

#include <QIcon>
#include <QString>

// The UI's bundled stroke icons (resources/icons/<name>.svg, compiled in as :/icons/).
// One consistent set on every platform; a theme icon is used only if a bundled one is missing.
class AppIcons final
{
public:
    static QIcon icon(const QString &name);

private:
    AppIcons() = delete;
};
