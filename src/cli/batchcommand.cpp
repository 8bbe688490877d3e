#include "batchcommand.h"

#include "batchprogress.h"
#include "batchreport.h"
#include "clirunner.h"
#include "structurecommand.h"

#include "history/historystore.h"
#include "imaging/imageloader.h"
#include "imaging/resultwriter.h"
#include "jobs/job.h"
#include "jobs/jobjournal.h"
#include "jobs/jobqueue.h"
#include "model/providerinfo.h"
#include "schema/modelcatalog.h"
#include "session/costledger.h"
#include "session/keyresolver.h"
#include "session/runfactory.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSet>
#include <QUuid>

#include <cstdio>
#include <memory>

namespace {

constexpr int kDefaultConcurrency = 4;
constexpr int kMaxConcurrency = 16;
constexpr int kPerProviderLimit = 2;      // as `run` and the app: the providers' rate limits
constexpr int kMaxWaitMs = 600 * 1000;    // each pair, as `run`'s default --timeout

const QLatin1String kBatchKey("batch");
const QLatin1String kPairKey("pair");

// "fal:bria/reimagine/3.2" -> "fal-bria-reimagine-3-2"
QString modelSlug(const QString &modelId)
{
    QString slug;
    for (const QChar c : modelId.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug += c;
        else if (!slug.endsWith(u'-'))
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.isEmpty() ? QStringLiteral("model") : slug;
}

// The sketch's name without its suffix, as a safe file name part.
QString sketchStem(const QString &path)
{
    QString stem;
    for (const QChar c : QFileInfo(path).completeBaseName()) {
        const bool safe = c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.';
        stem += safe ? c : u'_';
    }
    while (stem.startsWith(u'.'))
        stem.remove(0, 1);
    return stem.isEmpty() ? QStringLiteral("sketch") : stem;
}

QString uniqueName(const QString &base, const QString &suffix, QSet<QString> *taken)
{
    QString name = base + suffix;
    for (int n = 2; taken->contains(name.toLower()); ++n)
        name = QStringLiteral("%1-%2%3").arg(base).arg(n).arg(suffix);
    taken->insert(name.toLower());
    return name;
}

bool isSketchFile(const QFileInfo &info)
{
    static const QStringList suffixes{QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                      QStringLiteral("webp")};
    return info.isFile() && suffixes.contains(info.suffix().toLower());
}

} // namespace

BatchCommand::BatchCommand(CliRunner *runner)
    : m_runner(runner)
    , m_out(stdout)
    , m_err(stderr)
{
}

BatchCommand::~BatchCommand() = default;

int BatchCommand::fail(int code, const QString &message)
{
    return m_runner->fail(code, message);
}

int BatchCommand::start(const QStringList &args)
{
    Options options;
    int code = parseOptions(args, &options);
    if (code != ExitCode::Ok)
        return code;
    m_json = options.json;
    m_resuming = !options.resume.isEmpty();
    code = m_resuming ? loadForResume(options) : plan(options);
    if (code == ExitCode::Ok)
        code = checkCosts();
    if (code != ExitCode::Ok) {
        m_lock.reset();
        if (m_createdOutputDir)
            QDir().rmdir(m_manifest.directory); // only when still empty
        return code;
    }
    waitForKeys();
    return -1;
}

int BatchCommand::parseOptions(const QStringList &args, Options *options)
{
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
            if (i + 1 >= args.size()) {
                fail(ExitCode::InvalidInput, tr("%1 needs a value").arg(arg));
                return false;
            }
            *out = args.at(++i);
            return true;
        };
        QString text;
        if (arg == QLatin1String("--input")) {
            if (!value(&text))
                return ExitCode::InvalidInput;
            options->inputs.append(text);
            // `--input sketches/*.png`: every following word up to the next option.
            while (!hasInline && i + 1 < args.size() && !args.at(i + 1).startsWith(QLatin1String("--")))
                options->inputs.append(args.at(++i));
        } else if (arg == QLatin1String("--models")) {
            if (!value(&text))
                return ExitCode::InvalidInput;
            for (const QString &id : text.split(u',', Qt::SkipEmptyParts)) {
                if (!options->models.contains(id.trimmed()))
                    options->models.append(id.trimmed());
            }
        } else if (arg == QLatin1String("--output")) {
            if (!value(&options->output))
                return ExitCode::InvalidInput;
        } else if (arg == QLatin1String("--prompt")) {
            if (!value(&options->prompt))
                return ExitCode::InvalidInput;
            options->hasPrompt = true;
        } else if (arg == QLatin1String("--preset")) {
            if (!value(&options->preset))
                return ExitCode::InvalidInput;
        } else if (arg == QLatin1String("--set")) {
            if (!value(&text))
                return ExitCode::InvalidInput;
            options->sets.append(text);
        } else if (arg == QLatin1String("--max-cost")) {
            if (!value(&text))
                return ExitCode::InvalidInput;
            bool ok = false;
            options->maxCostUsd = text.toDouble(&ok);
            if (!ok || options->maxCostUsd <= 0)
                return fail(ExitCode::InvalidInput, tr("--max-cost takes a positive amount in US dollars, got '%1'").arg(text));
        } else if (arg == QLatin1String("--concurrency")) {
            if (!value(&text))
                return ExitCode::InvalidInput;
            bool ok = false;
            options->concurrency = text.toInt(&ok);
            if (!ok || options->concurrency < 1 || options->concurrency > kMaxConcurrency)
                return fail(ExitCode::InvalidInput, tr("--concurrency takes a number from 1 to %1, got '%2'")
                                                        .arg(kMaxConcurrency).arg(text));
        } else if (arg == QLatin1String("--json")) {
            options->json = true;
        } else if (arg == QLatin1String("--resume")) {
            if (!value(&options->resume))
                return ExitCode::InvalidInput;
        } else if (arg == QLatin1String("--retry-failed")) {
            options->retryFailed = true;
        } else {
            return fail(ExitCode::InvalidInput, tr("'batch' does not take '%1'").arg(args.at(i)));
        }
    }

    if (!options->resume.isEmpty()) {
        if (!options->inputs.isEmpty() || !options->models.isEmpty() || !options->output.isEmpty()
            || options->hasPrompt || !options->preset.isEmpty() || !options->sets.isEmpty() || options->maxCostUsd > 0)
            return fail(ExitCode::InvalidInput,
                        tr("--resume continues a batch as it was planned; it takes only --retry-failed, "
                           "--concurrency and --json"));
        return ExitCode::Ok;
    }
    if (options->retryFailed)
        return fail(ExitCode::InvalidInput, tr("--retry-failed goes with --resume DIR"));
    if (options->inputs.isEmpty())
        return fail(ExitCode::InvalidInput, tr("--input is required: a folder of sketches or sketch files"));
    if (options->models.isEmpty())
        return fail(ExitCode::InvalidInput, tr("--models is required. Available models: %1")
                                                .arg(m_runner->catalog().ids().join(QLatin1String(", "))));
    if (options->output.isEmpty())
        return fail(ExitCode::InvalidInput, tr("--output is required: the folder for the results and the report"));
    return ExitCode::Ok;
}

int BatchCommand::collectSketches(const QStringList &inputs, const QString &outputDir, QStringList *sketches)
{
    for (const QString &input : inputs) {
        const QFileInfo info(input);
        if (info.isDir()) {
            if (QDir(info.absoluteFilePath()) == QDir(outputDir))
                return fail(ExitCode::InvalidInput, tr("--output must be another folder than the --input folder %1")
                                                        .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
            const QFileInfoList files = QDir(info.absoluteFilePath()).entryInfoList(QDir::Files, QDir::Name);
            int found = 0;
            for (const QFileInfo &file : files) {
                if (!isSketchFile(file))
                    continue;
                ++found;
                if (!sketches->contains(file.absoluteFilePath()))
                    sketches->append(file.absoluteFilePath());
            }
            if (found == 0)
                return fail(ExitCode::InvalidInput, tr("--input: no sketches (PNG, JPEG or WebP files) in %1")
                                                        .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
        } else if (info.isFile()) {
            if (!sketches->contains(info.absoluteFilePath()))
                sketches->append(info.absoluteFilePath());
        } else {
            return fail(ExitCode::InvalidInput, tr("--input: no such file or folder: %1").arg(QDir::toNativeSeparators(input)));
        }
    }
    // Every sketch decodes fully before anything is sent; the message names the file.
    for (const QString &sketch : std::as_const(*sketches)) {
        const ImageLoader::Result loaded = ImageLoader::loadFile(sketch);
        if (!loaded.ok())
            return fail(ExitCode::InvalidInput, tr("--input: %1: %2").arg(QDir::toNativeSeparators(sketch), loaded.error));
    }
    return ExitCode::Ok;
}

int BatchCommand::lockFolder(const QString &directory)
{
    m_lock = std::make_unique<QLockFile>(QDir(directory).filePath(QStringLiteral("reimagine-batch.lock")));
    m_lock->setStaleLockTime(0); // only a lock whose process is gone (a kill) is taken over
    if (m_lock->tryLock(0))
        return ExitCode::Ok;
    m_lock.reset();
    return fail(ExitCode::InvalidInput, tr("another reimagine-cli is working on the batch in %1")
                                            .arg(QDir::toNativeSeparators(directory)));
}

int BatchCommand::plan(const Options &options)
{
    const QString outputDir = QDir(options.output).absolutePath();
    if (QFileInfo::exists(QDir(outputDir).filePath(BatchManifest::fileName())))
        return fail(ExitCode::InvalidInput,
                    tr("%1 already holds a batch: finish it with 'reimagine-cli batch --resume %1', or choose "
                       "another --output folder").arg(QDir::toNativeSeparators(outputDir)));
    if (QFileInfo::exists(outputDir) && !QFileInfo(outputDir).isDir())
        return fail(ExitCode::InvalidInput, tr("--output must be a folder: %1").arg(QDir::toNativeSeparators(outputDir)));

    const ModelCatalog &catalog = m_runner->catalog();
    for (const QString &id : options.models) {
        if (!catalog.model(id))
            return fail(ExitCode::InvalidInput, tr("unknown model '%1'. Available models: %2")
                                                    .arg(id, catalog.ids().join(QLatin1String(", "))));
    }
    QStringList sketches;
    int code = collectSketches(options.inputs, outputDir, &sketches);
    if (code != ExitCode::Ok)
        return code;

    if (!QFileInfo::exists(outputDir)) {
        if (!QDir().mkpath(outputDir))
            return fail(ExitCode::InvalidInput, tr("cannot create the --output folder %1").arg(QDir::toNativeSeparators(outputDir)));
        m_createdOutputDir = true;
    }
    m_manifest.directory = outputDir;
    code = lockFolder(outputDir);
    if (code != ExitCode::Ok)
        return code;
    if (QFileInfo::exists(m_manifest.path())) // another batch got here first
        return fail(ExitCode::InvalidInput, tr("%1 already holds a batch").arg(QDir::toNativeSeparators(outputDir)));
    m_manifest.batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_manifest.created = QDateTime::currentDateTimeUtc();
    m_manifest.sketches = sketches;
    m_manifest.models = options.models;
    m_manifest.maxCostUsd = options.maxCostUsd;
    m_manifest.concurrency = options.concurrency > 0 ? options.concurrency : kDefaultConcurrency;

    // Each pair is a `run`: the same parsing, presets, --set checks and structure handling.
    QSet<QString> stems;
    QSet<QString> outputs;
    for (int s = 0; s < sketches.size(); ++s) {
        const QString stem = uniqueName(sketchStem(sketches.at(s)), QString(), &stems);
        for (int m = 0; m < options.models.size(); ++m) {
            BatchPair pair;
            pair.sketch = s;
            pair.model = m;
            pair.output = uniqueName(stem + u'-' + modelSlug(options.models.at(m)), QStringLiteral(".png"), &outputs);
            QStringList runArgs{QStringLiteral("--model"), options.models.at(m), QStringLiteral("--image"), sketches.at(s),
                                QStringLiteral("--output"), m_manifest.filePath(pair.output)};
            if (options.hasPrompt)
                runArgs << QStringLiteral("--prompt") << options.prompt;
            if (!options.preset.isEmpty())
                runArgs << QStringLiteral("--preset") << options.preset;
            for (const QString &set : options.sets)
                runArgs << QStringLiteral("--set") << set;
            CliRunner::RunRequest request;
            code = m_runner->parseRun(runArgs, &request);
            if (code != ExitCode::Ok)
                return fail(code, tr("%1 with %2 cannot be sent (see above); nothing was sent")
                                      .arg(QFileInfo(sketches.at(s)).fileName(), options.models.at(m)));
            pair.values = request.values;
            pair.sketchSent = request.sketchPath;
            m_manifest.pairs.append(pair);
        }
    }
    return ExitCode::Ok;
}

int BatchCommand::loadForResume(const Options &options)
{
    if (QFileInfo(options.resume).isDir()) {
        const int code = lockFolder(QDir(options.resume).absolutePath());
        if (code != ExitCode::Ok)
            return code;
    }
    QString error;
    std::optional<BatchManifest> manifest = BatchManifest::load(options.resume, &error);
    if (!manifest)
        return fail(ExitCode::InvalidInput, error);
    m_manifest = *manifest;
    if (options.concurrency > 0)
        m_manifest.concurrency = options.concurrency;
    for (const QString &id : std::as_const(m_manifest.models)) {
        if (!m_runner->catalog().model(id))
            return fail(ExitCode::InvalidInput, tr("the batch uses %1, which is no longer in the model catalog").arg(id));
    }

    m_runner->ensureQueue();
    for (const QString &moved : m_runner->journal()->moveAsideUnreadable())
        m_err << "reimagine-cli: " << moved << Qt::endl;
    // The batch's jobs in the journal: followed again (or finished as Interrupted), never sent again.
    QSet<int> journaled;
    for (const JobJournal::Entry &entry : m_runner->journal()->unfinished()) {
        if (entry.context.value(kBatchKey).toString() != m_manifest.batchId)
            continue;
        const int index = entry.context.value(kPairKey).toInt(-1);
        if (index < 0 || index >= m_manifest.pairs.size() || m_manifest.pairs.at(index).isFinal())
            continue;
        BatchPair &pair = m_manifest.pairs[index];
        pair.state = BatchPair::State::Queued; // also when the kill came before the manifest noted it
        pair.jobId = entry.jobId;
        journaled.insert(index);
    }
    QStringList notRetried;
    for (int i = 0; i < m_manifest.pairs.size(); ++i) {
        BatchPair &pair = m_manifest.pairs[i];
        if (pair.state == BatchPair::State::Queued && !journaled.contains(i))
            reconcile(pair);
        if (pair.state == BatchPair::State::Pending) {
            pair.error.clear();
            if (!pair.sketchSent.isEmpty() && !QFileInfo::exists(pair.sketchSent))
                return fail(ExitCode::InvalidInput, tr("the sketch %1 of the batch is gone")
                                                        .arg(QDir::toNativeSeparators(pair.sketchSent)));
        }
        if (options.retryFailed && pair.canRetry()) {
            pair.clearResult();
            pair.state = BatchPair::State::Pending;
        } else if (options.retryFailed && pair.isFinal() && pair.state != BatchPair::State::Done) {
            notRetried.append(QStringLiteral("%1, %2").arg(QFileInfo(m_manifest.sketches.at(pair.sketch)).fileName(),
                                                           m_manifest.models.at(pair.model)));
        }
    }
    for (const QString &pair : std::as_const(notRetried))
        m_err << "reimagine-cli: " << tr("not sent again, it may have been charged: %1").arg(pair) << Qt::endl;
    return ExitCode::Ok;
}

void BatchCommand::reconcile(BatchPair &pair)
{
    if (HistoryStore *history = m_runner->openHistory()) {
        if (const std::optional<HistoryEntry> entry = history->entry(pair.jobId)) {
            fillFromHistory(pair, *entry);
            return;
        }
    }
    // No row (no history to record in): the output files say whether it was kept.
    const QString output = m_manifest.filePath(pair.output);
    QStringList found;
    if (QFileInfo::exists(output)) {
        found.append(pair.output);
    } else {
        for (const QString &numbered : ResultWriter::numberedPaths(output, 100)) {
            if (!QFileInfo::exists(numbered))
                break;
            found.append(QFileInfo(numbered).fileName());
        }
    }
    if (!found.isEmpty()) {
        pair.state = BatchPair::State::Done;
        pair.outputs = found;
        return;
    }
    pair.state = BatchPair::State::Interrupted;
    pair.mayHaveCharged = true;
    pair.error = tr("It was sent by an earlier run of the batch and is neither in the job journal nor in the "
                    "history. It is not sent again, so it is never paid twice; check the provider's dashboard.");
}

void BatchCommand::fillFromHistory(BatchPair &pair, const HistoryEntry &entry)
{
    pair.seed = entry.seed;
    pair.costUsd = entry.costUsd;
    pair.elapsedMs = entry.elapsedMs;
    pair.error = entry.error;
    switch (entry.status) {
    case RunStatus::Done: {
        pair.state = BatchPair::State::Done;
        pair.outputs.clear();
        const int count = static_cast<int>(qMax<qsizetype>(1, entry.outputPaths.size()));
        QStringList absolute;
        for (const QString &path : ResultWriter::numberedPaths(m_manifest.filePath(pair.output), count)) {
            pair.outputs.append(QFileInfo(path).fileName());
            absolute.append(path);
        }
        QJsonObject scores;
        StructureCommand::addScores(&scores, pair.sketchSent, absolute);
        if (scores.value(QLatin1String("structure_score")).isDouble())
            pair.structureScore = scores.value(QLatin1String("structure_score")).toDouble();
        break;
    }
    case RunStatus::Cancelled:
        pair.state = BatchPair::State::Cancelled;
        pair.mayHaveCharged = true; // not known whether it was sent
        break;
    case RunStatus::Failed:
        pair.state = BatchPair::State::Failed;
        pair.mayHaveCharged = !entry.requestId.isEmpty(); // not known whether it was paid for
        break;
    }
}

int BatchCommand::checkCosts()
{
    CostLedger *costs = m_runner->costLedger();
    QList<CostLedger::Estimate> toSend;
    double spent = 0;
    bool following = false;
    for (const BatchPair &pair : std::as_const(m_manifest.pairs)) {
        if (pair.state == BatchPair::State::Pending)
            toSend.append(costs->estimateRun(*m_runner->catalog().model(m_manifest.models.at(pair.model)), pair.values));
        else
            spent += pair.costUsd.value_or(0);
        following = following || pair.state == BatchPair::State::Queued;
    }
    if (toSend.isEmpty())
        return ExitCode::Ok;

    if (m_manifest.maxCostUsd > 0) {
        // --max-cost holds for the whole batch: what it spent and everything it will send.
        const CostLedger limitOnly(nullptr);
        const CostLedger::Check check = limitOnly.check(toSend, m_manifest.maxCostUsd);
        const double total = spent + check.budgetUsd;
        if (check.overBudget && check.unknownCount > 0)
            return fail(ExitCode::InvalidInput, tr("nothing was sent: %1").arg(check.refusal));
        if (total > m_manifest.maxCostUsd + 1e-9)
            return fail(ExitCode::InvalidInput,
                        tr("nothing was sent: the whole batch is estimated at about %1, more than the limit of %2 "
                           "(--max-cost).")
                            .arg(CostLedger::formatUsd(total), CostLedger::formatUsd(m_manifest.maxCostUsd)));
    }
    if (!following) {
        // Not even the first pair fits in today's budget: nothing goes.
        const CostLedger::Check check = costs->check({toSend.first()});
        if (!check.allowed())
            return fail(ExitCode::InvalidInput, tr("nothing was sent: %1").arg(check.refusal));
    }
    return ExitCode::Ok;
}

void BatchCommand::waitForKeys()
{
    m_runner->ensureQueue();
    QStringList providers;
    for (const BatchPair &pair : std::as_const(m_manifest.pairs)) {
        if (pair.isFinal())
            continue;
        const QString provider = m_runner->catalog().model(m_manifest.models.at(pair.model))->provider;
        if (!providers.contains(provider))
            providers.append(provider);
    }
    if (providers.isEmpty()) {
        QMetaObject::invokeMethod(this, &BatchCommand::begin, Qt::QueuedConnection);
        return;
    }
    // Every key first (the keychain answers asynchronously): a missing one stops the batch
    // before anything is sent.
    auto remaining = std::make_shared<int>(static_cast<int>(providers.size()));
    auto missing = std::make_shared<QStringList>();
    for (const QString &provider : std::as_const(providers)) {
        m_runner->keys()->whenKnown(provider, this, [this, remaining, missing, provider](const QString &key) {
            if (key.isEmpty())
                missing->append(provider);
            if (--*remaining > 0)
                return;
            if (missing->isEmpty()) {
                begin();
                return;
            }
            for (const QString &without : std::as_const(*missing)) {
                m_err << "reimagine-cli: "
                      << tr("no API key for %1: set %2 or save the key in Reimagine Studio's settings")
                             .arg(ProviderInfo::nameOf(without), ProviderInfo::keyVariable(without))
                      << Qt::endl;
            }
            m_err << "reimagine-cli: " << tr("nothing was sent") << Qt::endl;
            m_lock.reset();
            if (m_createdOutputDir)
                QDir().rmdir(m_manifest.directory);
            m_finished = true;
            QMetaObject::invokeMethod(this, [this] { Q_EMIT finished(ExitCode::Auth); }, Qt::QueuedConnection);
        });
    }
}

void BatchCommand::begin()
{
    if (m_finished)
        return;
    if (m_interrupted) { // Ctrl+C while the keys were looked up: nothing was sent
        m_finished = true;
        Q_EMIT finished(ExitCode::Interrupted);
        return;
    }
    m_started = true;
    JobQueue *queue = m_runner->queue();
    queue->setLimits(m_manifest.concurrency, qMin(kPerProviderLimit, m_manifest.concurrency));
    m_runner->runFactory()->setMaxWaitMs(kMaxWaitMs);
    connect(queue, &JobQueue::jobFinished, this, &BatchCommand::onJobFinished);
    m_progress = std::make_unique<BatchProgress>(m_err, BatchProgress::stderrIsTerminal(),
                                                 static_cast<int>(m_manifest.pairs.size()));
    if (m_resuming) {
        const QString batchId = m_manifest.batchId;
        const QList<Job *> jobs = queue->resumeUnfinished(m_runner->catalog(), [this, batchId](const JobJournal::Entry &entry) {
            const int index = entry.context.value(kPairKey).toInt(-1);
            return entry.context.value(kBatchKey).toString() == batchId && index >= 0
                && index < m_manifest.pairs.size() && m_manifest.pairs.at(index).jobId == entry.jobId;
        });
        CostLedger *costs = m_runner->costLedger();
        for (Job *job : jobs) {
            const BatchPair &pair = m_manifest.pairs.at(job->context().value(kPairKey).toInt());
            costs->reserve(job->id(), costs->estimateRun(job->request().model, pair.values).budgetUsd);
            ++m_inFlight;
        }
        if (!jobs.isEmpty())
            m_progress->note(tr("following the jobs the batch had sent: %1").arg(jobs.size()));
    }
    save();
    feed();
    updateProgress();
    finishIfDone();
}

void BatchCommand::feed()
{
    if (m_stopping || m_interrupted || m_finished)
        return;
    CostLedger *costs = m_runner->costLedger();
    for (int i = 0; i < m_manifest.pairs.size() && m_inFlight < m_manifest.concurrency; ++i) {
        BatchPair &pair = m_manifest.pairs[i];
        if (pair.state != BatchPair::State::Pending)
            continue;
        const ModelSpec *model = m_runner->catalog().model(m_manifest.models.at(pair.model));
        const CostLedger::Estimate estimate = costs->estimateRun(*model, pair.values);
        const CostLedger::Check check = costs->check({estimate});
        if (!check.allowed()) {
            // The daily budget: nothing more is sent; what runs ends; the rest is not run.
            m_stopping = true;
            int notRun = 0;
            for (BatchPair &rest : m_manifest.pairs) {
                if (rest.state == BatchPair::State::Pending) {
                    rest.error = tr("Not run: %1").arg(check.refusal);
                    ++notRun;
                }
            }
            m_progress->note(tr("stopped sending (not run: %1): %2").arg(notRun).arg(check.refusal));
            save();
            return;
        }
        JobRequest request;
        request.model = *model;
        request.values = pair.values;
        const QJsonObject context{
            {QStringLiteral("origin"), QStringLiteral("batch")},
            {QStringLiteral("output"), m_manifest.filePath(pair.output)},
            {QStringLiteral("sketch"), pair.sketchSent},
            {QStringLiteral("compare"), m_manifest.compareId(pair.sketch)},
            {kBatchKey, m_manifest.batchId},
            {kPairKey, i},
        };
        // The journal has the job before enqueue() returns; the manifest notes it next. A kill
        // in between is found by its context when resuming.
        Job *job = m_runner->queue()->enqueue(request, context);
        costs->reserve(job->id(), estimate.budgetUsd);
        pair.clearResult();
        pair.state = BatchPair::State::Queued;
        pair.jobId = job->id();
        ++m_inFlight;
        save(false); // the report changes when the pair ends
    }
}

void BatchCommand::onJobFinished(Job *job)
{
    const QJsonObject context = job->context();
    const int index = context.value(kPairKey).toInt(-1);
    if (context.value(kBatchKey).toString() != m_manifest.batchId || index < 0 || index >= m_manifest.pairs.size()
        || m_manifest.pairs.at(index).jobId != job->id())
        return;
    BatchPair &pair = m_manifest.pairs[index];
    --m_inFlight;

    const JobOutcome &outcome = job->outcome();
    const JobRequest &request = job->request();
    CostLedger *costs = m_runner->costLedger();
    costs->release(job->id());
    const std::optional<double> charge = CostLedger::chargeOf(request.model, request.values, job->state(), outcome);
    if (charge)
        costs->recordCharge(request.model.id, *charge);
    const ParameterSpec *seedField = request.model.fieldForRole(QStringLiteral("seed"));
    pair.seed = outcome.seedUsed(request.values, seedField ? seedField->name : QString());
    pair.costUsd = charge;
    pair.elapsedMs = job->elapsedMs();
    pair.submitStarted = job->submitStarted();
    pair.mayHaveCharged = outcome.mayHaveCharged || job->state() == JobState::Interrupted;
    pair.outputs.clear();
    pair.structureScore.reset();
    pair.error.clear();

    QString message = outcome.message.isEmpty() ? tr("the job ended as %1").arg(jobStateName(job->state()))
                                                : outcome.message;
    for (const ApiFieldError &fieldError : outcome.fieldErrors) {
        const QString text = (fieldError.field.isEmpty() ? QString() : fieldError.field + QLatin1String(": ")) + fieldError.message;
        if (!message.contains(text))
            message += QStringLiteral("; ") + text;
    }
    switch (job->state()) {
    case JobState::Done: {
        pair.state = BatchPair::State::Done;
        QStringList written;
        for (const OutputImage &image : outcome.outputs) {
            written.append(image.filePath);
            pair.outputs.append(QFileInfo(image.filePath).fileName());
        }
        QJsonObject scores;
        StructureCommand::addScores(&scores, pair.sketchSent, written);
        if (scores.value(QLatin1String("structure_score")).isDouble())
            pair.structureScore = scores.value(QLatin1String("structure_score")).toDouble();
        break;
    }
    case JobState::Cancelled:
        if (!job->submitStarted()) {
            // Nothing that could bill was sent: the next --resume sends it.
            pair.state = BatchPair::State::Pending;
            pair.jobId.clear();
            pair.error = tr("Not run: the batch was interrupted before it was sent.");
        } else {
            pair.state = BatchPair::State::Cancelled;
            pair.error = message;
        }
        break;
    case JobState::Interrupted:
        pair.state = BatchPair::State::Interrupted;
        pair.error = message;
        break;
    default:
        pair.state = BatchPair::State::Failed;
        pair.error = message;
        break;
    }

    save();
    if (pair.isFinal()) {
        updateProgress();
        const QString sketch = QFileInfo(m_manifest.sketches.at(pair.sketch)).fileName();
        const QString model = m_manifest.models.at(pair.model);
        if (pair.state == BatchPair::State::Done)
            m_progress->pairEnded(sketch, model, true, pair.outputs.join(QLatin1String(", ")));
        else
            m_progress->pairEnded(sketch, model, false, BatchReport::statusOf(pair) + QLatin1String(": ") + pair.error);
    }
    feed();
    updateProgress();
    finishIfDone();
}

void BatchCommand::save(bool withReport)
{
    QString error;
    if ((!m_manifest.save(&error) || (withReport && !BatchReport::write(m_manifest, &error))) && error != m_saveError) {
        m_saveError = error;
        m_err << "reimagine-cli: " << error << Qt::endl;
    }
}

void BatchCommand::updateProgress()
{
    if (!m_progress)
        return;
    int ended = 0;
    int failed = 0;
    for (const BatchPair &pair : std::as_const(m_manifest.pairs)) {
        ended += pair.isFinal() ? 1 : 0;
        failed += pair.isFinal() && pair.state != BatchPair::State::Done ? 1 : 0;
    }
    m_progress->setCounts(ended, failed, m_inFlight);
}

void BatchCommand::finishIfDone()
{
    if (m_finished || m_inFlight > 0)
        return;
    if (!m_stopping && !m_interrupted) {
        for (const BatchPair &pair : std::as_const(m_manifest.pairs)) {
            if (pair.state == BatchPair::State::Pending)
                return; // feed() sends it
        }
    }
    m_finished = true;
    save();
    if (m_progress)
        m_progress->finish();
    const QJsonObject report = BatchReport::toJson(m_manifest);
    m_err << "reimagine-cli: "
          << tr("done: %1, failed: %2, not run: %3 (of %4); report: %5")
                 .arg(report.value(QLatin1String("done")).toInt())
                 .arg(report.value(QLatin1String("failed")).toInt())
                 .arg(report.value(QLatin1String("not_run")).toInt())
                 .arg(report.value(QLatin1String("total")).toInt())
                 .arg(QDir::toNativeSeparators(m_manifest.filePath(BatchReport::csvFileName())))
          << Qt::endl;
    if (m_json)
        m_out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    m_out.flush();
    const int code = exitCode();
    QMetaObject::invokeMethod(this, [this, code] { Q_EMIT finished(code); }, Qt::QueuedConnection);
}

int BatchCommand::exitCode() const
{
    if (m_interrupted)
        return ExitCode::Interrupted;
    for (const BatchPair &pair : m_manifest.pairs) {
        if (pair.state != BatchPair::State::Done)
            return ExitCode::ProviderFailed;
    }
    return ExitCode::Ok;
}

void BatchCommand::interrupt()
{
    if (!m_started || m_finished || m_interrupted) {
        // Nothing was sent yet, the batch is over, or a second Ctrl+C: leave now (the manifest
        // is current).
        m_interrupted = true;
        m_finished = true;
        Q_EMIT finished(ExitCode::Interrupted);
        return;
    }
    m_interrupted = true;
    if (m_inFlight == 0) {
        finishIfDone();
        return;
    }
    m_progress->note(tr("interrupted: cancelling the running jobs (%1)…").arg(m_inFlight));
    m_runner->queue()->cancelAll();
}
