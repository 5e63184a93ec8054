// The compiled translations reach every layer at run time: core reasons, state names and the .ui forms.
#include "MainWindow.h"
#include "catalog/ServiceCatalog.h"
#include "identity/Iin.h"
#include "workflow/RequestState.h"
#include "workflow/Workflow.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

using namespace kense;

class TestTranslations : public QObject
{
    Q_OBJECT

    static QString qmPath(const char* lang)
    {
        return QDir(qEnvironmentVariable("KENSE_BINARY_DIR"))
            .filePath(QStringLiteral("app/kense_%1.qm").arg(QLatin1String(lang)));
    }

private Q_SLOTS:
    void kazakh_reachesCoreAndForms()
    {
        QTranslator kk;
        QVERIFY2(kk.load(qmPath("kk")), qPrintable(qmPath("kk")));
        QCoreApplication::installTranslator(&kk);
        QCOMPARE(IdentityNumber::check(QStringLiteral("061211600128")).reason(),
                 QStringLiteral("бақылау цифры сәйкес келмейді: нөмір қате терілген"));
        QCOMPARE(stateTitle(RequestState::InStorage), QStringLiteral("Алынбаған, сақтауда"));
        QCOMPARE(transitionTitle(Transition::AssignExecutor), QStringLiteral("Орындаушыны тағайындау"));
        QCOMPARE(roleTitle(Role::Head), QStringLiteral("Басшы"));

        const ServiceCatalog catalog = ServiceCatalog::load(ServiceCatalog::builtinDirectory());
        MainWindow w({QStringLiteral("/tmp/kense.sqlite"), 1, {}, {}, {}, {}}, catalog, Language::Kazakh);
        QCOMPARE(w.findChild<QLabel*>(QStringLiteral("databaseCaption"))->text(), QStringLiteral("Дерекқор:"));
        QCOMPARE(w.findChild<QLabel*>(QStringLiteral("servicesCaption"))->text(),
                 QStringLiteral("Қабылданатын қызметтер:"));
        QCoreApplication::removeTranslator(&kk);
    }

    void russian_reachesCoreAndForms()
    {
        QTranslator ru;
        QVERIFY(ru.load(qmPath("ru")));
        QCoreApplication::installTranslator(&ru);
        QCOMPARE(IdentityNumber::check(QStringLiteral("0612")).reason(),
                 QStringLiteral("ИИН/БИН состоит из 12 цифр, здесь 4"));
        QCOMPARE(stateTitle(RequestState::Registered), QStringLiteral("Зарегистрировано"));
        const ServiceCatalog catalog = ServiceCatalog::load(ServiceCatalog::builtinDirectory());
        MainWindow w({QStringLiteral("/tmp/kense.sqlite"), 1, {}, {}, {}, {}}, catalog, Language::Russian);
        QCOMPARE(w.findChild<QLabel*>(QStringLiteral("databaseCaption"))->text(), QStringLiteral("База данных:"));
        QCoreApplication::removeTranslator(&ru);
    }

    void qtStandardButtons_speakKazakh()
    {
        QTranslator qt;
        QVERIFY2(qt.load(QDir(qEnvironmentVariable("KENSE_BINARY_DIR")).filePath(QStringLiteral("app/qt_kk.qm"))),
                 "qt_kk.qm was not built");
        QCoreApplication::installTranslator(&qt);
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Ok)->text(), QStringLiteral("Жарайды"));
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Бас тарту"));
        QCoreApplication::removeTranslator(&qt);
        QDialogButtonBox english(QDialogButtonBox::Ok);
        QCOMPARE(english.button(QDialogButtonBox::Ok)->text(), QStringLiteral("OK"));
    }

    void everyStateAndTransition_isTranslatedInBoth()
    {
        for (const char* lang : {"kk", "ru"}) {
            QTranslator t;
            QVERIFY(t.load(qmPath(lang)));
            QCoreApplication::installTranslator(&t);
            for (RequestState s : allStates()) {
                const QString title = stateTitle(s);
                QCoreApplication::removeTranslator(&t);
                QVERIFY2(title != stateTitle(s), qPrintable(stateName(s)));
                QCoreApplication::installTranslator(&t);
            }
            for (Transition tr : allTransitions()) {
                const QString title = transitionTitle(tr);
                QCoreApplication::removeTranslator(&t);
                QVERIFY2(title != transitionTitle(tr), qPrintable(transitionName(tr)));
                QCoreApplication::installTranslator(&t);
            }
            QCoreApplication::removeTranslator(&t);
        }
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
