// The English catalogue: every %n string of the app reads right in English ("1 model",
// "3 models", never "model(s)"), and the compiled catalogue in the app's resources says so.

#include "tscatalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

class TestEnglishPlurals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyPluralHasTwoEnglishForms();
    void theAppSaysThem();

private:
    QList<TsMessage> m_plurals; // the %n messages
    QTranslator m_english;
};

void TestEnglishPlurals::initTestCase()
{
    QString error;
    m_plurals = readTsCatalogue(QStringLiteral(REIMAGINE_SOURCE_DIR "/translations/reimagine-studio_en.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_plurals.removeIf([](const TsMessage &m) { return !m.numerus; });
    QVERIFY(m_plurals.size() >= 20);
    QVERIFY(m_english.load(QStringLiteral(":/i18n/reimagine-studio_en.qm")));
    QCoreApplication::installTranslator(&m_english);
}

void TestEnglishPlurals::everyPluralHasTwoEnglishForms()
{
    static const QRegularExpression brackets(QStringLiteral("\\((e?s)\\)"));
    for (const TsMessage &plural : std::as_const(m_plurals)) {
        QVERIFY2(plural.translations.size() == 2, qPrintable(plural.source));
        for (const QString &form : plural.translations) {
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
    for (const TsMessage &plural : std::as_const(m_plurals)) {
        const QByteArray context = plural.context.toUtf8();
        const QByteArray source = plural.source.toUtf8();
        QCOMPARE(say(context.constData(), source.constData(), 1), QString(plural.translations.at(0)).replace(QLatin1String("%n"), QLatin1String("1")));
        QCOMPARE(say(context.constData(), source.constData(), 2), QString(plural.translations.at(1)).replace(QLatin1String("%n"), QLatin1String("2")));
    }
}

QTEST_GUILESS_MAIN(TestEnglishPlurals)
#include "tst_englishplurals.moc"
