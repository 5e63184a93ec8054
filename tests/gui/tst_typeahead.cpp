// Long choices found by typing any part (issue 15): the office at set-up by a word of its name or district, the
// service at intake by a word of its title — and what is chosen is always one of the items.
#include "DataDir.h"
#include "Desk.h"
#include "gui/common/TypeAhead.h"
#include "gui/dialogs/SetupDialog.h"
#include "gui/intake/IntakeWizard.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QTest>

using namespace kense;

namespace {
QComboBox* combo(QWidget& w, const char* name)
{
    auto* c = w.findChild<QComboBox*>(QString::fromLatin1(name));
    if (!c)
        qFatal("no %s", name);
    return c;
}

/// Types `text` into the box as a clerk would, key by key.
void typeInto(QComboBox* box, const QString& text)
{
    box->lineEdit()->clear();
    box->lineEdit()->setFocus();
    for (const QChar c : text) // keyClicks knows Latin keys only
        QTest::sendKeyEvent(QTest::Click, box->lineEdit(), Qt::Key_unknown, QString(c), Qt::NoModifier);
}

/// The texts the completer offers now.
QStringList offered(QComboBox* box)
{
    QStringList out;
    QCompleter* c = box->completer();
    for (int i = 0; c->setCurrentRow(i); ++i)
        out << c->currentCompletion();
    return out;
}
} // namespace

class TestTypeAhead : public QObject
{
    Q_OBJECT

    test::DataDir m_data;

private Q_SLOTS:
    /// «KZOEDU» was the only way in: a word of the name, in any case, or the district finds the office now.
    void setUp_findsTheOfficeByAWordOfItsNameOrDistrict()
    {
        test::Desk desk;
        desk.setUp();
        SetupDialog setup(test::await(desk.store().offices()));
        setup.show();
        setup.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&setup));
        QComboBox* office = combo(setup, "officeCombo");
        typeInto(office, QStringLiteral("жалағаш"));
        const QStringList found = offered(office);
        QVERIFY2(found.size() >= 2, qPrintable(found.join(u'\n')));
        for (const QString& f : found)
            QVERIFY2(f.contains(QStringLiteral("Жалағаш"), Qt::CaseInsensitive), qPrintable(f));
        QVERIFY2(found.join(u'\n').contains(QStringLiteral("KZOEMP05")), qPrintable(found.join(u'\n')));

        // Chosen from the list: the office is the one chosen.
        QTest::keyClick(office->completer()->popup(), Qt::Key_Down);
        QTest::keyClick(office->completer()->popup(), Qt::Key_Return);
        QTRY_VERIFY(office->currentData().toString().startsWith(QStringLiteral("KZO")));
        const QString chosen = office->currentData().toString();
        QVERIFY2(office->currentText().contains(QStringLiteral("Жалағаш"), Qt::CaseInsensitive),
                 qPrintable(office->currentText()));

        // Text that names no office goes back to the chosen one when the box is left: nothing else is set up.
        typeInto(office, QStringLiteral("жоқ мекеме"));
        setup.findChild<QLineEdit*>(QStringLiteral("deskCodeEdit"))->setFocus(); // the clerk goes on to the next field
        QCOMPARE(office->currentData().toString(), chosen);
        QCOMPARE(office->currentText(), office->itemText(office->currentIndex()));
    }

    /// The service at intake by a word of its title: «экстернат» finds the externat permits and nothing else.
    void intake_findsTheServiceByAWordOfItsTitle()
    {
        test::Desk desk;
        desk.setUp();
        IntakeWizard wizard(
            desk.store(), desk.catalog, desk.clerk, Channel::Provider, [] { return QDateTime::currentDateTime(); },
            Language::Kazakh);
        wizard.show();
        QComboBox* services = combo(wizard, "serviceCombo");
        QVERIFY(services->isEditable());
        typeInto(services, QStringLiteral("экстернат"));
        const QStringList found = offered(services);
        QVERIFY2(!found.isEmpty(), "no externat service offered");
        for (const QString& f : found)
            QVERIFY2(f.contains(QStringLiteral("экстернат"), Qt::CaseInsensitive), qPrintable(f));
        QVERIFY(found.size() < services->count());
        QTest::keyClick(services->completer()->popup(), Qt::Key_Down);
        QTest::keyClick(services->completer()->popup(), Qt::Key_Return);
        QTRY_VERIFY(services->currentData().toString().startsWith(QStringLiteral("externat")));
    }
};

QTEST_MAIN(TestTypeAhead)
#include "tst_typeahead.moc"
