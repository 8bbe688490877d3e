#include "clirunner.h"
#include "batchcommand.h"
#include "clihelp.h"
#include "leaderboardcommand.h"

#include "outputsink.h"

#include "history/historystore.h"
#include "imaging/imageloader.h"
#include "imaging/imagepreparer.h"
#include "imaging/resultwriter.h"
#include "jobs/job.h"
#include "jobs/jobjournal.h"
#include "jobs/jobqueue.h"
#include "model/providerinfo.h"
#include "presets/preset.h"
#include "providers/providerregistry.h"
#include "schema/modelcatalog.h"
#include "schema/parametervalidator.h"
#include "secrets/keychainsecretstore.h"
#include "session/costledger.h"
#include "session/keyresolver.h"
#include "session/runfactory.h"
#include "session/studiosession.h"
#include "settings/settings.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>

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
    s << CliHelp::text();
    s.flush();
    return error.isEmpty() ? ExitCode::Ok : ExitCode::Usage;
}

int CliRunner::fail(int code, const QString &message)
{
    m_err << "reimagine-cli: " << message << Qt::endl;
    return code;
}

void CliRunner::warnOnce(const QString &warning)
{
    if (m_warned.contains(warning))
        return;
    m_warned.append(warning);
    m_err << "reimagine-cli: warning: " << warning << Qt::endl;
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
    if (command == QLatin1String("structure"))
        return StructureCommand::run(rest, m_out, m_err);
    if (command == QLatin1String("run") || command == QLatin1String("resume") || command == QLatin1String("batch")) {
        for (const QString &warning : ProviderInfo::allKeyHostWarnings())
            m_err << "reimagine-cli: warning: " << warning << Qt::endl;
    }
    if (command == QLatin1String("run"))
        return runRun(rest);
    if (command == QLatin1String("resume"))
        return runResume(rest);
    if (command == QLatin1String("batch"))
        return runBatch(rest);
    if (command == QLatin1String("leaderboard")) {
        QString usageError;
        const int code = LeaderboardCommand::run(rest, openHistory(), m_out, m_err, &usageError);
        return usageError.isEmpty() ? code : usage(usageError);
    }
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
        } else if (arg == QLatin1String("--max-cost")) {
            QString text;
            if (!value(&text))
                return ExitCode::InvalidInput;
            bool ok = false;
            request->maxCostUsd = text.toDouble(&ok);
            if (!ok || request->maxCostUsd <= 0)
                return fail(ExitCode::InvalidInput, tr("--max-cost takes a positive amount in US dollars, got '%1'").arg(text));
        } else if (arg == QLatin1String("--timeout")) {
            QString text;
            if (!value(&text))
                return ExitCode::InvalidInput;
            bool ok = false;
            request->timeoutSeconds = text.toInt(&ok);
            if (!ok || request->timeoutSeconds <= 0)
                return fail(ExitCode::InvalidInput, tr("--timeout takes a positive number of seconds, got '%1'").arg(text));
        } else if (QString error; StructureCommand::takeOption(args, i, &request->structure, &error)
                   != StructureCommand::Taken::No) {
            if (!error.isEmpty())
                return fail(ExitCode::InvalidInput, error);
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
    if (ResultWriter::formatForPath(request->outputPath).isEmpty())
        return fail(ExitCode::InvalidInput, tr("--output must end in .png, .jpg or .webp, got '%1'")
                                                .arg(QFileInfo(request->outputPath).fileName()));
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
        std::optional<Preset> preset = Preset::load(presetPath, &error);
        if (!preset)
            return fail(ExitCode::InvalidInput, error);
        for (const QString &note : preset->dropFileFields(*m_catalog))
            warnOnce(note);
        values = preset->applyTo(*model, values, prompt);
        if (preset->structure)
            request->structure.adopt(*preset->structure);
    }

    if (request->imagePath.isEmpty()) {
        const ParameterSpec *imageField = model->fieldForRole(QStringLiteral("structure_image"));
        if (imageField && imageField->required)
            return fail(ExitCode::InvalidInput, tr("--image is required for %1").arg(model->id));
    } else {
        ImageLoader::Result loaded;
        if (!ImagePreparer::isWebUrl(request->imagePath)) {
            // Decode fully: a truncated or corrupt file is refused here, before anything is sent.
            loaded = ImageLoader::loadFile(request->imagePath);
            if (!loaded.ok())
                return fail(ExitCode::InvalidInput, tr("--image: %1").arg(loaded.error));
            request->imagePath = QFileInfo(request->imagePath).absoluteFilePath();
        }
        const ParameterSpec *imageField = model->fieldForRole(QStringLiteral("structure_image"));
        if (!imageField)
            return fail(ExitCode::InvalidInput, tr("%1 takes no structure image").arg(model->id));
        values.insert(imageField->name, request->imagePath);
        // Clean-up and maps (--cleanup, --canny, --map) replace what goes into the fields.
        if (QString error; !StructureCommand::applyToRun(request->structure, *model, request->imagePath, &values,
                                                         &request->sketchPath, m_err, &error))
            return fail(ExitCode::InvalidInput, error);
        // The upload then starts from this decode instead of decoding the file again.
        if (!loaded.image.isNull() && values.value(imageField->name).toString() == request->imagePath)
            ImagePreparer::handOver(request->imagePath, loaded);
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
    int code = parseRun(args, &request);
    if (code != ExitCode::Ok)
        return code;
    code = checkCost(request);
    if (code != ExitCode::Ok)
        return code;
    return startJob(request);
}

int CliRunner::checkCost(const RunRequest &request)
{
    const ModelSpec *model = m_catalog->model(request.modelId);
    CostLedger *costs = costLedger(false);
    CostLedger::Estimate estimate = costs->estimateRun(*model, request.values);
    if (m_settings->hasDailyBudget() || !estimate.usd)
        estimate = costLedger(true)->estimateRun(*model, request.values);
    const CostLedger::Check check = costs->check({estimate}, request.maxCostUsd);
    if (!check.allowed())
        return fail(ExitCode::InvalidInput, tr("nothing was sent: %1").arg(check.refusal));
    return ExitCode::Ok;
}

CostLedger *CliRunner::costLedger(bool withHistoryTotals)
{
    if (!m_settings)
        m_settings = new Settings(this);
    if (!m_costs)
        m_costs = new CostLedger(m_settings, this);
    if (withHistoryTotals && !m_historyTotalsRead) {
        m_historyTotalsRead = true;
        // Today's spending and the last charge of models without a price, from the history
        // the app and the CLI share.
        if (HistoryStore *history = openHistory()) {
            const QDate today = QDate::currentDate();
            m_costs->setHistoryTotals(today, history->totalCost(QDateTime(today, QTime(0, 0))), history->lastCharges());
        }
    }
    return m_costs;
}

HistoryStore *CliRunner::openHistory()
{
    if (!m_history)
        m_history = std::make_unique<HistoryStore>(StudioSession::defaultDataDir());
    if (!m_historyOpenTried) {
        m_historyOpenTried = true;
        // The app's history: CLI runs are browsed, compared and voted on there. A damaged
        // database is moved aside (said here) and a new one started, as the app does; without a
        // history (a newer or locked one) the results are still written to --output.
        QString error;
        QString notice;
        if (!m_history->openMovingDamagedAside(&error, &notice))
            m_err << "reimagine-cli: " << tr("%1 Results are saved, but not listed in the history.").arg(error)
                  << Qt::endl;
        if (!notice.isEmpty())
            m_err << "reimagine-cli: " << notice << Qt::endl;
    }
    return m_history->isOpen() ? m_history.get() : nullptr;
}

void CliRunner::openHistoryBefore(Job *job)
{
    connect(job, &Job::stateChanged, this, [this](JobState state) {
        if (state == JobState::Preparing || state == JobState::Uploading || m_historyOpenTried)
            return;
        if (state == JobState::Saving || isTerminal(state)) {
            // stateChanged comes before resultArrived and finished: opened here, the history is
            // open before the save or the record goes to the save thread.
            openHistory();
            return;
        }
        // At the provider: once the provider's code has sent what it sends next (the status
        // stream), while the job runs there.
        QTimer::singleShot(0, this, [this] { openHistory(); });
    });
}

void CliRunner::ensureQueue(History history)
{
    if (m_queue)
        return;
    m_registry = std::make_unique<ProviderRegistry>();
    m_network = new QNetworkAccessManager(this);
    m_network->setAutoDeleteReplies(false);
    // The same key lookup and run factory as the app; keys entered for one app session only
    // are not visible here.
    m_keychain = new KeychainSecretStore(QStringLiteral("reimagine-studio"), this);
    m_keys = new KeyResolver(m_keychain, nullptr, m_registry->ids(), this);
    m_factory = new RunFactory(m_registry.get(), m_network, m_keys, this);
    if (!m_settings)
        m_settings = new Settings(this);
    m_factory->setMaxUploadSide(m_settings->maxUploadSide()); // the same setting as the app
    m_journal = std::make_unique<JobJournal>(JobJournal::defaultDirectory());
    if (history == History::Now)
        openHistory();
    else if (!m_history)
        m_history = std::make_unique<HistoryStore>(StudioSession::defaultDataDir());
    m_sink = std::make_unique<OutputSink>(m_history.get());
    m_queue = new JobQueue(m_journal.get(), [this](const JobRequest &request, QString *error) {
        return m_factory->create(request, error);
    }, this);
    m_queue->setResultSink(m_sink.get());
    m_queue->setLimits(4, 2);
}

int CliRunner::startJob(const RunRequest &request)
{
    const ModelSpec *model = m_catalog->model(request.modelId);
    m_json = request.json;
    ensureQueue(History::Later);
    // Before the job can start (and end at once, without a key or a provider).
    connect(m_queue, &JobQueue::jobAdded, this, &CliRunner::openHistoryBefore);
    connect(m_queue, &JobQueue::jobFinished, this, &CliRunner::onJobFinished);
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    m_deadline->setInterval(request.timeoutSeconds * 1000);
    connect(m_deadline, &QTimer::timeout, this, [this, request] {
        m_err << "reimagine-cli: " << tr("gave up after %1 s (--timeout); the provider job was cancelled")
                                          .arg(request.timeoutSeconds) << Qt::endl;
        m_exitCode = ExitCode::Network;
        m_interrupted = true;
        m_queue->cancelAll();
    });

    const QString provider = model->provider;
    m_factory->setMaxWaitMs(request.timeoutSeconds * 1000);
    m_keys->whenKnown(provider, this, [this, request, model, provider](const QString &key) {
        if (key.isEmpty()) {
            m_err << "reimagine-cli: "
                  << tr("no API key for %1: set %2 or save the key in Reimagine Studio's settings")
                         .arg(provider, ProviderInfo::keyVariable(provider))
                  << Qt::endl;
            Q_EMIT finished(ExitCode::Auth);
            return;
        }
        JobRequest job;
        job.model = *model;
        job.values = request.values;
        const QJsonObject context{{QStringLiteral("origin"), QStringLiteral("cli")},
                                  {QStringLiteral("output"), QFileInfo(request.outputPath).absoluteFilePath()},
                                  {QStringLiteral("sketch"), request.sketchPath}};
        ++m_pendingJobs;
        m_deadline->start();
        m_queue->enqueue(job, context);
    });
    return -1;
}

int CliRunner::exitCodeFor(const Job &job)
{
    if (job.state() == JobState::Done)
        return ExitCode::Ok;
    if (job.state() == JobState::Interrupted)
        return ExitCode::ProviderFailed;
    switch (job.outcome().error) {
    case ApiResult::Error::None:
        return ExitCode::Ok;
    case ApiResult::Error::Auth:
        return ExitCode::Auth;
    case ApiResult::Error::Cancelled:
        return ExitCode::Interrupted;
    case ApiResult::Error::RateLimited:
    case ApiResult::Error::Server:
    case ApiResult::Error::Network:
    case ApiResult::Error::Timeout:
        return ExitCode::Network;
    case ApiResult::Error::NoCredits:
    case ApiResult::Error::Validation:
    case ApiResult::Error::TooLarge:
    case ApiResult::Error::Refused:
    case ApiResult::Error::Protocol:
        return ExitCode::ProviderFailed;
    }
    return ExitCode::ProviderFailed;
}

void CliRunner::onJobFinished(Job *job)
{
    --m_pendingJobs;
    const JobOutcome &outcome = job->outcome();
    int code = exitCodeFor(*job);
    const ParameterSpec *seedField = job->request().model.fieldForRole(QStringLiteral("seed"));
    // Providers that do not echo the seed used the one that was sent.
    const std::optional<qint64> seed = outcome.seedUsed(job->request().values, seedField ? seedField->name : QString());
    const std::optional<double> cost =
        CostLedger::chargeOf(job->request().model, job->request().values, job->state(), outcome);
    // The outputs were written (atomically, under the job's --output name) before the job was
    // Done; the journal entry is gone only once they were.
    QStringList written;
    int width = 0;
    int height = 0;
    if (code == ExitCode::Ok) {
        for (const OutputImage &image : outcome.outputs) {
            written.append(image.filePath);
            width = image.size.width();
            height = image.size.height();
        }
        if (!m_json) {
            for (const QString &path : std::as_const(written))
                m_out << path << Qt::endl;
        }
    } else {
        QString message = outcome.message.isEmpty() ? tr("the job ended as %1").arg(jobStateName(job->state()))
                                                    : outcome.message;
        m_err << "reimagine-cli: " << job->request().model.id << ": " << message << Qt::endl;
        for (const ApiFieldError &fieldError : outcome.fieldErrors)
            m_err << "reimagine-cli:   " << (fieldError.field.isEmpty() ? QString() : fieldError.field + QLatin1String(": "))
                  << fieldError.message << Qt::endl;
    }

    if (m_json) {
        QJsonObject summary{
            {QStringLiteral("request_id"), outcome.requestId},
            {QStringLiteral("model"), job->request().model.id},
            {QStringLiteral("provider"), job->request().model.provider},
            {QStringLiteral("seed"), seed ? QJsonValue(*seed) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("elapsed_ms"), job->elapsedMs()},
            {QStringLiteral("cost_usd"), cost ? QJsonValue(*cost) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("outputs"), QJsonArray::fromStringList(written)},
            {QStringLiteral("width"), width},
            {QStringLiteral("height"), height},
        };
        StructureCommand::addScores(&summary, job->context().value(QLatin1String("sketch")).toString(), written);
        if (code != ExitCode::Ok) {
            summary.insert(QStringLiteral("error"), outcome.message);
            summary.insert(QStringLiteral("state"), jobStateName(job->state()));
        }
        m_summaries.append(summary);
    }

    if (m_exitCode == ExitCode::Ok || (m_exitCode == ExitCode::Interrupted && code != ExitCode::Interrupted))
        m_exitCode = code == ExitCode::Ok ? m_exitCode : code;
    if (m_interrupted && m_exitCode == ExitCode::Ok)
        m_exitCode = ExitCode::Interrupted;
    finishIfDone();
}

void CliRunner::finishIfDone()
{
    if (m_pendingJobs > 0)
        return;
    if (m_deadline)
        m_deadline->stop();
    if (m_json) {
        const QJsonDocument doc = m_resuming ? QJsonDocument(m_summaries) : QJsonDocument(m_summaries.first().toObject());
        m_out << doc.toJson(QJsonDocument::Indented);
    }
    m_out.flush();
    m_err.flush();
    const int code = m_exitCode;
    QMetaObject::invokeMethod(this, [this, code] { Q_EMIT finished(code); }, Qt::QueuedConnection);
}

int CliRunner::runResume(const QStringList &args)
{
    for (const QString &arg : args) {
        if (arg == QLatin1String("--json"))
            m_json = true;
        else
            return usage(tr("'resume' does not take '%1'").arg(arg));
    }
    m_resuming = true;
    ensureQueue();
    connect(m_queue, &JobQueue::jobFinished, this, &CliRunner::onJobFinished);
    // A damaged entry is moved aside and said once, on stderr (also with --json).
    for (const QString &moved : m_journal->moveAsideUnreadable())
        m_err << "reimagine-cli: " << moved << Qt::endl;
    auto ours = [](const JobJournal::Entry &entry) {
        return entry.context.value(QLatin1String("origin")).toString() == QLatin1String("cli");
    };
    QStringList providers;
    int count = 0;
    for (const JobJournal::Entry &entry : m_journal->unfinished()) {
        if (!ours(entry))
            continue;
        ++count;
        if (!providers.contains(entry.provider))
            providers.append(entry.provider);
    }
    if (count == 0) {
        if (m_json)
            m_out << "[]" << Qt::endl;
        else
            m_err << "reimagine-cli: " << tr("no unfinished jobs") << Qt::endl;
        return ExitCode::Ok;
    }

    // Keys first (the keychain answers asynchronously), then resume everything at once.
    auto remaining = std::make_shared<int>(static_cast<int>(providers.size()));
    auto missing = std::make_shared<QStringList>();
    for (const QString &provider : std::as_const(providers)) {
        m_keys->whenKnown(provider, this, [this, remaining, missing, provider, ours](const QString &key) {
            if (key.isEmpty())
                missing->append(provider);
            if (--*remaining > 0)
                return;
            if (!missing->isEmpty()) {
                m_err << "reimagine-cli: " << tr("no API key for %1; the unfinished jobs stay in the journal")
                                                  .arg(missing->join(QLatin1String(", "))) << Qt::endl;
                Q_EMIT finished(ExitCode::Auth);
                return;
            }
            const QList<Job *> jobs = m_queue->resumeUnfinished(*m_catalog, ours);
            m_pendingJobs += static_cast<int>(jobs.size());
            if (!m_json) {
                m_err << "reimagine-cli: " << tr("resuming %n job(s)", nullptr, static_cast<int>(jobs.size()))
                      << Qt::endl;
            }
            // Jobs that ended at once (interrupted mid-submit) were already reported by
            // jobFinished; the rest report when they finish.
            finishIfDone();
        });
    }
    return -1;
}

int CliRunner::runBatch(const QStringList &args)
{
    m_batch = std::make_unique<BatchCommand>(this);
    connect(m_batch.get(), &BatchCommand::finished, this, &CliRunner::finished);
    return m_batch->start(args);
}

void CliRunner::interrupt()
{
    if (m_batch) {
        m_batch->interrupt();
        return;
    }
    if (m_interrupted || !m_queue || m_pendingJobs == 0) {
        // Nothing runs (or a second Ctrl+C): leave now.
        Q_EMIT finished(ExitCode::Interrupted);
        return;
    }
    m_interrupted = true;
    m_exitCode = ExitCode::Interrupted;
    m_err << "reimagine-cli: " << tr("interrupted: cancelling the provider job…") << Qt::endl;
    m_queue->cancelAll();
}
