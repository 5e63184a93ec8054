// The desk's sync as people and scripts meet it, against the real PostgreSQL cluster and the real keychain daemon
// (gnome-keyring in a private D-Bus session, started by with-keyring.sh): the administrator sets the central
// server and its password (which goes to the keychain and nowhere else), the status bar shows what waits, the sync
// runs in the background, conflicts are decided in their dialog; kensectl reads the same keychain.
// `noKeychain_*` runs in a second CTest entry without any D-Bus session.
#include "CentralFixture.h"
#include "DataDir.h"
#include "DeskKey.h"
#include "DeskWindow.h"
#include "Intake.h"
#include "QueueStore.h"
#include "Screenshot.h"
#include "SqlUtil.h"
#include "Widgets.h"
#include "calendar/Clock.h"
#include "gui/MainWindow.h"
#include "gui/StartupFlow.h"
#include "gui/dialogs/SignInDialog.h"
#include "gui/sync/SyncController.h"
#include "logging/Logging.h"
#include "paths/AppPaths.h"
#include "sync/CentralSettings.h"
#include "sync/Conflicts.h"
#include "sync/DeskSync.h"
#include "sync/ExchangePackage.h"
#include "sync/HistorySeal.h"
#include "sync/SecretStore.h"
#include "sync/SyncEngine.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace kense;
using namespace kense::sync;
using kense::test::child;
using kense::test::waitForDialog;

namespace {
/// Every byte Kense wrote under its data directory (settings, logs), to look for a secret in.
QByteArray everythingWrittenUnder(const QString& dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}
} // namespace

class TestSyncDesk : public QObject
{
    Q_OBJECT

    test::DataDir m_data;
    test::ClusterAccess m_access;

    static CentralAddress initCentral(const test::ClusterAccess& access)
    {
        const CentralAddress a = test::freshCentralDatabase(access);
        Central(a, access.password).init();
        return a;
    }

    /// Registers `n` duplicates at `desk`; their numbers.
    static QStringList submit(test::Desk& desk, int n)
    {
        QStringList numbers;
        for (int i = 0; i < n; ++i) {
            const IntakeOutcome o =
                desk.submit(test::duplicateDraft(), desk.clerk, QDateTime(QDate(2026, 11, 2), QTime(10, i)), false);
            if (!o.registered())
                qFatal("not registered");
            numbers << o.request->number;
        }
        return numbers;
    }

    /// Fills the administrator's dialog and saves it.
    void setCentral(MainWindow& window, const CentralAddress& a, const QString& password)
    {
        child<QAction>(&window, "centralSettingsAction")->trigger();
        auto* dialog = waitForDialog<QDialog>(&window, "CentralSettingsDialog");
        child<QLineEdit>(dialog, "hostEdit")->setText(a.host);
        child<QSpinBox>(dialog, "portSpin")->setValue(a.port);
        child<QLineEdit>(dialog, "databaseEdit")->setText(a.database);
        child<QLineEdit>(dialog, "userEdit")->setText(a.user);
        child<QLineEdit>(dialog, "passwordEdit")->setText(password);
        child<QSpinBox>(dialog, "intervalSpin")->setValue(0);
        child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save)->click();
    }

    /// kensectl as a script runs it, without PGPASSWORD: what it needs comes from the keychain. Exit code and output.
    std::pair<int, QString> kensectl(const QStringList& args, const QByteArray& input = {})
    {
        QProcess p;
        QProcessEnvironment env = m_data.environment();
        env.remove(QStringLiteral("PGPASSWORD"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(KENSECTL), args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            qFatal("kensectl did not finish");
        return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        Logging::start(QStringLiteral("tst_syncdesk"), false);
        m_access = test::clusterAccess();
    }

    void cleanupTestCase() { Logging::stop(); }

    void keychain_storesReadsAndForgets()
    {
        const QString key = SecretStore::centralKey(QStringLiteral("postgresql://kense@example:5432/test"));
        QCOMPARE(SecretStore::write(key, QByteArrayLiteral("пароль-Әә-1")).status, Secret::Status::Ok);
        const Secret back = SecretStore::read(key);
        QCOMPARE(back.status, Secret::Status::Ok);
        QCOMPARE(QString::fromUtf8(back.data), QStringLiteral("пароль-Әә-1"));
        QCOMPARE(SecretStore::remove(key).status, Secret::Status::Ok);
        QCOMPARE(SecretStore::read(key).status, Secret::Status::NotFound);
    }

    /// The administrator sets the server; the password goes to the keychain, never to the settings file or the log;
    /// the status bar counts what waits; a sync started from the menu runs in the background and empties it.
    void desk_setsServerSyncsInBackgroundAndShowsStatus()
    {
        const CentralAddress address = initCentral(m_access);
        test::Desk desk;
        desk.setUp();
        submit(desk, 3);
        const auto opened = test::adminWindow(desk);
        MainWindow& window = *opened;
        auto* status = child<QLabel>(&window, "statusSyncLabel");
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("No central server · waiting: 3"), 10000);

        const QString password = m_access.password;
        setCentral(window, address, password);
        QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<QDialog*>(QStringLiteral("CentralSettingsDialog")) ||
                                     !window.findChild<QDialog*>(QStringLiteral("CentralSettingsDialog"))->isVisible(),
                                 10000);
        QCOMPARE(SecretStore::read(SecretStore::centralKey(address.url())).data, password.toUtf8());
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Not synced yet · waiting: 3")), 10000);

        QSignalSpy finished(window.syncController(), &SyncController::finished);
        child<QAction>(&window, "syncNowAction")->trigger();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Online · waiting: 0")), 10000);
        QCOMPARE(Central(address, password).count(QStringLiteral("requests")), 3);

        // The password is in the keychain only: not in the settings file, not in any log.
        const QByteArray written = everythingWrittenUnder(AppPaths::dataDirectory());
        QVERIFY(written.contains("central"));
        QVERIFY(!written.contains(password.toUtf8()));

        // An unreachable server: offline, nothing lost, the reason in the status bar.
        CentralAddress wrong = address;
        wrong.port = 1;
        QCOMPARE(CentralSettings::setAddress(wrong), std::nullopt);
        window.syncController()->setSessionPassword(password);
        window.syncController()->reconfigure();
        finished.clear();
        child<QAction>(&window, "syncNowAction")->trigger();
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().at(0).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Offline")), 10000);
        CentralSettings::clear();
        window.syncController()->setSessionPassword(QString());
    }

    void conflictsDialog_decidesByTakingTheOtherDesksChange()
    {
        const CentralAddress address = initCentral(m_access);
        test::Desk one, two;
        one.setUp(Channel::Provider, QStringLiteral("KZOEDU01"), QStringLiteral("1"));
        two.setUp(Channel::Provider, QStringLiteral("KZOEDU01"), QStringLiteral("2"));
        const QString number = submit(one, 1).first();
        auto syncDesk = [&](test::Desk& d) {
            Central c(address, m_access.password);
            return DeskSync(d.store()).run(c);
        };
        syncDesk(one);
        syncDesk(two);
        one.advance(number, Transition::AssignExecutor, one.head, QDateTime::currentDateTime(), {}, one.executor.id);
        two.advance(number, Transition::AssignExecutor, two.head, QDateTime::currentDateTime(), {}, two.executor.id);
        syncDesk(one);
        QCOMPARE(syncDesk(two).conflicts, 1);

        const auto opened = test::adminWindow(two);
        QueueStore& store = two.store();
        MainWindow& window = *opened;
        QCOMPARE(CentralSettings::setAddress(address), std::nullopt);
        window.syncController()->setSessionPassword(m_access.password);
        window.syncController()->reconfigure();
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(&window, "statusSyncLabel")->text().contains(QStringLiteral("conflicts: 1")), 10000);
        child<QAction>(&window, "conflictsAction")->trigger();
        auto* dialog = waitForDialog<QDialog>(&window, "ConflictsDialog");
        auto* table = child<QTableWidget>(dialog, "conflictsTable");
        auto* status = child<QLabel>(dialog, "statusLabel");
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 1, 10000);
        QCOMPARE(table->item(0, 0)->text(), number);
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("KZOEDU01-1"));
        child<QLineEdit>(dialog, "noteEdit")->setText(QStringLiteral("согласовано с отделом"));
        // A conflict is decided at the centre: without the centre's login, the dialog says which field is missing.
        child<QPushButton>(dialog, "takeButton")->click();
        QVERIFY(status->property("error").toBool());
        QVERIFY2(status->text().contains(QStringLiteral("login")), qPrintable(status->text()));
        // A login that is no administrator of the centre is refused there; nothing changes.
        const CentralAddress admin = test::centreAdministrator(m_access, address, QStringLiteral("aigerim"));
        child<QLineEdit>(dialog, "centralLoginEdit")->setText(admin.user);
        child<QLineEdit>(dialog, "centralPasswordEdit")->setText(QStringLiteral("not-the-password"));
        child<QPushButton>(dialog, "takeButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(status->property("error").toBool() && !status->text().contains(u"Asking"_qs), 15000);
        // Said as the centre's answer, not as a failure of the desk's database.
        QVERIFY2(status->text().contains(QStringLiteral("The centre did not take the decision")) &&
                     !status->text().contains(QStringLiteral("database or disk failed")),
                 qPrintable(status->text()));
        QCOMPARE(table->rowCount(), 1);
        test::keepScreenshot(*dialog, QStringLiteral("conflicts-decision-refused-by-the-centre"));
        child<QLineEdit>(dialog, "centralPasswordEdit")->setText(test::kAdministratorPassword);
        child<QPushButton>(dialog, "takeButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 0, 15000);
        QVERIFY2(!status->property("error").toBool(), qPrintable(status->text()));
        QTRY_VERIFY_WITH_TIMEOUT(
            !child<QLabel>(&window, "statusSyncLabel")->text().contains(QStringLiteral("conflict")), 10000);
        auto decided = store.load(number);
        decided.waitForFinished();
        QCOMPARE(decided.result()->executor, QStringLiteral("erlan@KZOEDU01-1"));
        QCOMPARE(decided.result()->events.last().kind, QStringLiteral("conflict_resolved"));
        QVERIFY(decided.result()->events.last().note.contains(QStringLiteral("согласовано с отделом")));
        CentralSettings::clear();
        window.syncController()->setSessionPassword(QString());
    }

    /// kensectl reads the password from the keychain (stored from standard input, never from its arguments) and
    /// keeps the desks' exchange keys there.
    void kensectl_usesTheKeychain()
    {
        const CentralAddress address = initCentral(m_access);
        test::Desk desk, other;
        desk.setUp(Channel::Tson, QStringLiteral("KZOTSON01"), QStringLiteral("4"));
        other.setUp(Channel::Tson, QStringLiteral("KZOTSON01"), QStringLiteral("5"));
        desk.close(); // kensectl works on the files, as at a desk where the program is not running
        other.close();
        auto [noPassword, why] = kensectl(
            {QStringLiteral("sync"), QStringLiteral("--db"), desk.path(), QStringLiteral("--url"), address.url()});
        QCOMPARE(noPassword, 1);
        QVERIFY2(why.contains(QStringLiteral("no password for")), qPrintable(why));
        QCOMPARE(kensectl({QStringLiteral("central"), QStringLiteral("password"), QStringLiteral("--url"),
                           address.url(), QStringLiteral("--password-stdin")},
                          m_access.password.toUtf8() + '\n')
                     .first,
                 0);
        auto [synced, said] = kensectl(
            {QStringLiteral("sync"), QStringLiteral("--db"), desk.path(), QStringLiteral("--url"), address.url()});
        QVERIFY2(synced == 0, qPrintable(said));

        // Exchange keys: each side makes its own pair; the key files carry only the public halves.
        const QString keyFile = desk.dir.filePath(QStringLiteral("desk4.key"));
        const QString otherKeyFile = other.dir.filePath(QStringLiteral("desk5.key"));
        auto [made, madeSaid] = kensectl({QStringLiteral("exchange"), QStringLiteral("key"), QStringLiteral("new"),
                                          QStringLiteral("--db"), desk.path(), QStringLiteral("--to"), keyFile});
        QVERIFY2(made == 0, qPrintable(madeSaid));
        const Secret secret = SecretStore::read(SecretStore::exchangeKey(QStringLiteral("KZOTSON01-4")));
        QCOMPARE(secret.data.size(), 96);
        {
            QFile f(keyFile);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray text = f.readAll();
            QVERIFY(!text.contains(secret.data.left(32).toBase64()) && !text.contains(secret.data.mid(64).toBase64()));
            QVERIFY2(text.contains("fingerprint"), text.constData());
        }
        auto [again0, again0Said] = kensectl({QStringLiteral("exchange"), QStringLiteral("key"), QStringLiteral("new"),
                                              QStringLiteral("--db"), desk.path(), QStringLiteral("--to"), keyFile});
        QVERIFY2(again0 == 1 && again0Said.contains(QStringLiteral("--replace")), qPrintable(again0Said));
        QCOMPARE(kensectl({QStringLiteral("exchange"), QStringLiteral("key"), QStringLiteral("new"),
                           QStringLiteral("--db"), other.path(), QStringLiteral("--to"), otherKeyFile})
                     .first,
                 0);
        auto [added, addedSaid] =
            kensectl({QStringLiteral("exchange"), QStringLiteral("key"), QStringLiteral("add"),
                      QStringLiteral("--desk"), QStringLiteral("KZOTSON01-4"), QStringLiteral("--from"), keyFile});
        QVERIFY2(added == 0 && addedSaid.contains(QStringLiteral("fingerprint")), qPrintable(addedSaid));
        QCOMPARE(kensectl({QStringLiteral("exchange"), QStringLiteral("key"), QStringLiteral("add"),
                           QStringLiteral("--from"), otherKeyFile})
                     .first,
                 0);
        {
            Database db;
            QString error;
            QVERIFY2(db.open(desk.path(), Database::Mode::ExistingOnly, &error), qPrintable(error));
            QVERIFY(Intake(db.connection(), desk.catalog, desk.calendar)
                        .submit(test::duplicateDraft(Channel::Tson), desk.op, QDateTime::currentDateTime(), false)
                        .registered());
        }
        const QString package = desk.dir.filePath(QStringLiteral("desk4.kense"));
        auto [noFor, noForSaid] = kensectl({QStringLiteral("exchange"), QStringLiteral("export"),
                                            QStringLiteral("--db"), desk.path(), QStringLiteral("--to"), package});
        QVERIFY2(noFor == 2 && noForSaid.contains(QStringLiteral("--for")), qPrintable(noForSaid));
        auto [exported, exportSaid] =
            kensectl({QStringLiteral("exchange"), QStringLiteral("export"), QStringLiteral("--db"), desk.path(),
                      QStringLiteral("--to"), package, QStringLiteral("--for"), QStringLiteral("KZOTSON01-5")});
        QVERIFY2(exported == 0 && exportSaid.contains(QStringLiteral("encrypted for KZOTSON01-5")),
                 qPrintable(exportSaid));
        auto [imported, importSaid] =
            kensectl({QStringLiteral("exchange"), QStringLiteral("import"), QStringLiteral("--db"), other.path(),
                      QStringLiteral("--from"), package});
        QVERIFY2(imported == 0 && importSaid.contains(QStringLiteral("1 applied")), qPrintable(importSaid));
        auto [again, againSaid] = kensectl({QStringLiteral("exchange"), QStringLiteral("import"),
                                            QStringLiteral("--db"), other.path(), QStringLiteral("--from"), package});
        QVERIFY2(again == 0 && againSaid.contains(QStringLiteral("nothing changed")), qPrintable(againSaid));

        // The desk made a new key: its file is refused without --replace; with it, the administrator's act is an
        // event at the importing desk.
        auto [remade, remadeSaid] =
            kensectl({QStringLiteral("exchange"), QStringLiteral("key"), QStringLiteral("new"), QStringLiteral("--db"),
                      desk.path(), QStringLiteral("--to"), keyFile, QStringLiteral("--replace")});
        QVERIFY2(remade == 0, qPrintable(remadeSaid));
        auto [refused, refusedSaid] = kensectl({QStringLiteral("exchange"), QStringLiteral("key"),
                                                QStringLiteral("add"), QStringLiteral("--from"), keyFile});
        QVERIFY2(refused == 1 && refusedSaid.contains(QStringLiteral("holds another exchange key of KZOTSON01-4")),
                 qPrintable(refusedSaid));
        auto [replaced, replacedSaid] = kensectl(
            {QStringLiteral("exchange"), QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--from"),
             keyFile, QStringLiteral("--replace"), QStringLiteral("--db"), other.path(), QStringLiteral("--as"),
             QStringLiteral("admin"), QStringLiteral("--password-stdin")},
            "admin-pass-1\n");
        QVERIFY2(replaced == 0 && replacedSaid.contains(QStringLiteral("replaced")), qPrintable(replacedSaid));
        {
            Database db;
            QString error;
            QVERIFY2(db.open(other.path(), Database::Mode::ExistingOnly, &error), qPrintable(error));
            QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT note FROM events WHERE kind = "
                                                            "'exchange_key_replaced'"))
                         .toString(),
                     QStringLiteral("KZOTSON01-4"));
        }
        SecretStore::remove(SecretStore::exchangePublicKey(QStringLiteral("KZOTSON01-4")));
        auto [noKey, noKeySaid] = kensectl({QStringLiteral("exchange"), QStringLiteral("import"),
                                            QStringLiteral("--db"), other.path(), QStringLiteral("--from"), package});
        QVERIFY2(noKey == 1 && noKeySaid.contains(QStringLiteral("no exchange key")), qPrintable(noKeySaid));
        for (const QString& party : {QStringLiteral("KZOTSON01-4"), QStringLiteral("KZOTSON01-5")}) {
            SecretStore::remove(SecretStore::exchangeKey(party));
            SecretStore::remove(SecretStore::exchangePublicKey(party));
        }
        SecretStore::remove(SecretStore::centralKey(address.url()));
    }

    /// A desk whose history the desk key seals: the window reads the key from the keychain while the clerk signs in,
    /// and what the desk then registers is sealed with it.
    void deskKey_isReadWhileTheClerkSignsIn()
    {
        test::Desk desk;
        desk.setUp();
        desk.close();
        const QString keyFile = desk.dir.filePath(QStringLiteral("desk.key"));
        auto [made, madeSaid] =
            kensectl({QStringLiteral("db"), QStringLiteral("key"), QStringLiteral("new"), QStringLiteral("--to"),
                      keyFile, QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("--password-stdin"),
                      QStringLiteral("--db"), desk.path()},
                     "admin-pass-1\n");
        QVERIFY2(made == 0, qPrintable(madeSaid));

        DeskKey::use({}); // as a program that has just started
        {
            QueueStore store(desk.catalog, desk.calendar);
            const ManualClock clock(QDateTime(QDate(2026, 11, 3), QTime(10, 0)));
            StartupFlow flow(store, desk.path(), clock);
            flow.start();
            QTRY_VERIFY_WITH_TIMEOUT(flow.signInDialog() && flow.signInDialog()->isVisible(), 10000);
            QTRY_VERIFY_WITH_TIMEOUT(!DeskKey::inUse().isEmpty(), 10000);
            const IntakeOutcome o =
                test::await(store.submit(test::duplicateDraft(Channel::Provider), desk.clerk, clock.now(), false));
            QVERIFY(o.registered());
        }
        auto [verified, verifySaid] = kensectl({QStringLiteral("db"), QStringLiteral("verify"), QStringLiteral("--db"),
                                                desk.path(), QStringLiteral("--json")});
        QVERIFY2(verified == 0, qPrintable(verifySaid));
        const QJsonObject report = QJsonDocument::fromJson(verifySaid.toUtf8()).object();
        const QJsonObject key = report.value(QStringLiteral("desk_key")).toObject();
        QCOMPARE(key.value(QStringLiteral("sealed_up_to")).toInteger(),
                 report.value(QStringLiteral("events")).toInteger());
        SecretStore::remove(SecretStore::historyKey(QStringLiteral("KZOEDU01-1")));
    }

    /// With no keychain at all the program says so, keeps the password for the session only, and still syncs.
    void noKeychain_saysSoAndKeepsThePasswordForTheSession()
    {
        QCOMPARE(SecretStore::read(QStringLiteral("central/anything")).status == Secret::Status::Ok, false);
        const CentralAddress address = initCentral(m_access);
        test::Desk desk;
        desk.setUp();
        submit(desk, 1);
        const auto opened = test::adminWindow(desk);
        QueueStore& store = desk.store();
        MainWindow& window = *opened;
        setCentral(window, address, m_access.password);
        auto* dialog = waitForDialog<QDialog>(&window, "CentralSettingsDialog");
        auto* status = child<QLabel>(dialog, "statusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("no keychain is available")), 15000);
        QVERIFY(status->property("error").toBool());
        dialog->reject();
        QSignalSpy finished(window.syncController(), &SyncController::finished);
        child<QAction>(&window, "syncNowAction")->trigger();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(!everythingWrittenUnder(AppPaths::dataDirectory()).contains(m_access.password.toUtf8()));

        // At the next start (a new controller) it is asked for again, in a dialog that says why.
        SyncController fresh(store);
        fresh.syncNow(&window);
        auto* ask = waitForDialog<QInputDialog>(&window, "syncPasswordDialog");
        QVERIFY(ask->labelText().contains(QStringLiteral("No keychain")));
        QVERIFY(ask->findChild<QLabel*>(QStringLiteral("capsLockLabel"))); // under the password
        QSignalSpy freshFinished(&fresh, &SyncController::finished);
        ask->setTextValue(m_access.password);
        ask->accept();
        QVERIFY(freshFinished.wait(30000));
        QVERIFY(freshFinished.first().at(0).toBool());
        CentralSettings::clear();
    }
};

QTEST_MAIN(TestSyncDesk)
#include "tst_syncdesk.moc"
