#include "recentfilesmenu.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace {
const QString KeyRecent = QStringLiteral("Files/Recent");
}

RecentFilesMenu::RecentFilesMenu(const QString &title, QWidget *parent)
    : QMenu(title, parent)
{
    setObjectName(QStringLiteral("recentMenu"));
    setToolTipsVisible(true);
    // Files may appear or vanish while the app runs: refresh whenever the menu opens.
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    rebuild();
}

RecentFilesMenu::~RecentFilesMenu() = default;

QStringList RecentFilesMenu::files() const
{
    return QSettings().value(KeyRecent).toStringList();
}

void RecentFilesMenu::addFile(const QString &path)
{
    QStringList recent = files();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxFiles)
        recent.removeLast();
    QSettings().setValue(KeyRecent, recent);
    rebuild();
}

void RecentFilesMenu::clearFiles()
{
    QSettings().remove(KeyRecent);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    // Later, not now: this may run from one of these actions' own triggered().
    const QList<QAction *> old = actions();
    for (QAction *action : old) {
        removeAction(action);
        action->deleteLater();
    }
    const QStringList recent = files();
    int number = 1;
    for (const QString &path : recent) {
        QAction *action = addAction(QStringLiteral("&%1 %2").arg(number++).arg(QFileInfo(path).fileName()));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setToolTip(action->statusTip());
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT fileRequested(path); });
    }
    if (recent.isEmpty()) {
        QAction *none = addAction(tr("No recent sketches"));
        none->setEnabled(false);
        none->setStatusTip(tr("Sketches you open appear here"));
    } else {
        addSeparator();
        QAction *clearList = addAction(tr("&Clear List"));
        clearList->setObjectName(QStringLiteral("clearRecentAction"));
        clearList->setStatusTip(tr("Forget the recently opened sketches"));
        connect(clearList, &QAction::triggered, this, &RecentFilesMenu::clearFiles);
    }
}
