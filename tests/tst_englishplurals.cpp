// The English catalogue: every %n string of the app reads right in English ("1 model",
// "3 models", never "model(s)"), and the compiled catalogue in the app's resources says so.

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {
struct Plural
{
    QString context;
    QString source;
    QStringList forms;
};

QList<Plural> readCatalogue(const QString &path, QString *error)
{
    QList<Plural> plurals;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return plurals;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Plural current;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                current = {context, {}, {}};
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                current.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message") && numerus) {
            plurals.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return plurals;
}
} // namespace

class TestEnglishPlurals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyPluralHasTwoEnglishForms();
    void theAppSaysThem();

private:
    QList<Plural> m_plurals;
    QTranslator m_english;
};

void TestEnglishPlurals::initTestCase()
{
    QString error;
    m_plurals = readCatalogue(QStringLiteral(REIMAGINE_SOURCE_DIR "/translations/reimagine-studio_en.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_plurals.size() >= 20);
    QVERIFY(m_english.load(QStringLiteral(":/i18n/reimagine-studio_en.qm")));
    QCoreApplication::installTranslator(&m_english);
}

void TestEnglishPlurals::everyPluralHasTwoEnglishForms()
{
    static const QRegularExpression brackets(QStringLiteral("\\((e?s)\\)"));
    for (const Plural &plural : std::as_const(m_plurals)) {
        QVERIFY2(plural.forms.size() == 2, qPrintable(plural.source));
        for (const QString &form : plural.forms) {
            QVERIFY2(!form.contains(brackets), qPrintable(form));
            QVERIFY2(form.contains(QLatin1String("%n")), qPrintable(form));
        }
    }
}

void TestEnglishPlurals::theAppSaysThem()
{
    const auto say = [](const char *context, const char *source, int n) {
        return QCoreApplication::translate(context, source, nullptr, n);
    };
    QCOMPARE(say("CompareSetup", "%n model(s), same sketch, prompt and seed.", 1),
             QStringLiteral("1 model, same sketch, prompt and seed."));
    QCOMPARE(say("CompareSetup", "%n model(s), same sketch, prompt and seed.", 3),
             QStringLiteral("3 models, same sketch, prompt and seed."));
    // Every entry of the catalogue is in the compiled one.
    for (const Plural &plural : std::as_const(m_plurals)) {
        const QByteArray context = plural.context.toUtf8();
        const QByteArray source = plural.source.toUtf8();
        QCOMPARE(say(context.constData(), source.constData(), 1), QString(plural.forms.at(0)).replace(QLatin1String("%n"), QLatin1String("1")));
        QCOMPARE(say(context.constData(), source.constData(), 2), QString(plural.forms.at(1)).replace(QLatin1String("%n"), QLatin1String("2")));
    }
}

QTEST_GUILESS_MAIN(TestEnglishPlurals)
#include "tst_englishplurals.moc"
