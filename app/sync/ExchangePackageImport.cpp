// Applying a verified exchange package: at a desk (which keeps its changes to pass on) or at the centre.
#include "ChainShown.h"
#include "DeskRepository.h"
#include "ExchangePackage.h"
#include "Inbox.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace kense::sync {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::ExchangePackage)
};
} // namespace

PackageImport ExchangePackage::import(const QSqlDatabase& db, const VerifiedPackage& p)
{
    PackageImport r;
    const PackageManifest& m = p.manifest;
    if (m.desk == DeskRepository::thisDeskCode(db))
        throw StorageError{Tr::tr("this is a package of this desk (%1); import it at another desk").arg(m.desk)};
    qint64 last = 0;
    {
        Transaction tx(db);
        last =
            scalar(db, QStringLiteral("SELECT last_seq FROM exchange_marks WHERE origin = ?"), {m.desk}).toLongLong();
        // A change imported before comes again under its number only as itself: another change under the same
        // number is a desk restored from an older copy (or two desks with one code) — refused, never a fork.
        QSqlQuery held = prepare(db, QStringLiteral("SELECT uuid FROM relay WHERE origin = ? AND desk_seq = ?"));
        for (const OutgoingChange& change : p.changes) {
            if (change.deskSeq > last)
                break;
            exec(held, {m.desk, change.deskSeq});
            const QString uuid = QJsonDocument::fromJson(change.meta).object().value(QStringLiteral("uuid")).toString();
            if (held.next() && held.value(0).toString() != uuid)
                throw StorageError{Tr::tr("the package holds, under number %1 of desk %2, another change than the one "
                                          "imported here before: that desk's database was restored from an older "
                                          "copy, or two desks use its code; nothing was imported — call the "
                                          "administrator")
                                       .arg(change.deskSeq)
                                       .arg(m.desk)};
        }
        if (m.toSeq <= last) {
            r.alreadyImported = true;
            return r;
        }
        if (m.fromSeq > last + 1)
            throw StorageError{Tr::tr("the package holds changes %1 to %2 of desk %3, but this desk has them only up "
                                      "to %4: import the packages in between first")
                                   .arg(m.fromSeq)
                                   .arg(m.toSeq)
                                   .arg(m.desk)
                                   .arg(last)};
    }
    // Applied in short transactions (WriteSlice): a registration waits milliseconds between two. The desk's mark
    // moves with each to the last change it applied, so a cut import goes on from there.
    qsizetype next = 0;
    while (next < p.changes.size() && p.changes.at(next).deskSeq <= last)
        ++next;
    do {
        if (r.relayed > 0)
            WriteSlice::pause();
        Transaction tx(db);
        const WriteSlice slice;
        Inbox inbox(db);
        QSqlQuery relay = prepare(db, QStringLiteral("INSERT INTO relay (origin, desk_seq, uuid, meta, payload, sig) "
                                                     "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
        while (next < p.changes.size()) {
            const OutgoingChange& change = p.changes.at(next++);
            const QJsonObject c = QJsonDocument::fromJson(change.meta).object();
            IncomingChange in;
            in.uuid = c.value(QStringLiteral("uuid")).toString();
            in.origin = m.desk;
            in.base = c.value(QStringLiteral("base")).toString();
            in.requestUuid = c.value(QStringLiteral("request")).toString();
            in.payload = QJsonDocument::fromJson(change.payload).object();
            inbox.apply(in);
            exec(relay, {m.desk, change.deskSeq, in.uuid, QString::fromUtf8(change.meta),
                         QString::fromUtf8(change.payload), change.sig});
            ++r.relayed;
            if (slice.due())
                break;
        }
        r.applied += inbox.tally().applied;
        r.conflicts += inbox.tally().conflicts;
        r.skipped += inbox.tally().here;
        r.notAddressed += inbox.tally().notAddressed;
        const qint64 upTo = next == p.changes.size() ? m.toSeq : p.changes.at(next - 1).deskSeq;
        QSqlQuery mark = prepare(db, QStringLiteral("INSERT INTO exchange_marks (origin, last_seq) VALUES (?, ?) "
                                                    "ON CONFLICT (origin) DO UPDATE SET last_seq = excluded.last_seq"));
        exec(mark, {m.desk, upTo});
        if (upTo == m.toSeq && !m.chain.isEmpty())
            ChainShown::keepToRelay(db, RelayedManifest{m.desk, m.toSeq, p.manifestBytes, p.signature});
        tx.commit();
    } while (next < p.changes.size());
    return r;
}

UploadResult ExchangePackage::import(Central& central, const VerifiedPackage& p)
{
    central.reportRelayedChain(p.manifestBytes, p.signature);
    return central.upload(p.changes);
}

} // namespace kense::sync
