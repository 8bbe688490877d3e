#include "presets/presetstore.h"
#include "schema/modelcatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

Preset makePreset(const QString &name, double strength = 0.7)
{
    Preset p;
    p.name = name;
    p.intent = QJsonObject{{QStringLiteral("prompt_template"), QStringLiteral("{prompt}, watercolour")},
                           {QStringLiteral("strength"), strength},
                           {QStringLiteral("aspect_ratio"), QStringLiteral("4:3")}};
    p.modelValues.insert(QStringLiteral("fal:bria/reimagine/3.2"),
                         QJsonObject{{QStringLiteral("num_inference_steps"), 40}});
    return p;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

} // namespace

class TestPresetStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void defaultDirectory();
    void emptyFolder();
    void saveAndList_data();
    void saveAndList();
    void sortedByName();
    void saveOverwrites();
    void saveRefusesEmptyName_data();
    void saveRefusesEmptyName();
    void sanitize_data();
    void sanitize();
    void fileNameCollisionKeepsBoth();
    void rename();
    void renameRefusesClashAndEmpty();
    void renameCaseOnly();
    void remove();
    void importRoundTrip();
    void fileFieldsNeverStored();
    void importClashGetsSuffix();
    void importNamelessFile();
    void importRefusesBadFiles_data();
    void importRefusesBadFiles();
    void exportRoundTrip();
    void exportUnknown();
    void brokenFilesMovedAside();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_presets;
};

void TestPresetStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_presets = m_dir->filePath(QStringLiteral("presets"));
}

void TestPresetStore::cleanup()
{
    m_dir.reset();
}

void TestPresetStore::defaultDirectory()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(PresetStore::defaultDirectory().endsWith(QLatin1String("/reimagine-studio/presets")));
    PresetStore store;
    QCOMPARE(store.directory(), PresetStore::defaultDirectory());
}

void TestPresetStore::emptyFolder()
{
    PresetStore store(m_presets);
    QVERIFY(store.list().isEmpty());
    QVERIFY(store.errors().isEmpty());
    QVERIFY(!QFileInfo::exists(m_presets));   // nothing created until the first save
}

void TestPresetStore::saveAndList_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("plain") << "Watercolour" << "Watercolour.json";
    QTest::newRow("spaces") << "Watercolour product shot" << "Watercolour product shot.json";
    QTest::newRow("trimmed") << "  Ink  " << "Ink.json";
    QTest::newRow("unicode") << QStringLiteral("Aquarell \u00fcber Skizze") << QStringLiteral("Aquarell \u00fcber Skizze.json");
    QTest::newRow("slash") << "Ink / pencil" << "Ink _ pencil.json";
}

void TestPresetStore::saveAndList()
{
    QFETCH(QString, name);
    QFETCH(QString, fileName);
    PresetStore store(m_presets);
    QSignalSpy changed(&store, &PresetStore::changed);
    QString error;
    QVERIFY2(store.save(makePreset(name), &error), qPrintable(error));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(filesIn(m_presets), QStringList{fileName});
    const QList<PresetStore::Entry> entries = store.list();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().preset.name, name.trimmed());
    QCOMPARE(entries.first().filePath, QDir(m_presets).absoluteFilePath(fileName));
    QCOMPARE(entries.first().preset.toJson(), [&] {
        Preset p = makePreset(name.trimmed());
        return p.toJson();
    }());

    // A second store reads the same folder back.
    PresetStore again(m_presets);
    QCOMPARE(again.names(), QStringList{name.trimmed()});
    QVERIFY(again.errors().isEmpty());
}

void TestPresetStore::sortedByName()
{
    PresetStore store(m_presets);
    for (const char *name : {"charcoal", "Blueprint", "aqua", "Zinc", "blueprint 2"})
        QVERIFY(store.save(makePreset(QString::fromLatin1(name))));
    QCOMPARE(store.names(), (QStringList{QStringLiteral("aqua"), QStringLiteral("Blueprint"),
                                         QStringLiteral("blueprint 2"), QStringLiteral("charcoal"),
                                         QStringLiteral("Zinc")}));
}

void TestPresetStore::saveOverwrites()
{
    PresetStore store(m_presets);
    QVERIFY(store.save(makePreset(QStringLiteral("Ink"), 0.2)));
    QVERIFY(store.save(makePreset(QStringLiteral("Ink"), 0.9)));
    QCOMPARE(store.list().size(), 1);
    QCOMPARE(filesIn(m_presets).size(), 1);
    QCOMPARE(store.preset(QStringLiteral("Ink"))->intent.value(QLatin1String("strength")).toDouble(), 0.9);
}

void TestPresetStore::saveRefusesEmptyName_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "   ";
}

void TestPresetStore::saveRefusesEmptyName()
{
    QFETCH(QString, name);
    PresetStore store(m_presets);
    QSignalSpy changed(&store, &PresetStore::changed);
    QString error;
    QVERIFY(!store.save(makePreset(name), &error));
    QVERIFY(error.contains(QLatin1String("name")));
    QCOMPARE(changed.count(), 0);
    QVERIFY(filesIn(m_presets).isEmpty());
}

void TestPresetStore::sanitize_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "Ink wash" << "Ink wash";
    QTest::newRow("parent dir") << "../evil" << "evil";
    QTest::newRow("deep parent") << "../../etc/passwd" << "etc_passwd";
    QTest::newRow("dots only") << ".." << "preset";
    QTest::newRow("hidden") << ".hidden" << "hidden";
    QTest::newRow("inner dots") << "a..b" << "a.b";
    QTest::newRow("backslash") << "a\\b" << "a_b";
    QTest::newRow("windows chars") << "a<b>c:d\"e|f?g*h" << "a_b_c_d_e_f_g_h";
    QTest::newRow("control") << QStringLiteral("a\nb\tc") << "a_b_c";
    QTest::newRow("trailing dot") << "name." << "name";
    QTest::newRow("reserved") << "CON" << "_CON";
    QTest::newRow("reserved ext") << "nul.txt" << "_nul.txt";
    QTest::newRow("empty") << "" << "preset";
    QTest::newRow("slashes only") << "///" << "preset";
    QTest::newRow("long") << QString(150, QLatin1Char('x')) << QString(100, QLatin1Char('x'));
}

void TestPresetStore::sanitize()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(PresetStore::sanitizedFileName(name), expected);
}

void TestPresetStore::fileNameCollisionKeepsBoth()
{
    // "a/b" and "a_b" map onto the same file name: the second gets its own file.
    PresetStore store(m_presets);
    QVERIFY(store.save(makePreset(QStringLiteral("a/b"))));
    QVERIFY(store.save(makePreset(QStringLiteral("a_b"))));
    QCOMPARE(filesIn(m_presets), (QStringList{QStringLiteral("a_b-2.json"), QStringLiteral("a_b.json")}));
    QCOMPARE(store.names(), (QStringList{QStringLiteral("a/b"), QStringLiteral("a_b")}));
    // Saving "../x" stays inside the folder.
    QVERIFY(store.save(makePreset(QStringLiteral("../x"))));
    QVERIFY(QFileInfo::exists(QDir(m_presets).filePath(QStringLiteral("x.json"))));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("x.json"))));
}

void TestPresetStore::rename()
{
    PresetStore store(m_presets);
    QVERIFY(store.save(makePreset(QStringLiteral("Ink"), 0.3)));
    QSignalSpy changed(&store, &PresetStore::changed);
    QString error;
    QVERIFY2(store.rename(QStringLiteral("Ink"), QStringLiteral("Ink wash"), &error), qPrintable(error));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(store.names(), QStringList{QStringLiteral("Ink wash")});
    QCOMPARE(filesIn(m_presets), QStringList{QStringLiteral("Ink wash.json")});
    QCOMPARE(store.preset(QStringLiteral("Ink wash"))->intent.value(QLatin1String("strength")).toDouble(), 0.3);
    QVERIFY(!store.contains(QStringLiteral("Ink")));
}

void TestPresetStore::renameRefusesClashAndEmpty()
{
    PresetStore store(m_presets);
    QVERIFY(store.save(makePreset(QStringLiteral("Ink"))));
    QVERIFY(store.save(makePreset(QStringLiteral("Pencil"))));
    QString error;
    QVERIFY(!store.rename(QStringLiteral("Ink"), QStringLiteral("Pencil"), &error));
    QVERIFY(error.contains(QLatin1String("already exists")));
    QVERIFY(!store.rename(QStringLiteral("Ink"), QStringLiteral("  "), &error));
    QVERIFY(!store.rename(QStringLiteral("Missing"), QStringLiteral("Other"), &error));
    QVERIFY(error.contains(QLatin1String("Missing")));
    QCOMPARE(store.names(), (QStringList{QStringLiteral("Ink"), QStringLiteral("Pencil")}));
    QCOMPARE(filesIn(m_presets).size(), 2);
}

void TestPresetStore::renameCaseOnly()
{
    PresetStore store(m_presets);
    QVERIFY(store.save(makePreset(QStringLiteral("ink"))));
    QVERIFY(store.rename(QStringLiteral("ink"), QStringLiteral("Ink")));
    QCOMPARE(store.names(), QStringList{QStringLiteral("Ink")});
    QCOMPARE(filesIn(m_presets).size(), 1);
}

void TestPresetStore::remove()
{
    PresetStore store(m_presets);
    QVERIFY(store.save(makePreset(QStringLiteral("Ink"))));
    QVERIFY(store.save(makePreset(QStringLiteral("Pencil"))));
    QSignalSpy changed(&store, &PresetStore::changed);
    QVERIFY(store.remove(QStringLiteral("Ink")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(store.names(), QStringList{QStringLiteral("Pencil")});
    QCOMPARE(filesIn(m_presets), QStringList{QStringLiteral("Pencil.json")});
    QString error;
    QVERIFY(!store.remove(QStringLiteral("Ink"), &error));
    QVERIFY(!error.isEmpty());
}

void TestPresetStore::importRoundTrip()
{
    const Preset original = makePreset(QStringLiteral("Shared look"));
    const QString source = m_dir->filePath(QStringLiteral("from-a-colleague.json"));
    writeFile(source, QJsonDocument(original.toJson()).toJson());

    PresetStore store(m_presets);
    QSignalSpy changed(&store, &PresetStore::changed);
    QString error;
    const std::optional<Preset> imported = store.importFile(source, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->name, QStringLiteral("Shared look"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(store.preset(QStringLiteral("Shared look"))->toJson(), original.toJson());
    QCOMPARE(filesIn(m_presets), QStringList{QStringLiteral("Shared look.json")});
    QVERIFY(QFileInfo::exists(source));   // a copy: the source stays
}

void TestPresetStore::importClashGetsSuffix()
{
    PresetStore store(m_presets);
    QVERIFY(store.save(makePreset(QStringLiteral("Ink"), 0.1)));
    const QString source = m_dir->filePath(QStringLiteral("ink.json"));
    writeFile(source, QJsonDocument(makePreset(QStringLiteral("Ink"), 0.9).toJson()).toJson());

    QCOMPARE(store.importFile(source)->name, QStringLiteral("Ink (2)"));
    QCOMPARE(store.importFile(source)->name, QStringLiteral("Ink (3)"));
    QCOMPARE(store.names(), (QStringList{QStringLiteral("Ink"), QStringLiteral("Ink (2)"),
                                         QStringLiteral("Ink (3)")}));
    QCOMPARE(store.preset(QStringLiteral("Ink"))->intent.value(QLatin1String("strength")).toDouble(), 0.1);
    QCOMPARE(store.preset(QStringLiteral("Ink (2)"))->intent.value(QLatin1String("strength")).toDouble(), 0.9);
    QCOMPARE(store.uniqueName(QStringLiteral("Ink")), QStringLiteral("Ink (4)"));
    QCOMPARE(store.uniqueName(QStringLiteral("Pencil")), QStringLiteral("Pencil"));
}

void TestPresetStore::importNamelessFile()
{
    const QString source = m_dir->filePath(QStringLiteral("Moody dusk.json"));
    writeFile(source, R"({"format":"reimagine-studio-preset","version":1,"intent":{"strength":0.5}})");
    PresetStore store(m_presets);
    const std::optional<Preset> imported = store.importFile(source);
    QVERIFY(imported);
    QCOMPARE(imported->name, QStringLiteral("Moody dusk"));
    QCOMPARE(store.names(), QStringList{QStringLiteral("Moody dusk")});
}

void TestPresetStore::importRefusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("not json") << QByteArray("this is not json") << "not valid JSON";
    QTest::newRow("array") << QByteArray("[1,2,3]") << "not valid JSON";
    QTest::newRow("wrong format") << QByteArray(R"({"format":"something-else","version":1})")
                                  << "not a Reimagine Studio preset";
    QTest::newRow("newer version") << QByteArray(R"({"format":"reimagine-studio-preset","version":2,"name":"x"})")
                                   << "version 2";
    QTest::newRow("bad seed policy")
        << QByteArray(R"({"format":"reimagine-studio-preset","version":1,"name":"x","intent":{"seed_policy":"sometimes"}})")
        << "seed policy";
    QTest::newRow("models not objects")
        << QByteArray(R"({"format":"reimagine-studio-preset","version":1,"name":"x","models":{"fal:a":3}})")
        << "not an object";
}

void TestPresetStore::importRefusesBadFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, messagePart);
    const QString source = m_dir->filePath(QStringLiteral("bad.json"));
    writeFile(source, content);
    PresetStore store(m_presets);
    QSignalSpy changed(&store, &PresetStore::changed);
    QString error;
    QVERIFY(!store.importFile(source, &error));
    QVERIFY2(error.contains(messagePart), qPrintable(error));
    QCOMPARE(changed.count(), 0);
    QVERIFY(store.list().isEmpty());
    QVERIFY(filesIn(m_presets).isEmpty());   // nothing written

    QVERIFY(!store.importFile(m_dir->filePath(QStringLiteral("missing.json")), &error));
    QVERIFY(error.contains(QLatin1String("missing.json")));
}

void TestPresetStore::exportRoundTrip()
{
    PresetStore store(m_presets);
    const Preset original = makePreset(QStringLiteral("Ink"));
    QVERIFY(store.save(original));
    const QString target = m_dir->filePath(QStringLiteral("out/exported.json"));
    QDir().mkpath(QFileInfo(target).absolutePath());
    QString error;
    QVERIFY2(store.exportTo(QStringLiteral("Ink"), target, &error), qPrintable(error));
    QString loadError;
    const std::optional<Preset> loaded = Preset::load(target, &loadError);
    QVERIFY2(loaded, qPrintable(loadError));
    QCOMPARE(loaded->toJson(), original.toJson());

    // Export, then import into a second store: the same preset.
    PresetStore other(m_dir->filePath(QStringLiteral("other")));
    QVERIFY(other.importFile(target));
    QCOMPARE(other.preset(QStringLiteral("Ink"))->toJson(), original.toJson());
}

void TestPresetStore::exportUnknown()
{
    PresetStore store(m_presets);
    QString error;
    QVERIFY(!store.exportTo(QStringLiteral("Nope"), m_dir->filePath(QStringLiteral("x.json")), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("x.json"))));
    QVERIFY(!store.exportTo(QStringLiteral("Nope"), m_dir->filePath(QStringLiteral("x.json"))));
}

void TestPresetStore::brokenFilesMovedAside()
{
    QDir().mkpath(m_presets);
    const QDir dir(m_presets);
    writeFile(dir.filePath(QStringLiteral("broken.json")), "{ nope");
    writeFile(dir.filePath(QStringLiteral("other.json")), R"({"format":"x"})");
    writeFile(dir.filePath(QStringLiteral("later.json")), R"({"format":"reimagine-studio-preset","version":7})");
    writeFile(dir.filePath(QStringLiteral("notes.txt")), "ignored");
    writeFile(dir.filePath(QStringLiteral("good.json")),
              QJsonDocument(makePreset(QStringLiteral("Good")).toJson()).toJson());
    writeFile(dir.filePath(QStringLiteral("good-copy.json")),
              QJsonDocument(makePreset(QStringLiteral("Good")).toJson()).toJson());
    PresetStore store(m_presets);
    QCOMPARE(store.names(), QStringList{QStringLiteral("Good")});
    const QString corrupt = dir.filePath(QStringLiteral("corrupt"));
    QCOMPARE(store.corruptDirectory(), corrupt);
    const QStringList errors = store.errors();
    QCOMPARE(errors.size(), 4);
    // The damaged files first, each naming where it went ...
    QVERIFY2(errors.at(0).startsWith(QLatin1String("broken.json: The preset broken.json is not valid JSON: ")), qPrintable(errors.at(0)));
    QVERIFY2(errors.at(0).endsWith(QStringLiteral(" It was moved to %1.").arg(corrupt + QStringLiteral("/broken.json"))),
             qPrintable(errors.at(0)));
    QCOMPARE(errors.at(1), QStringLiteral("other.json: This is not a Reimagine Studio preset (its \"format\" is missing or "
                                          "different). It was moved to %1.").arg(corrupt + QStringLiteral("/other.json")));
    // ... then the files left in place: a duplicate name and a preset from a newer version.
    QVERIFY(errors.at(2).startsWith(QLatin1String("good.json: ")) || errors.at(2).startsWith(QLatin1String("good-copy.json: ")));
    QVERIFY2(errors.at(3).startsWith(QLatin1String("later.json: The preset has format version 7")), qPrintable(errors.at(3)));
    for (const auto &[name, bytes] : {std::pair{QStringLiteral("broken.json"), QByteArray("{ nope")},
                                      std::pair{QStringLiteral("other.json"), QByteArray(R"({"format":"x"})")}}) {
        QVERIFY(!QFileInfo::exists(dir.filePath(name)));
        QFile moved(corrupt + QLatin1Char('/') + name);
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), bytes);
    }
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("later.json"))));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("notes.txt"))));

    // Saving still works, and the messages about moved files stay until the store goes.
    QVERIFY(store.save(makePreset(QStringLiteral("New"))));
    QCOMPARE(store.names(), (QStringList{QStringLiteral("Good"), QStringLiteral("New")}));
    QCOMPARE(store.errors(), errors);
    // A new store (the next start) finds nothing more to move.
    PresetStore next(m_presets);
    QCOMPARE(next.errors().size(), 2);
    QVERIFY(next.errors().at(1).startsWith(QLatin1String("later.json: ")));
}

// Image fields never reach a preset file, and a file that carries them loads (and imports) with a
// note saying they were ignored.
void TestPresetStore::fileFieldsNeverStored()
{
    ModelCatalog catalog;
    catalog.reload();
    QTemporaryDir dir;
    PresetStore store(dir.path());
    store.setCatalog(&catalog);

    Preset preset = makePreset(QStringLiteral("With files"));
    preset.modelValues[QStringLiteral("fal:bria/reimagine/3.2")].insert(QStringLiteral("canny_image_url"),
                                                                          QStringLiteral("/home/me/sketch.png"));
    QVERIFY(store.save(preset));
    QFile saved(store.filePath(QStringLiteral("With files")));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray text = saved.readAll();
    QVERIFY(!text.contains("canny_image_url"));
    QVERIFY(text.contains("num_inference_steps"));

    // A file written elsewhere that carries one.
    const QString foreign = dir.filePath(QStringLiteral("foreign.json"));
    writeFile(foreign, QJsonDocument(QJsonObject{
                           {QStringLiteral("format"), QStringLiteral("reimagine-studio-preset")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("name"), QStringLiteral("Foreign")},
                           {QStringLiteral("models"),
                            QJsonObject{{QStringLiteral("fal:bria/reimagine/3.2"),
                                         QJsonObject{{QStringLiteral("depth_image_url"), QStringLiteral("/etc/shadow")},
                                                     {QStringLiteral("guidance_scale"), 6}}}}}})
                           .toJson());
    store.reload();
    QCOMPARE(store.notes(QStringLiteral("Foreign")).size(), 1);
    QVERIFY(store.notes(QStringLiteral("Foreign")).first().contains(QStringLiteral("Depth image was ignored")));
    QVERIFY(!store.preset(QStringLiteral("Foreign"))->modelValues.value(QStringLiteral("fal:bria/reimagine/3.2"))
                 .contains(QLatin1String("depth_image_url")));
    QVERIFY(store.notes(QStringLiteral("With files")).isEmpty());

    QTemporaryDir other;
    PresetStore importer(other.path());
    importer.setCatalog(&catalog);
    QStringList notes;
    QString error;
    QVERIFY(importer.importFile(foreign, &error, &notes));
    QCOMPARE(notes.size(), 1);
    QFile imported(importer.filePath(QStringLiteral("Foreign")));
    QVERIFY(imported.open(QIODevice::ReadOnly));
    QVERIFY(!imported.readAll().contains("/etc/shadow"));
}

QTEST_GUILESS_MAIN(TestPresetStore)
#include "tst_presetstore.moc"
