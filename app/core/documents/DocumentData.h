#pragma once

#include "common/LocalizedText.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace kense {

/// One row of a document's table: column key → text in both languages.
using DocumentRow = QMap<QString, LocalizedText>;

/// What a printed document says, as plain data: named values and named tables, each text given in Kazakh and
/// Russian. A template (reports/templates) decides where each value goes; the renderer never invents text.
struct DocumentData
{
    QString kind;  ///< the template to use, e.g. "receipt"
    QString title; ///< for the PDF's metadata and the log, e.g. "receipt KZOEDU01-1-2026-000001"
    QMap<QString, LocalizedText> values;
    QMap<QString, QList<DocumentRow>> tables;

    /// The same text in both languages (a number, a name, a date).
    void set(const QString& key, const QString& text);
    void set(const QString& key, const LocalizedText& text);
    bool has(const QString& key) const;
    /// The value in `language`; an absent key gives an empty string and is remembered in `missing`.
    QString text(const QString& key, Language language, QStringList* missing = nullptr) const;
};

/// A text given once for both languages.
LocalizedText sameText(const QString& text);

/// Replaces every "{key}" of `pattern` with the value of `key` from `lookup`; "{{" and "}}" stand for braces.
/// An unknown key becomes an empty string and is appended to `missing`.
template <typename Lookup>
QString fillPlaceholders(const QString& pattern, Lookup lookup)
{
    QString out;
    out.reserve(pattern.size() + 32);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('{') && i + 1 < pattern.size() && pattern.at(i + 1) == QLatin1Char('{')) {
            out += c;
            ++i;
        } else if (c == QLatin1Char('}') && i + 1 < pattern.size() && pattern.at(i + 1) == QLatin1Char('}')) {
            out += c;
            ++i;
        } else if (c == QLatin1Char('{')) {
            const qsizetype end = pattern.indexOf(QLatin1Char('}'), i + 1);
            if (end < 0) {
                out += pattern.mid(i);
                break;
            }
            out += lookup(pattern.mid(i + 1, end - i - 1));
            i = end;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace kense
