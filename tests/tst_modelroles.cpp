#include "schema/modelroles.h"

#include <QTest>

namespace {

ParameterSpec field(const char *name, ParameterSpec::Type type, bool required = false)
{
    ParameterSpec spec;
    spec.name = QString::fromLatin1(name);
    spec.type = type;
    spec.required = required;
    return spec;
}

} // namespace

Q_DECLARE_METATYPE(ParameterSpec)

class TestModelRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guessRole_data();
    void guessRole();
    void defaultGroup_data();
    void defaultGroup();
    void completeGuessesAndKeepsNamedRoles();
    void structureImageCandidates();
};

void TestModelRoles::guessRole_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("role");
    const auto row = [](const char *name, const char *role) {
        QTest::newRow(name) << QString::fromLatin1(name) << QString::fromLatin1(role);
    };
    row("prompt", "prompt");
    row("image_size", "aspect_ratio");
    row("num_results", "num_images");
    row("guidance_scale", "");
}

void TestModelRoles::guessRole()
{
    QFETCH(QString, name);
    QFETCH(QString, role);
    QCOMPARE(ModelRoles::guessRole(name), role);
}

void TestModelRoles::defaultGroup_data()
{
    QTest::addColumn<ParameterSpec>("spec");
    QTest::addColumn<QString>("group");
    ParameterSpec optionalStructure = field("structure_image_url", ParameterSpec::Type::Image);
    optionalStructure.role = QStringLiteral("structure_image");
    ParameterSpec requiredStructure = optionalStructure;
    requiredStructure.required = true;
    ParameterSpec seed = field("seed", ParameterSpec::Type::Integer);
    seed.role = QStringLiteral("seed");
    QTest::newRow("optional structure image") << optionalStructure << QStringLiteral("structure");
    QTest::newRow("required structure image") << requiredStructure << QStringLiteral("basic");
    QTest::newRow("seed role") << seed << QStringLiteral("basic");
    QTest::newRow("steps") << field("num_inference_steps", ParameterSpec::Type::Integer) << QStringLiteral("basic");
    QTest::newRow("required") << field("style", ParameterSpec::Type::String, true) << QStringLiteral("basic");
    QTest::newRow("another image") << field("reference", ParameterSpec::Type::Image) << QStringLiteral("structure");
    QTest::newRow("preprocess switch") << field("canny_preprocess", ParameterSpec::Type::Boolean)
                                       << QStringLiteral("structure");
    QTest::newRow("structure word") << field("control_scale", ParameterSpec::Type::Number)
                                    << QStringLiteral("structure");
    QTest::newRow("boolean with a structure word") << field("mask_invert", ParameterSpec::Type::Boolean)
                                                   << QStringLiteral("advanced");
    QTest::newRow("anything else") << field("sync_mode", ParameterSpec::Type::Boolean) << QStringLiteral("advanced");
}

void TestModelRoles::defaultGroup()
{
    QFETCH(ParameterSpec, spec);
    QFETCH(QString, group);
    QCOMPARE(ModelRoles::defaultGroup(spec), group);
}

void TestModelRoles::completeGuessesAndKeepsNamedRoles()
{
    ModelSpec model;
    model.fields = {field("prompt", ParameterSpec::Type::String), field("count", ParameterSpec::Type::Integer),
                    field("num_results", ParameterSpec::Type::Integer),
                    field("strength", ParameterSpec::Type::Number), field("seed", ParameterSpec::Type::Integer)};
    model.fields[3].group = QStringLiteral("advanced");
    model.roles.insert(QStringLiteral("num_images"), QStringLiteral("count"));   // named by the file
    ModelRoles::complete(&model);
    QCOMPARE(model.roles.value(QStringLiteral("prompt")), QStringLiteral("prompt"));
    QCOMPARE(model.roles.value(QStringLiteral("num_images")), QStringLiteral("count"));
    QCOMPARE(model.fields.at(0).role, QStringLiteral("prompt"));
    QCOMPARE(model.fields.at(0).group, QStringLiteral("basic"));
    QCOMPARE(model.fields.at(1).role, QStringLiteral("num_images"));
    QCOMPARE(model.fields.at(2).role, QString());   // its guess is taken already
    QCOMPARE(model.fields.at(2).group, QStringLiteral("advanced"));
    QCOMPARE(model.fields.at(3).role, QStringLiteral("strength"));
    QCOMPARE(model.fields.at(3).group, QStringLiteral("advanced"));   // a group given is kept
    QCOMPARE(model.fields.at(4).widget, ParameterSpec::Widget::Seed);
}

void TestModelRoles::structureImageCandidates()
{
    ModelSpec model;
    model.fields = {field("image_url", ParameterSpec::Type::Image),
                    field("control_image_url", ParameterSpec::Type::Image),
                    field("seed", ParameterSpec::Type::Integer)};
    ModelRoles::complete(&model);
    QCOMPARE(model.roles.value(QStringLiteral("structure_image")), QStringLiteral("control_image_url"));
    QCOMPARE(model.fields.at(1).role, QStringLiteral("structure_image"));
    QCOMPARE(model.fields.at(1).group, QStringLiteral("structure"));
    QCOMPARE(model.fields.at(2).widget, ParameterSpec::Widget::Seed);
}

QTEST_GUILESS_MAIN(TestModelRoles)
#include "tst_modelroles.moc"
