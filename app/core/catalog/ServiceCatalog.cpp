#include "ServiceCatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QSet>

namespace kense {

namespace {
QStringList jsonFiles(const QString& dir)
{
    if (dir.isEmpty())
        return {};
    return QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
}
} // namespace

QString ServiceCatalog::builtinDirectory()
{
    return QStringLiteral(":/catalog");
}

ServiceCatalog ServiceCatalog::load(const QString& builtinDir, const QString& overrideDir, QStringList* errors)
{
    QMap<QString, QStringList> candidates; // file name -> paths to try, override first
    for (const QString& name : jsonFiles(builtinDir))
        candidates[name].append(QDir(builtinDir).filePath(name));
    for (const QString& name : jsonFiles(overrideDir))
        candidates[name].prepend(QDir(overrideDir).filePath(name));

    ServiceCatalog catalog;
    QSet<QString> ids;
    for (auto it = candidates.cbegin(); it != candidates.cend(); ++it) {
        for (const QString& path : it.value()) {
            CatalogFile file;
            QString error;
            bool ok = CatalogLoader::load(path, &file, &error);
            for (const ServiceVariant& v : std::as_const(file.variants)) {
                if (ok && ids.contains(v.id)) {
                    error = QFileInfo(path).fileName() + QStringLiteral(": ") +
                            QCoreApplication::translate("kense::ServiceCatalog",
                                                        "the variant \"%1\" is already defined by another file")
                                .arg(v.id);
                    ok = false;
                }
            }
            if (!ok) {
                if (errors)
                    errors->append(error);
                continue; // try the built-in file behind a refused override
            }
            for (const ServiceVariant& v : std::as_const(file.variants))
                ids.insert(v.id);
            catalog.m_variants += file.variants;
            catalog.m_sourceFiles << path;
            break;
        }
    }
    return catalog;
}

QStringList ServiceCatalog::validateDirectory(const QString& dir, int* files)
{
    QStringList errors;
    const QStringList names = jsonFiles(dir);
    if (files)
        *files = static_cast<int>(names.size());
    QMap<QString, QString> seen; // variant id -> file
    for (const QString& name : names) {
        CatalogFile file;
        QString error;
        if (!CatalogLoader::load(QDir(dir).filePath(name), &file, &error)) {
            errors << error;
            continue;
        }
        for (const ServiceVariant& v : std::as_const(file.variants)) {
            if (seen.contains(v.id)) {
                errors << name + QStringLiteral(": ") +
                              QCoreApplication::translate("kense::ServiceCatalog",
                                                          "the variant \"%1\" is already defined by %2")
                                  .arg(v.id, seen.value(v.id));
            }
            seen.insert(v.id, name);
        }
    }
    return errors;
}

QList<ServiceVariant> ServiceCatalog::intakeVariants() const
{
    QList<ServiceVariant> out;
    for (const ServiceVariant& v : m_variants) {
        if (!v.isExcluded())
            out << v;
    }
    return out;
}

QStringList ServiceCatalog::variantsOfRegion(const QString& officeRegion) const
{
    const QString region = officeRegion.simplified();
    QStringList out;
    if (region.isEmpty())
        return out;
    const auto names = [&region](const QString& name) {
        return !name.isEmpty() && region.contains(name, Qt::CaseInsensitive);
    };
    for (const ServiceVariant& v : m_variants) {
        if (!v.isExcluded() &&
            (names(v.region.kk) || names(v.region.ru) || region.compare(v.regionCode, Qt::CaseInsensitive) == 0))
            out << v.id;
    }
    return out;
}

const ServiceVariant* ServiceCatalog::variant(const QString& id) const
{
    for (const ServiceVariant& v : m_variants) {
        if (v.id == id)
            return &v;
    }
    return nullptr;
}

Path ServiceCatalog::pathOf(const QString& id) const
{
    const ServiceVariant* v = variant(id);
    return v ? v->path() : Path::HeadAndExecutor;
}

void ServiceCatalog::applyAdministratorTerms(const Settings& settings, QStringList* errors)
{
    for (const auto& entry : settings.entries()) { // no structured binding: clang's lambdas may not capture one
        if (entry.first != Setting::AdministratorTerm)
            continue;
        const QString id = entry.second;
        const QString text = settings.text(Setting::AdministratorTerm, id);
        auto it =
            std::find_if(m_variants.begin(), m_variants.end(), [&](const ServiceVariant& v) { return v.id == id; });
        QString why;
        const std::optional<Duration> duration = durationFromText(text, &why);
        if (it == m_variants.end() || !duration) {
            if (errors)
                *errors << QStringLiteral("%1: %2").arg(Settings::keyOf(Setting::AdministratorTerm, id),
                                                        it == m_variants.end() ? QStringLiteral("no such service")
                                                                               : why);
            continue;
        }
        for (Channel c : std::as_const(it->channels)) {
            if (!it->totalTerms.contains(c))
                it->totalTerms.insert(
                    c, Term{*duration, QCoreApplication::translate("kense::ServiceCatalog",
                                                                   "%1 (entered by the desk's administrator)")
                                           .arg(text)});
        }
    }
}

} // namespace kense
