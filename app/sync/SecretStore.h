#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace kense::sync {

/// The outcome of a keychain call.
struct Secret
{
    enum class Status
    {
        Ok,
        NotFound,
        NoKeychain, ///< no keychain service on this machine (or in this session): ask the user, never write plaintext
        Failed
    };
    Status status = Status::Failed;
    QByteArray data;
    QString error; ///< the keychain's reason, for a message
};

/// Secrets in the operating system's keychain through QtKeychain: the Secret Service (GNOME Keyring, KWallet) on
/// Linux, the Credential Manager on Windows. QtKeychain's insecure plaintext fallback is never enabled.
///
/// The blocking calls run a local event loop until the keychain answers: for kensectl and worker threads. The GUI
/// uses the asynchronous ones, which call back on the context's thread.
class SecretStore
{
public:
    static QString serviceName(); ///< "Kense"
    /// "central/USER@HOST:PORT/DB" — the central server's password for that user and database (the address's sslmode
    /// and sslrootcert do not change it).
    static QString centralKey(const QString& url);
    /// "exchange/PARTY" — the secret exchange keys of this desk ("KZOTSON01-1") or of the centre ("centre").
    static QString exchangeKey(const QString& party);
    /// "exchange-public/PARTY" — another party's public exchange keys, as its key file gave them.
    static QString exchangePublicKey(const QString& party);
    /// "history/DESK" — the desk key that seals a desk's event log (HistorySeal).
    static QString historyKey(const QString& desk);

    static Secret read(const QString& key);
    static Secret write(const QString& key, const QByteArray& data);
    static Secret remove(const QString& key);

    static void readAsync(const QString& key, QObject* context, std::function<void(const Secret&)> done);
    static void writeAsync(const QString& key, const QByteArray& data, QObject* context,
                           std::function<void(const Secret&)> done);
};

} // namespace kense::sync
