// The preschool waiting list (issue 17, item 1): positions are ranks among the children waiting in one list —
// priorities first, then the moment of registration — and fall when a child ahead leaves.
#include "catalog/CatalogQueue.h"
#include "catalog/ServiceCatalog.h"
#include "identity/Iin.h"
#include "queue/WaitingList.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kense;

namespace {
/// A valid IIN of a child born on `born` (a girl of the 2000s: century digit 6).
QString childIin(const QDate& born, int serial)
{
    const QString eleven = born.toString(QStringLiteral("yyMMdd")) + QStringLiteral("6") +
                           QStringLiteral("%1").arg(serial, 4, 10, QLatin1Char('0'));
    for (int s = serial; s < serial + 50; ++s) {
        const QString e = eleven.left(7) + QStringLiteral("%1").arg(s, 4, 10, QLatin1Char('0'));
        const int check = IdentityNumber::checkDigit(e);
        if (check >= 0)
            return e + QString::number(check);
    }
    qFatal("no IIN");
}

const ServiceVariant& preschool()
{
    static const ServiceCatalog catalog = ServiceCatalog::load(ServiceCatalog::builtinDirectory());
    const ServiceVariant* v = catalog.variant(QStringLiteral("preschool-queue-vko"));
    if (!v || !v->queue)
        qFatal("preschool-queue-vko has no queue rules");
    return *v;
}

WaitingChild child(const QString& number, const QString& at, const QString& benefit, bool proof = true,
                   const QString& group = QStringLiteral("general"), const QDate& born = QDate(2023, 5, 4),
                   const QString& year = QStringLiteral("2027"))
{
    static int serial = 1;
    const QMap<QString, QString> fields{{QStringLiteral("subject.child_iin"), childIin(born, serial += 53)},
                                        {QStringLiteral("subject.group_kind"), group},
                                        {QStringLiteral("subject.benefit"), benefit},
                                        {QStringLiteral("subject.desired_year"), year}};
    return waitingChildOf(*preschool().queue, number, QDateTime::fromString(at, Qt::ISODate), fields, proof);
}

/// "number:position" for every place, in list order.
QStringList placesOf(const QList<WaitingChild>& waiting)
{
    QStringList out;
    for (const QueuePlace& p : rankWaitingLists(waiting))
        out << QStringLiteral("%1:%2").arg(p.child.number).arg(p.position);
    return out;
}

QByteArray preschoolWithQueue(const QString& key, const QJsonValue& value)
{
    QFile f(ServiceCatalog::builtinDirectory() + QStringLiteral("/preschool-queue.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read preschool-queue.json");
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QJsonObject common = root.value(u"common"_qs).toObject();
    QJsonObject queue = common.value(u"queue"_qs).toObject();
    queue[key] = value;
    common[u"queue"_qs] = queue;
    root[u"common"_qs] = common;
    return QJsonDocument(root).toJson();
}
} // namespace

class TstWaitingList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bothPreschoolVariants_keepAQueue_withTheBenefitFirst()
    {
        QStringList errors;
        const ServiceCatalog catalog = ServiceCatalog::load(ServiceCatalog::builtinDirectory(), QString(), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        for (const QString& id : {u"preschool-queue-vko"_qs, u"preschool-registration-kyzylorda"_qs}) {
            const ServiceVariant* v = catalog.variant(id);
            QVERIFY2(v && v->queue, qPrintable(id));
            QCOMPARE(v->queue->rankOf(u"large_family"_qs), 1);
            QCOMPARE(v->queue->rankOf(u"none"_qs), 2);
            QVERIFY(!v->queue->priorities.first().ref.isEmpty());
        }
        QVERIFY(!catalog.variant(u"duplicate-secondary-edu-aktobe"_qs)->queue);
    }

    void priorityFirst_thenTheMomentOfRegistration()
    {
        const QList<WaitingChild> waiting{
            child(u"A"_qs, u"2026-12-01T09:00:00"_qs, u"none"_qs),
            child(u"B"_qs, u"2026-12-01T10:00:00"_qs, u"disability"_qs),
            child(u"C"_qs, u"2026-12-01T08:00:00"_qs, u"none"_qs),
            child(u"D"_qs, u"2026-12-02T08:00:00"_qs, u"large_family"_qs),
        };
        QCOMPARE(placesOf(waiting), (QStringList{u"B:1"_qs, u"D:2"_qs, u"C:3"_qs, u"A:4"_qs}));
    }

    void aChildLeaving_movesTheOthersUp()
    {
        QList<WaitingChild> waiting;
        for (int i = 0; i < 5; ++i)
            waiting << child(QStringLiteral("N%1").arg(i), QStringLiteral("2026-12-0%1T09:00:00").arg(i + 1),
                             u"none"_qs);
        QCOMPARE(placesOf(waiting).at(3), u"N3:4"_qs);
        waiting.removeAt(1); // N1 got its direction, or withdrew
        QCOMPARE(placesOf(waiting), (QStringList{u"N0:1"_qs, u"N2:2"_qs, u"N3:3"_qs, u"N4:4"_qs}));
    }

    void aBenefitWithoutItsProof_givesNoPriority()
    {
        const QList<WaitingChild> waiting{
            child(u"A"_qs, u"2026-12-01T09:00:00"_qs, u"none"_qs),
            child(u"B"_qs, u"2026-12-01T10:00:00"_qs, u"guardianship"_qs, false),
        };
        QCOMPARE(waiting.at(1).rank, 2);
        QCOMPARE(placesOf(waiting), (QStringList{u"A:1"_qs, u"B:2"_qs}));
    }

    void eachGroupAgeAndYear_isAListOfItsOwn()
    {
        const QList<WaitingChild> waiting{
            child(u"A"_qs, u"2026-12-01T09:00:00"_qs, u"none"_qs),
            child(u"B"_qs, u"2026-12-01T10:00:00"_qs, u"none"_qs, true, u"correctional"_qs),
            child(u"C"_qs, u"2026-12-01T11:00:00"_qs, u"none"_qs, true, u"general"_qs, QDate(2022, 1, 9)),
            child(u"D"_qs, u"2026-12-01T12:00:00"_qs, u"none"_qs, true, u"general"_qs, QDate(2023, 5, 4), u"2028"_qs),
            child(u"E"_qs, u"2026-12-01T13:00:00"_qs, u"none"_qs),
        };
        const QList<QueuePlace> places = rankWaitingLists(waiting);
        QCOMPARE(places.size(), 5);
        for (const QueuePlace& p : places) {
            if (p.child.number == u"E"_qs)
                QCOMPARE(p.position, 2);
            else
                QCOMPARE(p.position, 1);
        }
        QCOMPARE(waiting.at(2).list.bornYear, 2022);
    }

    void noWishedYear_isTheYearOfRegistration()
    {
        const WaitingChild c =
            child(u"A"_qs, u"2026-12-01T09:00:00"_qs, u"none"_qs, true, u"general"_qs, QDate(2023, 5, 4), QString());
        QCOMPARE(c.list.wishedYear, 2026);
        QCOMPARE(c.list.bornYear, 2023);
    }

    void brokenQueueRules_areRefusedWithTheirPath_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown field")
            << u"group"_qs << QJsonValue(u"subject.age_group"_qs)
            << u"common.queue.group: \"subject.age_group\" is not a field of this service"_qs;
        QTest::newRow("wrong type") << u"child"_qs << QJsonValue(u"subject.child_surname"_qs)
                                    << u"common.queue.child: \"subject.child_surname\" is a field of type name; this "
                                       "needs a field of type iin"_qs;
        QTest::newRow("unknown proof")
            << u"proof"_qs << QJsonValue(u"benefit_letter"_qs)
            << u"common.queue.proof: \"benefit_letter\" is not a document of this service"_qs;
        QTest::newRow("unknown choice")
            << u"priorities"_qs
            << QJsonValue(QJsonArray{
                   QJsonObject{{u"rank"_qs, 1}, {u"values"_qs, QJsonArray{u"veteran"_qs}}, {u"ref"_qs, u"x"_qs}}})
            << u"common.queue.priorities[0].values[0]: \"veteran\" is not one of the choices of subject.benefit"_qs;
        QTest::newRow("choice twice")
            << u"priorities"_qs
            << QJsonValue(QJsonArray{
                   QJsonObject{{u"rank"_qs, 1}, {u"values"_qs, QJsonArray{u"disability"_qs}}, {u"ref"_qs, u"x"_qs}},
                   QJsonObject{{u"rank"_qs, 2}, {u"values"_qs, QJsonArray{u"disability"_qs}}, {u"ref"_qs, u"y"_qs}}})
            << u"common.queue.priorities[1].values[0]: \"disability\" is given a priority twice"_qs;
        QTest::newRow("typo") << u"prority"_qs << QJsonValue(u"x"_qs) << u"common.queue.prority: is not a known key"_qs;
    }

    void brokenQueueRules_areRefusedWithTheirPath()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        CatalogFile file;
        QString error;
        QVERIFY(!CatalogLoader::parse(preschoolWithQueue(key, value), u"preschool-queue.json"_qs, &file, &error));
        QVERIFY2(error.contains(expected), qPrintable(error + u"\n  expected: "_qs + expected));
    }
};

QTEST_GUILESS_MAIN(TstWaitingList)
#include "tst_waitinglist.moc"
