#include "gui/i18n/InterfaceLanguage.h"

#include "settings/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

#include <memory>

namespace kense {

Q_LOGGING_CATEGORY(lcLanguage, "kense.language")

namespace {

struct State
{
    QString code = QStringLiteral("en");
    QString directory = QStringLiteral(":/i18n");
    std::unique_ptr<QTranslator> program;
    std::unique_ptr<QTranslator> qtRussian;
    std::unique_ptr<QTranslator> qtKazakh;
};

State& state()
{
    static State s;
    return s;
}

void remove(std::unique_ptr<QTranslator>& t)
{
    if (t) {
        QCoreApplication::removeTranslator(t.get());
        t.reset();
    }
}

std::unique_ptr<QTranslator> load(const QString& name, const QString& dir)
{
    auto t = std::make_unique<QTranslator>();
    if (!t->load(name, dir))
        return nullptr;
    return t;
}

} // namespace

QStringList InterfaceLanguage::codes()
{
    return {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")};
}

QString InterfaceLanguage::current()
{
    return state().code;
}

Language InterfaceLanguage::catalogLanguage()
{
    return state().code == QLatin1String("kk") ? Language::Kazakh : Language::Russian;
}

bool InterfaceLanguage::apply(const QString& code, QString* error)
{
    if (!codes().contains(code)) {
        if (error)
            *error = QStringLiteral("unknown interface language \"%1\" (kk, ru or en)").arg(code);
        return false;
    }
    State& s = state();
    std::unique_ptr<QTranslator> program, qtRussian, qtKazakh;
    if (code != QLatin1String("en")) {
        program = load(QStringLiteral("kense_") + code, s.directory);
        if (!program) {
            if (error)
                *error = QStringLiteral("%1/kense_%2.qm is missing").arg(s.directory, code);
            return false;
        }
        // Qt's own strings: qtbase_ru (Debian's qt6-translations-l10n), and for Kazakh our file in front of it.
        qtRussian = load(QStringLiteral("qtbase_ru"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (code == QLatin1String("kk"))
            qtKazakh = load(QStringLiteral("qt_kk"), s.directory);
    }
    remove(s.program);
    remove(s.qtRussian);
    remove(s.qtKazakh);
    // The translator installed last is asked first.
    for (auto* t : {qtRussian.get(), qtKazakh.get(), program.get()}) {
        if (t)
            QCoreApplication::installTranslator(t);
    }
    s.program = std::move(program);
    s.qtRussian = std::move(qtRussian);
    s.qtKazakh = std::move(qtKazakh);
    s.code = code;
    // Qt posts the LanguageChange events to the windows; deliver them now, so that every open window speaks the new
    // language when apply() returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    qCInfo(lcLanguage) << "interface language" << code;
    return true;
}

QString InterfaceLanguage::saved()
{
    const QString code = Settings::desk().text(Setting::InterfaceLanguage);
    return codes().contains(code) ? code : QString();
}

void InterfaceLanguage::save(const QString& code)
{
    // The choice applies at once; a settings file that cannot be written only means the next start asks again.
    if (const auto error = Settings::desk().setValue(Setting::InterfaceLanguage, code))
        qCWarning(lcLanguage) << "interface language not saved:" << *error;
}

void InterfaceLanguage::setTranslationsDirectory(const QString& dir)
{
    state().directory = dir;
}

} // namespace kense
