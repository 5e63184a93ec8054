// The compiled translations reach every layer at run time: core reasons, state names and the .ui forms.
#include "DataDir.h"
#include "Desk.h"
#include "catalog/ServiceCatalog.h"
#include "gui/MainWindow.h"
#include "gui/i18n/InterfaceLanguage.h"
#include "gui/intake/IntakeWizard.h"
#include "identity/Iin.h"
#include "workflow/RequestState.h"
#include "workflow/Workflow.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace kense;

namespace {

/// Every text a person sees in `root` and its children: labels, buttons, group titles, menu entries, items of
/// drop-down lists, window titles — keyed by the object and the property.
QMap<QString, QString> visibleTexts(QWidget* root)
{
    QMap<QString, QString> out;
    const auto key = [](QObject* o, const char* what) {
        return QStringLiteral("%1/%2/%3")
            .arg(QString::fromLatin1(o->metaObject()->className()), o->objectName(), QLatin1String(what));
    };
    out.insert(key(root, "windowTitle"), root->windowTitle());
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (!w->isVisibleTo(root))
            continue;
        if (auto* l = qobject_cast<QLabel*>(w))
            out.insert(key(w, "text") + QString::number(reinterpret_cast<quintptr>(w)), l->text());
        else if (auto* b = qobject_cast<QAbstractButton*>(w))
            out.insert(key(w, "text") + QString::number(reinterpret_cast<quintptr>(w)), b->text());
        else if (auto* g = qobject_cast<QGroupBox*>(w))
            out.insert(key(w, "title"), g->title());
        else if (auto* c = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < c->count() && i < 5; ++i)
                out.insert(key(w, "item") + QString::number(i), c->itemText(i));
        } else if (auto* m = qobject_cast<QMenu*>(w)) {
            out.insert(key(w, "title"), m->title());
        }
    }
    for (QAction* a : root->findChildren<QAction*>())
        out.insert(key(a, "text"), a->text());
    return out;
}

/// English words left in a text, not counting names of things (Kense, PDF, CSV, Ctrl), paths and codes.
QStringList englishWords(QString text)
{
    static const QRegularExpression pathOrCode(QStringLiteral(R"(\S*[/\\.:_]\S*|\b[A-Z0-9-]{3,}\b|\+\d[\d ]*)"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    static const QStringList names{QStringLiteral("Kense"), QStringLiteral("Ctrl"), QStringLiteral("English"),
                                   QStringLiteral("PDF"), QStringLiteral("CSV")};
    text.remove(pathOrCode);
    QStringList out;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const QString w = it.next().captured();
        if (!names.contains(w))
            out << w;
    }
    return out;
}

} // namespace

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
        w.findChild<QAction*>(QStringLiteral("aboutAction"))->trigger(); // Help → About holds the facts
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
        w.findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();
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

    void switchingAtRunTime_retranslatesTheMainWindowAndTheWizard()
    {
        InterfaceLanguage::setTranslationsDirectory(
            QDir(qEnvironmentVariable("KENSE_BINARY_DIR")).filePath(QStringLiteral("app")));
        const test::DataDir data;
        test::Desk desk;
        desk.setUp();
        QueueStore& store = desk.store();
        StartupFacts facts{desk.path(), 3, {}, {}, {}, {}};
        facts.account = desk.clerk;
        const QDateTime now(QDate(2026, 11, 24), QTime(10, 0));
        MainWindow w(facts, desk.catalog, Language::Russian,
                     JournalContext{&store, [now] { return now; },
                                    [now](const QDateTime&) {
                                        return now;
                                    }});
        w.show();
        w.findChild<QAction*>(QStringLiteral("aboutAction"))->trigger(); // Help → About, which follows too
        auto* wizard = new IntakeWizard(
            store, desk.catalog, desk.clerk, Channel::Provider, [now] { return now; }, Language::Russian, &w);
        wizard->show();
        wizard->next(); // the generated applicant page

        QVERIFY(InterfaceLanguage::apply(QStringLiteral("en")));
        const auto both = [&] {
            QMap<QString, QString> texts = visibleTexts(&w);
            texts.insert(visibleTexts(wizard));
            return texts;
        };
        const QMap<QString, QString> en = both();
        for (const char* code : {"kk", "ru"}) {
            QVERIFY(InterfaceLanguage::apply(QString::fromLatin1(code)));
            const QMap<QString, QString> now2 = both();
            QStringList leftovers;
            for (auto it = now2.constBegin(); it != now2.constEnd(); ++it) {
                const QStringList english = englishWords(it.value());
                if (!english.isEmpty())
                    leftovers << QStringLiteral("%1: \"%2\"").arg(it.key(), it.value());
            }
            QVERIFY2(leftovers.isEmpty(), qPrintable(QString::fromLatin1(code) + QStringLiteral(": ") +
                                                     leftovers.join(QStringLiteral("; "))));
            QVERIFY(now2.size() >= en.size() / 2);
        }
        // Kazakh, then Russian: the wizard's catalog labels follow.
        QVERIFY(InterfaceLanguage::apply(QStringLiteral("kk")));
        QCOMPARE(w.findChild<QLabel*>(QStringLiteral("databaseCaption"))->text(), QStringLiteral("Дерекқор:"));
        QVERIFY(InterfaceLanguage::apply(QStringLiteral("ru")));
        QCOMPARE(w.findChild<QLabel*>(QStringLiteral("databaseCaption"))->text(), QStringLiteral("База данных:"));
        QVERIFY(InterfaceLanguage::apply(QStringLiteral("en")));
        QCOMPARE(w.findChild<QLabel*>(QStringLiteral("databaseCaption"))->text(), QStringLiteral("Database:"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
