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
    throw StorageError::failed(Tr::tr("the central database refused: %1").arg(reasonOf(q.lastError())));
}

void checkRead(const QSqlQuery& q)
{
    if (q.lastError().isValid())
        throw StorageError::failed(Tr::tr("the central database refused: %1").arg(reasonOf(q.lastError())));
}

} // namespace kense::sync::central
