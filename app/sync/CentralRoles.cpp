#include "CentralRoles.h"

#include "UserRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace kense::sync {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::sync::CentralRoles)
};

/// Runs `sql` (with `values` bound; without, as it is: the driver cannot prepare CREATE or ALTER ROLE) or throws the
/// server's reason.
QSqlQuery run(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db);
    bool done = false;
    if (values.isEmpty()) {
        done = q.exec(sql);
    } else {
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        done = q.exec();
    }
    if (!done)
        throw StorageError::failed(Tr::tr("the central database refused: %1").arg(q.lastError().databaseText()));
    return q;
}

/// Runs the statements in one transaction.
template <typename Work>
void inTransaction(const QSqlDatabase& db, Work&& work)
{
    QSqlDatabase handle = db;
    if (!handle.transaction())
        throw StorageError::failed(Tr::tr("the central database refused: %1").arg(handle.lastError().text()));
    try {
        work();
    } catch (...) {
        handle.rollback();
        throw;
    }
    if (!handle.commit())
        throw StorageError::failed(Tr::tr("the central database refused: %1").arg(handle.lastError().text()));
}

/// A role name is made of [a-z0-9_] only, so it can be written into a statement as it is.
bool plainName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,62}\\z"));
    return re.match(name).hasMatch();
}
} // namespace

QString CentralRoles::scramVerifier(const QString& role, const QString& password)
{
    // libpq computes it as psql's \password does (SASLprep, a random salt, the server's iteration count).
    const QVariant handle = m_central.connection().driver()->handle(); // Qt's PostgreSQL driver names it pg_conn*
    PGconn* conn = handle.isValid() && qstrcmp(handle.typeName(), "pg_conn*") == 0
                       ? *static_cast<PGconn* const*>(handle.constData())
                       : nullptr;
    if (!conn)
        throw StorageError{Tr::tr("the connection to the centre is not a PostgreSQL connection")};
    char* made = PQencryptPasswordConn(conn, password.toUtf8().constData(), role.toUtf8().constData(), "scram-sha-256");
    if (!made)
        throw StorageError::failed(
            Tr::tr("the desk's password could not be prepared: %1").arg(QString::fromUtf8(PQerrorMessage(conn))));
    const QString verifier = QString::fromLatin1(made);
    PQfreemem(made);
    return verifier;
}

QString CentralRoles::prefix()
{
    QSqlQuery q = run(m_central.connection(), QStringLiteral("SELECT kense_role_prefix()"));
    const QString p = q.next() ? q.value(0).toString() : QString();
    if (!plainName(p))
        throw StorageError{Tr::tr("the central database has no role prefix: migrate it first (kensectl central "
                                  "migrate)")};
    return p;
}

namespace {
/// "KZOEDU01-1": the office's code (captured) and the desk's.
QRegularExpressionMatch deskCode(const QString& desk)
{
    static const QRegularExpression code(QStringLiteral("^([A-Z0-9]{2,20})-([A-Z0-9]{1,6})\\z"));
    QRegularExpressionMatch m = code.match(desk);
    if (!m.hasMatch())
        throw StorageError{
            Tr::tr("desk code \"%1\": write the office's code, a hyphen and the desk's code (KZOEDU01-1)").arg(desk)};
    return m;
}
} // namespace

QString CentralRoles::addDesk(const QString& desk, const QString& password, const QString& relayedBy)
{
    const QRegularExpressionMatch m = deskCode(desk);
    if (const QString why = UserRepository::whyNotAPassword(password); !why.isEmpty())
        throw StorageError{Tr::tr("the desk's password is refused: %1").arg(why)};
    const QString group = prefix();
    const QString role = group + QStringLiteral("_desk_") + desk.toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (!plainName(role))
        throw StorageError{Tr::tr("desk code \"%1\" makes a role name PostgreSQL cannot take").arg(desk)};
    const QSqlDatabase db = m_central.connection();
    inTransaction(db, [&] {
        QSqlQuery held = run(db, QStringLiteral("SELECT role FROM desk_roles WHERE desk = ?"), {desk});
        if (held.next())
            throw StorageError{Tr::tr("desk %1 has its role %2 already").arg(desk, held.value(0).toString())};
        // CREATE ROLE takes no parameters: the name is plain and the verifier is base64, '$' and ':' only.
        run(db, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE %3_desks")
                    .arg(role, scramVerifier(role, password), group));
        // The program's calls are a transaction each: a desk idle inside one has hung, and holds every office's pull
        // mark (its floor) until the centre ends its session.
        run(db, QStringLiteral("ALTER ROLE %1 SET idle_in_transaction_session_timeout = '1min'").arg(role));
        if (!relayedBy.isEmpty() &&
            !run(db, QStringLiteral("SELECT 1 FROM desk_roles WHERE desk = ?"), {relayedBy}).next())
            throw StorageError{Tr::tr("desk %1, which is to relay desk %2, has no role at this centre: add it first")
                                   .arg(relayedBy, desk)};
        run(db, QStringLiteral("INSERT INTO desk_roles (role, desk, office, relayed_by) VALUES (?, ?, ?, ?)"),
            {role, desk, m.captured(1), relayedBy.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : relayedBy});
        run(db, QStringLiteral("INSERT INTO desks (code, office) VALUES (?, ?) ON CONFLICT (code) DO NOTHING"),
            {desk, m.captured(1)});
    });
    return role;
}

QList<DeskRole> CentralRoles::desks()
{
    QSqlQuery q = run(
        m_central.connection(),
        QStringLiteral("SELECT r.role, r.desk, r.office, r.disabled, "
                       "to_char(r.added_at, 'YYYY-MM-DD\"T\"HH24:MI:SSOF'), "
                       "coalesce(to_char(d.last_upload, 'YYYY-MM-DD\"T\"HH24:MI:SSOF'), ''), "
                       "coalesce(to_char(d.last_pull, 'YYYY-MM-DD\"T\"HH24:MI:SSOF'), ''), coalesce(r.relayed_by, ''), "
                       "coalesce(k.fingerprint, '') FROM desk_roles r LEFT JOIN desks d ON d.code = r.desk "
                       "LEFT JOIN exchange_keys k ON k.desk = r.desk ORDER BY r.desk"));
    QList<DeskRole> out;
    while (q.next())
        out.append(DeskRole{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool(),
                            q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                            q.value(8).toString()});
    return out;
}

void CentralRoles::disableDesk(const QString& desk)
{
    const QSqlDatabase db = m_central.connection();
    inTransaction(db, [&] {
        QSqlQuery held = run(db, QStringLiteral("SELECT role FROM desk_roles WHERE desk = ?"), {desk});
        if (!held.next())
            throw StorageError{Tr::tr("desk %1 has no role at this centre").arg(desk)};
        const QString role = held.value(0).toString();
        if (!plainName(role))
            throw StorageError{Tr::tr("desk %1's role name is not plain: %2").arg(desk, role)};
        run(db, QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(role));
        run(db, QStringLiteral("UPDATE desk_roles SET disabled = true WHERE desk = ?"), {desk});
    });
}

QString CentralRoles::setExchangeKey(const ExchangePublicKey& key, bool replace)
{
    deskCode(key.party);
    const QSqlDatabase db = m_central.connection();
    QString replaced;
    inTransaction(db, [&] {
        QSqlQuery held = run(
            db, QStringLiteral("SELECT fingerprint, sign_key, box_key FROM exchange_keys WHERE desk = ? FOR UPDATE"),
            {key.party});
        if (held.next()) {
            if (held.value(1).toByteArray() == key.sign && held.value(2).toByteArray() == key.box)
                return;
            if (!replace)
                throw StorageError{Tr::tr("the centre holds another exchange key of desk %1 (fingerprint %2) than "
                                          "this one (%3): check it with the desk, then add it with --replace")
                                       .arg(key.party, held.value(0).toString(), key.fingerprint())};
            replaced = held.value(0).toString();
        }
        run(db,
            QStringLiteral("INSERT INTO exchange_keys (desk, sign_key, box_key, fingerprint, replaced) "
                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT (desk) DO UPDATE SET sign_key = excluded.sign_key, "
                           "box_key = excluded.box_key, fingerprint = excluded.fingerprint, set_at = now(), "
                           "set_by = session_user, replaced = excluded.replaced"),
            {key.party, key.sign, key.box, key.fingerprint(),
             replaced.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : replaced});
    });
    return replaced;
}

void CentralRoles::addAdministrator(const QString& login)
{
    if (!plainName(login))
        throw StorageError{Tr::tr("login \"%1\": use small Latin letters, digits and _").arg(login)};
    const QSqlDatabase db = m_central.connection();
    QSqlQuery known = run(db, QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"), {login});
    if (!known.next())
        throw StorageError{
            Tr::tr("there is no login %1 at this server: create it first (CREATE ROLE %1 LOGIN)").arg(login)};
    if (QSqlQuery desk = run(db, QStringLiteral("SELECT desk FROM desk_roles WHERE role = ?"), {login}); desk.next())
        throw StorageError{Tr::tr("%1 is the login of desk %2; an administrator logs in as a person")
                               .arg(login, desk.value(0).toString())};
    run(db, QStringLiteral("GRANT %1_admins TO %2").arg(prefix(), login));
}

} // namespace kense::sync
