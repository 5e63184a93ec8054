#pragma once

#include "Central.h"
#include "ExchangeKeys.h"

#include <QList>
#include <QString>

namespace kense::sync {

/// A desk's login role at the centre.
struct DeskRole
{
    QString role;   ///< the PostgreSQL role the desk logs in with
    QString desk;   ///< "KZOEDU01-1"
    QString office; ///< "KZOEDU01"
    bool disabled = false;
    QString addedAt; ///< ISO 8601
    QString lastUpload;
    QString lastPull;
    QString relayedBy;      ///< the desk that passes on this desk's packages; empty when it sends its own
    QString keyFingerprint; ///< of the exchange key the centre checks this desk's passed-on changes with; or empty
};

/// The centre's logins (central schema 4): one LOGIN role per desk, a member of the desks' group role that may only
/// EXECUTE the desks' functions, and the administrators' group role for those who decide conflicts. Asked of a
/// connection whose role may create roles (the centre's administrator); every act runs in one transaction.
class CentralRoles
{
public:
    explicit CentralRoles(Central& central)
        : m_central(central)
    {}

    /// The SCRAM-SHA-256 verifier PostgreSQL keeps for `password`, made on this side by libpq: the role is created
    /// with it, so the password itself never reaches the server.
    QString scramVerifier(const QString& role, const QString& password);

    /// Creates the login role of `desk` ("KZOEDU01-1") with `password` and records it; returns the role's name.
    /// `relayedBy`: the desk that passes on this desk's packages (a rural desk without a link), which the centre then
    /// lets send this desk's changes. Refuses a malformed code, a weak password, a desk that has a role already and a
    /// relaying desk that has none.
    QString addDesk(const QString& desk, const QString& password, const QString& relayedBy = QString());
    QList<DeskRole> desks();
    /// Takes the desk's login away (NOLOGIN) and records it; its role and what it sent stay.
    void disableDesk(const QString& desk);
    /// Records `key` (its party is the desk) as the one the centre checks the signatures of that desk's changes with,
    /// when another desk passes them on (central schema 9). Refuses another key of a desk it holds one of unless
    /// `replace`; returns the fingerprint of the key replaced (empty when none, or the same key again).
    QString setExchangeKey(const ExchangePublicKey& key, bool replace);
    /// Lets an existing login role decide conflicts.
    void addAdministrator(const QString& login);

private:
    QString prefix();
    Central& m_central;
};

} // namespace kense::sync
