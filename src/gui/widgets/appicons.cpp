#include "appicons.h"

#include <QPainter>
#include <QPixmap>

#include <QFile>
#include <QHash>

QIcon AppIcons::icon(const QString &name)
{
    static const QHash<QString, QString> themeNames = {
        {QStringLiteral("add"), QStringLiteral("list-add")},
        {QStringLiteral("remove"), QStringLiteral("list-remove")},
        {QStringLiteral("clear"), QStringLiteral("edit-clear")},
        {QStringLiteral("folder-open"), QStringLiteral("document-open")},
        {QStringLiteral("paste"), QStringLiteral("edit-paste")},
        {QStringLiteral("reset"), QStringLiteral("edit-undo")},
        {QStringLiteral("lock"), QStringLiteral("object-locked")},
        {QStringLiteral("lock-open"), QStringLiteral("object-unlocked")},
        {QStringLiteral("image"), QStringLiteral("image-x-generic")},
        {QStringLiteral("link"), QStringLiteral("insert-link")},
    };
    const QString path = QStringLiteral(":/icons/") + name + QStringLiteral(".svg");
    if (QFile::exists(path))
        return QIcon(path);
    return QIcon::fromTheme(themeNames.value(name, name));
}

QIcon AppIcons::drawn(int unit, const std::function<void(QPainter &)> &draw)
{
    QIcon icon;
    for (const qreal scale : {1.0, 1.5, 2.0, 3.0}) {
        const int side = qRound(unit * scale);
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(scale, scale);
        draw(painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
