#include "SecretKey.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace kense::SecretKey {

QByteArray make()
{
    QByteArray key(32, '\0');
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(key.data()),
                                         reinterpret_cast<quint32*>(key.data() + key.size()));
    return key;
}

QString idOf(const QByteArray& key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).left(8).toHex());
}

} // namespace kense::SecretKey
