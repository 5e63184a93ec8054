// Exchange packages on removable media: encrypted to the hub or the centre that is to read them, signed by their desk
// change by change, refused whole when anything about them is wrong, and passed on by the hub to a real PostgreSQL 15.
#include "CentralFixture.h"
#include "EventLog.h"
#include "RequestRepository.h"
#include "SqlUtil.h"
#include "SyncTests.h"
#include "TestDesk.h"
#include "sync/CentralRoles.h"
#include "sync/Conflicts.h"
#include "sync/ExchangePackage.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace kense;
using namespace kense::sync;
using namespace kense::test;

namespace {
const QString kRural = QStringLiteral("KZOTSON01-7");
const QString kSchool = QStringLiteral("KZOTSON01-1");

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

QString writeFile(const QString& path, const QByteArray& content)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}
} // namespace

class TestExchange : public QObject
{
    Q_OBJECT

    test::ClusterAccess m_access;
    ExchangeSecretKey m_rural = ExchangeSecretKey::make(kRural);
    ExchangeSecretKey m_school = ExchangeSecretKey::make(kSchool);

    /// What the school (the hub) holds: the rural desk's public key.
    PublicKeyOf schoolHolds(const ExchangePublicKey& rural) const
    {
        return [rural](const QString& party) -> std::optional<ExchangePublicKey> {
            return party == rural.party ? std::optional(rural) : std::nullopt;
        };
    }

private Q_SLOTS:
    void initTestCase() { m_access = test::clusterAccess(); }

    /// A package written to a full stick: QSaveFile committed what fitted (a short write sets no error), and the
    /// "exported" mark moved past changes no package holds. Now no package, and the changes wait for the next one.
    void aPackageOnAFullStick_isNotWritten_andItsChangesWait()
    {
        test::TestDesk rural;
        rural.setUp(Channel::Tson, QStringLiteral("KZOTSON01"), QStringLiteral("7"));
        submit(rural, Channel::Tson, rural.op, 2);
        const QString full = rural.dir.filePath(QStringLiteral("full.kense"));
        QVERIFY(QFile::link(QStringLiteral("/dev/full"), full));
        const QString why =
            failure([&] { ExchangePackage::write(rural.db.connection(), full, m_rural, {m_school.publicKey()}); });
        QVERIFY2(why.contains(QStringLiteral("the disk is full")), qPrintable(u"refused: "_qs + why));
        QCOMPARE(Outbox::markNumber(rural.db.connection(), QStringLiteral("exported")), 0);
        const std::optional<PackageManifest> next = ExchangePackage::write(
            rural.db.connection(), rural.dir.filePath(QStringLiteral("next.kense")), m_rural, {m_school.publicKey()});
        QVERIFY(next);
        QCOMPARE(next->fromSeq, 1);
    }

    /// The attack of issue 13: ten lines of zlib read every IIN off the stick. Now the file holds no IIN, no name and
    /// nothing zlib can open; only the party it is encrypted for reads it, and only with its own key.
    void aPackage_isReadableOnlyByItsRecipient()
    {
        test::TestDesk rural;
        rural.setUp(Channel::Tson, QStringLiteral("KZOTSON01"), QStringLiteral("7"));
        submit(rural, Channel::Tson, rural.op, 2);
        const QString path = rural.dir.filePath(QStringLiteral("rural.kense"));
        QVERIFY(ExchangePackage::write(rural.db.connection(), path, m_rural, {m_school.publicKey()}));
        const QByteArray bytes = bytesOf(path);
        for (const QByteArray& needle : {QByteArrayLiteral("061211600129"), QStringLiteral("ӘЛИЯ").toUtf8(),
                                         QStringLiteral("Нұрланова").toUtf8(), QByteArrayLiteral("applicant")})
            QVERIFY2(!bytes.contains(needle), needle.constData());
        // No zlib stream starts anywhere in it: at every offset with a zlib header, inflating gives nothing back.
        // (qUncompress takes its output size from the 4 bytes before the stream: given here, not read off the file.)
        const QByteArray size("\x00\x10\x00\x00", 4);
        for (qsizetype at = 0; at + 8 < bytes.size(); ++at) {
            const auto cmf = static_cast<unsigned char>(bytes[at]), flg = static_cast<unsigned char>(bytes[at + 1]);
            if ((cmf & 0x0f) == 8 && (cmf * 256 + flg) % 31 == 0)
                QVERIFY(qUncompress(size + bytes.mid(at)).isEmpty());
        }

        const QString notForMe = failure([&] {
            ExchangePackage::read(path, ExchangeSecretKey::make(QStringLiteral("KZOTSON01-3")),
                                  schoolHolds(m_rural.publicKey()));
        });
        QVERIFY2(notForMe.contains(QStringLiteral("encrypted for KZOTSON01-1, not for KZOTSON01-3")),
                 qPrintable(notForMe));
        const QString otherKey = failure(
            [&] { ExchangePackage::read(path, ExchangeSecretKey::make(kSchool), schoolHolds(m_rural.publicKey())); });
        QVERIFY2(otherKey.contains(QStringLiteral("another key of KZOTSON01-1")), qPrintable(otherKey));
        QCOMPARE(ExchangePackage::read(path, m_school, schoolHolds(m_rural.publicKey())).changes.size(), 1);

        // Two recipients: the hub and the centre each read it with their own key.
        const ExchangeSecretKey centre = ExchangeSecretKey::make(QStringLiteral("centre"));
        const QString both = rural.dir.filePath(QStringLiteral("both.kense"));
        QVERIFY(ExchangePackage::write(rural.db.connection(), both, m_rural, {m_school.publicKey(), centre.publicKey()},
                                       0));
        QCOMPARE(ExchangePackage::read(both, centre, schoolHolds(m_rural.publicKey())).manifest.recipients,
                 QStringList({kSchool, QStringLiteral("centre")}));
        QCOMPARE(ExchangePackage::read(both, m_school, schoolHolds(m_rural.publicKey())).changes.size(), 1);
    }

    /// Whoever holds the recipient's key still cannot slip in a change of their own: each change is signed by its desk.
    void aChangeNotSignedByItsDesk_isRefused()
    {
        test::TestDesk rural;
        rural.setUp(Channel::Tson, QStringLiteral("KZOTSON01"), QStringLiteral("7"));
        submit(rural, Channel::Tson, rural.op, 2);
        submit(rural, Channel::Tson, rural.op, 3);
        QList<OutgoingChange> changes = Outbox::after(rural.db.connection(), 0, 100);
        QCOMPARE(changes.size(), 2);
        // The second change signed by another key, the manifest by the desk's own (as a thief of the manifest's
        // signature, or a hub rewriting one change, would have it).
        QByteArray body = ExchangePackage::bodyOf(changes, m_rural);
        const QByteArray forged = ExchangePackage::bodyOf({changes[1]}, ExchangeSecretKey::make(kRural));
        QJsonArray mixed = QJsonDocument::fromJson(qUncompress(body)).array();
        mixed[1] = QJsonDocument::fromJson(qUncompress(forged)).array().at(0);
        body = qCompress(QJsonDocument(mixed).toJson(QJsonDocument::Compact), 9);
        const QJsonObject manifest{
            {QStringLiteral("format"), 2},
            {QStringLiteral("desk"), kRural},
            {QStringLiteral("from_seq"), 1},
            {QStringLiteral("to_seq"), 2},
            {QStringLiteral("count"), 2},
            {QStringLiteral("body_size"), body.size()},
            {QStringLiteral("body_sha256"),
             QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex())},
            {QStringLiteral("recipients"), QJsonArray{kSchool}}};
        const QString path = writeFile(rural.dir.filePath(QStringLiteral("forged.kense")),
                                       ExchangePackage::assemble(QJsonDocument(manifest).toJson(QJsonDocument::Compact),
                                                                 body, m_rural, {m_school.publicKey()}));
        const QString why = failure([&] { ExchangePackage::read(path, m_school, schoolHolds(m_rural.publicKey())); });
        QVERIFY2(why.contains(QStringLiteral("change 2 is not signed by desk KZOTSON01-7")), qPrintable(why));
    }

    /// The attack of issue 13: an UPDATE of the hub's relay table reached the centre in the rural desk's name. Now the
    /// hub checks each change's signature before passing it on, and passes on nothing of that desk when one fails.
    void aRelayedChangeEditedAtTheHub_neverReachesTheCentre()
    {
        test::TestDesk rural, school;
        rural.setUp(Channel::Tson, QStringLiteral("KZOTSON01"), QStringLiteral("7"));
        school.setUp(Channel::Tson, QStringLiteral("KZOTSON01"), QStringLiteral("1"));
        submit(rural, Channel::Tson, rural.op, 2);
        const QString path = rural.dir.filePath(QStringLiteral("rural.kense"));
        QVERIFY(ExchangePackage::write(rural.db.connection(), path, m_rural, {m_school.publicKey()}));
        const PublicKeyOf keyOf = schoolHolds(m_rural.publicKey());
        ExchangePackage::import(school.db.connection(), ExchangePackage::read(path, m_school, keyOf));
        const QSqlDatabase hub = school.db.connection();
        QSqlQuery edit(hub);
        QVERIFY(edit.exec(QStringLiteral("UPDATE relay SET payload = replace(payload, '061211600129', "
                                         "'990101300123')")));
        QCOMPARE(edit.numRowsAffected(), 1);

        const CentralAddress address = test::freshCentralDatabase(m_access);
        Central(address, m_access.password).init();
        const QString why = failure([&] { syncDesk(school, address, m_access.password, 500, keyOf); });
        QVERIFY2(why.contains(QStringLiteral("does not carry that desk's signature")), qPrintable(why));
        Central central(address, m_access.password);
        QCOMPARE(central.uploadedMark(kRural), 0);
        QCOMPARE(central.count(QStringLiteral("requests")), 0);
        // Without its signature (a row of the old kind, or one whose signature was removed) just the same.
        QVERIFY(edit.exec(QStringLiteral("UPDATE relay SET payload = replace(payload, '990101300123', "
                                         "'061211600129'), sig = NULL")));
        QVERIFY(failure([&] {
                    syncDesk(school, address, m_access.password, 500, keyOf);
                }).contains(QStringLiteral("does not carry that desk's signature")));
        QCOMPARE(central.uploadedMark(kRural), 0);
        // Without the rural desk's key the hub does not guess: it says which key it needs.
        QVERIFY(failure([&] {
                    syncDesk(school, address, m_access.password, 500, [](const QString&) { return std::nullopt; });
                }).contains(QStringLiteral("holds no exchange key of that desk")));
    }

    /// A rural desk of an older Kense "decided" a conflict itself, and its package carries that decision. Before, the
    /// hub took it as a decision: it overwrote the hub's state of the request, whatever that state had become. Now only
    /// a decision the centre made is one; in a package it is a change like any other — here one that does not follow
    /// the hub's state, so a conflict, and the hub's correction stands.
    void aDecisionInARuralPackage_isNotTakenAtTheHub()
    {
        test::TestDesk rural, school;
        rural.setUp(Channel::Tson, QStringLiteral("KZOTSON01"), QStringLiteral("7"));
        school.setUp(Channel::Tson, QStringLiteral("KZOTSON01"), QStringLiteral("1"));
        const QString number = submit(rural, Channel::Tson, rural.op, 2);
        const PublicKeyOf keyOf = schoolHolds(m_rural.publicKey());
        auto carry = [&](const QString& name) {
            const QString path = rural.dir.filePath(name);
            if (!ExchangePackage::write(rural.db.connection(), path, m_rural, {m_school.publicKey()}))
                qFatal("no package");
            ExchangePackage::import(school.db.connection(), ExchangePackage::read(path, m_school, keyOf));
        };
        carry(QStringLiteral("one.kense"));
        const ServiceVariant& variant = *school.catalog.variant(QStringLiteral("duplicate-secondary-edu-vko"));
        RequestRepository(school.db.connection(), &school.catalog)
            .edit(number, variant, {{QStringLiteral("applicant.surname"), QStringLiteral("ӘЛИЕВА")}}, school.op,
                  at(3, 9));
        {
            const QSqlDatabase db = rural.db.connection();
            Transaction tx(db);
            EventLog::append(db, EventDraft{RequestRepository(db).load(number)->id,
                                            at(3, 10),
                                            rural.admin.id,
                                            QStringLiteral("conflict_resolved"),
                                            QStringLiteral("registered"),
                                            QStringLiteral("registered"),
                                            {},
                                            {},
                                            QStringLiteral("kept the state of this desk")});
            tx.commit();
        }
        carry(QStringLiteral("two.kense"));
        const auto atHub = RequestRepository(school.db.connection(), &school.catalog).load(number);
        QCOMPARE(atHub->fields.value(QStringLiteral("applicant.surname")), QStringLiteral("ӘЛИЕВА"));
        QCOMPARE(Conflicts(school.db.connection()).openCount(), 1);
    }

    void exchangePackage_roundTripTwiceTamperedTruncatedWrongKey()
    {
        test::TestDesk rural, school;
        rural.setUp(Channel::Tson, QStringLiteral("KZOTSON01"), QStringLiteral("7"));
        school.setUp(Channel::Tson, QStringLiteral("KZOTSON01"), QStringLiteral("1"));
        for (int i = 0; i < 3; ++i)
            submit(rural, Channel::Tson, rural.op, 2 + i);
        const QString path = rural.dir.filePath(QStringLiteral("rural-1.kense"));
        const std::optional<PackageManifest> m =
            ExchangePackage::write(rural.db.connection(), path, m_rural, {m_school.publicKey()});
        QVERIFY(m);
        QCOMPARE(m->count, 3);
        QCOMPARE(m->desk, kRural);
        QCOMPARE(m->keyId, m_rural.publicKey().fingerprint());
        QVERIFY(!ExchangePackage::write(rural.db.connection(), path + QStringLiteral(".2"), m_rural,
                                        {m_school.publicKey()})); // nothing new

        const PublicKeyOf keyOf = schoolHolds(m_rural.publicKey());
        const VerifiedPackage verified = ExchangePackage::read(path, m_school, keyOf);
        const PackageImport first = ExchangePackage::import(school.db.connection(), verified);
        QCOMPARE(first.applied, 3);
        QCOMPARE(first.relayed, 3);
        QCOMPARE(scalar(school.db.connection(), QStringLiteral("SELECT count(*) FROM requests")).toInt(), 3);
        QCOMPARE(
            scalar(school.db.connection(), QStringLiteral("SELECT count(*) FROM relay WHERE length(sig) = 64")).toInt(),
            3);
        const PackageImport again = ExchangePackage::import(school.db.connection(), verified);
        QVERIFY(again.alreadyImported);
        QCOMPARE(scalar(school.db.connection(), QStringLiteral("SELECT count(*) FROM requests")).toInt(), 3);

        const QByteArray bytes = bytesOf(path);
        for (const qsizetype pos : {qsizetype(20), qsizetype(60), bytes.size() / 2, bytes.size() - 1}) {
            QByteArray tampered = bytes;
            tampered[pos] = static_cast<char>(tampered[pos] ^ 0x01);
            const QString why = failure([&] {
                ExchangePackage::read(writeFile(rural.dir.filePath(QStringLiteral("t.kense")), tampered), m_school,
                                      keyOf);
            });
            QVERIFY2(why.contains(QStringLiteral("refused, nothing applied")), qPrintable(why));
        }
        for (const qsizetype len : {qsizetype(5), qsizetype(40), bytes.size() - 1}) {
            const QString why = failure([&] {
                ExchangePackage::read(writeFile(rural.dir.filePath(QStringLiteral("cut.kense")), bytes.left(len)),
                                      m_school, keyOf);
            });
            QVERIFY2(why.contains(QStringLiteral("truncated")), qPrintable(why));
        }
        const QString wrong = failure(
            [&] { ExchangePackage::read(path, m_school, schoolHolds(ExchangeSecretKey::make(kRural).publicKey())); });
        QVERIFY2(wrong.contains(QStringLiteral("signature does not match")), qPrintable(wrong));
        QVERIFY(failure([&] {
                    ExchangePackage::read(path, m_school, [](const QString&) { return std::nullopt; });
                }).contains(QStringLiteral("holds no exchange key")));

        // A later package must follow on: the second one, imported without the first at a third desk, is refused.
        submit(rural, Channel::Tson, rural.op, 9);
        const QString second = rural.dir.filePath(QStringLiteral("rural-2.kense"));
        const ExchangeSecretKey thirdKey = ExchangeSecretKey::make(QStringLiteral("KZOTSON01-3"));
        QCOMPARE(
            ExchangePackage::write(rural.db.connection(), second, m_rural, {m_school.publicKey(), thirdKey.publicKey()})
                ->fromSeq,
            4);
        test::TestDesk third;
        third.setUp(Channel::Tson, QStringLiteral("KZOTSON01"), QStringLiteral("3"));
        QVERIFY(failure([&] {
                    ExchangePackage::import(third.db.connection(), ExchangePackage::read(second, thirdKey, keyOf));
                }).contains(QStringLiteral("import the packages in between first")));
        QCOMPARE(
            ExchangePackage::import(school.db.connection(), ExchangePackage::read(second, m_school, keyOf)).applied, 1);

        // The connected desk passes the rural desk's changes on to the centre, under the rural desk's name; when the
        // rural desk later gets a link, its own upload finds them there and changes nothing.
        const CentralAddress address = test::freshCentralDatabase(m_access);
        Central(address, m_access.password).init();
        // The centre checks the rural desk's signatures itself, with the key the administrator gave it.
        QVERIFY(failure([&] {
                    syncDesk(school, address, m_access.password, 500, keyOf);
                }).contains(QStringLiteral("the centre holds no exchange key of desk KZOTSON01-7")));
        {
            Central owner(address, m_access.password);
            CentralRoles(owner).setExchangeKey(m_rural.publicKey(), false);
        }
        QCOMPARE(syncDesk(school, address, m_access.password, 500, keyOf).uploaded, 4);
        const SyncReport ruralLater = syncDesk(rural, address, m_access.password);
        QCOMPARE(ruralLater.uploaded + ruralLater.skipped, 0); // it starts after the centre's mark for it
        Central central(address, m_access.password);
        QCOMPARE(central.count(QStringLiteral("requests")), 4);
        QCOMPARE(central.uploadedMark(kRural), 4);
    }
};

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
