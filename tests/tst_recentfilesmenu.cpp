// RecentFilesMenu: newest first, no duplicates, at most MaxFiles, missing files disabled, Clear
// List, and a chosen entry is reported with its full path.

#include "widgets/recentfilesmenu.h"

#include "testenvironment.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

class TestRecentFilesMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void emptyMenu();
    void newestFirstWithoutDuplicates();
    void keepsAtMostEight();
    void missingFileDisabled();
    void choosingEmitsPath();
    void clearList();

private:
    QString makeFile(const QString &name) const;
    QList<QAction *> fileActions(const QMenu &menu) const;

    std::unique_ptr<TestEnvironment> m_env;
};

void TestRecentFilesMenu::initTestCase()
{
    m_env = std::make_unique<TestEnvironment>();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Reimagine Studio Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_recentfilesmenu"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_env->path(QStringLiteral("config")));
}

void TestRecentFilesMenu::init()
{
    QSettings().clear();
}

QString TestRecentFilesMenu::makeFile(const QString &name) const
{
    const QString path = m_env->path(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write("png");
    return path;
}

QList<QAction *> TestRecentFilesMenu::fileActions(const QMenu &menu) const
{
    QList<QAction *> result;
    const QList<QAction *> all = menu.actions();
    for (QAction *action : all) {
        if (!action->isSeparator() && !action->statusTip().isEmpty() && action->objectName().isEmpty()
            && action->text().startsWith(u'&'))
            result.append(action);
    }
    return result;
}

void TestRecentFilesMenu::emptyMenu()
{
    RecentFilesMenu menu(QStringLiteral("Open Recent"));
    QCOMPARE(menu.objectName(), QStringLiteral("recentMenu"));
    QVERIFY(menu.files().isEmpty());
    QCOMPARE(menu.actions().size(), 1);
    QCOMPARE(menu.actions().constFirst()->text(), QStringLiteral("No recent sketches"));
    QVERIFY(!menu.actions().constFirst()->isEnabled());
}

void TestRecentFilesMenu::newestFirstWithoutDuplicates()
{
    RecentFilesMenu menu(QStringLiteral("Open Recent"));
    const QString a = makeFile(QStringLiteral("a.png"));
    const QString b = makeFile(QStringLiteral("b.png"));
    menu.addFile(a);
    menu.addFile(b);
    menu.addFile(a);
    QCOMPARE(menu.files(), (QStringList{a, b}));
    const QList<QAction *> actions = fileActions(menu);
    QCOMPARE(actions.size(), 2);
    QCOMPARE(actions.at(0)->text(), QStringLiteral("&1 a.png"));
    QCOMPARE(actions.at(1)->text(), QStringLiteral("&2 b.png"));
    QCOMPARE(actions.at(0)->statusTip(), QDir::toNativeSeparators(a));
    // Stored in the settings: a new menu (next start) shows the same list.
    RecentFilesMenu again(QStringLiteral("Open Recent"));
    QCOMPARE(again.files(), (QStringList{a, b}));
}

void TestRecentFilesMenu::keepsAtMostEight()
{
    RecentFilesMenu menu(QStringLiteral("Open Recent"));
    QStringList added;
    for (int i = 0; i < RecentFilesMenu::MaxFiles + 3; ++i) {
        added.prepend(makeFile(QStringLiteral("sketch-%1.png").arg(i)));
        menu.addFile(added.constFirst());
    }
    QCOMPARE(RecentFilesMenu::MaxFiles, 8);
    QCOMPARE(menu.files(), added.mid(0, RecentFilesMenu::MaxFiles));
    QCOMPARE(fileActions(menu).size(), RecentFilesMenu::MaxFiles);
}

void TestRecentFilesMenu::missingFileDisabled()
{
    RecentFilesMenu menu(QStringLiteral("Open Recent"));
    const QString kept = makeFile(QStringLiteral("kept.png"));
    const QString gone = makeFile(QStringLiteral("gone.png"));
    menu.addFile(kept);
    menu.addFile(gone);
    QVERIFY(QFile::remove(gone));
    Q_EMIT menu.aboutToShow(); // the menu refreshes when it opens
    const QList<QAction *> actions = fileActions(menu);
    QCOMPARE(actions.size(), 2);
    QVERIFY(!actions.at(0)->isEnabled());
    QVERIFY(actions.at(1)->isEnabled());
}

void TestRecentFilesMenu::choosingEmitsPath()
{
    RecentFilesMenu menu(QStringLiteral("Open Recent"));
    const QString a = makeFile(QStringLiteral("chosen.png"));
    menu.addFile(a);
    QSignalSpy requested(&menu, &RecentFilesMenu::fileRequested);
    fileActions(menu).constFirst()->trigger();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.constFirst().constFirst().toString(), a);
}

void TestRecentFilesMenu::clearList()
{
    RecentFilesMenu menu(QStringLiteral("Open Recent"));
    menu.addFile(makeFile(QStringLiteral("x.png")));
    auto *clear = menu.findChild<QAction *>(QStringLiteral("clearRecentAction"));
    QVERIFY(clear);
    clear->trigger();
    QVERIFY(menu.files().isEmpty());
    QVERIFY(QSettings().value(QStringLiteral("Files/Recent")).toStringList().isEmpty());
    QTRY_COMPARE(menu.actions().size(), 1); // "No recent sketches"; old entries go later
    QCOMPARE(menu.actions().constFirst()->text(), QStringLiteral("No recent sketches"));
}

QTEST_MAIN(TestRecentFilesMenu)
#include "tst_recentfilesmenu.moc"
