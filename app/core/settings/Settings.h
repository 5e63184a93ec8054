#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <utility>

namespace kense {

/// Every setting of a desk that <data>/settings.ini holds. Desk-wide settings are an administrator's; the
/// per-login ones are each clerk's window layout.
enum class Setting
{
    InterfaceLanguage,        ///< interface/language: "kk" or "ru" (empty: the system's)
    DocumentLanguages,        ///< documents/languages: "kk", "ru" or "both"
    DuplicatesOnBlank,        ///< printing/duplicates_on_blank
    PrinterName,              ///< printing/printer (empty: the system's default)
    CalibrationDx,            ///< calibration/<printer>/dx, millimetres
    CalibrationDy,            ///< calibration/<printer>/dy, millimetres
    ServicesInForce,          ///< services/in_force: variant ids (empty: all in force for the desk's channel)
    CourierProviders,         ///< courier/providers/<variant>: the offices a ЦОН's registers take that service to
    AdministratorTerm,        ///< terms/<variant>: "30 calendar_days" where the regulation states no term
    SignInMaxFailures,        ///< signin/max_failures
    SignInLockMinutes,        ///< signin/lock_minutes
    CentralHost,              ///< central/host
    CentralPort,              ///< central/port
    CentralDatabase,          ///< central/database
    CentralUser,              ///< central/user
    CentralSslMode,           ///< central/sslmode: verify-full (default), verify-ca, require or disable
    CentralSslRootCert,       ///< central/sslrootcert: the centre's CA certificate (empty: libpq's default place)
    CentralIntervalMinutes,   ///< central/interval_minutes (0: only when asked)
    CentralKeepConfirmedDays, ///< central/keep_confirmed_days: the outbox keeps what the centre confirmed (0: all)
    LayoutGeometry,           ///< layout/<login>/geometry: the main window's place on the screen
    LayoutJournalColumns,     ///< layout/<login>/journalColumns: the journal's column widths and order
};

/// One row of the key table: the key in the file (with %1 for the part a caller names: a printer, a login), its type,
/// its default, the range a number must be in, the values a text may take, and the settings
/// version it appeared in.
struct SettingSpec
{
    Setting setting;
    const char* key;
    QMetaType::Type type;
    QVariant defaultValue;
    double minimum = 0;
    double maximum = 0;       ///< minimum == maximum: no range
    const char* options = ""; ///< "kk|ru": the values a text may take besides the default; "": any
    int since = 1;
    bool perName() const { return QByteArrayView(key).contains("%1"); }
};

/// The settings of one desk, read and written through the key table: a value the file lacks, or holds in a form its
/// type cannot read or outside its range, reads as the key's default. The file records the version of the table that
/// wrote it ([meta] version); an older file is brought up to date when it is opened for writing. Each call opens the
/// file anew (QSettings is cheap to open and this keeps every instance in step with the others and with kensectl).
class Settings
{
public:
    static constexpr int kVersion = 1;

    /// The desk's own settings, <data>/settings.ini (AppPaths::settingsFile()).
    static Settings desk();
    /// Settings kept in another file: tests, and kensectl acting on a copy.
    explicit Settings(QString fileName);

    QString fileName() const { return m_fileName; }

    static const QList<SettingSpec>& keys();
    static const SettingSpec& spec(Setting setting);
    /// The table row whose key (a per-name key with any name) is `key`; none for a key the table does not know.
    static std::optional<Setting> settingOfKey(const QString& key, QString* name = nullptr);
    /// The key in the file: spec's key with `name` (made safe: '/' and '\' become '_'; empty → "pdf" for printers).
    static QString keyOf(Setting setting, const QString& name = {});

    QVariant value(Setting setting, const QString& name = {}) const;
    QString text(Setting setting, const QString& name = {}) const { return value(setting, name).toString(); }
    int number(Setting setting, const QString& name = {}) const { return value(setting, name).toInt(); }
    bool flag(Setting setting, const QString& name = {}) const { return value(setting, name).toBool(); }
    /// Whether the file holds a value (even an unreadable one) for the key.
    bool contains(Setting setting, const QString& name = {}) const;

    /// Why a value does not fit the key (type, range, options); nothing when it does.
    static std::optional<QString> check(Setting setting, const QVariant& value, const QString& name = {});
    /// Writes a value after checking it against the table; returns the reason when it does not fit (nothing written).
    std::optional<QString> setValue(Setting setting, const QVariant& value, const QString& name = {});
    /// Parses text as the key's type (kensectl settings set): "true"/"false", numbers, comma-separated lists.
    std::optional<QString> setText(Setting setting, const QString& text, const QString& name = {});
    /// Removes the values of the keys that start with `group` ("central").
    void removeGroup(const QString& group);

    /// The version of the table that last wrote the file (0: none has, or there is no file).
    int fileVersion() const;
    /// Every setting with the names the file holds it for: each key once, a per-name key once for each name in the
    /// file (kensectl settings list).
    QList<std::pair<Setting, QString>> entries() const;
    /// Keys in the file that the table does not know (written by hand, or by a newer version).
    QStringList unknownKeys() const;

private:
    QString m_fileName;
};

} // namespace kense
