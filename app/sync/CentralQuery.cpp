#include "CentralQuery.h"

#include "Central.h"

#include <QCoreApplication>

namespace kense::sync::central {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::Central)
};
} // namespace

QString reasonOf(const QSqlError& e)
{
    QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    return text.simplified();
}

void run(QSqlQuery& q)
{
    if (q.exec())
        return;
    const QString code = q.lastError().nativeErrorCode();
    if (code == QLatin1String("KF001"))
        throw Central::forkRefusal(reasonOf(q.lastError()));
    if (code == QLatin1String("KF002"))
        throw Central::historyRefusal(reasonOf(q.lastError()));
    // The centre's rules said no — its own refusals (KF…), a right it does not grant (42501), a check that raised
    // (P0001): trying again will not change it, and nothing failed on the way.
    if (code.startsWith(QLatin1String("KF")) || code == QLatin1String("42501") || code == QLatin1String("P0001"))
        throw StorageError{Tr::tr("the centre refused: %1").arg(reasonOf(q.lastError()))};
    throw StorageError::failed(Tr::tr("the central database refused: %1").arg(reasonOf(q.lastError())));
}

void checkRead(const QSqlQuery& q)
{
    if (q.lastError().isValid())
        throw StorageError::failed(Tr::tr("the central database refused: %1").arg(reasonOf(q.lastError())));
}

} // namespace kense::sync::central
