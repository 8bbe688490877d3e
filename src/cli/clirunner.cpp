#include "clirunner.h"

#include "imaging/imageloader.h"
#include "presets/preset.h"
#include "schema/modelcatalog.h"
#include "schema/parametervalidator.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

CliRunner::CliRunner(QObject *parent)
    : QObject(parent)
    , m_out(stdout)
    , m_err(stderr)
    , m_catalog(std::make_unique<ModelCatalog>(ModelCatalog::defaultUserModelDir()))
{
}

CliRunner::~CliRunner() = default;

int CliRunner::usage(const QString &error)
{
    if (!error.isEmpty())
        m_err << "reimagine-cli: " << error << Qt::endl << Qt::endl;
    QTextStream &s = error.isEmpty() ? m_out : m_err;
    s << "Usage:\n"
         "  reimagine-cli models [--json]\n"
         "  reimagine-cli schema <model-id>\n"
         "  reimagine-cli run --model <id> --image <file> [--prompt TEXT] [--set key=value]...\n"
         "                    [--preset FILE] --output <file> [--json] [--timeout SECONDS]\n"
         "  reimagine-cli resume [--json]\n"
         "\n"
         "Keys come from the OS keychain or FAL_KEY, SEGMIND_API_KEY, FREEPIK_API_KEY.\n"
         "Exit codes: 0 ok, 2 invalid input, 3 missing key or 401/403, 4 provider failed,\n"
         "5 network/timeout/5xx, 130 interrupted.\n";
    s.flush();
    return error.isEmpty() ? ExitCode::Ok : ExitCode::Usage;
}

int CliRunner::fail(int code, const QString &message)
{
    m_err << "reimagine-cli: " << message << Qt::endl;
    return code;
}

int CliRunner::start(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usage(tr("no command given"));
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help"))
        return usage();
    if (command == QLatin1String("--version")) {
        m_out << "reimagine-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitCode::Ok;
    }

    m_catalog->reload();
    for (const QString &problem : m_catalog->errors())
        m_err << "reimagine-cli: warning: " << problem << Qt::endl;

    if (command == QLatin1String("models"))
        return runModels(rest);
    if (command == QLatin1String("schema"))
        return runSchema(rest);
    if (command == QLatin1String("run"))
        return runRun(rest);
    if (command == QLatin1String("resume"))
        return runResume(rest);
    return usage(tr("unknown command '%1'").arg(command));
}

int CliRunner::runModels(const QStringList &args)
{
    bool json = false;
    for (const QString &arg : args) {
        if (arg == QLatin1String("--json"))
            json = true;
        else
            return usage(tr("'models' does not take '%1'").arg(arg));
    }
    if (json) {
        QJsonArray list;
        for (const ModelSpec &model : m_catalog->models())
            list.append(model.summaryJson());
        m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        m_out.flush();
        return ExitCode::Ok;
    }
    int idWidth = 2;
    int providerWidth = 8;
    for (const ModelSpec &model : m_catalog->models()) {
        idWidth = qMax(idWidth, static_cast<int>(model.id.size()));
        providerWidth = qMax(providerWidth, static_cast<int>(model.provider.size()));
    }
    m_out << QStringLiteral("ID").leftJustified(idWidth + 2) << QStringLiteral("PROVIDER").leftJustified(providerWidth + 2)
          << QStringLiteral("PRICE").leftJustified(10) << "TITLE\n";
    for (const ModelSpec &model : m_catalog->models()) {
        const QString price = model.priceUsd ? QStringLiteral("$%1").arg(*model.priceUsd, 0, 'f', 3)
                                             : QStringLiteral("unknown");
        m_out << model.id.leftJustified(idWidth + 2) << model.provider.leftJustified(providerWidth + 2)
              << price.leftJustified(10) << model.title << '\n';
    }
    m_out.flush();
    return ExitCode::Ok;
}

int CliRunner::runSchema(const QStringList &args)
{
    if (args.size() != 1 || args.first().startsWith(QLatin1String("--")))
        return usage(tr("'schema' takes exactly one model id"));
    const ModelSpec *model = m_catalog->model(args.first());
    if (!model)
        return fail(ExitCode::InvalidInput, tr("unknown model '%1'. Available models: %2")
                                                .arg(args.first(), m_catalog->ids().join(QLatin1String(", "))));
    m_out << QJsonDocument(model->toJson()).toJson(QJsonDocument::Indented);
    m_out.flush();
    return ExitCode::Ok;
}

int CliRunner::parseRun(const QStringList &args, RunRequest *request)
{
    QStringList sets;
    QString prompt;
    bool hasPrompt = false;
    QString presetPath;

    auto takeValue = [&](int &i, const QString &option, QString *out) -> bool {
        if (i + 1 >= args.size()) {
            m_err << "reimagine-cli: " << tr("%1 needs a value").arg(option) << Qt::endl;
            return false;
        }
        *out = args.at(++i);
        return true;
    };

    for (int i = 0; i < args.size(); ++i) {
        QString arg = args.at(i);
        QString inlineValue;
        bool hasInline = false;
        if (arg.startsWith(QLatin1String("--")) && arg.contains(u'=')) {
            const int eq = static_cast<int>(arg.indexOf(u'='));
            inlineValue = arg.mid(eq + 1);
            arg = arg.left(eq);
            hasInline = true;
        }
        auto value = [&](QString *out) -> bool {
            if (hasInline) {
                *out = inlineValue;
                return true;
            }
            return takeValue(i, arg, out);
        };
        if (arg == QLatin1String("--model")) {
            if (!value(&request->modelId))
                return ExitCode::InvalidInput;
        } else if (arg == QLatin1String("--image")) {
            if (!value(&request->imagePath))
                return ExitCode::InvalidInput;
        } else if (arg == QLatin1String("--prompt")) {
            if (!value(&prompt))
                return ExitCode::InvalidInput;
            hasPrompt = true;
        } else if (arg == QLatin1String("--set")) {
            QString set;
            if (!value(&set))
                return ExitCode::InvalidInput;
            sets.append(set);
        } else if (arg == QLatin1String("--preset")) {
            if (!value(&presetPath))
                return ExitCode::InvalidInput;
        } else if (arg == QLatin1String("--output")) {
            if (!value(&request->outputPath))
                return ExitCode::InvalidInput;
        } else if (arg == QLatin1String("--json")) {
            request->json = true;
        } else if (arg == QLatin1String("--timeout")) {
            QString text;
            if (!value(&text))
                return ExitCode::InvalidInput;
            bool ok = false;
            request->timeoutSeconds = text.toInt(&ok);
            if (!ok || request->timeoutSeconds <= 0)
                return fail(ExitCode::InvalidInput, tr("--timeout takes a positive number of seconds, got '%1'").arg(text));
        } else {
            return fail(ExitCode::InvalidInput, tr("'run' does not take '%1'").arg(args.at(i)));
        }
    }

    if (request->modelId.isEmpty())
        return fail(ExitCode::InvalidInput, tr("--model is required. Available models: %1")
                                                .arg(m_catalog->ids().join(QLatin1String(", "))));
    const ModelSpec *model = m_catalog->model(request->modelId);
    if (!model)
        return fail(ExitCode::InvalidInput, tr("unknown model '%1'. Available models: %2")
                                                .arg(request->modelId, m_catalog->ids().join(QLatin1String(", "))));
    if (request->outputPath.isEmpty())
        return fail(ExitCode::InvalidInput, tr("--output is required"));
    const QFileInfo outputInfo(request->outputPath);
    if (!outputInfo.absoluteDir().exists())
        return fail(ExitCode::InvalidInput, tr("the folder of --output does not exist: %1")
                                                .arg(QDir::toNativeSeparators(outputInfo.absolutePath())));

    QJsonObject values = model->defaultValues();

    if (hasPrompt) {
        const ParameterSpec *promptField = model->fieldForRole(QStringLiteral("prompt"));
        if (!promptField)
            return fail(ExitCode::InvalidInput, tr("%1 takes no prompt").arg(model->id));
        values.insert(promptField->name, prompt);
    }

    if (!presetPath.isEmpty()) {
        // The preset's prompt template wraps --prompt; its exact per-model values win over
        // the defaults; --set below wins over everything.
        QString error;
        const std::optional<Preset> preset = Preset::load(presetPath, &error);
        if (!preset)
            return fail(ExitCode::InvalidInput, error);
        values = preset->applyTo(*model, values, prompt);
    }

    if (request->imagePath.isEmpty()) {
        const ParameterSpec *imageField = model->fieldForRole(QStringLiteral("structure_image"));
        if (imageField && imageField->required)
            return fail(ExitCode::InvalidInput, tr("--image is required for %1").arg(model->id));
    } else {
        const bool isUrl = request->imagePath.startsWith(QLatin1String("https://"))
            || request->imagePath.startsWith(QLatin1String("http://"));
        if (!isUrl) {
            // Decode fully: a truncated or corrupt file is refused here, before anything is sent.
            const ImageLoader::Result loaded = ImageLoader::loadFile(request->imagePath);
            if (!loaded.ok())
                return fail(ExitCode::InvalidInput, tr("--image: %1").arg(loaded.error));
            request->imagePath = QFileInfo(request->imagePath).absoluteFilePath();
        }
        const ParameterSpec *imageField = model->fieldForRole(QStringLiteral("structure_image"));
        if (!imageField)
            return fail(ExitCode::InvalidInput, tr("%1 takes no structure image").arg(model->id));
        values.insert(imageField->name, request->imagePath);
    }

    for (const QString &set : std::as_const(sets)) {
        const int eq = static_cast<int>(set.indexOf(u'='));
        if (eq <= 0)
            return fail(ExitCode::InvalidInput, tr("--set takes key=value, got '%1'").arg(set));
        const QString key = set.left(eq);
        const QString text = set.mid(eq + 1);
        const ParameterSpec *spec = model->field(key);
        if (!spec)
            return fail(ExitCode::InvalidInput, tr("unknown parameter '%1' for %2. Known parameters: %3")
                                                    .arg(key, model->id, model->fieldNames().join(QLatin1String(", "))));
        if (text.isEmpty() && !spec->required) {
            values.remove(key); // "--set key=" leaves the field unset
            continue;
        }
        QString error;
        const QJsonValue parsed = ParameterValidator::parseText(*spec, text, &error);
        if (!error.isEmpty())
            return fail(ExitCode::InvalidInput, QStringLiteral("%1: %2").arg(key, error));
        values.insert(key, parsed);
    }

    const QList<FieldError> errors = ParameterValidator(*model).validate(values);
    if (!errors.isEmpty()) {
        for (const FieldError &e : errors)
            m_err << "reimagine-cli: " << (e.field.isEmpty() ? QString() : e.field + QLatin1String(": ")) << e.message << Qt::endl;
        return ExitCode::InvalidInput;
    }
    request->values = values;
    return ExitCode::Ok;
}

int CliRunner::runRun(const QStringList &args)
{
    RunRequest request;
    const int code = parseRun(args, &request);
    if (code != ExitCode::Ok)
        return code;
    return startJob(request);
}

int CliRunner::startJob(const RunRequest &request)
{
    return fail(ExitCode::ProviderFailed, tr("running %1 is not available in this build").arg(request.modelId));
}

int CliRunner::runResume(const QStringList &args)
{
    for (const QString &arg : args) {
        if (arg != QLatin1String("--json"))
            return usage(tr("'resume' does not take '%1'").arg(arg));
    }
    return fail(ExitCode::ProviderFailed, tr("resuming jobs is not available in this build"));
}

void CliRunner::interrupt()
{
    Q_EMIT finished(ExitCode::Interrupted);
}
