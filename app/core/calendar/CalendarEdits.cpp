#include "calendar/CalendarEdits.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace kense {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::CalendarEdits)
};
} // namespace

bool CalendarEdits::read(const QString& path, CalendarEdits* edits, QString* error)
{
    edits->m_edits.clear();
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (!doc.isObject()) {
        *error = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), parse.errorString());
        return false;
    }
    for (const auto& [key, dayOff] : {std::pair{"days_off", true}, std::pair{"working_days", false}}) {
        for (const QJsonValue& v : doc.object().value(QLatin1String(key)).toArray()) {
            const QDate date = QDate::fromString(v.toObject().value(QStringLiteral("date")).toString(), Qt::ISODate);
            if (date.isValid())
                edits->m_edits.append({date, dayOff, v.toObject().value(QStringLiteral("reason")).toString()});
        }
    }
    std::sort(edits->m_edits.begin(), edits->m_edits.end(),
              [](const Edit& a, const Edit& b) { return a.date < b.date; });
    return true;
}

bool CalendarEdits::write(const QString& path, QString* error) const
{
    QJsonArray off, working;
    for (const Edit& e : m_edits)
        (e.dayOff ? off : working)
            .append(QJsonObject{{QStringLiteral("date"), e.date.toString(Qt::ISODate)},
                                {QStringLiteral("reason"), e.reason}});
    const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("schema"), 1},
                                                       {QStringLiteral("days_off"), off},
                                                       {QStringLiteral("working_days"), working}})
                                 .toJson();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}

bool CalendarEdits::set(const QDate& date, bool dayOff, const QString& reason, QString* error)
{
    if (!date.isValid()) {
        *error = Tr::tr("the date is not a date");
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        *error = Tr::tr("say why: the reason is kept beside the day");
        return false;
    }
    remove(date);
    m_edits.append({date, dayOff, reason.trimmed()});
    std::sort(m_edits.begin(), m_edits.end(), [](const Edit& a, const Edit& b) { return a.date < b.date; });
    return true;
}

bool CalendarEdits::remove(const QDate& date)
{
    return m_edits.removeIf([&](const Edit& e) { return e.date == date; }) > 0;
}

} // namespace kense
