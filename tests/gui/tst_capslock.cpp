// Caps Lock while a password is typed: every dialog with a password field says so under it, read from the keys typed
// (a capital without Shift, a small letter with Shift), in Latin and in Cyrillic; the Caps Lock key flips it back.
#include "Desk.h"
#include "Screenshot.h"
#include "Widgets.h"
#include "gui/admin/AdministrationDialog.h"
#include "gui/admin/UserDialog.h"
#include "gui/common/CapsLockHint.h"
#include "gui/dialogs/SetupDialog.h"
#include "gui/dialogs/SignInDialog.h"

#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace kense;
using test::child;

namespace {
void press(QWidget* w, const QString& text, Qt::KeyboardModifiers modifiers = Qt::NoModifier,
           Qt::Key key = Qt::Key_unknown)
{
    QTest::sendKeyEvent(QTest::Click, w, key, text, modifiers);
}

/// Types into each field as Caps Lock would, and checks that the hint under them comes and goes.
void checkHint(QWidget& dialog, const QList<QLineEdit*>& fields)
{
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* hint = child<QLabel>(&dialog, "capsLockLabel");
    QVERIFY(!hint->isVisible());
    for (QLineEdit* field : fields) {
        field->setFocus();
        press(field, QStringLiteral("p"));
        QVERIFY2(!hint->isVisible(), qPrintable(field->objectName()));
        press(field, QStringLiteral("1"));
        QVERIFY(!hint->isVisible());
        press(field, QStringLiteral("A")); // a capital without Shift
        QVERIFY2(hint->isVisible(), qPrintable(field->objectName()));
        QVERIFY(hint->text().contains(QStringLiteral("Caps Lock")));
        press(field, QStringLiteral("7")); // a digit says nothing of it
        QVERIFY(hint->isVisible());
        press(field, QString(), Qt::NoModifier, Qt::Key_CapsLock); // switched off
        QVERIFY(!hint->isVisible());
        press(field, QStringLiteral("ж"), Qt::ShiftModifier); // a small Cyrillic letter with Shift
        QVERIFY(hint->isVisible());
        press(field, QStringLiteral("Ә"), Qt::ShiftModifier); // Shift gives a capital: it is off
        QVERIFY(!hint->isVisible());
        QCOMPARE(field->text().size(), 6);
    }
}
} // namespace

class TestCapsLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aLetterSaysWhatCapsLockIs()
    {
        QCOMPARE(CapsLockHint::fromKey(QStringLiteral("a"), false), std::optional<bool>(false));
        QCOMPARE(CapsLockHint::fromKey(QStringLiteral("A"), false), std::optional<bool>(true));
        QCOMPARE(CapsLockHint::fromKey(QStringLiteral("a"), true), std::optional<bool>(true));
        QCOMPARE(CapsLockHint::fromKey(QStringLiteral("A"), true), std::optional<bool>(false));
        QCOMPARE(CapsLockHint::fromKey(QStringLiteral("Қ"), false), std::optional<bool>(true));
        QCOMPARE(CapsLockHint::fromKey(QStringLiteral("ү"), false), std::optional<bool>(false));
        for (const char* none : {"1", "-", " ", "", "ab"})
            QVERIFY2(!CapsLockHint::fromKey(QString::fromLatin1(none), false), none);
    }

    void signIn()
    {
        SignInDialog dialog(QStringLiteral("KZOEDU01-1"));
        checkHint(dialog, {child<QLineEdit>(&dialog, "passwordEdit")});
        // Typing the login says nothing: only the password's dots hide the case.
        SignInDialog fresh(QStringLiteral("KZOEDU01-1"));
        fresh.show();
        press(child<QLineEdit>(&fresh, "loginEdit"), QStringLiteral("S"));
        QVERIFY(!child<QLabel>(&fresh, "capsLockLabel")->isVisible());
        press(child<QLineEdit>(&fresh, "passwordEdit"), QStringLiteral("S"));
        QVERIFY(child<QLabel>(&fresh, "capsLockLabel")->isVisible());
        test::keepScreenshot(fresh, QStringLiteral("sign-in-caps-lock"));
    }

    void setUp()
    {
        SetupDialog dialog({});
        checkHint(dialog, {child<QLineEdit>(&dialog, "passwordEdit"), child<QLineEdit>(&dialog, "passwordRepeatEdit")});
    }

    void anAccountsNewPassword()
    {
        UserDialog dialog(QStringLiteral("saule"), PersonalName{}, {Role::Clerk}, Channel::Provider);
        checkHint(dialog,
                  {child<QLineEdit>(&dialog, "newPasswordEdit"), child<QLineEdit>(&dialog, "repeatPasswordEdit")});
    }

    void aNewAccount()
    {
        test::Desk desk;
        desk.setUp();
        AdministrationDialog dialog(
            desk.store(), desk.catalog, desk.admin, Channel::Provider,
            [] { return QDateTime(QDate(2026, 11, 30), QTime(10, 0)); }, Language::Kazakh);
        checkHint(dialog, {child<QLineEdit>(&dialog, "passwordEdit"), child<QLineEdit>(&dialog, "repeatEdit")});
    }

    /// The central server's password, asked in Qt's input dialog when the keychain has none.
    void theCentralServersPassword()
    {
        QInputDialog dialog;
        dialog.setLabelText(QStringLiteral("Password of postgresql://centre.example:5432/kense:"));
        CapsLockHint::addTo(&dialog);
        checkHint(dialog, {dialog.findChild<QLineEdit*>()});
        press(dialog.findChild<QLineEdit*>(), QStringLiteral("K"));
        test::keepScreenshot(dialog, QStringLiteral("central-password-caps-lock"));
    }
};

QTEST_MAIN(TestCapsLock)
#include "tst_capslock.moc"
