#include "DocumentWords.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace kense {

namespace {

const QHash<QString, LocalizedText>& words()
{
    static const QHash<QString, LocalizedText> table = [] {
        QHash<QString, LocalizedText> out;
        QFile file(QStringLiteral(":/templates/words.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the document words are missing from the program");
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        for (auto it = root.begin(); it != root.end(); ++it) {
            LocalizedText t;
            t.kk = it.value().toObject().value(QStringLiteral("kk")).toString();
            t.ru = it.value().toObject().value(QStringLiteral("ru")).toString();
            out.insert(it.key(), t);
        }
        return out;
    }();
    return table;
}

} // namespace

LocalizedText documentWord(const QString& key)
{
    const auto it = words().constFind(key);
    if (it == words().constEnd()) {
        qWarning("no document word \"%s\"", qPrintable(key));
        LocalizedText t;
        t.kk = t.ru = key;
        return t;
    }
    return *it;
}

int russianPluralForm(int n)
{
    const int mod10 = n % 10;
    const int mod100 = n % 100;
    if (mod10 == 1 && mod100 != 11)
        return 1;
    if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14))
        return 2;
    return 0;
}

LocalizedText durationText(const Duration& duration)
{
    const LocalizedText pattern = documentWord(QStringLiteral("unit.") + timeUnitName(duration.unit));
    const QStringList ruForms = pattern.ru.split(QLatin1Char('|'));
    LocalizedText t;
    const QString n = QString::number(duration.value);
    t.kk = QString(pattern.kk).replace(QStringLiteral("{n}"), n);
    t.ru = QString(ruForms.value(russianPluralForm(duration.value), ruForms.first())).replace(QStringLiteral("{n}"), n);
    return t;
}

} // namespace kense
