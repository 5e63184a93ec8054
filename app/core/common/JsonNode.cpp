#include "JsonNode.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace kense {

namespace {
/// Translations of this file live in the context "kense::JsonNode".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::JsonNode)
};

QString lineAndColumn(const QByteArray& bytes, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(bytes.at(i)) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return Tr::tr("line %1, column %2").arg(line).arg(column);
}
} // namespace

QString JsonError::message(const QString& fileName) const
{
    if (path.isEmpty())
        return fileName + QStringLiteral(": ") + reason;
    return fileName + QStringLiteral(": ") + path + QStringLiteral(": ") + reason;
}

JsonNode::JsonNode(const QJsonValue& value, const QString& path)
    : m_value(value)
    , m_path(path)
{}

JsonNode JsonNode::parse(const QByteArray& bytes)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        throw JsonError{
            QString(),
            Tr::tr("not valid JSON (%1 at %2)").arg(error.errorString(), lineAndColumn(bytes, error.offset))};
    }
    if (!doc.isObject())
        throw JsonError{QString(), Tr::tr("the document must be a JSON object")};
    return JsonNode(doc.object(), QString());
}

void JsonNode::fail(const QString& reason) const
{
    throw JsonError{m_path, reason};
}

QString JsonNode::describe() const
{
    switch (m_value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return m_value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(m_value.toDouble());
    case QJsonValue::String:
        return QLatin1Char('"') + m_value.toString() + QLatin1Char('"');
    case QJsonValue::Array:
        return Tr::tr("an array");
    case QJsonValue::Object:
        return Tr::tr("an object");
    }
    return {};
}

void JsonNode::requireObject() const
{
    if (!m_value.isObject())
        fail(Tr::tr("expected an object, found %1").arg(describe()));
}

bool JsonNode::has(const QString& key) const
{
    return m_value.isObject() && m_value.toObject().contains(key);
}

static QString childPath(const QString& parent, const QString& key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

JsonNode JsonNode::at(const QString& key) const
{
    requireObject();
    const QJsonObject object = m_value.toObject();
    if (!object.contains(key))
        JsonNode(QJsonValue(), childPath(m_path, key)).fail(Tr::tr("is required but missing"));
    return JsonNode(object.value(key), childPath(m_path, key));
}

std::optional<JsonNode> JsonNode::optional(const QString& key) const
{
    requireObject();
    const QJsonValue v = m_value.toObject().value(key);
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    return JsonNode(v, childPath(m_path, key));
}

QList<JsonNode> JsonNode::array() const
{
    if (!m_value.isArray())
        fail(Tr::tr("expected an array, found %1").arg(describe()));
    QList<JsonNode> out;
    const QJsonArray items = m_value.toArray();
    out.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i)
        out.append(JsonNode(items.at(i), m_path + QStringLiteral("[%1]").arg(i)));
    return out;
}

QList<JsonNode> JsonNode::arrayAt(const QString& key) const
{
    return at(key).array();
}

QList<JsonNode> JsonNode::optionalArrayAt(const QString& key) const
{
    const auto node = optional(key);
    return node ? node->array() : QList<JsonNode>{};
}

void JsonNode::allowOnly(const QStringList& keys) const
{
    requireObject();
    const QJsonObject object = m_value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!keys.contains(it.key())) {
            JsonNode(it.value(), childPath(m_path, it.key()))
                .fail(Tr::tr("is not a known key here (known: %1)").arg(keys.join(QStringLiteral(", "))));
        }
    }
}

QString JsonNode::string() const
{
    if (!m_value.isString())
        fail(Tr::tr("expected a string, found %1").arg(describe()));
    const QString s = m_value.toString();
    if (s.trimmed().isEmpty())
        fail(Tr::tr("must not be empty"));
    return s;
}

QString JsonNode::stringOr(const QString& key, const QString& fallback) const
{
    const auto node = optional(key);
    return node ? node->string() : fallback;
}

int JsonNode::integer(int min, int max) const
{
    // The range is checked before any conversion to an integer type: 1e300 does not fit one (undefined behaviour).
    const double d = m_value.toDouble();
    if (!m_value.isDouble() || !std::isfinite(d))
        fail(Tr::tr("expected a whole number, found %1").arg(describe()));
    if (d < min || d > max)
        fail(Tr::tr("%1 is outside the allowed range %2..%3").arg(describe()).arg(min).arg(max));
    if (std::trunc(d) != d)
        fail(Tr::tr("expected a whole number, found %1").arg(describe()));
    return static_cast<int>(d);
}

bool JsonNode::boolean() const
{
    if (!m_value.isBool())
        fail(Tr::tr("expected true or false, found %1").arg(describe()));
    return m_value.toBool();
}

bool JsonNode::booleanOr(const QString& key, bool fallback) const
{
    const auto node = optional(key);
    return node ? node->boolean() : fallback;
}

QDate JsonNode::date() const
{
    const QString s = string();
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid() || s.size() != 10)
        fail(Tr::tr("%1 is not a date of the form YYYY-MM-DD").arg(describe()));
    return d;
}

QString JsonNode::oneOf(const QStringList& names) const
{
    const QString s = string();
    if (!names.contains(s))
        fail(Tr::tr("%1 is not one of %2").arg(describe(), names.join(QStringLiteral(", "))));
    return s;
}

} // namespace kense
