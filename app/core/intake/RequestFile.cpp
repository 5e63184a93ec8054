#include "RequestFile.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace kense {

std::optional<RequestFile> RequestFile::parse(const QByteArray& bytes, const QString& name, QString* error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("%1: not a JSON object (%2 at byte %3)")
                     .arg(name, parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    RequestFile out;
    RequestDraft& d = out.draft;
    d.serviceId = o.value(QStringLiteral("service")).toString();
    if (d.serviceId.isEmpty()) {
        *error = QStringLiteral("%1: \"service\" is required").arg(name);
        return std::nullopt;
    }
    const auto channel = channelFromName(o.value(QStringLiteral("channel")).toString(QStringLiteral("provider")));
    if (!channel) {
        *error = QStringLiteral("%1: \"channel\" must be provider, tson, portal or akim").arg(name);
        return std::nullopt;
    }
    d.channel = *channel;
    const QJsonObject fields = o.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        d.fields.insert(it.key(),
                        it.value().isDouble() ? QString::number(it.value().toInteger()) : it.value().toString());
    const QJsonObject docs = o.value(QStringLiteral("documents")).toObject();
    for (auto it = docs.begin(); it != docs.end(); ++it) {
        const auto status = documentStatusFromName(it.value().toString());
        if (!status) {
            *error = QStringLiteral("%1: documents.%2: \"%3\" is not original, copy or missing")
                         .arg(name, it.key(), it.value().toString());
            return std::nullopt;
        }
        d.documents.insert(it.key(), *status);
    }
    out.note = o.value(QStringLiteral("note")).toString();
    return out;
}

} // namespace kense
