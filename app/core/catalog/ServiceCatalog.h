#pragma once

#include "CatalogLoader.h"
#include "settings/Settings.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kense {

/// Every service variant Kense knows: the built-in catalog (compiled in as :/catalog/*.json) with an
/// administrator's override directory in front of it.
class ServiceCatalog
{
public:
    static QString builtinDirectory(); ///< ":/catalog"

    /// Loads every *.json of builtinDir. A file of the same name in overrideDir replaces the built-in one and a
    /// new name adds a family. A file that fails validation is refused whole — an override falls back to the
    /// built-in file — and its one-line reason is appended to *errors.
    static ServiceCatalog load(const QString& builtinDir, const QString& overrideDir = QString(),
                               QStringList* errors = nullptr);

    /// Checks every *.json in dir on its own; returns one line per refused file. *files gets the number read.
    static QStringList validateDirectory(const QString& dir, int* files = nullptr);

    const QList<ServiceVariant>& variants() const { return m_variants; }
    /// Variants that may be offered for intake (not excluded by a later act).
    QList<ServiceVariant> intakeVariants() const;
    const ServiceVariant* variant(const QString& id) const;
    /// The path of the service `id` (ServiceVariant::path); a service the catalog no longer holds keeps the chain
    /// every request followed before paths were read from the steps: the head's.
    Path pathOf(const QString& id) const;
    /// The variants offered for intake that the acts of an office's region regulate: `officeRegion` is the region as
    /// the office directory writes it ("Қызылорда облысы (Kyzylorda oblast)"), which names the variant's region in
    /// Kazakh or Russian, or its code. Empty when the catalog has no act of that region (or no region is given).
    QStringList variantsOfRegion(const QString& officeRegion) const;
    /// Gives each variant whose regulation states no total term for a channel the term an administrator entered for
    /// it (terms/<variant> in the desk's settings: "30 calendar_days"); a stated term is never replaced. An entry for
    /// no variant, or one that does not read as a term, is left out and said in *errors.
    void applyAdministratorTerms(const Settings& settings, QStringList* errors = nullptr);
    /// The files the catalog was read from, in family order (override paths where one was used).
    const QStringList& sourceFiles() const { return m_sourceFiles; }

private:
    QList<ServiceVariant> m_variants;
    QStringList m_sourceFiles;
};

} // namespace kense
