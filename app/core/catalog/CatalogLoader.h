#pragma once

#include "ServiceVariant.h"

#include <QByteArray>
#include <QString>

namespace kense {

/// One catalog file: a service family and its regional variants.
struct CatalogFile
{
    QString family;
    QList<ServiceVariant> variants;
};

/// Reads and validates one catalog file (resources/catalog/<family>.json).
///
/// The file holds {"schema": 1, "family": "...", "common": {…}, "variants": [{…}, …]}; each variant takes every
/// key it does not set from "common". Anything wrong — a missing or unknown key, a unit outside minutes, hours,
/// working_days, calendar_days, an unknown channel or actor, steps out of order, a total term for a channel the
/// variant does not offer — refuses the whole file with one message:
/// `externat-permit.json: variants[1].steps[2].duration.unit: "weeks" is not one of minutes, …`.
class CatalogLoader
{
public:
    static constexpr int kSchemaVersion = 1;

    /// On failure returns false and sets *error to "<fileName>: <json path>: <reason>".
    static bool parse(const QByteArray& bytes, const QString& fileName, CatalogFile* out, QString* error);
    static bool load(const QString& filePath, CatalogFile* out, QString* error);
};

} // namespace kense
