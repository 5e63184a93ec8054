#include "SecretStore.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "kense.secrets")

namespace kense::sync {

namespace {
Secret outcomeOf(const QKeychain::Job& job, const QByteArray& data = {})
{
    Secret s;
    switch (job.error()) {
    case QKeychain::NoError:
        s.status = Secret::Status::Ok;
        s.data = data;
        break;
    case QKeychain::EntryNotFound:
        s.status = Secret::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        s.status = Secret::Status::NoKeychain;
        break;
    default:
        s.status = Secret::Status::Failed;
        break;
    }
    s.error = job.errorString();
    // The key names what the secret is for; the secret itself is never logged.
    qCInfo(lcSecrets) << "keychain" << job.key() << "->" << static_cast<int>(s.status) << s.error;
    return s;
}

template <typename JobT>
JobT* makeJob(const QString& key)
{
    auto* job = new JobT(SecretStore::serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

Secret wait(QKeychain::Job* job, const std::function<QByteArray()>& data = {})
{
    QEventLoop loop;
    Secret out;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job* j) {
        out = outcomeOf(*j, data ? data() : QByteArray());
        loop.quit();
    });
    job->start();
    loop.exec();
    return out;
}
} // namespace

QString SecretStore::serviceName()
{
    return QStringLiteral("Kense");
}

QString SecretStore::centralKey(const QString& url)
{
    QString k = url.section(QLatin1Char('?'), 0, 0); // the login, whatever the link's TLS settings
    k.remove(QStringLiteral("postgresql://"));
    return QStringLiteral("central/") + k;
}

QString SecretStore::exchangeKey(const QString& desk)
{
    return QStringLiteral("exchange/") + desk;
}

QString SecretStore::exchangePublicKey(const QString& party)
{
    return QStringLiteral("exchange-public/") + party;
}

QString SecretStore::historyKey(const QString& desk)
{
    return QStringLiteral("history/") + desk;
}

Secret SecretStore::read(const QString& key)
{
    auto* job = makeJob<QKeychain::ReadPasswordJob>(key);
    return wait(job, [job] { return job->binaryData(); });
}

Secret SecretStore::write(const QString& key, const QByteArray& data)
{
    auto* job = makeJob<QKeychain::WritePasswordJob>(key);
    job->setBinaryData(data);
    return wait(job);
}

Secret SecretStore::remove(const QString& key)
{
    return wait(makeJob<QKeychain::DeletePasswordJob>(key));
}

void SecretStore::readAsync(const QString& key, QObject* context, std::function<void(const Secret&)> done)
{
    auto* job = makeJob<QKeychain::ReadPasswordJob>(key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [job, done = std::move(done)](QKeychain::Job*) { done(outcomeOf(*job, job->binaryData())); });
    job->start();
}

void SecretStore::writeAsync(const QString& key, const QByteArray& data, QObject* context,
                             std::function<void(const Secret&)> done)
{
    auto* job = makeJob<QKeychain::WritePasswordJob>(key);
    job->setBinaryData(data);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [job, done = std::move(done)](QKeychain::Job*) { done(outcomeOf(*job)); });
    job->start();
}

} // namespace kense::sync
