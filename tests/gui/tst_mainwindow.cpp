#include "MainWindow.h"
#include "catalog/ServiceCatalog.h"

#include <QLabel>
#include <QListWidget>
#include <QTest>

using namespace kense;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheDatabaseItOpened_andTheServicesForIntake()
    {
        const ServiceCatalog catalog = ServiceCatalog::load(ServiceCatalog::builtinDirectory());
        const StartupFacts facts{QStringLiteral("/home/clerk/.local/share/kense/kense.sqlite"), 1, {}, {}, {}};
        MainWindow w(facts, catalog, Language::Kazakh);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.findChild<QLabel*>(QStringLiteral("databaseLabel"))->text(), facts.databasePath);
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("statusDatabaseLabel"))->text().contains(facts.databasePath));
        auto* list = w.findChild<QListWidget*>(QStringLiteral("servicesList"));
        QCOMPARE(list->count(), 15); // excluded regulations are not offered
        QVERIFY(list->item(0)->text().contains(QStringLiteral("облысы")));
        QVERIFY(!w.findChild<QLabel*>(QStringLiteral("problemsLabel"))->isVisible());
    }

    void refusedDataFiles_areShown()
    {
        const ServiceCatalog catalog = ServiceCatalog::load(ServiceCatalog::builtinDirectory());
        const StartupFacts facts{
            QStringLiteral("/tmp/x.sqlite"), 1, {QStringLiteral("tve-admission.json: not valid JSON")}, {}, {}};
        MainWindow w(facts, catalog, Language::Russian);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* problems = w.findChild<QLabel*>(QStringLiteral("problemsLabel"));
        QVERIFY(problems->isVisible());
        QVERIFY(problems->text().contains(QStringLiteral("tve-admission.json")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
