// An administrator's desk through its widgets: users and roles, the office's hours, the services in force (the
// intake offers only those), the calendar's single days with their reasons, and the sign-in lockout settings.
#include "DataDir.h"
#include "Desk.h"
#include "DeskRepository.h"
#include "DeskSettings.h"
#include "Intake.h"
#include "QueueStore.h"
#include "QueueStoreAccess.h"
#include "Screenshot.h"
#include "ScriptedPrompts.h"
#include "calendar/WorkingCalendar.h"
#include "gui/admin/AdministrationDialog.h"
#include "gui/admin/CourierRoutesPage.h"
#include "gui/intake/IntakeWizard.h"
#include "paths/AppPaths.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>

using namespace kense;

class TestAdministration : public QObject
{
    Q_OBJECT

    test::DataDir m_data;

    template <typename T>
    static T* child(QWidget* w, const char* name)
    {
        auto* c = w->findChild<T*>(QString::fromLatin1(name));
        if (!c)
            qFatal("no %s", name);
        return c;
    }

    static void type(QLineEdit* edit, const QString& text)
    {
        edit->clear();
        edit->setFocus();
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }

    /// The administration of the desk's school, shown, its clock the computer's.
    static std::unique_ptr<AdministrationDialog> administration(test::Desk& desk)
    {
        auto dialog = std::make_unique<AdministrationDialog>(
            desk.store(), desk.catalog, desk.admin, Channel::Provider, [] { return QDateTime::currentDateTime(); },
            Language::Kazakh);
        dialog->show();
        return dialog;
    }

private Q_SLOTS:
    void usersHoursServicesAndCalendar()
    {
        test::Desk desk;
        desk.setUp();
        QueueStore& store = desk.store();
        // The administration's acts are dated before the requests below, as on a desk whose clock runs forward: a
        // registration dated before the desk's last entry is refused (a clock set back).
        AdministrationDialog dialog(
            store, desk.catalog, desk.admin, Channel::Provider,
            [] { return QDateTime(QDate(2026, 11, 30), QTime(10, 0)); }, Language::Kazakh);
        dialog.show();
        auto* status = child<QLabel>(&dialog, "statusLabel");
        auto* users = child<QTableWidget>(&dialog, "usersTable");
        QTRY_COMPARE_WITH_TIMEOUT(users->rowCount(), 5, 30000);

        // A new clerk: the passwords must match; then the account signs in.
        type(child<QLineEdit>(&dialog, "loginEdit"), QStringLiteral("dana"));
        type(child<QLineEdit>(&dialog, "surnameEdit"), QStringLiteral("Әбілова"));
        child<QCheckBox>(&dialog, "roleClerk")->setChecked(true);
        child<QLineEdit>(&dialog, "passwordEdit")->setText(QStringLiteral("dana-pass-1"));
        child<QLineEdit>(&dialog, "repeatEdit")->setText(QStringLiteral("dana-pass-2"));
        child<QPushButton>(&dialog, "addUserButton")->click();
        QVERIFY(status->property("error").toBool());
        const QString passwordsDiffer = status->text();
        child<QLineEdit>(&dialog, "repeatEdit")->setText(QStringLiteral("dana-pass-1"));
        // A clerk's receipts name her in full (seed 000 p.6 2)): without a given name she is not added.
        child<QPushButton>(&dialog, "addUserButton")->click();
        QVERIFY(status->property("error").toBool());
        QVERIFY2(status->text() != passwordsDiffer, qPrintable(status->text()));
        QTest::qWait(200);
        QCOMPARE(users->rowCount(), 5);
        type(child<QLineEdit>(&dialog, "givenNameEdit"), QStringLiteral("Дана"));
        QSignalSpy changed(&dialog, &AdministrationDialog::changed);
        child<QPushButton>(&dialog, "addUserButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(users->rowCount(), 6, 30000);
        // The form starts again empty, its roles too: the next account gets only the roles ticked for it (they kept
        // the previous account's ticks, and a head added after a clerk was saved as clerk and head).
        for (const char* box : {"roleClerk", "roleTsonOperator", "roleHead", "roleExecutor", "roleAdministrator"})
            QVERIFY2(!child<QCheckBox>(&dialog, box)->isChecked(), box);
        auto signIn = store.signIn(QStringLiteral("dana"), QStringLiteral("dana-pass-1"), QDateTime::currentDateTime());
        signIn.waitForFinished();
        QVERIFY(signIn.result().user);

        // Disable her again: asked first, and "no" leaves her as she is.
        for (int r = 0; r < users->rowCount(); ++r) {
            if (users->item(r, 0)->text() == QLatin1String("dana"))
                users->selectRow(r);
        }
        test::ScriptedPrompts prompts;
        child<QPushButton>(&dialog, "toggleDisabledButton")->click();
        QCOMPARE(prompts.count(test::ScriptedPrompts::Kind::Confirm), 1);
        QVERIFY2(prompts.last(test::ScriptedPrompts::Kind::Confirm).contains(QLatin1String("dana")),
                 qPrintable(prompts.last(test::ScriptedPrompts::Kind::Confirm)));
        QTest::qWait(200);
        QCOMPARE(changed.size(), 1);
        prompts.setConfirmAnswer(true);
        child<QPushButton>(&dialog, "toggleDisabledButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 30000);
        signIn = store.signIn(QStringLiteral("dana"), QStringLiteral("dana-pass-1"), QDateTime::currentDateTime());
        signIn.waitForFinished();
        QVERIFY(!signIn.result().user);

        // Hours: no lunch, 08:30–17:00.
        QTRY_VERIFY_WITH_TIMEOUT(child<QTimeEdit>(&dialog, "openTimeEdit")->time() == QTime(9, 0), 30000);
        child<QTimeEdit>(&dialog, "openTimeEdit")->setTime(QTime(8, 30));
        child<QTimeEdit>(&dialog, "closeTimeEdit")->setTime(QTime(17, 0));
        child<QCheckBox>(&dialog, "lunchCheck")->setChecked(false);
        child<QPushButton>(&dialog, "saveHoursButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 3, 30000);
        auto hours = QueueStoreAccess::run<OfficeHours>(
            store, [](QueueSession& s) { return DeskRepository(s.db()).thisDesk()->office.hours; });
        hours.waitForFinished();
        QCOMPARE(hours.result().open, QTime(8, 30));
        QVERIFY(!hours.result().hasLunch());

        // Services in force: only the VKO duplicate; the intake then offers only it.
        auto* services = child<QListWidget>(&dialog, "servicesList");
        for (int i = 0; i < services->count(); ++i)
            services->item(i)->setCheckState(services->item(i)->data(Qt::UserRole).toString() ==
                                                     QLatin1String("duplicate-secondary-edu-vko")
                                                 ? Qt::Checked
                                                 : Qt::Unchecked);
        child<QPushButton>(&dialog, "saveServicesButton")->click();
        QCOMPARE(DeskSettings::servicesInForce(), QStringList{QStringLiteral("duplicate-secondary-edu-vko")});
        IntakeWizard wizard(
            store, desk.catalog, desk.clerk, Channel::Provider, [] { return QDateTime::currentDateTime(); },
            Language::Kazakh);
        QCOMPARE(child<QComboBox>(&wizard, "serviceCombo")->count(), 1);
        QCOMPARE(DeskSettings::setServicesInForce({}), std::nullopt);

        // The calendar: 31 December 2026 a day off, with its reason; a reason is required; undo. The queue's new
        // deadlines count it at once: a duplicate taken on 1 December (30 calendar days) is due on the 31st before.
        const auto dueOfNewRequest = [&] {
            auto f =
                store.submit(test::duplicateDraft(), desk.clerk, QDateTime(QDate(2026, 12, 1), QTime(10, 0)), false);
            f.waitForFinished();
            return f.result().request->dueAt.date();
        };
        QCOMPARE(dueOfNewRequest(), QDate(2026, 12, 31));
        std::shared_ptr<const WorkingCalendar> announced; // what the main window's "due soon" takes (main.cpp)
        connect(&store, &QueueStore::calendarChanged, this,
                [&announced](std::shared_ptr<const WorkingCalendar> c) { announced = std::move(c); });
        child<QDateEdit>(&dialog, "dateEdit")->setDate(QDate(2026, 12, 31));
        child<QPushButton>(&dialog, "dayOffButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(status->property("error").toBool(), 30000);
        type(child<QLineEdit>(&dialog, "reasonEdit"), QStringLiteral("Әкімдік шешімі / решение акимата"));
        child<QPushButton>(&dialog, "dayOffButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 5, 30000);
        const auto calendar = [] {
            return WorkingCalendar::load(WorkingCalendar::builtinDirectory(), AppPaths::calendarOverrideDirectory());
        };
        QVERIFY(!calendar().isWorkingDay(QDate(2026, 12, 31)));
        QTRY_VERIFY_WITH_TIMEOUT(announced && !announced->isWorkingDay(QDate(2026, 12, 31)), 30000);
        QVERIFY(dueOfNewRequest() > QDate(2026, 12, 31));
        auto* days = child<QTableWidget>(&dialog, "daysTable");
        QTRY_VERIFY_WITH_TIMEOUT(!days->findItems(QStringLiteral("31.12.2026"), Qt::MatchExactly).isEmpty(), 30000);
        child<QPushButton>(&dialog, "removeEditButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 6, 30000);
        QVERIFY(calendar().isWorkingDay(QDate(2026, 12, 31)));
    }

    /// Enter in the new user's form adds the user the form describes (or says what is missing); it never runs the
    /// first button of the dialog, which disables the selected account.
    void enterInTheNewUserForm_neverDisablesTheSelectedUser()
    {
        test::Desk desk;
        desk.setUp();
        const auto opened = administration(desk);
        AdministrationDialog& dialog = *opened;
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* users = child<QTableWidget>(&dialog, "usersTable");
        QTRY_COMPARE_WITH_TIMEOUT(users->rowCount(), 5, 30000);
        users->selectRow(1);
        const QString selected = users->item(1, 0)->text();
        const QString stateBefore = users->item(1, 3)->text();
        test::ScriptedPrompts prompts;
        prompts.setConfirmAnswer(true); // were anything asked, the old default would go through
        QSignalSpy changed(&dialog, &AdministrationDialog::changed);
        for (const char* name :
             {"loginEdit", "surnameEdit", "givenNameEdit", "patronymicEdit", "passwordEdit", "repeatEdit"}) {
            auto* edit = child<QLineEdit>(&dialog, name);
            type(edit, QStringLiteral("erlan"));
            QTest::keyClick(edit, Qt::Key_Return);
            QTest::keyClick(edit, Qt::Key_Enter);
        }
        QTest::qWait(300);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(prompts.count(test::ScriptedPrompts::Kind::Confirm), 0);
        QCOMPARE(users->item(1, 0)->text(), selected);
        QCOMPARE(users->item(1, 3)->text(), stateBefore);
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(&dialog, "statusLabel")->property("error").toBool()); // no role chosen: said so
        QVERIFY(!dialog.findChild<CourierRoutesPage*>()); // a provider's desk makes no registers to route
    }

    /// A reason the store gives is shown as a sentence: «A login has 2 to 64 …», not «a login has …» (the store's
    /// words are written to be composed, as kensectl says them after its name).
    void aRefusal_readsAsASentence()
    {
        test::Desk desk;
        desk.setUp();
        const auto opened = administration(desk);
        AdministrationDialog& dialog = *opened;
        type(child<QLineEdit>(&dialog, "loginEdit"), QStringLiteral("дана"));
        type(child<QLineEdit>(&dialog, "surnameEdit"), QStringLiteral("Әбілова"));
        child<QCheckBox>(&dialog, "roleClerk")->setChecked(true);
        child<QPushButton>(&dialog, "addUserButton")->click();
        const QString said = child<QLabel>(&dialog, "statusLabel")->text();
        QVERIFY2(said.startsWith(QStringLiteral("A login has 2 to 64")), qPrintable(said));
    }

    /// The administrator edits the selected account: a name the split of an old account got wrong, its roles, a new
    /// password (a forgotten one). The dialog checks each by the store's rules; each change is an event.
    void anAdministrator_editsTheSelectedUser()
    {
        test::Desk desk;
        desk.setUp();
        const auto opened = administration(desk);
        AdministrationDialog& dialog = *opened;
        auto* users = child<QTableWidget>(&dialog, "usersTable");
        QTRY_COMPARE_WITH_TIMEOUT(users->rowCount(), 5, 30000);
        child<QPushButton>(&dialog, "editUserButton")->click(); // nothing selected: said so
        QVERIFY(child<QLabel>(&dialog, "statusLabel")->property("error").toBool());
        QVERIFY(!dialog.findChild<QDialog*>(QStringLiteral("userDialog")));
        int row = -1;
        for (int r = 0; r < users->rowCount(); ++r) {
            if (users->item(r, 0)->text() == QLatin1String("erlan"))
                row = r;
        }
        users->selectRow(row);
        child<QPushButton>(&dialog, "editUserButton")->click();
        auto* edit = dialog.findChild<QDialog*>(QStringLiteral("userDialog"));
        QVERIFY(edit);
        QTRY_VERIFY(edit->isVisible());
        QCOMPARE(child<QLineEdit>(edit, "surnameEdit")->text(), QStringLiteral("Нұрланов"));
        QCOMPARE(child<QLineEdit>(edit, "patronymicEdit")->text(), QStringLiteral("Бақытұлы"));
        QVERIFY(child<QCheckBox>(edit, "role_executor")->isChecked());
        QVERIFY(!edit->findChild<QCheckBox*>(QStringLiteral("role_akim_officer"))); // a provider's desk
        auto* save = child<QDialogButtonBox>(edit, "userButtons")->button(QDialogButtonBox::Save);
        auto* error = child<QLabel>(edit, "userErrorLabel");
        type(child<QLineEdit>(edit, "givenNameEdit"), QStringLiteral("Erlan"));
        save->click();
        QVERIFY(edit->isVisible()); // not a Kazakh or Russian letter: the dialog stays, and says which part
        QVERIFY2(error->text().contains(QStringLiteral("E")), qPrintable(error->text()));
        test::keepScreenshot(*edit, QStringLiteral("administration-user"));
        type(child<QLineEdit>(edit, "givenNameEdit"), QStringLiteral("Ерлан"));
        type(child<QLineEdit>(edit, "patronymicEdit"), QStringLiteral("Серікұлы"));
        child<QCheckBox>(edit, "role_executor")->setChecked(false);
        save->click();
        QVERIFY(edit->isVisible()); // no role
        child<QCheckBox>(edit, "role_executor")->setChecked(true);
        child<QCheckBox>(edit, "role_head")->setChecked(true);
        child<QLineEdit>(edit, "newPasswordEdit")->setText(QStringLiteral("erlan-new-pass-1"));
        child<QLineEdit>(edit, "repeatPasswordEdit")->setText(QStringLiteral("erlan-new-pass-2"));
        save->click();
        QVERIFY(edit->isVisible()); // the passwords differ
        child<QLineEdit>(edit, "repeatPasswordEdit")->setText(QStringLiteral("erlan-new-pass-1"));
        QSignalSpy changed(&dialog, &AdministrationDialog::changed);
        save->click();
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(
            !users->findItems(QStringLiteral("Нұрланов Ерлан Серікұлы"), Qt::MatchExactly).isEmpty(), 30000);
        test::keepScreenshot(dialog, QStringLiteral("administration-users"));
        const UserRecord erlan =
            *test::await(desk.store().signIn(QStringLiteral("erlan"), QStringLiteral("erlan-new-pass-1"),
                                             QDateTime::currentDateTime()))
                 .user;
        QCOMPARE(erlan.name, (PersonalName{u"Нұрланов"_qs, u"Ерлан"_qs, u"Серікұлы"_qs}));
        QCOMPARE(erlan.roles, (QList<Role>{Role::Executor, Role::Head}));
        QVERIFY(!test::await(desk.store().signIn(QStringLiteral("erlan"), QStringLiteral("exec-pass-1"),
                                                 QDateTime::currentDateTime()))
                     .ok);

        // The administrator cannot take their own administrator's role; the name given with it is not kept either.
        for (int r = 0; r < users->rowCount(); ++r) {
            if (users->item(r, 0)->text() == QLatin1String("admin"))
                users->selectRow(r);
        }
        child<QPushButton>(&dialog, "editUserButton")->click();
        QTRY_VERIFY(dialog.findChild<QDialog*>(QStringLiteral("userDialog")));
        auto* self = dialog.findChild<QDialog*>(QStringLiteral("userDialog"));
        type(child<QLineEdit>(self, "surnameEdit"), QStringLiteral("Қасымов"));
        type(child<QLineEdit>(self, "givenNameEdit"), QStringLiteral("Бақыт"));
        child<QCheckBox>(self, "role_administrator")->setChecked(false);
        child<QCheckBox>(self, "role_clerk")->setChecked(true);
        child<QDialogButtonBox>(self, "userButtons")->button(QDialogButtonBox::Save)->click();
        auto* status = child<QLabel>(&dialog, "statusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->property("error").toBool(), 30000);
        QCOMPARE(changed.size(), 1);
        for (const UserRecord& u : test::await(desk.store().users())) {
            if (u.login == QLatin1String("admin")) {
                QCOMPARE(u.fullName, QStringLiteral("Әкімші"));
                QCOMPARE(u.roles, QList<Role>{Role::Administrator});
            }
        }
    }

    /// At a ЦОН desk the administrator names, per service, the offices its registers go to: found by typing a part
    /// of the name, saved at once, and only offices that provide services (not the ЦОН's own branches).
    void courierRoutes_atATsonDesk()
    {
        test::Desk desk;
        desk.setUp(Channel::Tson, QStringLiteral("KZOTSON01"));
        AdministrationDialog dialog(
            desk.store(), desk.catalog, desk.admin, Channel::Tson, [] { return QDateTime::currentDateTime(); },
            Language::Kazakh);
        auto* page = dialog.findChild<CourierRoutesPage*>();
        QVERIFY(page);
        QSignalSpy loaded(page, &CourierRoutesPage::loaded);
        dialog.show();
        QVERIFY(loaded.wait(30000));
        auto* table = child<QTableWidget>(&dialog, "routesTable");
        const QString title =
            desk.catalog.variant(QStringLiteral("duplicate-secondary-edu-vko"))->title(Language::Kazakh);
        const QList<QTableWidgetItem*> rows = table->findItems(title, Qt::MatchExactly);
        QCOMPARE(rows.size(), 1);
        table->selectRow(rows.first()->row());
        auto* combo = child<QComboBox>(&dialog, "routeOfficeCombo");
        auto* status = child<QLabel>(&dialog, "statusLabel");

        // A ЦОН branch is no provider: it is not offered, and typed whole it is refused.
        type(combo->lineEdit(), QStringLiteral("KZOTSON15"));
        child<QPushButton>(&dialog, "addRouteButton")->click();
        QVERIFY(status->property("error").toBool());
        QVERIFY2(status->text().contains(QStringLiteral("KZOTSON15")), qPrintable(status->text()));

        type(combo->lineEdit(), QStringLiteral("арал ауданының білім"));
        QAbstractItemView* popup = combo->completer()->popup();
        QTRY_VERIFY_WITH_TIMEOUT(popup->isVisible(), 5000);
        QCOMPARE(combo->completer()->completionCount(), 1);
        QSignalSpy changed(&dialog, &AdministrationDialog::changed);
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return); // the office picked with Enter is added at once
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 30000);
        QCOMPARE(CourierRoutes::ofDesk().providersOf(QStringLiteral("duplicate-secondary-edu-vko")),
                 QStringList{QStringLiteral("KZOEDU02")});
        QVERIFY2(table->item(rows.first()->row(), 1)->text().contains(QStringLiteral("KZOEDU02")),
                 qPrintable(table->item(rows.first()->row(), 1)->text()));
        QCOMPARE(child<QListWidget>(&dialog, "routeOfficesList")->count(), 1);
        QCOMPARE(combo->currentText(), QString()); // ready for the next office

        child<QPushButton>(&dialog, "removeRouteButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 30000);
        QVERIFY(CourierRoutes::ofDesk().isEmpty());

        // A school the directory lacks is added here, then offered among the offices.
        child<QPushButton>(&dialog, "addToDirectoryButton")->click();
        QVERIFY(status->property("error").toBool()); // no code, no name: said, nothing added
        type(child<QLineEdit>(&dialog, "newOfficeCodeEdit"), QStringLiteral("kzosch012"));
        type(child<QLineEdit>(&dialog, "newOfficeNameEdit"), QStringLiteral("№ 12 мектеп-гимназия"));
        type(child<QLineEdit>(&dialog, "newOfficeAddressEdit"), QStringLiteral("Қызылорда қаласы, Абай даңғылы, 12"));
        const int reloads = static_cast<int>(loaded.size());
        child<QPushButton>(&dialog, "addToDirectoryButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 3, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() > reloads, 30000);
        QVERIFY(combo->findData(QStringLiteral("KZOSCH012")) >= 0);
        QVERIFY(child<QLineEdit>(&dialog, "newOfficeCodeEdit")->text().isEmpty());
        type(child<QLineEdit>(&dialog, "newOfficeCodeEdit"), QStringLiteral("KZOSCH012"));
        type(child<QLineEdit>(&dialog, "newOfficeNameEdit"), QStringLiteral("another"));
        child<QPushButton>(&dialog, "addToDirectoryButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(status->property("error").toBool() && status->text().contains(QStringLiteral("taken")),
                                 30000);
        QCOMPARE(changed.size(), 3);
    }

    void lockoutPolicy_comesFromTheSettings()
    {
        QCOMPARE(DeskSettings::lockoutPolicy().maxFailures, 5);
        QCOMPARE(DeskSettings::lockoutPolicy().lockMinutes, 5);
        {
            QSettings s(AppPaths::settingsFile(), QSettings::IniFormat);
            s.setValue(QStringLiteral("signin/max_failures"), 3);
            s.setValue(QStringLiteral("signin/lock_minutes"), 15);
        }
        QCOMPARE(DeskSettings::lockoutPolicy().maxFailures, 3);
        QCOMPARE(DeskSettings::lockoutPolicy().lockMinutes, 15);
        {
            QSettings s(AppPaths::settingsFile(), QSettings::IniFormat);
            s.setValue(QStringLiteral("signin/max_failures"), 0); // nonsense: the default stays
        }
        QCOMPARE(DeskSettings::lockoutPolicy().maxFailures, 5);
    }
};

QTEST_MAIN(TestAdministration)
#include "tst_administration.moc"
