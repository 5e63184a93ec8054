// The desk key seals the event log (issue 16, item 8): an edit behind the program that computes every hash again
// verifies as a chain, and is named by the seals; the seals removed leave the head unsealed; and a program without the
// key writes nothing to a sealed desk. The key is given in the process here; tst_historyseal_keychain (kensectl, the
// real keychain) covers where it comes from.
#include "DeskKey.h"
#include "EventLog.h"
#include "OutboxDigest.h"
#include "RequestSeals.h"
#include "RewrittenHistory.h"
#include "SqlUtil.h"
#include "StorageError.h"
#include "SyncTests.h"
#include "common/SecretKey.h"
#include "sync/HistorySeal.h"
#include "sync/Outbox.h"

#include <QtTest>

using namespace kense;
using namespace kense::sync;
using namespace kense::test;

class TestHistorySeal : public QObject
{
    Q_OBJECT

    const QByteArray m_key = SecretKey::make();

    /// A desk whose history the key seals, with three registrations after the key was made.
    void sealedDesk(TestDesk& desk)
    {
        desk.setUp();
        DeskKey::use(m_key);
        HistorySeal::adopt(desk.db.connection(), m_key, at(2, 9));
        for (int day = 2; day <= 4; ++day)
            submit(desk, Channel::Provider, desk.clerk, day);
    }

    static qint64 count(TestDesk& desk, const QString& table)
    {
        return scalar(desk.db.connection(), QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
    }

    /// A registration, or the reason it was refused.
    static QString tryToRegister(TestDesk& desk)
    {
        try {
            Intake intake(desk.db.connection(), desk.catalog, desk.calendar);
            const IntakeOutcome o = intake.submit(duplicateDraft(Channel::Provider), desk.clerk, at(5, 10), false);
            return o.registered() ? QString() : QStringLiteral("not registered");
        } catch (const StorageError& e) {
            return e.message;
        }
    }

private Q_SLOTS:
    void init() { DeskKey::use({}); }

    void aSealedHistory_verifies_upToItsHead()
    {
        TestDesk desk;
        sealedDesk(desk);
        const HistorySealReport r = HistorySeal::verify(desk.db.connection(), m_key);
        QVERIFY2(r.ok(), qPrintable(r.failure));
        QCOMPARE(r.keyId, SecretKey::idOf(m_key));
        QCOMPARE(r.sealedUpTo, EventLog::head(desk.db.connection())->first);
        QCOMPARE(r.seals, 4); // the head when the key was made, and one per registration
    }

    void aHistoryWrittenAgain_verifiesAsAChain_butNotUnderTheKey()
    {
        TestDesk desk;
        sealedDesk(desk);
        rewriteHistory(desk.path(), QStringLiteral("принят без документов"));
        QVERIFY(EventLog::verify(desk.db.connection()).ok); // what db verify checked before the key
        const HistorySealReport r = HistorySeal::verify(desk.db.connection(), m_key);
        QVERIFY(!r.ok());
        QVERIFY2(r.failure.contains(QStringLiteral("not the one the desk key sealed")), qPrintable(r.failure));
    }

    void sealsRemoved_leaveTheHeadUnsealed()
    {
        TestDesk desk;
        sealedDesk(desk);
        const qint64 since =
            scalar(desk.db.connection(), QStringLiteral("SELECT since_event FROM history_key")).toLongLong();
        behindTheProgram(desk.path(), [since](const QSqlDatabase& db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER history_seals_no_delete")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM history_seals WHERE event_id > %1").arg(since)));
        });
        HistorySealReport r = HistorySeal::verify(desk.db.connection(), m_key);
        QVERIFY2(r.failure.contains(QStringLiteral("after the last seal")), qPrintable(r.failure));

        // Every seal and the key's row removed: the keychain still holds the key, and says so.
        behindTheProgram(desk.path(), [](const QSqlDatabase& db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DELETE FROM history_seals")));
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER history_key_no_delete")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM history_key")));
        });
        r = HistorySeal::verify(desk.db.connection(), m_key);
        QVERIFY2(r.failure.contains(QStringLiteral("names no key")), qPrintable(r.failure));
        // The keychain says where the key began: this log goes past it, so it is no copy from before the key.
        r = HistorySeal::verify(desk.db.connection(), m_key, since);
        QVERIFY2(r.failure.contains(QStringLiteral("names no key")), qPrintable(r.failure));
    }

    void withoutTheKey_nothingIsWritten()
    {
        TestDesk desk;
        sealedDesk(desk);
        const qint64 events = count(desk, QStringLiteral("events"));
        const qint64 requests = count(desk, QStringLiteral("requests"));

        DeskKey::use({}, QStringLiteral("the keychain is locked"));
        QString refused = tryToRegister(desk);
        QVERIFY2(refused.contains(QStringLiteral("does not hold")), qPrintable(refused));
        QVERIFY2(refused.contains(QStringLiteral("the keychain is locked")), qPrintable(refused));
        DeskKey::use(SecretKey::make()); // another desk's key, or one made by someone else
        refused = tryToRegister(desk);
        QVERIFY2(refused.contains(QStringLiteral("does not hold")), qPrintable(refused));
        QCOMPARE(count(desk, QStringLiteral("events")), events);
        QCOMPARE(count(desk, QStringLiteral("requests")), requests);
        QVERIFY(HistorySeal::verify(desk.db.connection(), m_key).ok());

        DeskKey::use(m_key); // the key back: the desk works on, sealed
        QCOMPARE(tryToRegister(desk), QString());
        QVERIFY(HistorySeal::verify(desk.db.connection(), m_key).ok());
    }

    void aPartyEditedWithItsSealMadeAgain_isNamed()
    {
        TestDesk desk;
        sealedDesk(desk);
        QVERIFY(RequestSeals::verify(desk.db.connection()).ok());
        // The sqlite3 shell's edit, and the seals computed again as whoever read RequestSeals.cpp can: without the key.
        behindTheProgram(desk.path(), [](const QSqlDatabase& db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE parties SET surname = 'Басқа' WHERE request_id = 1")));
            RequestSeals::sealAll(db, {});
        });
        QCOMPARE(RequestSeals::verify(desk.db.connection()).broken, 3); // every request's seal is now a plain one
        behindTheProgram(desk.path(), [](const QSqlDatabase& db) { RequestSeals::sealAll(db, SecretKey::make()); });
        QCOMPARE(RequestSeals::verify(desk.db.connection()).broken, 3);
        // Without the key the seals cannot be checked at all, and say so.
        DeskKey::use({}, QStringLiteral("the keychain is locked"));
        QString unchecked;
        try {
            RequestSeals::verify(desk.db.connection());
        } catch (const StorageError& e) {
            unchecked = e.message;
        }
        QVERIFY2(unchecked.contains(QStringLiteral("cannot be checked")), qPrintable(unchecked));
    }

    void anOutboxChangeEditedWithItsDigestMadeAgain_isNamed_andNotSent()
    {
        TestDesk desk;
        sealedDesk(desk);
        QVERIFY(OutboxDigest::verify(desk.db.connection()).ok());
        // What goes to the centre, edited, and its digest computed again as OutboxDigest.cpp shows: without the key.
        behindTheProgram(desk.path(), [](const QSqlDatabase& db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT seq, meta, replace(payload, 'Қасымқызы', 'Басқа') FROM outbox "
                                          "ORDER BY seq DESC LIMIT 1")));
            QVERIFY(q.next());
            QSqlQuery u(db);
            QVERIFY(u.prepare(QStringLiteral("UPDATE outbox SET payload = ?, digest = ? WHERE seq = ?")));
            u.addBindValue(q.value(2));
            u.addBindValue(OutboxDigest::of(q.value(1).toString(), q.value(2).toString(), {}));
            u.addBindValue(q.value(0));
            QVERIFY(u.exec());
        });
        QCOMPARE(OutboxDigest::verify(desk.db.connection()).broken, 1);
        QString refused;
        try {
            Outbox::after(desk.db.connection(), 0, 100);
        } catch (const StorageError& e) {
            refused = e.message;
        }
        QVERIFY2(refused.contains(QStringLiteral("changed behind the program")), qPrintable(refused));
    }

    void aKeyMadeOverAnEdit_refusesToSealItIn()
    {
        TestDesk desk;
        desk.setUp();
        submit(desk, Channel::Provider, desk.clerk, 2);
        behindTheProgram(desk.path(), [](const QSqlDatabase& db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE parties SET surname = 'Басқа' WHERE request_id = 1")));
        });
        QString refused;
        try {
            HistorySeal::adopt(desk.db.connection(), m_key, at(3, 9));
        } catch (const StorageError& e) {
            refused = e.message;
        }
        QVERIFY2(refused.contains(QStringLiteral("changed behind the program")), qPrintable(refused));
        QVERIFY(DeskKey::namedBy(desk.db.connection()).isEmpty());
    }

    void theWrongKeyOrNone_cannotProveIt()
    {
        TestDesk desk;
        sealedDesk(desk);
        QVERIFY2(HistorySeal::verify(desk.db.connection(), {}).failure.contains(QStringLiteral("not at hand")),
                 "no key to check with");
        QVERIFY2(HistorySeal::verify(desk.db.connection(), SecretKey::make())
                     .failure.contains(QStringLiteral("keychain holds")),
                 "another key");
    }

    void anUnsealedDesk_isSaidSo_andAKeyIsMadeOnce()
    {
        TestDesk desk;
        desk.setUp();
        submit(desk, Channel::Provider, desk.clerk, 2); // no key named: nothing to hold
        HistorySealReport r = HistorySeal::verify(desk.db.connection(), {});
        QVERIFY(r.ok());
        QVERIFY(r.keyId.isEmpty());
        QCOMPARE(count(desk, QStringLiteral("history_seals")), 0);
        // Checked with a key made later (here, at this head): a copy from before the key.
        r = HistorySeal::verify(desk.db.connection(), m_key, EventLog::head(desk.db.connection())->first);
        QVERIFY2(r.ok() && r.beforeKey, qPrintable(r.failure));

        // A key made on a desk that already has a history seals it all: the seal at the head covers every event.
        DeskKey::use(m_key);
        HistorySeal::adopt(desk.db.connection(), m_key, at(3, 9));
        r = HistorySeal::verify(desk.db.connection(), m_key);
        QVERIFY2(r.ok(), qPrintable(r.failure));
        QCOMPARE(r.seals, 1);
        bool refused = false;
        try {
            HistorySeal::adopt(desk.db.connection(), SecretKey::make(), at(3, 10));
        } catch (const StorageError& e) {
            refused = e.message.contains(QStringLiteral("made once"));
        }
        QVERIFY(refused);
    }

    void aLostKey_isReplaced_andTheDeskWorksOn()
    {
        TestDesk desk;
        sealedDesk(desk);
        DeskKey::use({}, QStringLiteral("the keychain holds no desk key of this desk")); // Windows reinstalled
        QVERIFY(!tryToRegister(desk).isEmpty());

        const QByteArray fresh = SecretKey::make();
        const qint64 id = HistorySeal::replace(desk.db.connection(), fresh, desk.admin.id,
                                               QStringLiteral("компьютер переустановлен, файл ключа утерян"), at(5, 9));
        QCOMPARE(DeskKey::inUse(), fresh);
        QCOMPARE(DeskKey::namedBy(desk.db.connection()), SecretKey::idOf(fresh));
        QSqlQuery q = prepare(desk.db.connection(), QStringLiteral("SELECT kind, user_id, note, before, after, "
                                                                   "request_id FROM events WHERE id = ?"));
        exec(q, {id});
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("desk_key_replaced"));
        QCOMPARE(q.value(1).toLongLong(), desk.admin.id);
        QCOMPARE(q.value(2).toString(), QStringLiteral("компьютер переустановлен, файл ключа утерян"));
        QCOMPARE(q.value(3).toString(), SecretKey::idOf(m_key));
        QCOMPARE(q.value(4).toString(), SecretKey::idOf(fresh));
        QVERIFY(q.value(5).isNull());

        HistorySealReport r = HistorySeal::verify(desk.db.connection(), fresh);
        QVERIFY2(r.ok(), qPrintable(r.failure));
        QCOMPARE(r.olderSeals, 4); // made with the lost key: not checked, and said so
        QCOMPARE(r.seals, 1);
        QVERIFY2(r.replaced.contains(QStringLiteral("файл ключа утерян")) &&
                     r.replaced.contains(QStringLiteral("admin")) && r.replaced.contains(QStringLiteral("not at hand")),
                 qPrintable(r.replaced));
        QVERIFY(RequestSeals::verify(desk.db.connection()).ok()); // the requests sealed again with the new key
        QVERIFY(OutboxDigest::verify(desk.db.connection()).ok());

        QCOMPARE(tryToRegister(desk), QString());
        r = HistorySeal::verify(desk.db.connection(), fresh);
        QVERIFY2(r.ok() && r.seals == 2, qPrintable(r.failure));
        QVERIFY(!HistorySeal::verify(desk.db.connection(), m_key).ok()); // the old key proves nothing any more
        // A copy from before the replacement (its head before the event the new key took over at) is said to be one.
        const QByteArray later = SecretKey::make();
        const QString before = HistorySeal::verify(desk.db.connection(), later, id + 5).failure;
        QVERIFY2(before.contains(QStringLiteral("a copy from before the desk key was replaced")) &&
                     before.contains(QStringLiteral("took over at event %1").arg(id + 5)),
                 qPrintable(before));
        QVERIFY2(!HistorySeal::verify(desk.db.connection(), later, id).failure.contains(QStringLiteral("a copy")),
                 "a key that took over before the copy's end is simply another key");

        // Replaced again while the key is at hand: its seals are checked first, and the record says they matched.
        const QByteArray third = SecretKey::make();
        HistorySeal::replace(desk.db.connection(), third, desk.admin.id, QStringLiteral("плановая замена"), at(5, 11));
        r = HistorySeal::verify(desk.db.connection(), third);
        QVERIFY2(r.ok() && r.olderSeals == 6 && r.replaced.contains(QStringLiteral("matched")), qPrintable(r.replaced));
    }

    void aReplacement_sealsInNoEdit_andIsAnAdministratorsAct()
    {
        TestDesk desk;
        sealedDesk(desk);
        const auto refusal = [&](qint64 user, const QString& reason) {
            try {
                HistorySeal::replace(desk.db.connection(), SecretKey::make(), user, reason, at(5, 9));
            } catch (const StorageError& e) {
                return e.message;
            }
            return QString();
        };
        QVERIFY(refusal(desk.clerk.id, QStringLiteral("так надо")).contains(QStringLiteral("administrator")));
        QVERIFY(refusal(desk.admin.id, QStringLiteral("  ")).contains(QStringLiteral("say why")));

        // The key at hand: a history written again behind the program is checked under it, and not sealed in.
        rewriteHistory(desk.path(), QStringLiteral("принят без документов"));
        DeskKey::use(m_key);
        QString refused = refusal(desk.admin.id, QStringLiteral("ключ скомпрометирован"));
        QVERIFY2(refused.contains(QStringLiteral("do not match")), qPrintable(refused));
        QCOMPARE(DeskKey::inUse(), m_key);
        QCOMPARE(DeskKey::namedBy(desk.db.connection()), SecretKey::idOf(m_key));

        // The key lost: an event edited without its hash made again breaks the chain, and is not sealed in either.
        TestDesk other;
        sealedDesk(other);
        behindTheProgram(other.path(), [](const QSqlDatabase& db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER events_no_update")));
            QVERIFY(q.exec(QStringLiteral("UPDATE events SET note = 'без документов' WHERE id = 2")));
        });
        DeskKey::use({});
        try {
            HistorySeal::replace(other.db.connection(), SecretKey::make(), other.admin.id, QStringLiteral("утерян"),
                                 at(5, 9));
            QFAIL("a broken chain was sealed under a new key");
        } catch (const StorageError& e) {
            QVERIFY2(e.message.contains(QStringLiteral("broken at event 2")), qPrintable(e.message));
        }

        // Behind the program, the key's row changes only together with a record of the replacement.
        behindTheProgram(other.path(), [](const QSqlDatabase& db) {
            QSqlQuery q(db);
            QVERIFY(!q.exec(QStringLiteral("UPDATE history_key SET key_id = 'ffffffffffffffff'")));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("record of the replacement")),
                     qPrintable(q.lastError().text()));
        });
    }
};

QTEST_GUILESS_MAIN(TestHistorySeal)
#include "tst_historyseal.moc"
