#pragma once

#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace kense {

/// A fixed table of an enum's values and their stable names (as stored in the database and written in JSON).
template <typename E, std::size_t N>
using EnumNameTable = std::array<std::pair<E, const char*>, N>;

template <typename E, std::size_t N>
QString enumName(const EnumNameTable<E, N>& table, E value)
{
    for (const auto& [v, name] : table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> enumFromName(const EnumNameTable<E, N>& table, const QString& name)
{
    for (const auto& [v, n] : table) {
        if (name == QLatin1String(n))
            return v;
    }
    return std::nullopt;
}

/// "a, b, c" — for error messages that list what is allowed.
template <typename E, std::size_t N>
QString enumNames(const EnumNameTable<E, N>& table)
{
    QString out;
    for (const auto& entry : table) {
        if (!out.isEmpty())
            out += QStringLiteral(", ");
        out += QString::fromLatin1(entry.second);
    }
    return out;
}

} // namespace kense
