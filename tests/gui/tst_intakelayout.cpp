// The intake's pages read whole (issue 15, Layout): every caption of a field or a document is as tall as its
// wrapped lines — the long document names of the ЦОН's preschool queue and of the duplicate were cut off at the
// top and the bottom — and the wizard fits a 1366 × 768 screen.
#include "DataDir.h"
#include "DeskWindow.h"
#include "Drafts.h"
#include "Mnemonics.h"
#include "Screenshot.h"
#include "gui/MainWindow.h"
#include "gui/i18n/InterfaceLanguage.h"
#include "gui/intake/IntakeWizard.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace kense;

namespace {
/// "caption: height h < needed n" for each caption on the wizard's current page its row cuts.
QStringList cutCaptions(IntakeWizard* wizard)
{
    QStringList cut;
    for (QLabel* label : wizard->currentPage()->findChildren<QLabel*>()) {
        if (!label->isVisible() || !label->buddy() || !label->wordWrap())
            continue;
        const int needed = label->heightForWidth(label->width());
        if (label->height() < needed)
            cut << QStringLiteral("%1: %2 < %3").arg(label->text()).arg(label->height()).arg(needed);
    }
    return cut;
}

/// Fills what the current page asks from `draft`, and any choice left at «—» with the first option.
void fillPage(IntakeWizard* wizard, const RequestDraft& draft)
{
    for (QWidget* w : wizard->currentPage()->findChildren<QWidget*>()) {
        const QString id = w->objectName().startsWith(u"field_"_qs) ? w->objectName().mid(6) : QString();
        if (id.isEmpty() || !w->isVisible())
            continue;
        QString fieldId;
        for (const QString& key : draft.fields.keys()) {
            if (QString(key).replace(u'.', u'_') == id)
                fieldId = key;
        }
        if (auto* edit = qobject_cast<QLineEdit*>(w); edit && !fieldId.isEmpty())
            edit->setText(draft.fields.value(fieldId));
        else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            const int at = fieldId.isEmpty() ? -1 : combo->findData(draft.fields.value(fieldId));
            combo->setCurrentIndex(at >= 0 ? at : 1);
        }
    }
}
} // namespace

class TestIntakeLayout : public QObject
{
    Q_OBJECT

    test::DataDir m_data;

private Q_SLOTS:
    void everyCaptionReadsWhole_inKazakhAndRussian_atAProviderAndAtATson_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<int>("desk");
        QTest::addColumn<QString>("service");
        for (const char* lang : {"kk", "ru"}) {
            for (const auto& [desk, service] :
                 {std::pair{static_cast<int>(Channel::Tson), "preschool-queue-vko"},
                  std::pair{static_cast<int>(Channel::Provider), "duplicate-secondary-edu-vko"},
                  std::pair{static_cast<int>(Channel::Provider), "school-enrollment-almaty"}})
                QTest::addRow("%s %s", lang, service)
                    << QString::fromLatin1(lang) << desk << QString::fromLatin1(service);
        }
    }

    void everyCaptionReadsWhole_inKazakhAndRussian_atAProviderAndAtATson()
    {
        QFETCH(QString, lang);
        QFETCH(int, desk);
        QFETCH(QString, service);
        // The program's translations and Qt's own (the wizard's buttons), as the program installs them.
        InterfaceLanguage::setTranslationsDirectory(
            QDir(qEnvironmentVariable("KENSE_BINARY_DIR")).filePath(QStringLiteral("app")));
        QVERIFY(InterfaceLanguage::apply(lang));
        const auto kind = static_cast<Channel>(desk);
        test::Desk d;
        d.setUp(kind, kind == Channel::Tson ? u"KZOTSON01"_qs : u"KZOEDU01"_qs);
        StartupFacts facts{d.path(), 13, {}, {}, {}, {}};
        facts.account = kind == Channel::Tson ? d.op : d.clerk;
        facts.deskKind = kind;
        const Language language = lang == u"kk"_qs ? Language::Kazakh : Language::Russian;
        auto w =
            test::showMainWindow(d, facts, language, test::journalAt(d, QDateTime(QDate(2026, 12, 7), QTime(10, 0))));
        w->findChild<QAction*>(u"newApplicationAction"_qs)->trigger();
        auto* wizard = w->findChild<IntakeWizard*>();
        QVERIFY(wizard);
        auto* services = wizard->findChild<QComboBox*>(u"serviceCombo"_qs);
        const int at = services->findData(service);
        QVERIFY2(at >= 0, qPrintable(service));
        services->setCurrentIndex(at);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        // The term in the interface's language (the catalog's wording of it is Russian for most services).
        const QString term = wizard->findChild<QLabel*>(u"termLabel"_qs)->text();
        if (service.startsWith(u"duplicate"_qs)) // 30 calendar days
            QVERIFY2(term.startsWith(lang == u"kk"_qs ? u"30 күнтізбелік күн"_qs : u"30 календарных дней"_qs),
                     qPrintable(term));
        wizard->resize(wizard->sizeHint().expandedTo(QSize(760, 620)));
        RequestDraft draft = service.startsWith(u"duplicate"_qs) ? test::duplicateDraft()
                             : service.startsWith(u"school"_qs)  ? test::enrollmentDraft(service)
                                                                 : test::preschoolDraft(u"220101501015"_qs);
        QStringList cut;
        // No two things a page shows share an underlined letter (Alt+letter would only move between them).
        QStringList sameLetter =
            test::clashes(QStringLiteral("page %1").arg(wizard->currentId()), test::lettersShown(wizard, wizard));
        for (int page = IntakeWizard::ApplicantPage; page <= IntakeWizard::DocumentsPage; ++page) {
            const int before = wizard->currentId();
            fillPage(wizard, draft);
            wizard->next();
            QVERIFY2(wizard->currentId() != before, qPrintable(QStringLiteral("stuck on page %1").arg(before)));
            if (wizard->currentId() != page)
                continue;     // a page the service has not
            QTest::qWait(50); // laid out
            cut << cutCaptions(wizard);
            sameLetter << test::clashes(QStringLiteral("page %1").arg(page), test::lettersShown(wizard, wizard));
            test::keepScreenshot(*wizard, QStringLiteral("intake-layout-%1-%2-page%3").arg(lang, service).arg(page));
        }
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
        QVERIFY2(sameLetter.isEmpty(), qPrintable(sameLetter.join(u'\n')));
        // Cancel (drop the application) does not read like the refusal at intake beside it: Qt's Kazakh «Бас тарту»
        // began as «Бас тартып, қолхатты басу» does.
        const QString cancel = wizard->buttonText(QWizard::CancelButton).remove(u'&');
        const QString refuse =
            QCoreApplication::translate("kense::IntakeWizard", "&Refuse and print the refusal receipt").remove(u'&');
        QVERIFY2(cancel.section(u' ', 0, 0) != refuse.section(u' ', 0, 0), qPrintable(cancel + u" | "_qs + refuse));
        // The wizard fits the smaller screen the desks have, with room for the window's frame.
        QVERIFY2(wizard->height() <= 720 - 40 && wizard->width() <= 1280,
                 qPrintable(QStringLiteral("%1×%2").arg(wizard->width()).arg(wizard->height())));
        QVERIFY(InterfaceLanguage::apply(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestIntakeLayout)
#include "tst_intakelayout.moc"
