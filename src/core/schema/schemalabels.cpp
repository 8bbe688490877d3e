#include "schemalabels.h"

#include "schemaparser.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace {

const QHash<QString, QString> &knownTitles()
{
    static const QHash<QString, QString> titles = {
        {QStringLiteral("prompt"), QStringLiteral("Prompt")},
        {QStringLiteral("negative_prompt"), QStringLiteral("Negative prompt")},
        {QStringLiteral("num_inference_steps"), QStringLiteral("Steps")},
        {QStringLiteral("guidance_scale"), QStringLiteral("Guidance")},
        {QStringLiteral("num_images"), QStringLiteral("Images")},
        {QStringLiteral("image_size"), QStringLiteral("Size")},
        {QStringLiteral("image_url"), QStringLiteral("Image")},
        {QStringLiteral("image_urls"), QStringLiteral("Reference images")},
        {QStringLiteral("seed"), QStringLiteral("Seed")},
        {QStringLiteral("sync_mode"), QStringLiteral("Sync mode")},
        {QStringLiteral("enable_safety_checker"), QStringLiteral("Safety checker")},
    };
    return titles;
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

namespace SchemaLabels {

QString humanize(const QString &name)
{
    const auto known = knownTitles().constFind(name);
    if (known != knownTitles().constEnd())
        return *known;
    QString text = name;
    text.replace(u'_', u' ').replace(u'-', u' ');
    text = text.simplified();
    static const QRegularExpression camel(QStringLiteral("([a-z])([A-Z])"));
    text.replace(camel, QStringLiteral("\\1 \\2"));
    text = text.toLower();
    if (text.endsWith(QLatin1String(" url")))
        text.chop(4);
    return capitalized(text);
}

QString title(const QString &name, const QString &schemaTitle)
{
    if (schemaTitle.isEmpty()
        || schemaTitle.compare(QString(name).replace(u'_', u' '), Qt::CaseInsensitive) == 0)
        return humanize(name);
    return schemaTitle;
}

QString enumLabel(const QJsonValue &value)
{
    if (!value.isString())
        return QString::number(value.toDouble(), 'g', 12);
    const QString raw = value.toString();

    // "16:9" style ratios: add the orientation so a designer reads the shape, not just numbers.
    static const QRegularExpression ratio(QStringLiteral("^(\\d+):(\\d+)$"));
    if (const auto m = ratio.match(raw); m.hasMatch()) {
        const int w = m.captured(1).toInt();
        const int h = m.captured(2).toInt();
        const QString shape = w == h ? SchemaParser::tr("square")
                                     : (w > h ? SchemaParser::tr("landscape") : SchemaParser::tr("portrait"));
        return QStringLiteral("%1 %2").arg(raw, shape);
    }

    // "widescreen_16_9", "portrait_4_3", "square_hd", "BALANCED", "wild"
    static const QRegularExpression separators(QStringLiteral("[_\\s-]+"));
    const QStringList words = raw.split(separators, Qt::SkipEmptyParts);
    QStringList out;
    for (int i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        bool isNum = false;
        word.toInt(&isNum);
        bool nextNum = false;
        if (isNum && i + 1 < words.size())
            words.at(i + 1).toInt(&nextNum);
        if (isNum && nextNum) {
            out.append(word + u':' + words.at(i + 1));
            ++i;
            continue;
        }
        if (word.compare(QLatin1String("hd"), Qt::CaseInsensitive) == 0) {
            out.append(QStringLiteral("HD"));
            continue;
        }
        out.append(word.toLower());
    }
    return capitalized(out.join(u' '));
}

} // namespace SchemaLabels
