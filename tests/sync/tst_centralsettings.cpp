// Settings → Central server as its administrator meets it (issue 13, item 3): the link's encryption and the centre's
// CA certificate are chosen there and kept in the desk's settings; the sync then checks the centre's certificate
// against that file — with PGSSLROOTCERT unset, as on a desk — and a link without encryption is said in the status
// bar for as long as it is so. Before, the dialog had neither: a desk synced only through libpq's default CA file, and
// saving the dialog dropped whatever TLS settings the address had.
#include "CentralFixture.h"
#include "DataDir.h"
#include "DeskWindow.h"
#include "Intake.h"
#include "Screenshot.h"
#include "Widgets.h"
#include "gui/MainWindow.h"
#include "gui/sync/SyncController.h"
#include "sync/CentralSettings.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace kense;
using namespace kense::sync;
using kense::test::child;
using kense::test::waitForDialog;

class TestCentralSettings : public QObject
{
    Q_OBJECT

    test::DataDir m_data;
    test::ClusterAccess m_access;

    /// Fills Settings → Central server with `a` and `caFile`, presses Save; the dialog (still open if refused).
    QDialog* save(MainWindow& window, const CentralAddress& a, const QString& caFile, const QString& mode)
    {
        QDialog* dialog = open(window);
        child<QLineEdit>(dialog, "hostEdit")->setText(a.host);
        child<QSpinBox>(dialog, "portSpin")->setValue(a.port);
        child<QLineEdit>(dialog, "databaseEdit")->setText(a.database);
        child<QLineEdit>(dialog, "userEdit")->setText(a.user);
        child<QSpinBox>(dialog, "intervalSpin")->setValue(0);
        child<QSpinBox>(dialog, "keepSpin")->setValue(45);
        auto* modes = child<QComboBox>(dialog, "sslModeCombo");
        modes->setCurrentIndex(modes->findData(mode));
        child<QLineEdit>(dialog, "caFileEdit")->setText(caFile);
        child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save)->click();
        return dialog;
    }

    /// Opens Settings → Central server, once the one opened before is gone (it deletes itself when closed).
    static QDialog* open(MainWindow& window)
    {
        if (!QTest::qWaitFor([&] { return !window.findChild<QDialog*>(u"CentralSettingsDialog"_qs); }, 10000))
            qFatal("the Central server dialog opened before did not go");
        child<QAction>(&window, "centralSettingsAction")->trigger();
        return waitForDialog<QDialog>(&window, "CentralSettingsDialog");
    }

private Q_SLOTS:
    void initTestCase() { m_access = test::clusterAccess(); }

    void theCentresCaFile_isKeptAndUsed_andAClearTextLinkIsSaid()
    {
        const CentralAddress address = test::freshCentralDatabase(m_access);
        Central(address, m_access.password).init();
        test::Desk desk;
        desk.setUp();
        const auto opened = test::adminWindow(desk);
        MainWindow& window = *opened;
        window.syncController()->setSessionPassword(m_access.password);
        const QByteArray defaultCa = qgetenv("PGSSLROOTCERT");
        qunsetenv("PGSSLROOTCERT"); // as on a desk: only the file the settings name

        // A CA file that is not there is named, and nothing is saved.
        QDialog* dialog = save(window, address, QStringLiteral("/nonexistent/centre-ca.crt"), u"verify-full"_qs);
        auto* said = child<QLabel>(dialog, "statusLabel");
        QVERIFY(dialog->isVisible());
        QVERIFY2(said->text().contains(QStringLiteral("/nonexistent/centre-ca.crt")), qPrintable(said->text()));
        QVERIFY(!CentralSettings::address());
        QCOMPARE(CentralSettings::keepConfirmedDays(), 0);
        dialog->close();

        dialog = save(window, address, address.sslRootCert, u"verify-full"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);
        const auto kept = CentralSettings::address();
        QVERIFY(kept);
        QCOMPARE(kept->sslMode, QStringLiteral("verify-full"));
        QCOMPARE(kept->sslRootCert, address.sslRootCert);
        QCOMPARE(CentralSettings::keepConfirmedDays(), 45); // the outbox keeps confirmed changes 45 days
        QSignalSpy finished(window.syncController(), &SyncController::finished);
        child<QAction>(&window, "syncNowAction")->trigger();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        auto* status = child<QLabel>(&window, "statusSyncLabel");
        QVERIFY2(status->text().startsWith(QStringLiteral("Online")), qPrintable(status->text()));

        // Opened again, the dialog shows what is kept; without encryption it warns, and so does the status bar.
        dialog = open(window);
        QCOMPARE(child<QComboBox>(dialog, "sslModeCombo")->currentData().toString(), QStringLiteral("verify-full"));
        QCOMPARE(child<QLineEdit>(dialog, "caFileEdit")->text(), address.sslRootCert);
        QCOMPARE(child<QSpinBox>(dialog, "keepSpin")->value(), 45);
        auto* modes = child<QComboBox>(dialog, "sslModeCombo");
        modes->setCurrentIndex(modes->findData(u"disable"_qs)); // the warning, before anything is saved
        QVERIFY(child<QLabel>(dialog, "statusLabel")->text().contains(QStringLiteral("clear text")));
        QVERIFY(!child<QLineEdit>(dialog, "caFileEdit")->isEnabled());
        test::keepScreenshot(*dialog, QStringLiteral("central-settings-without-encryption"));
        dialog->close();
        dialog = save(window, address, QString(), u"disable"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);
        QCOMPARE(CentralSettings::address()->sslMode, QStringLiteral("disable"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Not encrypted")), 10000);
        QVERIFY(status->styleSheet().contains(QStringLiteral("#b71c1c")));
        test::keepScreenshot(window, QStringLiteral("status-bar-not-encrypted"));

        CentralSettings::clear();
        window.syncController()->setSessionPassword(QString());
        qputenv("PGSSLROOTCERT", defaultCa);
    }
};

QTEST_MAIN(TestCentralSettings)
#include "tst_centralsettings.moc"
