#include "Settings.h"

#include "calendar/Duration.h"
#include "paths/AppPaths.h"

#include <QCoreApplication>
#include <QSettings>

#include <cmath>

namespace kense {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::Settings)
};

const QString kVersionKey = QStringLiteral("meta/version");

QList<SettingSpec> makeTable()
{
    using T = QMetaType::Type;
    // The regulations do not set any of these: they are the desk's own choices, with the defaults a new desk runs on.
    return {
        {Setting::InterfaceLanguage, "interface/language", T::QString, QString(), 0, 0, "kk|ru"},
        {Setting::DocumentLanguages, "documents/languages", T::QString, QStringLiteral("both"), 0, 0, "kk|ru|both"},
        {Setting::DuplicatesOnBlank, "printing/duplicates_on_blank", T::Bool, false},
        {Setting::PrinterName, "printing/printer", T::QString, QString()},
        {Setting::CalibrationDx, "calibration/%1/dx", T::Double, 0.0, -20, 20},
        {Setting::CalibrationDy, "calibration/%1/dy", T::Double, 0.0, -20, 20},
        {Setting::ServicesInForce, "services/in_force", T::QStringList, QStringList()},
        {Setting::CourierProviders, "courier/providers/%1", T::QStringList, QStringList()},
        {Setting::AdministratorTerm, "terms/%1", T::QString, QString()},
        {Setting::SignInMaxFailures, "signin/max_failures", T::Int, 5, 1, 100},
        {Setting::SignInLockMinutes, "signin/lock_minutes", T::Int, 5, 1, 1440},
        {Setting::CentralHost, "central/host", T::QString, QString()},
        {Setting::CentralPort, "central/port", T::Int, 5432, 1, 65535},
        {Setting::CentralDatabase, "central/database", T::QString, QString()},
        {Setting::CentralUser, "central/user", T::QString, QString()},
        {Setting::CentralSslMode, "central/sslmode", T::QString, QStringLiteral("verify-full"), 0, 0,
         "verify-full|verify-ca|require|disable"},
        {Setting::CentralSslRootCert, "central/sslrootcert", T::QString, QString()},
        {Setting::CentralIntervalMinutes, "central/interval_minutes", T::Int, 5, 0, 1440},
        // Longer than the time between the centre's backups: a centre restored from its last one is refilled.
        {Setting::CentralKeepConfirmedDays, "central/keep_confirmed_days", T::Int, 0, 0, 3650},
        {Setting::LayoutGeometry, "layout/%1/geometry", T::QByteArray, QByteArray()},
        {Setting::LayoutJournalColumns, "layout/%1/journalColumns", T::QByteArray, QByteArray()},
    };
}

QString safeName(const QString& name)
{
    // QSettings keys treat '/' and '\' specially; printer names and logins may hold either.
    QString key = name;
    return key.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
}

/// The value read as the spec's type, or nothing when it cannot be (wrong form, out of range, not an option).
std::optional<QVariant> checked(const SettingSpec& spec, const QVariant& raw, QString* reason = nullptr)
{
    auto fail = [&](const QString& why) -> std::optional<QVariant> {
        if (reason)
            *reason = why;
        return std::nullopt;
    };
    const bool ranged = spec.minimum != spec.maximum;
    const QString range = QStringLiteral("%1–%2").arg(spec.minimum).arg(spec.maximum);
    switch (spec.type) {
    case QMetaType::Bool: {
        const QString t = raw.toString().trimmed().toLower();
        if (raw.typeId() == QMetaType::Bool)
            return raw;
        if (t == QLatin1String("true") || t == QLatin1String("1"))
            return QVariant(true);
        if (t == QLatin1String("false") || t == QLatin1String("0"))
            return QVariant(false);
        return fail(Tr::tr("expected true or false"));
    }
    case QMetaType::Int: {
        bool ok = false;
        const int n = raw.toString().trimmed().toInt(&ok);
        if (!ok)
            return fail(Tr::tr("expected a whole number"));
        if (ranged && (n < spec.minimum || n > spec.maximum))
            return fail(Tr::tr("must be within %1").arg(range));
        return QVariant(n);
    }
    case QMetaType::Double: {
        bool ok = false;
        const double x = raw.toString().trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(x))
            return fail(Tr::tr("expected a number"));
        if (ranged && (x < spec.minimum || x > spec.maximum))
            return fail(Tr::tr("must be within %1").arg(range));
        return QVariant(x);
    }
    case QMetaType::QStringList:
        return QVariant(raw.toStringList());
    case QMetaType::QByteArray:
        return QVariant(raw.toByteArray());
    default: {
        const QString t = raw.toString();
        if (spec.setting == Setting::AdministratorTerm && !t.isEmpty()) {
            QString why;
            if (!durationFromText(t, &why))
                return fail(why);
        }
        const QStringList options = QString::fromLatin1(spec.options).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        if (!options.isEmpty() && !t.isEmpty() && !options.contains(t))
            return fail(Tr::tr("must be one of %1").arg(options.join(QStringLiteral(", "))));
        return QVariant(t);
    }
    }
}

} // namespace

Settings Settings::desk()
{
    return Settings(AppPaths::settingsFile());
}

Settings::Settings(QString fileName)
    : m_fileName(std::move(fileName))
{}

const QList<SettingSpec>& Settings::keys()
{
    static const QList<SettingSpec> table = makeTable();
    return table;
}

const SettingSpec& Settings::spec(Setting setting)
{
    for (const SettingSpec& s : keys()) {
        if (s.setting == setting)
            return s;
    }
    qFatal("Settings: setting %d has no row in the key table", int(setting));
}

std::optional<Setting> Settings::settingOfKey(const QString& key, QString* name)
{
    for (const SettingSpec& s : keys()) {
        const QString pattern = QString::fromLatin1(s.key);
        if (!s.perName()) {
            if (key == pattern)
                return s.setting;
            continue;
        }
        const qsizetype at = pattern.indexOf(QLatin1String("%1"));
        const QString head = pattern.left(at);
        const QString tail = pattern.mid(at + 2);
        if (key.size() > head.size() + tail.size() && key.startsWith(head) && key.endsWith(tail)) {
            const QString middle = key.mid(head.size(), key.size() - head.size() - tail.size());
            if (middle.contains(QLatin1Char('/')))
                continue;
            if (name)
                *name = middle;
            return s.setting;
        }
    }
    return std::nullopt;
}

QString Settings::keyOf(Setting setting, const QString& name)
{
    const SettingSpec& s = spec(setting);
    if (!s.perName())
        return QString::fromLatin1(s.key);
    const bool printer = setting == Setting::CalibrationDx || setting == Setting::CalibrationDy;
    return QString::fromLatin1(s.key).arg(safeName(name.isEmpty() && printer ? QStringLiteral("pdf") : name));
}

QVariant Settings::value(Setting setting, const QString& name) const
{
    const SettingSpec& s = spec(setting);
    const QSettings file(m_fileName, QSettings::IniFormat);
    const QVariant raw = file.value(keyOf(setting, name));
    if (!raw.isValid())
        return s.defaultValue;
    return checked(s, raw).value_or(s.defaultValue);
}

bool Settings::contains(Setting setting, const QString& name) const
{
    return QSettings(m_fileName, QSettings::IniFormat).contains(keyOf(setting, name));
}

std::optional<QString> Settings::check(Setting setting, const QVariant& value, const QString& name)
{
    QString reason;
    if (checked(spec(setting), value, &reason))
        return std::nullopt;
    return Tr::tr("%1: %2").arg(keyOf(setting, name), reason);
}

std::optional<QString> Settings::setValue(Setting setting, const QVariant& value, const QString& name)
{
    const SettingSpec& s = spec(setting);
    const std::optional<QVariant> v = checked(s, value);
    if (!v)
        return check(setting, value, name);
    QSettings file(m_fileName, QSettings::IniFormat);
    // Versions of the table so far only added keys: a file of an older version needs nothing but the new stamp.
    // A later version that renames or reshapes a key moves the old value here, before the stamp.
    if (file.value(kVersionKey, 0).toInt() < kVersion)
        file.setValue(kVersionKey, kVersion);
    file.setValue(keyOf(setting, name), *v);
    file.sync();
    if (file.status() != QSettings::NoError)
        return Tr::tr("%1 could not be written").arg(m_fileName);
    return std::nullopt;
}

std::optional<QString> Settings::setText(Setting setting, const QString& text, const QString& name)
{
    if (spec(setting).type == QMetaType::QStringList)
        return setValue(setting, text.split(QLatin1Char(','), Qt::SkipEmptyParts), name);
    return setValue(setting, text, name);
}

void Settings::removeGroup(const QString& group)
{
    QSettings file(m_fileName, QSettings::IniFormat);
    file.remove(group);
}

int Settings::fileVersion() const
{
    return QSettings(m_fileName, QSettings::IniFormat).value(kVersionKey, 0).toInt();
}

QList<std::pair<Setting, QString>> Settings::entries() const
{
    QList<std::pair<Setting, QString>> out;
    const QStringList inFile = QSettings(m_fileName, QSettings::IniFormat).allKeys();
    for (const SettingSpec& spec : keys()) {
        if (!spec.perName()) {
            out << std::pair{spec.setting, QString()};
            continue;
        }
        for (const QString& key : inFile) {
            QString name;
            if (settingOfKey(key, &name) == spec.setting)
                out << std::pair{spec.setting, name};
        }
    }
    return out;
}

QStringList Settings::unknownKeys() const
{
    QStringList out;
    const QSettings file(m_fileName, QSettings::IniFormat);
    for (const QString& key : file.allKeys()) {
        if (key != kVersionKey && !settingOfKey(key))
            out << key;
    }
    return out;
}

} // namespace kense
