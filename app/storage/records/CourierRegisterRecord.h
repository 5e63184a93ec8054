#pragma once

// A courier register (тізілімдеме) between a ЦОН and a provider.
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace kense {

enum class RegisterDirection
{
    ToProvider, ///< the ЦОН's accumulation sector sends accepted packages to the provider
    ToTson      ///< the provider sends signed results (and refusals) back to the ЦОН
};

struct CourierRegisterRecord
{
    qint64 id = 0;
    QString number;       ///< "<office>-<desk>-<year>-R<5 digits>", e.g. "KZOTSON01-1-2026-R00012"
    QString provider;     ///< the office at the other end: its code in the directory (free text in older registers)
    QString providerName; ///< that office's name in the directory (empty for free text)
    RegisterDirection direction = RegisterDirection::ToProvider;
    QDateTime createdAt;
    QDateTime sentAt;     ///< invalid until handed to the courier
    QDateTime receivedAt; ///< invalid until received at the other end
    QStringList requests; ///< request numbers, in the order they were added
    QList<int> sheets;    ///< sheets of each request's package
};

} // namespace kense
