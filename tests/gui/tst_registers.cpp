// The ЦОН desk's courier registers through their widgets: the operator opens a register for a provider, scans the
// packages into it and hands it to the courier (its print opens); the канцелярия scans the bag and receives it — a
// package missing from the bag is named, not received silently.
#include "DataDir.h"
#include "Desk.h"
#include "gui/printing/DocumentPreviewDialog.h"
#include "gui/registers/CourierRegistersDialog.h"
#include "settings/Settings.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace kense;

class TestRegisters : public QObject
{
    Q_OBJECT

    test::DataDir m_data;

    /// The scanner types the number's keys: ASCII, or with the Russian layout on, Cyrillic letters.
    static void scan(CourierRegistersDialog& d, const QString& number, bool russianLayout = false)
    {
        auto* edit = d.findChild<QLineEdit*>(QStringLiteral("scanEdit"));
        edit->setFocus();
        const QString latin = QStringLiteral("qwertyuiopasdfghjklzxcvbnm");
        const QString russian = QStringLiteral("йцукенгшщзфывапролдячсмить");
        for (QChar c : number) {
            const qsizetype i = russianLayout ? latin.indexOf(c.toLower()) : -1;
            QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown,
                                i < 0 ? QString(c) : QString(russian.at(i).toUpper()), Qt::NoModifier);
        }
        QTest::keyClick(edit, Qt::Key_Return);
    }

private Q_SLOTS:
    void operatorSends_canceriaReceivesByScanning()
    {
        test::Desk desk;
        desk.setUp(Channel::Tson, QStringLiteral("KZOTSON01"));
        QStringList numbers;
        for (int i = 0; i < 2; ++i)
            numbers << desk.submit(test::duplicateDraft(Channel::Tson), desk.op,
                                   QDateTime(QDate(2026, 11, 2), QTime(10, i)), false)
                           .request->number;
        QueueStore& store = desk.store();
        // The ЦОН's administrator named the provider of VKO's duplicate (the city's department), and of the
        // preschool registration the Aral district's.
        QCOMPARE(Settings::desk().setValue(Setting::CourierProviders, QStringList{QStringLiteral("KZOEDU01")},
                                           QStringLiteral("duplicate-secondary-edu-vko")),
                 std::nullopt);
        QCOMPARE(Settings::desk().setValue(Setting::CourierProviders, QStringList{QStringLiteral("KZOEDU02")},
                                           QStringLiteral("preschool-registration-kyzylorda")),
                 std::nullopt);

        {
            CourierRegistersDialog d(store, desk.catalog, desk.op, [] { return QDateTime::currentDateTime(); });
            d.show();
            QSignalSpy loaded(&d, &CourierRegistersDialog::loaded);
            QVERIFY(loaded.wait(30000));
            // The office is chosen from those the routes name, by typing a part of its name.
            auto* provider = d.findChild<QComboBox*>(QStringLiteral("providerCombo"));
            QTRY_COMPARE_WITH_TIMEOUT(provider->count(), 2, 30000);
            QTest::keyClicks(provider, QStringLiteral("x"));
            d.findChild<QPushButton*>(QStringLiteral("newRegisterButton"))->click();
            auto* status = d.findChild<QLabel*>(QStringLiteral("statusLabel"));
            QVERIFY2(status->text().contains(QStringLiteral("choose one from the list")), qPrintable(status->text()));
            provider->lineEdit()->clear();
            for (QChar c : QStringLiteral("арал"))
                QTest::sendKeyEvent(QTest::Click, provider->lineEdit(), Qt::Key_unknown, QString(c), Qt::NoModifier);
            QAbstractItemView* popup = provider->completer()->popup();
            QTRY_VERIFY_WITH_TIMEOUT(popup->isVisible(), 5000);
            QCOMPARE(provider->completer()->completionCount(), 1);
            QTest::keyClick(popup, Qt::Key_Down);
            QTest::keyClick(popup, Qt::Key_Return);
            QCOMPARE(provider->currentText(), QStringLiteral("\"Арал ауданының білім бөлімі\" ММ (KZOEDU02)"));
            provider->setCurrentIndex(provider->findData(QStringLiteral("KZOEDU01")));
            d.findChild<QPushButton*>(QStringLiteral("newRegisterButton"))->click();
            QTRY_COMPARE_WITH_TIMEOUT(d.selectedRegister(), QStringLiteral("KZOTSON01-1-2026-R00001"), 30000);
            for (const QString& n : numbers) {
                const int before = static_cast<int>(loaded.size());
                scan(d, n);
                QTRY_VERIFY_WITH_TIMEOUT(loaded.size() > before, 30000);
            }
            auto* table = d.findChild<QTableWidget*>(QStringLiteral("registersTable"));
            QVERIFY2(table->item(0, 5)->text() == QStringLiteral("2"),
                     qPrintable(d.findChild<QLabel*>(QStringLiteral("statusLabel"))->text()));
            d.findChild<QPushButton*>(QStringLiteral("sendButton"))->click();
            DocumentPreviewDialog* preview = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((preview = d.findChild<DocumentPreviewDialog*>()) != nullptr, 30000);
            QVERIFY(preview->windowTitle().contains(QStringLiteral("R00001")));
            QTRY_VERIFY_WITH_TIMEOUT(table->item(0, 3) && table->item(0, 3)->text() != QStringLiteral("—"), 30000);
        }
        {
            CourierRegistersDialog d(store, desk.catalog, desk.clerk, [] { return QDateTime::currentDateTime(); });
            d.show();
            QSignalSpy loaded(&d, &CourierRegistersDialog::loaded);
            QVERIFY(loaded.wait(30000));
            auto* status = d.findChild<QLabel*>(QStringLiteral("statusLabel"));
            scan(d, numbers.first()); // one package of two
            d.findChild<QPushButton*>(QStringLiteral("receiveButton"))->click();
            QTRY_VERIFY_WITH_TIMEOUT(status->property("error").toBool(), 30000);
            QVERIFY2(status->text().contains(numbers.last()), qPrintable(status->text()));
            scan(d, numbers.first());
            scan(d, numbers.last(), true); // this one with the Russian layout on
            d.findChild<QPushButton*>(QStringLiteral("receiveButton"))->click();
            QTRY_VERIFY_WITH_TIMEOUT(!status->property("error").toBool() && !status->text().isEmpty(), 30000);
        }
        auto state = store.load(numbers.last());
        state.waitForFinished();
        QCOMPARE(state.result()->state, RequestState::ReceivedByProvider);
    }
};

QTEST_MAIN(TestRegisters)
#include "tst_registers.moc"
