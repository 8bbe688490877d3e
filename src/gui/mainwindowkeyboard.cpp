// The keyboard side of MainWindow: Esc that never cancels a paid job from a text field, focus
// that leaves the form after a run (so 1/2/3 switch the view instead of typing into the seed),
// the tab order model → sketch → prompt → fields → Generate, and Help ▸ Keyboard Shortcuts.

#include "mainwindow.h"

#include "modelpanel.h"
#include "resultsarea.h"

#include "forms/schemaform.h"
#include "jobs/job.h"
#include "session/studiosession.h"
#include "widgets/modelpicker.h"
#include "widgets/beforeafterview.h"
#include "widgets/comparegrid.h"
#include "widgets/sketchcanvas.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// A widget that takes typed text (or digits): Esc there means "leave the field".
bool takesText(const QWidget *w)
{
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        if (qobject_cast<const QLineEdit *>(p) || qobject_cast<const QAbstractSpinBox *>(p)
            || qobject_cast<const QPlainTextEdit *>(p) || qobject_cast<const QTextEdit *>(p))
            return true;
        if (const auto *combo = qobject_cast<const QComboBox *>(p); combo && combo->isEditable())
            return true;
        if (p->isWindow())
            break;
    }
    return false;
}

// Inside a compound editor (a spin box's line edit, a text edit's viewport): not a tab stop of
// its own.
bool isPartOfEditor(const QWidget *w, const QWidget *root)
{
    for (const QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p)
            || qobject_cast<const QPlainTextEdit *>(p) || qobject_cast<const QTextEdit *>(p))
            return true;
    }
    return false;
}

// The tab stops inside `root` in reading order (top to bottom, then left to right); those
// inside `skip` are left out.
QList<QWidget *> tabStopsIn(QWidget *root, const QWidget *skip = nullptr)
{
    QList<QWidget *> stops;
    const QList<QWidget *> children = root->findChildren<QWidget *>();
    for (QWidget *w : children) {
        if ((w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && !isPartOfEditor(w, root)
            && !(skip && (w == skip || skip->isAncestorOf(w))))
            stops.append(w);
    }
    std::stable_sort(stops.begin(), stops.end(), [root](const QWidget *a, const QWidget *b) {
        const QPoint pa = a->mapTo(root, QPoint(0, 0));
        const QPoint pb = b->mapTo(root, QPoint(0, 0));
        return pa.y() != pb.y() ? pa.y() < pb.y() : pa.x() < pb.x();
    });
    return stops;
}

} // namespace

void MainWindow::requestCancelLatestJob()
{
    // Esc in a field leaves the field; it never cancels a paid job while the designer types.
    QWidget *focus = QApplication::focusWidget();
    if (focus && isAncestorOf(focus) && takesText(focus)) {
        focusCentre();
        return;
    }
    Job *job = m_lastJob && !isTerminal(m_lastJob->state()) ? m_lastJob.data() : nullptr;
    if (!job) {
        const QList<Job *> jobs = m_session->jobs();
        for (auto it = jobs.crbegin(); it != jobs.crend() && !job; ++it) {
            if (!isTerminal((*it)->state()))
                job = *it;
        }
    }
    if (!job) {
        showStatus(tr("No job is running."));
        return;
    }
    if (m_cancelQuestion)
        return;
    // Asked, with keeping it as the default: a stray Esc costs nothing.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Cancel the Running Job?"),
                                tr("Cancel the %1 run that is still going?").arg(job->request().model.title),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("cancelJobQuestion"));
    box->setInformativeText(tr("The provider may still charge for work it has already done."));
    QPushButton *keep = box->addButton(tr("&Keep Running"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepRunningButton"));
    QPushButton *cancel = box->addButton(tr("&Cancel Job"), QMessageBox::DestructiveRole);
    cancel->setObjectName(QStringLiteral("cancelJobButton"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<Job> guard(job);
    connect(box, &QMessageBox::buttonClicked, this, [this, cancel, guard](QAbstractButton *button) {
        if (button == cancel && guard && !isTerminal(guard->state()))
            guard->cancel();
    });
    m_cancelQuestion = box;
    box->open();
}

void MainWindow::focusCentre()
{
    // The shown page takes the keys: 1/2/3 and zoom on the result, the grid in Compare.
    QWidget *page = m_results->currentPage() == ResultsArea::Page::Result    ? static_cast<QWidget *>(m_results->beforeAfterView())
                    : m_results->currentPage() == ResultsArea::Page::Compare ? static_cast<QWidget *>(m_results->compareGrid())
                                                                             : static_cast<QWidget *>(m_results->canvas());
    if (page == m_results->compareGrid()) {
        // The first cell's buttons (open, star, save): Tab walks on through the cells.
        const QList<QWidget *> children = page->findChildren<QWidget *>();
        for (QWidget *w : children) {
            if (w->isVisible() && (w->focusPolicy() & Qt::TabFocus) && w->isEnabled()) {
                w->setFocus(Qt::OtherFocusReason);
                return;
            }
        }
    }
    if (page->focusPolicy() == Qt::NoFocus)
        page->setFocusPolicy(Qt::StrongFocus);
    page->setFocus(Qt::OtherFocusReason);
}

void MainWindow::keysFollowPage()
{
    const QWidget *focus = QApplication::focusWidget();
    const QWidget *page = m_results->currentPage() == ResultsArea::Page::Compare ? static_cast<QWidget *>(m_results->compareGrid())
                                                                                 : nullptr;
    if (focus && page && (focus == page || page->isAncestorOf(focus)) && focus->isEnabled())
        return; // already there
    if (!focus || !takesText(focus))
        focusCentre();
}

void MainWindow::updateTabOrder()
{
    // Model → sketch → prompt → the other fields → Generate → Compare, whatever the order in
    // which the docks were created.
    // The sketch's drawing tools come after Compare: they are not part of every run.
    const QWidget *tools = m_results->canvas()->findChild<QWidget *>(QStringLiteral("sketchToolStrip"));
    QList<QWidget *> chain{m_modelPanel->picker()};
    chain += tabStopsIn(m_results->canvas(), tools);
    chain += tabStopsIn(m_modelPanel->form());
    for (const char *name : {"generateButton", "compareButton"}) {
        if (auto *button = m_modelPanel->findChild<QPushButton *>(QLatin1String(name)))
            chain.append(button);
    }
    if (tools)
        chain += tabStopsIn(const_cast<QWidget *>(tools));
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void MainWindow::updateGridTabOrder()
{
    // Cells are made while the window lives, so they would come last in the focus chain, after
    // every dock: Tab walks from cell to cell (open, star, save ...) in reading order instead.
    const QList<QWidget *> stops = tabStopsIn(m_results->compareGrid());
    for (qsizetype i = 1; i < stops.size(); ++i)
        QWidget::setTabOrder(stops.at(i - 1), stops.at(i));
}

void MainWindow::showShortcuts()
{
    if (m_shortcutsDialog) {
        m_shortcutsDialog->raise();
        m_shortcutsDialog->activateWindow();
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setWindowTitle(tr("Keyboard Shortcuts"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *tree = new QTreeWidget(dialog);
    tree->setObjectName(QStringLiteral("shortcutsList"));
    tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    // Read from the menus themselves, so the list never drifts from what the keys do.
    const QList<QAction *> menus = menuBar()->actions();
    for (QAction *menuAction : menus) {
        QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        QTreeWidgetItem *group = nullptr;
        const QList<QAction *> actions = menu->actions();
        for (QAction *a : actions) {
            QStringList keys;
            for (const QKeySequence &k : a->shortcuts())
                keys.append(k.toString(QKeySequence::NativeText));
            if (keys.isEmpty())
                continue;
            if (!group) {
                group = new QTreeWidgetItem(tree, {menuAction->text().remove(u'&')});
                QFont bold = group->font(0);
                bold.setBold(true);
                group->setFont(0, bold);
                group->setFirstColumnSpanned(true);
            }
            new QTreeWidgetItem(tree, {QStringLiteral("    ") + a->text().remove(u'&'), keys.join(QStringLiteral(", "))});
        }
    }
    auto *more = new QTreeWidgetItem(tree, {tr("In the before/after view")});
    QFont bold = more->font(0);
    bold.setBold(true);
    more->setFont(0, bold);
    more->setFirstColumnSpanned(true);
    new QTreeWidgetItem(tree, {QStringLiteral("    ") + tr("Move the divider"), tr("Left, Right")});
    new QTreeWidgetItem(tree, {QStringLiteral("    ") + tr("Zoom"), tr("Ctrl+Wheel, +, -")});
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree->setAccessibleName(tr("Keyboard shortcuts"));
    tree->setAccessibleDescription(tr("Every action of the menus with its keys, then the keys of the before/after view"));

    auto *note = new QLabel(tr("Single keys (1, 2, 3) act on the result view only, never in a text field. Esc in a "
                              "text field leaves the field; elsewhere it asks before cancelling the running job."), dialog);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Closes this list"));
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(tree);
    layout->addWidget(note);
    layout->addWidget(buttons);
    dialog->resize(460, 520);
    m_shortcutsDialog = dialog;
    dialog->show();
}

