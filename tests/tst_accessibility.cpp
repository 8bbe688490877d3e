// Every interactive control of the main window has a name a screen reader can say: its text,
// its label (a form row's label is its buddy), or an accessible name set for it. Walked in the
// window's main states: one model with a sketch, its result, a finished comparison, and the
// settings dialog.

#include "mainwindow.h"

#include "windowprobe.h"
#include "windowtest.h"

#include "session/studiosession.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

namespace {
const QString SamplePath = QStringLiteral(REIMAGINE_SOURCE_DIR "/resources/samples/sample-sketch.png");

bool isInteractive(const QWidget *widget)
{
    if (qobject_cast<const QScrollBar *>(widget) || qobject_cast<const QHeaderView *>(widget))
        return false; // part of its scroll area or item view
    if (widget->parentWidget() && (qobject_cast<const QAbstractSpinBox *>(widget->parentWidget())
                                   || qobject_cast<const QComboBox *>(widget->parentWidget())))
        return false; // the line edit inside a spin box or combo box: the box is named
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTextEdit *>(widget)
        || qobject_cast<const QAbstractSlider *>(widget) || qobject_cast<const QAbstractItemView *>(widget)
        || qobject_cast<const QTabBar *>(widget);
}

QString describe(const QWidget *widget)
{
    QStringList path;
    for (const QObject *o = widget; o && path.size() < 3; o = o->parent())
        path.prepend(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className())
                                                : o->objectName() + QLatin1Char('(') + QLatin1String(o->metaObject()->className()) + QLatin1Char(')'));
    return path.join(QLatin1String(" > "));
}

// A tab bar says the current tab's name; each tab says its own description (its tool tip).
QStringList undescribedTabs(QAccessibleInterface *bar, const QString &where)
{
    QStringList missing;
    for (int i = 0; i < bar->childCount(); ++i) {
        QAccessibleInterface *tab = bar->child(i);
        if (tab && tab->role() == QAccessible::PageTab && tab->text(QAccessible::Description).trimmed().isEmpty())
            missing.append(QLatin1String("description: ") + where + QLatin1String(" tab “")
                           + tab->text(QAccessible::Name) + QLatin1String("”"));
    }
    return missing;
}

// The visible interactive controls under `root` whose accessible name or description (what a
// screen reader says after the name: the tool tip, or a description set for it) is empty.
QStringList unnamed(const QWidget *root)
{
    QStringList missing;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || !isInteractive(widget))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            missing.append(QLatin1String("name: ") + describe(widget));
        else if (qobject_cast<QTabBar *>(widget))
            missing += undescribedTabs(accessible, describe(widget));
        else if (accessible->text(QAccessible::Description).trimmed().isEmpty())
            missing.append(QLatin1String("description: ") + describe(widget) + QLatin1String(" “")
                           + accessible->text(QAccessible::Name) + QLatin1String("”"));
    }
    return missing;
}
} // namespace

class TestAccessibility : public WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyControlIsNamed();
    void focusIsAlwaysVisible();
};

void TestAccessibility::initTestCase()
{
    initSessionTest("tst_accessibility");
    QVERIFY(!QTest::currentTestFailed());
    m_server->setFalScript({QStringLiteral("IN_PROGRESS"), QStringLiteral("COMPLETED")});
    QSettings().setValue(QStringLiteral("Costs/ConfirmAbove"), 5.0); // no cost question
    openWindow();
    QVERIFY(!QTest::currentTestFailed());
}

void TestAccessibility::cleanupTestCase()
{
    closeWindow();
}

void TestAccessibility::everyControlIsNamed()
{
    QVERIFY(m_window->selectModel(QStringLiteral("fal:bria/reimagine/3.2")));
    QVERIFY(m_window->loadSketch(SamplePath));
    m_window->expandAdvancedFields();
    QStringList missing = unnamed(m_window);

    // The result: before/after, its tool bar and the filmstrip.
    m_window->setPrompt(QStringLiteral("a walnut lounge chair"));
    QSignalSpy finished(m_session, &StudioSession::jobFinished);
    m_window->generate();
    QVERIFY(finished.wait(30000));
    QTRY_VERIFY(Probe::beforeAfterView(m_window)->isVisible());
    missing += unnamed(m_window);

    // A finished comparison: the grid's cells.
    m_window->compareModels({QStringLiteral("fal:bria/reimagine/3.2"), QStringLiteral("freepik:reimagine-flux")});
    QTRY_VERIFY(Probe::compareSetup(m_window)->isVisible());
    m_window->runComparison();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 3, 30000);
    QTRY_VERIFY(Probe::compareGrid(m_window)->isVisible());
    missing += unnamed(m_window);

    m_window->openSettings();
    QTRY_VERIFY(Probe::settingsDialog(m_window) && Probe::settingsDialog(m_window)->isVisible());
    missing += unnamed(Probe::settingsDialog(m_window));
    Probe::settingsDialog(m_window)->close();

    missing.removeDuplicates();
    for (const QString &control : std::as_const(missing))
        qWarning("no accessible name: %s", qPrintable(control));
    QVERIFY2(missing.isEmpty(), qPrintable(QLatin1String("Controls without an accessible name:\n  ")
                                          + missing.join(QLatin1String("\n  "))));
}

// The controls Tab reaches in `window` that look the same with the keyboard focus as without it;
// *checked counts the controls looked at.
QStringList focusNotShown(QWidget *window, int *checked)
{
    QStringList invisible;
    QSet<QWidget *> seen;
    for (QWidget *widget = window->nextInFocusChain(); widget && widget != window && !seen.contains(widget);
         widget = widget->nextInFocusChain()) {
        seen.insert(widget);
        if (!widget->isVisible() || !widget->isEnabled() || !(widget->focusPolicy() & Qt::TabFocus)
            || widget->window() != window || widget->focusProxy() || widget->visibleRegion().isEmpty())
            continue; // hidden, or on a dock tab behind another
        // What the designer sees there: the window's pixels, with anything drawn over it.
        const QRect area(widget->mapTo(window, QPoint(0, 0)), widget->size());
        window->setFocus(Qt::OtherFocusReason);
        if (!QTest::qWaitFor([widget] { return !widget->hasFocus(); }))
            return {QLatin1String("cannot move the focus away from ") + describe(widget)};
        const QImage without = window->grab(area).toImage();
        widget->setFocus(Qt::TabFocusReason);
        window->setAttribute(Qt::WA_KeyboardFocusChange); // as after pressing Tab
        if (!widget->hasFocus())
            continue; // takes no focus where it is (a button of a collapsed tool bar)
        ++*checked;
        if (window->grab(area).toImage() == without)
            invisible.append(describe(widget));
    }
    return invisible;
}

void TestAccessibility::focusIsAlwaysVisible()
{
    // Every control Tab reaches looks different with the keyboard focus than without it: in
    // the finished comparison left by everyControlIsNamed(), with a sketch, and with a result.
    int checked = 0;
    QTRY_VERIFY(Probe::compareGrid(m_window)->isVisible());
    QStringList invisible = focusNotShown(m_window, &checked);

    m_window->setCompareMode(false);
    QVERIFY(m_window->loadSketch(SamplePath));
    QTRY_VERIFY(Probe::canvas(m_window)->isVisible());
    invisible += focusNotShown(m_window, &checked);

    QSignalSpy finished(m_session, &StudioSession::jobFinished);
    m_window->generate();
    QVERIFY(finished.wait(30000));
    QTRY_VERIFY(Probe::beforeAfterView(m_window)->isVisible());
    invisible += focusNotShown(m_window, &checked);

    QVERIFY(checked > 60);
    invisible.removeDuplicates();
    QVERIFY2(invisible.isEmpty(), qPrintable(QLatin1String("No visible focus:\n  ") + invisible.join(QLatin1String("\n  "))));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
