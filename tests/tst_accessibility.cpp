// Every interactive control of the main window has a name a screen reader can say: its text,
// its label (a form row's label is its buddy), or an accessible name set for it. Walked in the
// window's main states: one model with a sketch, its result, a finished comparison, and the
// settings dialog.

#include "mainwindow.h"

#include "windowprobe.h"
#include "windowtest.h"

#include "panels/compareoverridesdialog.h"
#include "session/studiosession.h"

#include "widgets/themecolors.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QTabWidget>

#include "dialogs/blindjudgedialog.h"
#include "panels/leaderboardpanel.h"
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

#include <cmath>

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
    void textReadsInADarkPalette();
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

    // The dialogs: one model's exact settings in the comparison, the shortcuts, the settings.
    auto *overrides = m_window->findChild<QToolButton *>(QStringLiteral("compareOverrides_fal:bria/reimagine/3.2"));
    QVERIFY(overrides);
    overrides->click();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<CompareOverridesDialog *>()) && dialog->isVisible());
    missing += unnamed(dialog);
    dialog->reject();

    // Blind judging of that comparison, while judging and revealed, then the leaderboard.
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B))
            action->trigger();
    }
    BlindJudgeDialog *judge = nullptr;
    QTRY_VERIFY((judge = m_window->findChild<BlindJudgeDialog *>()) && judge->isVisible());
    missing += unnamed(judge);
    while (!judge->session().isFinished())
        judge->choose(BlindSession::Choice::Left);
    QVERIFY(judge->isRevealed());
    missing += unnamed(judge);
    judge->reject();
    m_window->activateWindow(); // the window manager's part, after a dialog
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_window->findChild<QTabWidget *>(QStringLiteral("libraryTabs"))
        ->setCurrentWidget(m_window->findChild<LeaderboardPanel *>(QStringLiteral("leaderboardPanel")));
    QTRY_VERIFY(!m_window->findChild<LeaderboardPanel *>(QStringLiteral("leaderboardPanel"))->rows().isEmpty());
    missing += unnamed(m_window);

    m_window->showShortcuts();
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("shortcutsDialog"))) && dialog->isVisible());
    missing += unnamed(dialog);
    dialog->close();

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

// WCAG's contrast ratio of two opaque colours (1 to 21).
double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// `over` painted with its alpha onto the opaque `under`.
QColor composited(const QColor &over, const QColor &under)
{
    const double a = over.alphaF();
    return QColor::fromRgbF(float(over.redF() * a + under.redF() * (1 - a)), float(over.greenF() * a + under.greenF() * (1 - a)),
                            float(over.blueF() * a + under.blueF() * (1 - a)));
}

// The visible, enabled labels and buttons under `root` whose text reads at a contrast under 3:1
// against the background they are painted on.
QStringList unreadable(const QWidget *root)
{
    QStringList found;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisible() || !widget->isEnabled() || widget->visibleRegion().isEmpty())
            continue;
        QString text;
        if (const auto *label = qobject_cast<const QLabel *>(widget); label && label->pixmap().isNull())
            text = label->text();
        else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            text = button->text();
        if (text.trimmed().isEmpty())
            continue;
        // The nearest widget that fills its background decides what is under the text.
        QColor background = widget->palette().color(QPalette::Window);
        for (const QWidget *w = widget; w; w = w->parentWidget()) {
            if (w->autoFillBackground() || w->isWindow()) {
                background = w->palette().color(w->backgroundRole());
                break;
            }
        }
        QPalette::ColorRole role = widget->foregroundRole();
        if (qobject_cast<const QAbstractButton *>(widget))
            role = QPalette::ButtonText, background = widget->palette().color(QPalette::Button);
        const QColor colour = composited(widget->palette().color(role), background);
        const double ratio = contrast(colour, background);
        if (ratio < 3.0)
            found.append(QStringLiteral("%1 “%2” %3:1").arg(describe(widget), text.left(40)).arg(ratio, 0, 'f', 1));
    }
    return found;
}

void TestAccessibility::textReadsInADarkPalette()
{
    // The desktop switches to a dark theme while the app runs: every text follows.
    const QPalette light = QApplication::palette();
    QStringList problems = unreadable(m_window);
    QVERIFY2(problems.isEmpty(), qPrintable(QLatin1String("In the light palette:\n  ") + problems.join(QLatin1String("\n  "))));
    QApplication::setPalette(ThemeColors::darkPalette());
    QCoreApplication::processEvents();
    QVERIFY(ThemeColors::isDark(m_window->palette()));
    problems = unreadable(m_window);
    m_window->openSettings();
    QTRY_VERIFY(Probe::settingsDialog(m_window) && Probe::settingsDialog(m_window)->isVisible());
    problems += unreadable(Probe::settingsDialog(m_window));
    Probe::settingsDialog(m_window)->close();
    QApplication::setPalette(light);
    QVERIFY2(problems.isEmpty(), qPrintable(QLatin1String("In the dark palette:\n  ") + problems.join(QLatin1String("\n  "))));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
