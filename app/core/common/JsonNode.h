#pragma once

#include <QDate>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace kense {

/// A reason why a data file was refused, with the JSON path of the offending value,
/// e.g. path "variants[1].steps[2].duration.unit".
struct JsonError
{
    QString path;
    QString reason;

    /// "file.json: variants[1].steps[2].duration.unit: reason"
    QString message(const QString& fileName) const;
};

/// Reads a JSON value while remembering where it is in the document. Every accessor that finds the value
/// missing or of the wrong kind throws a JsonError naming the path and the reason; loaders catch it at
/// their boundary and turn it into a one-line message.
class JsonNode
{
public:
    JsonNode(const QJsonValue& value, const QString& path);

    /// Parses a document; a syntax error names the line and column.
    static JsonNode parse(const QByteArray& bytes);

    const QString& path() const { return m_path; }
    const QJsonValue& value() const { return m_value; }

    [[noreturn]] void fail(const QString& reason) const;

    bool isNull() const { return m_value.isNull() || m_value.isUndefined(); }
    bool has(const QString& key) const;
    JsonNode at(const QString& key) const;                      ///< required member of an object
    std::optional<JsonNode> optional(const QString& key) const; ///< absent or null → nullopt
    QList<JsonNode> array() const;                              ///< must be an array
    QList<JsonNode> arrayAt(const QString& key) const;          ///< required array member
    QList<JsonNode> optionalArrayAt(const QString& key) const;  ///< absent → empty
    /// Refuses members not in the list, so that a typo in a key is not silently ignored.
    void allowOnly(const QStringList& keys) const;

    QString string() const; ///< a non-empty string
    QString stringAt(const QString& key) const { return at(key).string(); }
    QString stringOr(const QString& key, const QString& fallback) const;
    int integer(int min, int max) const;
    bool boolean() const;
    bool booleanOr(const QString& key, bool fallback) const;
    QDate date() const; ///< "YYYY-MM-DD"
    /// A string that must be one of the given names.
    QString oneOf(const QStringList& names) const;

private:
    void requireObject() const;
    QString describe() const;

    QJsonValue m_value;
    QString m_path;
};

} // namespace kense
