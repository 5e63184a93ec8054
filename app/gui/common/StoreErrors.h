#pragma once

#include "StorageError.h"

#include <QCoreApplication>
#include <QString>

namespace kense {

/// How the store's errors are said to a clerk. A rule's refusal is its reason as the store gave it ("a request that is
/// issued cannot…"); a failure of the database, the disk or the network is said as such — nothing of the act was saved,
/// it is not the rules saying no, and trying again or calling the administrator is what helps.
class StoreErrors
{
    Q_DECLARE_TR_FUNCTIONS(StoreErrors)

public:
    static QString forClerk(const StorageError& error);
};

} // namespace kense
