// The German and French catalogues: every message finished, placeholders and accelerators kept,
// and the words of the bundled model schemas (labels, tooltips, choices, descriptions) reach the
// form in the designer's language, while an imported model keeps its own English words.

#include "forms/schemaform.h"
#include "schema/modelcatalog.h"
#include "schema/schematranslation.h"
#include "tscatalogue.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?\\d|%n"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured().remove(QLatin1Char('L')));
    found.removeDuplicates();
    found.sort();
    return found;
}

bool hasAccelerator(QString text)
{
    static const QRegularExpression escapes(QStringLiteral("&&|&\\w+;"));
    text.remove(escapes);
    static const QRegularExpression marker(QStringLiteral("&\\S"));
    return text.contains(marker);
}

QList<ModelSpec> bundledModels()
{
    ModelCatalog catalog(QString{});
    catalog.reload();
    return catalog.models();
}

const ParameterSpec *field(const ModelSpec &model, const QString &name)
{
    return model.field(name);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageIsFinished_data();
    void everyMessageIsFinished();
    void everyModelWordIsInTheCompiledCatalogue_data();
    void everyModelWordIsInTheCompiledCatalogue();
    void bundledModelsReadInGerman();
    void importedModelKeepsItsEnglish();
};

void TestTranslations::everyMessageIsFinished_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr");
}

void TestTranslations::everyMessageIsFinished()
{
    QFETCH(QString, language);
    QString error;
    const QList<TsMessage> messages = readTsCatalogue(
        QStringLiteral(REIMAGINE_SOURCE_DIR "/translations/reimagine-studio_%1.ts").arg(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 1000);

    QStringList problems;
    for (const TsMessage &m : messages) {
        const QString where = m.context + QLatin1String(": ") + m.source;
        if (!m.type.isEmpty() || m.translations.isEmpty()) {
            problems.append(QLatin1String("unfinished ") + where);
            continue;
        }
        for (const QString &form : m.translations) {
            QStringList expected = placeholders(m.source);
            QStringList got = placeholders(form);
            // A singular form may spell the number out instead of %n.
            expected.removeAll(QStringLiteral("%n"));
            got.removeAll(QStringLiteral("%n"));
            if (expected != got)
                problems.append(QLatin1String("placeholders ") + where + QLatin1String(" -> ") + form);
            if (hasAccelerator(m.source) != hasAccelerator(form))
                problems.append(QLatin1String("accelerator ") + where + QLatin1String(" -> ") + form);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(QLatin1Char('\n'))));
}

void TestTranslations::everyModelWordIsInTheCompiledCatalogue_data()
{
    everyMessageIsFinished_data();
}

void TestTranslations::everyModelWordIsInTheCompiledCatalogue()
{
    QFETCH(QString, language);
    QTranslator catalogue;
    QVERIFY(catalogue.load(QStringLiteral(":/i18n/reimagine-studio_%1.qm").arg(language)));

    const QList<ModelSpec> models = bundledModels(); // no translator installed: the English words
    QCOMPARE(models.size(), 4);
    int words = 0;
    QStringList missing;
    for (const ModelSpec &model : models) {
        for (const SchemaTranslation::Text &text : SchemaTranslation::texts(model)) {
            ++words;
            if (catalogue.translate(SchemaTranslation::kContext, text.text.toUtf8().constData()).isEmpty())
                missing.append(text.comment + QLatin1String(": ") + text.text);
        }
    }
    QVERIFY(words > 100);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.mid(0, 10).join(QLatin1Char('\n'))));
}

void TestTranslations::bundledModelsReadInGerman()
{
    const ModelSpec english = bundledModels().constFirst();
    QCOMPARE(english.id, QStringLiteral("fal:bria/reimagine/3.2"));
    QCOMPARE(field(english, QStringLiteral("aspect_ratio"))->title, QStringLiteral("Aspect ratio"));

    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/reimagine-studio_de.qm")));
    QCoreApplication::installTranslator(&german);
    const ModelSpec model = bundledModels().constFirst();
    QCoreApplication::removeTranslator(&german);

    const ParameterSpec *ratio = field(model, QStringLiteral("aspect_ratio"));
    QCOMPARE(ratio->title, QStringLiteral("Seitenverhältnis"));
    QVERIFY(!ratio->description.isEmpty());
    QVERIFY(ratio->description != field(english, QStringLiteral("aspect_ratio"))->description);
    QCOMPARE(ratio->enumLabels.size(), field(english, QStringLiteral("aspect_ratio"))->enumLabels.size());
    QVERIFY2(ratio->enumLabels.contains(QStringLiteral("16:9 Querformat")), qPrintable(ratio->enumLabels.join(u'|')));
    QVERIFY(model.description != english.description);
    QCOMPARE(model.title, english.title); // a model's name is a name
    QCOMPARE(ratio->name, QStringLiteral("aspect_ratio")); // the key sent stays the provider's

    // The form shows the German label.
    SchemaForm form;
    form.setModel(model);
    QStringList labels;
    for (const QLabel *label : form.findChildren<QLabel *>())
        labels.append(label->text());
    QVERIFY2(labels.join(u'|').contains(QStringLiteral("Seitenverhältnis")), qPrintable(labels.join(u'|')));
}

void TestTranslations::importedModelKeepsItsEnglish()
{
    // A fal model the catalogue has never seen: its words stay English, the words it shares
    // with the bundled models ("Prompt") read in German.
    QFile sample(QStringLiteral(REIMAGINE_TEST_DATA "/fal-openapi-sample.json"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QTemporaryDir dir;
    const QString schemaPath = dir.filePath(QStringLiteral("schema.json"));
    QFile out(schemaPath);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(sample.readAll());
    out.close();

    ModelCatalog englishCatalog(dir.filePath(QStringLiteral("models-en")));
    QString error;
    const QString id = englishCatalog.importFile(schemaPath, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    const ModelSpec english = *englishCatalog.model(id);

    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/reimagine-studio_de.qm")));
    QCoreApplication::installTranslator(&german);
    ModelCatalog catalog(dir.filePath(QStringLiteral("models-de")));
    QCOMPARE(catalog.importFile(schemaPath, &error), id);
    QCoreApplication::removeTranslator(&german);
    const ModelSpec model = *catalog.model(id);

    QCOMPARE(model.fields.size(), english.fields.size());
    int kept = 0;
    int translated = 0;
    for (int i = 0; i < model.fields.size(); ++i) {
        const ParameterSpec &en = english.fields.at(i);
        const ParameterSpec &de = model.fields.at(i);
        QCOMPARE(de.name, en.name);
        const QString known = german.translate(SchemaTranslation::kContext, en.title.toUtf8().constData());
        if (known.isEmpty()) {
            QCOMPARE(de.title, en.title);
            ++kept;
        } else {
            QCOMPARE(de.title, known);
            ++translated;
        }
    }
    QVERIFY(kept > 0);
    QVERIFY(translated > 0);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
