#include "settings.h"

#include <QSettings>

#include <algorithm>

namespace {

using Key = Settings::Key;

const QList<Settings::Definition> &table()
{
    static const QList<Settings::Definition> definitions{
        {Key::GlobalConcurrency, "Jobs/GlobalConcurrency", 4, 1, 16},
        {Key::PerProviderConcurrency, "Jobs/PerProviderConcurrency", 2, 1, 8},
        {Key::ConfirmCosts, "Costs/Confirm", true, {}, {}},
        {Key::ConfirmAboveUsd, "Costs/ConfirmAbove", 0.50, 0.0, 1000.0},
        {Key::DailyBudgetUsd, "Costs/DailyBudget", 0.0, 0.0, 100000.0},
        {Key::MaxUploadSide, "Images/MaxUploadSide", 2048, 256, 8192},
        {Key::AllowSessionOnlyKeys, "Keys/AllowSessionOnly", true, {}, {}},
        {Key::OutputFormat, "Output/Format", QStringLiteral("png"), {}, {}},
        {Key::OutputFolder, "Output/Folder", QString(), {}, {}},
    };
    return definitions;
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::Double && b.typeId() == QMetaType::Double)
        return qFuzzyCompare(1.0 + a.toDouble(), 1.0 + b.toDouble());
    return a == b;
}

} // namespace

Settings::Settings(QSettings *storage, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
{
    Q_ASSERT(storage);
}

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_storage(new QSettings)
    , m_ownsStorage(true)
{
}

Settings::~Settings()
{
    if (m_ownsStorage)
        delete m_storage;
}

const QList<Settings::Definition> &Settings::definitions()
{
    return table();
}

const Settings::Definition &Settings::definition(Key key)
{
    const auto &all = table();
    const auto it = std::find_if(all.cbegin(), all.cend(),
                                 [key](const Definition &d) { return d.key == key; });
    Q_ASSERT(it != all.cend());
    return *it;
}

QString Settings::name(Key key)
{
    return QLatin1String(definition(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return definition(key).defaultValue;
}

std::optional<QVariant> Settings::normalized(Key key, const QVariant &value) const
{
    const Definition &d = definition(key);
    const QMetaType type = d.defaultValue.metaType();
    if (!value.isValid())
        return std::nullopt;

    QVariant converted;
    switch (type.id()) {
    case QMetaType::Int: {
        bool ok = false;
        int v = value.toInt(&ok);
        if (!ok) {
            // "3.0" or 3.0 from a hand-edited file.
            const double dv = value.toDouble(&ok);
            if (!ok)
                return std::nullopt;
            v = static_cast<int>(dv);
        }
        converted = std::clamp(v, d.minimum.toInt(), d.maximum.toInt());
        break;
    }
    case QMetaType::Double: {
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok || qIsNaN(v) || qIsInf(v))
            return std::nullopt;
        converted = std::clamp(v, d.minimum.toDouble(), d.maximum.toDouble());
        break;
    }
    case QMetaType::Bool:
        if (value.typeId() == QMetaType::Bool) {
            converted = value.toBool();
        } else {
            const QString text = value.toString().trimmed().toLower();
            if (text == QLatin1String("true") || text == QLatin1String("1"))
                converted = true;
            else if (text == QLatin1String("false") || text == QLatin1String("0"))
                converted = false;
            else
                return std::nullopt;
        }
        break;
    default:
        if (!value.canConvert(type))
            return std::nullopt;
        converted = value;
        if (!converted.convert(type))
            return std::nullopt;
        break;
    }
    if (key == Key::OutputFormat) {
        const QString format = converted.toString().toLower();
        if (format != QLatin1String("png") && format != QLatin1String("jpeg")
            && format != QLatin1String("webp"))
            return std::nullopt;
        converted = format;
    }
    return converted;
}

QVariant Settings::value(Key key) const
{
    const QVariant stored = m_storage->value(name(key));
    if (!stored.isValid())
        return defaultValue(key);
    return normalized(key, stored).value_or(defaultValue(key));
}

bool Settings::setValue(Key key, const QVariant &value)
{
    const std::optional<QVariant> v = normalized(key, value);
    if (!v)
        return false;
    const QVariant before = this->value(key);
    m_storage->setValue(name(key), *v);
    if (!sameValue(before, *v))
        Q_EMIT changed(key);
    return true;
}

void Settings::reset(Key key)
{
    const QVariant before = value(key);
    m_storage->remove(name(key));
    if (!sameValue(before, defaultValue(key)))
        Q_EMIT changed(key);
}

bool Settings::isDefault(Key key) const
{
    return !m_storage->contains(name(key)) || sameValue(value(key), defaultValue(key));
}

void Settings::sync()
{
    m_storage->sync();
}
