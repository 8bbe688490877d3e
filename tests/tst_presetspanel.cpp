#include "panels/presetspanel.h"

#include "testenvironment.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

Preset makePreset(const QString &name, double strength = 0.6)
{
    Preset p;
    p.name = name;
    p.intent = QJsonObject{{QStringLiteral("prompt_template"), QStringLiteral("{prompt}, ink wash")},
                           {QStringLiteral("strength"), strength},
                           {QStringLiteral("seed_policy"), QStringLiteral("fixed")},
                           {QStringLiteral("seed"), 42}};
    return p;
}

} // namespace

class TestPresetsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void emptyState();
    void modelFollowsStore();
    void saveThroughProvider();
    void saveExistingAsksFirst();
    void saveWithoutProviderOnlyEmits();
    void saveEmptyNameShowsError();
    void loadEmitsPreset();
    void deleteWithConfirmation();
    void renameInline();
    void renameClashShowsError();
    void importBadFileShowsError();
    void importAndExport();
    void brokenFilesReported();
    void screenshot();

private:
    template<typename T>
    T *waitForDialog(const QString &objectName);
    QPushButton *button(const QString &name) const
    {
        return m_panel->findChild<QPushButton *>(name);
    }
    QListView *list() const { return m_panel->findChild<QListView *>(QStringLiteral("presetList")); }
    void select(const QString &name) { m_panel->selectPreset(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PresetStore> m_store;
    std::unique_ptr<PresetsPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

template<typename T>
T *TestPresetsPanel::waitForDialog(const QString &objectName)
{
    T *dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = m_panel->findChild<T *>(objectName)) && dialog->isVisible()); }();
    return dialog;
}

void TestPresetsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(installTestLanguage(), "REIMAGINE_TEST_LANG names no catalogue");
}

void TestPresetsPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<PresetStore>(m_dir->filePath(QStringLiteral("presets")));
    m_panel = std::make_unique<PresetsPanel>(m_store.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->resize(300, 420);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestPresetsPanel::cleanup()
{
    m_tester.reset();
    m_panel.reset();
    m_store.reset();
    m_dir.reset();
}

void TestPresetsPanel::emptyState()
{
    auto *stack = m_panel->findChild<QStackedWidget *>(QStringLiteral("presetStack"));
    auto *empty = m_panel->findChild<QLabel *>(QStringLiteral("emptyLabel"));
    QVERIFY(stack && empty);
    QCOMPARE(stack->currentWidget(), empty);
    QCOMPARE(empty->text(), QStringLiteral("No presets yet. Save the current settings to reuse them on any model."));
    QVERIFY(button(QStringLiteral("saveButton"))->isEnabled());
    QVERIFY(button(QStringLiteral("importButton"))->isEnabled());
    QVERIFY(!button(QStringLiteral("loadButton"))->isEnabled());
    QVERIFY(!button(QStringLiteral("deleteButton"))->isEnabled());
    QVERIFY(!button(QStringLiteral("renameButton"))->isEnabled());
    QVERIFY(!button(QStringLiteral("exportButton"))->isEnabled());
    QVERIFY(m_panel->errorText().isEmpty());

    QVERIFY(m_store->save(makePreset(QStringLiteral("Ink"))));
    QCOMPARE(stack->currentWidget(), list());
    QVERIFY(m_store->remove(QStringLiteral("Ink")));
    QCOMPARE(stack->currentWidget(), empty);
}

void TestPresetsPanel::modelFollowsStore()
{
    PresetListModel *model = m_panel->model();
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(m_store->save(makePreset(QStringLiteral("b"))));
    QVERIFY(m_store->save(makePreset(QStringLiteral("A"))));
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0).data().toString(), QStringLiteral("A"));
    QCOMPARE(model->index(1).data(PresetListModel::NameRole).toString(), QStringLiteral("b"));
    QVERIFY(model->index(0).data(PresetListModel::FilePathRole).toString().endsWith(QLatin1String("A.json")));
    const QString tip = model->index(0).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("ink wash")) && tip.contains(QLatin1String("seed 42")), qPrintable(tip));
    QVERIFY(m_store->rename(QStringLiteral("b"), QStringLiteral("c")));
    QCOMPARE(model->index(1).data().toString(), QStringLiteral("c"));
    QCOMPARE(model->rowOf(QStringLiteral("c")), 1);
    QCOMPARE(model->rowOf(QStringLiteral("b")), -1);
}

void TestPresetsPanel::saveThroughProvider()
{
    QStringList askedFor;
    m_panel->setCurrentValuesProvider([&askedFor](const QString &name) {
        askedFor.append(name);
        Preset p = makePreset(QStringLiteral("ignored"), 0.25);
        return p;
    });
    QSignalSpy saved(m_panel.get(), &PresetsPanel::saveRequested);
    QTest::mouseClick(button(QStringLiteral("saveButton")), Qt::LeftButton);
    auto *dialog = waitForDialog<QInputDialog>(QStringLiteral("presetNameDialog"));
    QVERIFY(dialog);
    dialog->setTextValue(QStringLiteral("  Soft pencil  "));
    dialog->accept();

    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(0).toString(), QStringLiteral("Soft pencil"));
    QCOMPARE(askedFor, QStringList{QStringLiteral("Soft pencil")});
    QCOMPARE(m_store->names(), QStringList{QStringLiteral("Soft pencil")});
    QCOMPARE(m_store->preset(QStringLiteral("Soft pencil"))->intent.value(QLatin1String("strength")).toDouble(), 0.25);
    QCOMPARE(m_panel->currentName(), QStringLiteral("Soft pencil"));
    QVERIFY(button(QStringLiteral("loadButton"))->isEnabled());
}

void TestPresetsPanel::saveExistingAsksFirst()
{
    QVERIFY(m_store->save(makePreset(QStringLiteral("Ink"), 0.1)));
    m_panel->setCurrentValuesProvider([](const QString &name) { return makePreset(name, 0.9); });
    select(QStringLiteral("Ink"));

    // Cancel: nothing changes.
    QTest::mouseClick(button(QStringLiteral("saveButton")), Qt::LeftButton);
    auto *dialog = waitForDialog<QInputDialog>(QStringLiteral("presetNameDialog"));
    QCOMPARE(dialog->textValue(), QStringLiteral("Ink"));   // the selection is suggested
    dialog->accept();
    auto *box = waitForDialog<QMessageBox>(QStringLiteral("overwritePresetDialog"));
    box->button(QMessageBox::Cancel)->click();
    QCOMPARE(m_store->preset(QStringLiteral("Ink"))->intent.value(QLatin1String("strength")).toDouble(), 0.1);
    QTRY_VERIFY(!m_panel->findChild<QMessageBox *>(QStringLiteral("overwritePresetDialog")));

    // Replace: overwritten.
    QTest::mouseClick(button(QStringLiteral("saveButton")), Qt::LeftButton);
    dialog = waitForDialog<QInputDialog>(QStringLiteral("presetNameDialog"));
    dialog->accept();
    box = waitForDialog<QMessageBox>(QStringLiteral("overwritePresetDialog"));
    box->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
    QCOMPARE(m_store->preset(QStringLiteral("Ink"))->intent.value(QLatin1String("strength")).toDouble(), 0.9);
    QCOMPARE(m_store->list().size(), 1);
}

void TestPresetsPanel::saveWithoutProviderOnlyEmits()
{
    QSignalSpy saved(m_panel.get(), &PresetsPanel::saveRequested);
    m_panel->saveCurrent();
    auto *dialog = waitForDialog<QInputDialog>(QStringLiteral("presetNameDialog"));
    dialog->setTextValue(QStringLiteral("Later"));
    dialog->accept();
    QCOMPARE(saved.count(), 1);
    QVERIFY(m_store->list().isEmpty());
}

void TestPresetsPanel::saveEmptyNameShowsError()
{
    m_panel->setCurrentValuesProvider([](const QString &name) { return makePreset(name); });
    QSignalSpy saved(m_panel.get(), &PresetsPanel::saveRequested);
    m_panel->saveCurrent();
    auto *dialog = waitForDialog<QInputDialog>(QStringLiteral("presetNameDialog"));
    dialog->setTextValue(QStringLiteral("   "));
    dialog->accept();
    QCOMPARE(saved.count(), 0);
    QCOMPARE(m_panel->errorText(), QStringLiteral("A preset needs a name."));
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());
    QVERIFY(m_store->list().isEmpty());
}

void TestPresetsPanel::loadEmitsPreset()
{
    const Preset original = makePreset(QStringLiteral("Ink"), 0.33);
    QVERIFY(m_store->save(original));
    QVERIFY(m_store->save(makePreset(QStringLiteral("Other"))));
    QSignalSpy loaded(m_panel.get(), &PresetsPanel::loadRequested);
    select(QStringLiteral("Ink"));
    QTest::mouseClick(button(QStringLiteral("loadButton")), Qt::LeftButton);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.at(0).at(0).value<Preset>().toJson(), original.toJson());

    // Double-click loads too.
    const QModelIndex index = m_panel->model()->index(m_panel->model()->rowOf(QStringLiteral("Other")));
    const QRect rect = list()->visualRect(index);
    QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(list()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(loaded.count(), 2);
    QCOMPARE(loaded.at(1).at(0).value<Preset>().name, QStringLiteral("Other"));
}

void TestPresetsPanel::deleteWithConfirmation()
{
    QVERIFY(m_store->save(makePreset(QStringLiteral("Ink"))));
    QVERIFY(m_store->save(makePreset(QStringLiteral("Pencil"))));
    select(QStringLiteral("Ink"));

    QTest::mouseClick(button(QStringLiteral("deleteButton")), Qt::LeftButton);
    auto *box = waitForDialog<QMessageBox>(QStringLiteral("deletePresetDialog"));
    QVERIFY(box->text().contains(QLatin1String("Ink")));
    box->button(QMessageBox::Cancel)->click();
    QCOMPARE(m_store->list().size(), 2);
    QTRY_VERIFY(!m_panel->findChild<QMessageBox *>(QStringLiteral("deletePresetDialog")));

    QTest::mouseClick(button(QStringLiteral("deleteButton")), Qt::LeftButton);
    box = waitForDialog<QMessageBox>(QStringLiteral("deletePresetDialog"));
    box->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
    QCOMPARE(m_store->names(), QStringList{QStringLiteral("Pencil")});
    QCOMPARE(m_panel->currentName(), QStringLiteral("Pencil"));
}

void TestPresetsPanel::renameInline()
{
    QVERIFY(m_store->save(makePreset(QStringLiteral("Ink"))));
    select(QStringLiteral("Ink"));
    QTest::mouseClick(button(QStringLiteral("renameButton")), Qt::LeftButton);
    auto *dialog = waitForDialog<QInputDialog>(QStringLiteral("renamePresetDialog"));
    QCOMPARE(dialog->textValue(), QStringLiteral("Ink"));
    dialog->setTextValue(QStringLiteral("Ink wash"));
    dialog->accept();
    QCOMPARE(m_store->names(), QStringList{QStringLiteral("Ink wash")});
    QCOMPARE(m_panel->currentName(), QStringLiteral("Ink wash"));
}

void TestPresetsPanel::renameClashShowsError()
{
    QVERIFY(m_store->save(makePreset(QStringLiteral("Ink"))));
    QVERIFY(m_store->save(makePreset(QStringLiteral("Pencil"))));
    select(QStringLiteral("Ink"));
    m_panel->renameSelected();
    auto *dialog = waitForDialog<QInputDialog>(QStringLiteral("renamePresetDialog"));
    dialog->setTextValue(QStringLiteral("Pencil"));
    dialog->accept();
    QVERIFY(m_panel->errorText().contains(QLatin1String("already exists")));
    QCOMPARE(m_store->names(), (QStringList{QStringLiteral("Ink"), QStringLiteral("Pencil")}));
}

void TestPresetsPanel::importBadFileShowsError()
{
    const QString bad = m_dir->filePath(QStringLiteral("bad.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format":"reimagine-studio-preset","version":9})");
    file.close();
    m_panel->importPreset();
    auto *dialog = waitForDialog<QFileDialog>(QStringLiteral("importDialog"));
    Q_EMIT dialog->fileSelected(bad);
    dialog->close();
    QVERIFY2(m_panel->errorText().contains(QLatin1String("bad.json was not imported")), qPrintable(m_panel->errorText()));
    QVERIFY(m_panel->errorText().contains(QLatin1String("version 9")));
    QVERIFY(m_store->list().isEmpty());
}

void TestPresetsPanel::importAndExport()
{
    QVERIFY(m_store->save(makePreset(QStringLiteral("Ink"))));
    select(QStringLiteral("Ink"));
    const QString exported = m_dir->filePath(QStringLiteral("shared.json"));
    m_panel->exportSelected();
    auto *save = waitForDialog<QFileDialog>(QStringLiteral("exportDialog"));
    QCOMPARE(save->acceptMode(), QFileDialog::AcceptSave);
    Q_EMIT save->fileSelected(exported);
    save->close();
    QVERIFY(QFile::exists(exported));
    QVERIFY(m_panel->errorText().isEmpty());

    m_panel->importPreset();
    auto *open = waitForDialog<QFileDialog>(QStringLiteral("importDialog"));
    Q_EMIT open->fileSelected(exported);
    open->close();
    QCOMPARE(m_store->names(), (QStringList{QStringLiteral("Ink"), QStringLiteral("Ink (2)")}));
    QCOMPARE(m_panel->currentName(), QStringLiteral("Ink (2)"));
}

void TestPresetsPanel::brokenFilesReported()
{
    QFile file(QDir(m_store->directory()).filePath(QStringLiteral("broken.json")));
    QVERIFY(QDir().mkpath(m_store->directory()));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{");
    file.close();
    m_store->reload();
    QVERIFY2(m_panel->errorText().contains(QLatin1String("could not be read")), qPrintable(m_panel->errorText()));
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("errorLabel"))->toolTip().contains(QLatin1String("broken.json")));
}

void TestPresetsPanel::screenshot()
{
    const QString dir = qEnvironmentVariable("REIMAGINE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set REIMAGINE_SCREENSHOT_DIR to save screenshots.");
    QDir().mkpath(dir);
    QVERIFY(m_panel->grab().save(dir + QLatin1String("/presetspanel-empty.png")));
    QVERIFY(m_store->save(makePreset(QStringLiteral("Watercolour product shot"))));
    Preset p = makePreset(QStringLiteral("Blueprint lines"), 0.8);
    p.modelValues.insert(QStringLiteral("fal:bria/reimagine/3.2"), QJsonObject{{QStringLiteral("num_inference_steps"), 40}});
    QVERIFY(m_store->save(p));
    QVERIFY(m_store->save(makePreset(QStringLiteral("Charcoal mood"))));
    select(QStringLiteral("Charcoal mood"));
    QVERIFY(m_panel->grab().save(dir + QLatin1String("/presetspanel-list.png")));
    m_panel->renameSelected();
    auto *dialog = waitForDialog<QInputDialog>(QStringLiteral("renamePresetDialog"));
    dialog->setTextValue(QStringLiteral("Watercolour product shot"));
    dialog->accept();
    QVERIFY(m_panel->grab().save(dir + QLatin1String("/presetspanel-error.png")));
}

QTEST_MAIN(TestPresetsPanel)
#include "tst_presetspanel.moc"
