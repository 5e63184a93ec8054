#include "DeskKey.h"

#include "DeskRepository.h"
#include "SqlUtil.h"
#include "StorageError.h"
#include "common/SecretKey.h"

#include <QCoreApplication>
#include <QMutex>

#include <atomic>

namespace kense {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::DeskKey)
};

QMutex g_mutex;
QByteArray g_key;
QString g_why;
std::atomic<DeskKey::Lookup> g_lookup{nullptr};
} // namespace

void DeskKey::use(const QByteArray& key, const QString& why)
{
    const QMutexLocker lock(&g_mutex);
    g_key = key;
    g_why = why;
}

QByteArray DeskKey::inUse()
{
    const QMutexLocker lock(&g_mutex);
    return g_key;
}

QString DeskKey::namedBy(const QSqlDatabase& db)
{
    return scalar(db, QStringLiteral("SELECT key_id FROM history_key WHERE id = 1")).toString();
}

namespace {
/// The key in use when it is the one `named`; else the reason it is not at hand.
std::pair<QByteArray, QString> heldKey(const QString& named)
{
    QByteArray key;
    QString why;
    {
        const QMutexLocker lock(&g_mutex);
        key = g_key;
        why = g_why;
    }
    if (!key.isEmpty() && SecretKey::idOf(key) == named)
        return {key, QString()};
    return {QByteArray(), !key.isEmpty()  ? Tr::tr("it holds another key")
                          : why.isEmpty() ? Tr::tr("the key was not read from the keychain")
                                          : why};
}
} // namespace

QByteArray DeskKey::forChecking(const QSqlDatabase& db)
{
    const QString named = namedBy(db);
    if (named.isEmpty())
        return {};
    auto [key, why] = heldKey(named);
    if (const Lookup lookup = g_lookup.load(); key.isEmpty() && lookup) {
        const QString desk = DeskRepository::thisDeskCode(db);
        auto [found, notFound] = lookup(desk);
        if (!found.isEmpty() && SecretKey::idOf(found) == named)
            return found;
        why = found.isEmpty() ? notFound : Tr::tr("it holds another key");
    }
    if (key.isEmpty())
        throw StorageError{Tr::tr("the seals are made with the desk key %1, which this program does not hold (%2): "
                                  "they cannot be checked here")
                               .arg(named, why)};
    return key;
}

void DeskKey::setLookup(Lookup lookup)
{
    g_lookup.store(lookup);
}

QByteArray DeskKey::forWriting(const QSqlDatabase& db)
{
    const QString named = namedBy(db);
    if (named.isEmpty())
        return {};
    const auto [key, why] = heldKey(named);
    if (key.isEmpty())
        throw StorageError{
            Tr::tr("this desk's history is sealed with the desk key %1, which this program does not hold (%2); "
                   "nothing was saved — the administrator puts the key back with kensectl db key add, or replaces a "
                   "lost one "
                   "with kensectl db key new --replace")
                .arg(named, why)};
    return key;
}

} // namespace kense
