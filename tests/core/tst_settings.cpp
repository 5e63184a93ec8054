// The one settings class: its key table, defaults, checks, per-name keys and the file's version, on a temporary
// file (the test instance).
#include "settings/Settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace kense;

class TestSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    void writeRaw(const QString& key, const QVariant& value) const
    {
        QSettings raw(file(), QSettings::IniFormat);
        raw.setValue(key, value);
    }

private Q_SLOTS:
    void init() { QFile::remove(file()); }

    void everySettingHasOneRow_andEveryKeyIsFoundAgain()
    {
        QSet<QString> keys;
        for (const SettingSpec& spec : Settings::keys()) {
            QVERIFY2(!keys.contains(QString::fromLatin1(spec.key)), spec.key);
            keys.insert(QString::fromLatin1(spec.key));
            QCOMPARE(&Settings::spec(spec.setting), &spec);
            QString name;
            const QString key = Settings::keyOf(spec.setting, QStringLiteral("HP LaserJet"));
            QCOMPARE(Settings::settingOfKey(key, &name), spec.setting);
            if (spec.perName())
                QCOMPARE(name, QStringLiteral("HP LaserJet"));
            QVERIFY2(spec.since >= 1 && spec.since <= Settings::kVersion, spec.key);
            QVERIFY2(!Settings::check(spec.setting, spec.defaultValue), spec.key); // each default fits its own row
        }
        QCOMPARE(Settings::settingOfKey(QStringLiteral("central/password")), std::nullopt);
        QCOMPARE(Settings::settingOfKey(QStringLiteral("calibration/a/b/dx")), std::nullopt);
    }

    void aMissingFile_readsAsTheDefaults()
    {
        const Settings s(file());
        QCOMPARE(s.number(Setting::SignInMaxFailures), 5);
        QCOMPARE(s.number(Setting::CentralPort), 5432);
        QCOMPARE(s.text(Setting::DocumentLanguages), QStringLiteral("both"));
        QCOMPARE(s.flag(Setting::DuplicatesOnBlank), false);
        QVERIFY(s.value(Setting::ServicesInForce).toStringList().isEmpty());
        QCOMPARE(s.fileVersion(), 0);
        QVERIFY(!QFile::exists(file())); // reading writes nothing
    }

    void valuesOutOfRangeOrOfTheWrongForm_readAsTheDefault()
    {
        writeRaw(QStringLiteral("signin/max_failures"), 0);
        writeRaw(QStringLiteral("signin/lock_minutes"), QStringLiteral("ten"));
        writeRaw(QStringLiteral("calibration/pdf/dx"), 25.0);
        writeRaw(QStringLiteral("calibration/pdf/dy"), QStringLiteral("nan"));
        writeRaw(QStringLiteral("documents/languages"), QStringLiteral("en"));
        writeRaw(QStringLiteral("printing/duplicates_on_blank"), QStringLiteral("yes please"));
        const Settings s(file());
        QCOMPARE(s.number(Setting::SignInMaxFailures), 5);
        QCOMPARE(s.number(Setting::SignInLockMinutes), 5);
        QCOMPARE(s.value(Setting::CalibrationDx, QString()).toDouble(), 0.0);
        QCOMPARE(s.value(Setting::CalibrationDy, QString()).toDouble(), 0.0);
        QCOMPARE(s.text(Setting::DocumentLanguages), QStringLiteral("both"));
        QCOMPARE(s.flag(Setting::DuplicatesOnBlank), false);
        QVERIFY(s.contains(Setting::SignInMaxFailures)); // held, only unreadable
    }

    void setValue_refusesWhatDoesNotFit_andWritesNothing()
    {
        Settings s(file());
        const auto error = s.setValue(Setting::SignInLockMinutes, 5000);
        QVERIFY(error);
        QVERIFY2(error->contains(QLatin1String("signin/lock_minutes")) && error->contains(QStringLiteral("1–1440")),
                 qPrintable(*error));
        QVERIFY(s.setText(Setting::InterfaceLanguage, QStringLiteral("de")));
        QVERIFY(s.setText(Setting::DuplicatesOnBlank, QStringLiteral("maybe")));
        QVERIFY(!QFile::exists(file()));

        QCOMPARE(s.setText(Setting::SignInLockMinutes, QStringLiteral(" 15 ")), std::nullopt);
        QCOMPARE(s.setText(Setting::DuplicatesOnBlank, QStringLiteral("true")), std::nullopt);
        QCOMPARE(s.setText(Setting::ServicesInForce, QStringLiteral("a,b")), std::nullopt);
        const Settings again(file());
        QCOMPARE(again.number(Setting::SignInLockMinutes), 15);
        QVERIFY(again.flag(Setting::DuplicatesOnBlank));
        QCOMPARE(again.value(Setting::ServicesInForce).toStringList(),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void perNameKeys_keepEachNameApart_andMakeSlashesSafe()
    {
        Settings s(file());
        QCOMPARE(s.setValue(Setting::CalibrationDx, 3.5, QStringLiteral("\\\\server/HP")), std::nullopt);
        QCOMPARE(s.setValue(Setting::CalibrationDx, -1.0, QString()), std::nullopt);
        QCOMPARE(s.value(Setting::CalibrationDx, QStringLiteral("\\\\server/HP")).toDouble(), 3.5);
        QCOMPARE(s.value(Setting::CalibrationDx, QString()).toDouble(), -1.0);
        QCOMPARE(Settings::keyOf(Setting::CalibrationDx, QStringLiteral("\\\\server/HP")),
                 QStringLiteral("calibration/__server_HP/dx"));
        QCOMPARE(Settings::keyOf(Setting::CalibrationDx), QStringLiteral("calibration/pdf/dx"));
        QCOMPARE(Settings::keyOf(Setting::LayoutGeometry, QStringLiteral("gulnar")),
                 QStringLiteral("layout/gulnar/geometry"));
    }

    void aWrite_stampsTheVersion_andUnknownKeysAreNamedNotLost()
    {
        writeRaw(QStringLiteral("central/host"), QStringLiteral("centre.local"));
        writeRaw(QStringLiteral("future/option"), 1);
        Settings s(file());
        QCOMPARE(s.fileVersion(), 0);
        QCOMPARE(s.unknownKeys(), QStringList{QStringLiteral("future/option")});
        QCOMPARE(s.setValue(Setting::CentralUser, QStringLiteral("desk_kzoedu01_1")), std::nullopt);
        QCOMPARE(s.fileVersion(), Settings::kVersion);
        QCOMPARE(s.text(Setting::CentralHost), QStringLiteral("centre.local"));
        QCOMPARE(QSettings(file(), QSettings::IniFormat).value(QStringLiteral("future/option")).toInt(), 1);

        s.removeGroup(QStringLiteral("central"));
        QVERIFY(!s.contains(Setting::CentralHost));
        QVERIFY(!s.contains(Setting::CentralUser));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
