// One rule book behind both doors. Each act of the table runs through kensectl (as an administrator's script does)
// on one desk and through the QueueStore the windows call on a second desk set up alike (the same office and desk
// code, the same users in the same order, each with a data directory of its own); the outcomes must be the same:
// done with the same events (kind, states, user, before/after, note, request), or refused with the same reason and
// nothing written.
#include "DataDir.h"
#include "DeskSettings.h"
#include "KensectlDesk.h"
#include "QueueStore.h"
#include "calendar/WorkingCalendar.h"
#include "catalog/ServiceCatalog.h"
#include "paths/AppPaths.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <functional>
#include <memory>

using namespace kense;
using kense::test::kRequest;
using kense::test::Run;

namespace {

/// What an act came to at one door.
struct Outcome
{
    bool done = false;
    QString refusal;    ///< the reason, when refused
    QStringList events; ///< the events it wrote, as "kind|from|to|user|before|after|note|request"
    QString describe() const
    {
        return (done ? QStringLiteral("done") : QStringLiteral("refused: ") + refusal) + QStringLiteral("; events: ") +
               events.join(QStringLiteral(" ; "));
    }
};

/// The request file kensectl reads, as the wizard's draft.
RequestDraft draftOf(const QByteArray& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    RequestDraft d;
    d.serviceId = o[u"service"_qs].toString();
    d.channel = *channelFromName(o[u"channel"_qs].toString());
    const QJsonObject fields = o[u"fields"_qs].toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        d.fields.insert(it.key(),
                        it.value().isDouble() ? QString::number(it.value().toInteger()) : it.value().toString());
    const QJsonObject docs = o[u"documents"_qs].toObject();
    for (auto it = docs.begin(); it != docs.end(); ++it)
        d.documents.insert(it.key(), *documentStatusFromName(it.value().toString()));
    return d;
}

/// The events after `afterId` of the desk in `path`, by a connection of the test's own.
QStringList eventsAfter(const QString& path, qint64 afterId, qint64* lastId)
{
    const QString name = QStringLiteral("twodoors-") + path;
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            qFatal("cannot read %s", qPrintable(path));
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "SELECT e.id, e.kind, e.from_state, e.to_state, u.login, e.before, e.after, e.note, r.number FROM events e "
            "LEFT JOIN users u ON u.id = e.user_id LEFT JOIN requests r ON r.id = e.request_id WHERE e.id > ? "
            "ORDER BY e.id"));
        q.addBindValue(afterId);
        if (!q.exec())
            qFatal("cannot read the events of %s", qPrintable(path));
        *lastId = afterId;
        while (q.next()) {
            *lastId = q.value(0).toLongLong();
            QStringList parts;
            for (int i = 1; i < 9; ++i)
                parts << q.value(i).toString();
            out << parts.join(u'|');
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

/// Waits for a store call: done, or refused with the store's reason.
template <typename T>
QString refusalOf(QFuture<T> future)
{
    try {
        future.waitForFinished(); // rethrows the job's exception
        future.result();
    } catch (const StorageError& e) {
        return e.message.isEmpty() ? QStringLiteral("(refused without a reason)") : e.message;
    }
    return {};
}

} // namespace

class TestTwoDoors : public QObject, protected kense::test::KensectlDesk
{
    Q_OBJECT

    std::unique_ptr<kense::test::DataDir> m_windowData; ///< this process's data directory: the window's desk
    QString m_windowDb;
    std::unique_ptr<ServiceCatalog> m_catalog;
    std::unique_ptr<WorkingCalendar> m_calendar;
    std::unique_ptr<QueueStore> m_store;
    QHash<QString, UserRecord> m_users; ///< the window's desk's users by login
    qint64 m_cliSeen = 0, m_windowSeen = 0;

    struct Act
    {
        const char* name;
        bool done;                         ///< what the rules say: done, or refused
        QStringList cli;                   ///< kensectl's words ("%N" is the request number), --db added
        QByteArray input;                  ///< standard input (empty: the --as user's password)
        std::function<QString()> window;   ///< the store's call: empty when done, else the reason
        std::function<void()> before = {}; ///< what an administrator set at both desks first, if anything
        std::function<void()> after = {};
    };

    Outcome cliDoor(const Act& act, const QString& number)
    {
        QStringList args = act.cli;
        args.replaceInStrings(QStringLiteral("%N"), number);
        args << u"--db"_qs << m_db;
        const Run r = run(args, act.input);
        Outcome o;
        o.done = r.code == 0;
        if (!o.done)
            o.refusal = QString::fromUtf8(r.err).trimmed().remove(QRegularExpression(QStringLiteral("^kensectl: ")));
        o.events = eventsAfter(m_db, m_cliSeen, &m_cliSeen);
        if (!o.done && r.code != 1)
            o.refusal += QStringLiteral(" (exit %1, not a refusal)").arg(r.code);
        return o;
    }

    Outcome windowDoor(const Act& act)
    {
        Outcome o;
        o.refusal = act.window();
        o.done = o.refusal.isEmpty();
        o.events = eventsAfter(m_windowDb, m_windowSeen, &m_windowSeen);
        return o;
    }

    UserRecord user(const char* login) const { return m_users.value(QString::fromLatin1(login)); }

private Q_SLOTS:
    void initTestCase()
    {
        setUp(); // kensectl's desk KZOEDU01-2, in m_data (which kensectl is given)
        m_windowData = std::make_unique<kense::test::DataDir>(); // this process's KENSE_DATA_DIR from here on
        m_windowDb = m_windowData->scratchPath(u"window.sqlite"_qs);
        m_catalog = std::make_unique<ServiceCatalog>(
            ServiceCatalog::load(ServiceCatalog::builtinDirectory(), AppPaths::catalogOverrideDirectory()));
        m_calendar = std::make_unique<WorkingCalendar>(
            WorkingCalendar::load(WorkingCalendar::builtinDirectory(), AppPaths::calendarOverrideDirectory()));
        m_store = std::make_unique<QueueStore>(*m_catalog, *m_calendar);
        QVERIFY(refusalOf(m_store->open(m_windowDb)).isEmpty());
        NewDesk desk;
        desk.officeCode = u"KZOEDU01"_qs;
        desk.deskCode = u"2"_qs;
        desk.adminLogin = u"admin"_qs;
        desk.adminName = PersonalName{u"Әкімші"_qs, {}, {}};
        desk.password = u"admin-pass-1"_qs;
        QCOMPARE(refusalOf(m_store->setUpDesk(desk, QDateTime::currentDateTime())), QString());
        auto users = m_store->users();
        const qint64 admin = users.result().first().id;
        for (const auto& [login, role] :
             {std::pair{"saule", Role::Clerk}, std::pair{"gulnar", Role::Head}, std::pair{"erlan", Role::Executor}}) {
            QCOMPARE(refusalOf(m_store->addUser(QString::fromLatin1(login),
                                                splitPersonalName(test::staffName(QString::fromLatin1(login))), {role},
                                                u"a-long-password"_qs, QDateTime::currentDateTime(), admin)),
                     QString());
        }
        QCOMPARE(refusalOf(m_store->addUser(u"dana"_qs, splitPersonalName(test::staffName(u"dana"_qs)),
                                            {Role::Clerk, Role::Administrator}, u"a-long-password"_qs,
                                            QDateTime::currentDateTime(), admin)),
                 QString());
        users = m_store->users();
        for (const UserRecord& u : users.result())
            m_users.insert(u.login, u);
        QCOMPARE(m_users.size(), 5);
        eventsAfter(m_db, 0, &m_cliSeen);
        eventsAfter(m_windowDb, 0, &m_windowSeen);
    }

    void eachAct_hasOneOutcome_whicheverDoor()
    {
        const QString req = file(u"request.json"_qs, kRequest);
        const RequestDraft draft = draftOf(kRequest);
        QByteArray incompleteJson = kRequest;
        incompleteJson.replace(R"("identity_document": "original")", R"("identity_document": "missing")");
        const QString incomplete = file(u"incomplete.json"_qs, incompleteJson);
        const RequestDraft incompleteDraft = draftOf(incompleteJson);
        const auto now = [] {
            return QDateTime::currentDateTime();
        };
        QString number; // the first request's, the same at both desks

        const auto submit = [&](const RequestDraft& d, const char* login, bool refuse) -> QString {
            auto f = m_store->submit(d, user(login), now(), refuse);
            IntakeOutcome o;
            try {
                f.waitForFinished();
                o = f.result();
            } catch (const StorageError& e) {
                return e.message;
            }
            if (!o.errors.isEmpty())
                return o.errors.first().fieldId + QStringLiteral(": ") + o.errors.first().message;
            if (number.isEmpty() && o.request)
                number = o.request->number;
            return QString();
        };
        const auto advance = [&](const char* login, std::optional<qint64> executor) {
            return refusalOf(
                m_store->advance(number, Transition::AssignExecutor, user(login), now(), QString(), executor));
        };
        const auto calendar = [&](const char* login, CalendarDayEdit::What what) {
            return refusalOf(
                m_store->editCalendarDay({QDate(2026, 12, 30), what, u"решение акимата"_qs}, user(login), now()));
        };
        const QStringList dayOff{u"calendar"_qs,  u"edit"_qs,     u"2026-12-30"_qs,
                                 u"--day-off"_qs, u"--reason"_qs, u"решение акимата"_qs};
        const auto inForce = [this](const QStringList& services) { // at both desks, as Administration sets it
            QCOMPARE(DeskSettings::setServicesInForce(services), std::nullopt);
            const Run r = services.isEmpty()
                              ? run({u"settings"_qs, u"unset"_qs, u"services/in_force"_qs})
                              : run({u"settings"_qs, u"set"_qs, u"services/in_force"_qs, services.join(u',')});
            QVERIFY2(r.code == 0, r.err.constData());
        };
        const QStringList inWork{u"request"_qs, u"advance"_qs, u"%N"_qs, u"--to"_qs, u"in_work"_qs};

        const QList<Act> acts{
            {"register a complete package",
             true,
             {u"request"_qs, u"register"_qs, req, u"--as"_qs, u"saule"_qs},
             {},
             [&] {
                 return submit(draft, "saule", false);
             }},
            {"refuse an incomplete package at intake",
             true,
             {u"request"_qs, u"refuse"_qs, incomplete, u"--as"_qs, u"saule"_qs},
             {},
             [&] {
                 return submit(incompleteDraft, "saule", true);
             }},
            {"register a service the administrator took out of force",
             false,
             {u"request"_qs, u"register"_qs, req, u"--as"_qs, u"saule"_qs},
             {},
             [&] { return submit(draft, "saule", false); },
             [&] { inForce({u"duplicate-secondary-edu-aktobe"_qs}); },
             [&] {
                 inForce({});
             }},
            {"register, by the head",
             false,
             {u"request"_qs, u"register"_qs, req, u"--as"_qs, u"gulnar"_qs},
             {},
             [&] {
                 return submit(draft, "gulnar", false);
             }},
            {"assign an executor, by the clerk",
             false,
             inWork + QStringList{u"--executor"_qs, u"erlan"_qs, u"--as"_qs, u"saule"_qs},
             {},
             [&] {
                 return advance("saule", user("erlan").id);
             }},
            {"assign, naming no executor",
             false,
             inWork + QStringList{u"--as"_qs, u"gulnar"_qs},
             {},
             [&] {
                 return advance("gulnar", std::nullopt);
             }},
            {"assign erlan, by the head",
             true,
             inWork + QStringList{u"--executor"_qs, u"erlan"_qs, u"--as"_qs, u"gulnar"_qs},
             {},
             [&] {
                 return advance("gulnar", user("erlan").id);
             }},
            {"the result, by the clerk",
             false,
             {u"request"_qs, u"result"_qs, u"%N"_qs, u"--grade"_qs, u"Алгебра=5"_qs, u"--as"_qs, u"saule"_qs},
             {},
             [&] {
                 return refusalOf(m_store->saveResult(number, {{u"Алгебра"_qs, u"5"_qs}}, user("saule"), now()));
             }},
            {"the result, by the executor",
             true,
             {u"request"_qs, u"result"_qs, u"%N"_qs, u"--grade"_qs, u"Алгебра=5"_qs, u"--as"_qs, u"erlan"_qs},
             {},
             [&] {
                 return refusalOf(m_store->saveResult(number, {{u"Алгебра"_qs, u"5"_qs}}, user("erlan"), now()));
             }},
            {"the survey of a duplicate",
             false,
             {u"request"_qs, u"survey"_qs, u"%N"_qs, u"--quality"_qs, u"3"_qs, u"--information"_qs, u"3"_qs, u"--as"_qs,
              u"saule"_qs},
             {},
             [&] {
                 return refusalOf(m_store->answerSurvey(number, 3, 3, user("saule"), now()));
             }},
            {"add an account, by a clerk",
             false,
             {u"user"_qs, u"add"_qs, u"mallory"_qs, u"--name"_qs, u"M"_qs, u"--roles"_qs, u"administrator"_qs,
              u"--as"_qs, u"saule"_qs, u"--password-stdin"_qs},
             "a-long-password\nmallory-pass-1\n",
             [&] {
                 return refusalOf(m_store->addUser(u"mallory"_qs, PersonalName{u"M"_qs, {}, {}}, {Role::Administrator},
                                                   u"mallory-pass-1"_qs, now(), user("saule").id));
             }},
            {"add an account with a weak password",
             false,
             {u"user"_qs, u"add"_qs, u"aigul"_qs, u"--name"_qs, u"Серікбаева Айгүл"_qs, u"--roles"_qs, u"clerk"_qs,
              u"--as"_qs, u"admin"_qs, u"--password-stdin"_qs},
             "admin-pass-1\n1111111111\n",
             [&] {
                 return refusalOf(m_store->addUser(u"aigul"_qs, PersonalName{u"Серікбаева"_qs, u"Айгүл"_qs, {}},
                                                   {Role::Clerk}, u"1111111111"_qs, now(), user("admin").id));
             }},
            {"add an account",
             true,
             {u"user"_qs, u"add"_qs, u"aigul"_qs, u"--name"_qs, u"Серікбаева Айгүл"_qs, u"--roles"_qs, u"clerk"_qs,
              u"--as"_qs, u"admin"_qs, u"--password-stdin"_qs},
             "admin-pass-1\naigul-pass-12\n",
             [&] {
                 return refusalOf(m_store->addUser(u"aigul"_qs, PersonalName{u"Серікбаева"_qs, u"Айгүл"_qs, {}},
                                                   {Role::Clerk}, u"aigul-pass-12"_qs, now(), user("admin").id));
             }},
            {"correct an account's name, by a clerk",
             false,
             {u"user"_qs, u"rename"_qs, u"erlan"_qs, u"--surname"_qs, u"Нұрланов"_qs, u"--given-name"_qs, u"Ерлан"_qs,
              u"--as"_qs, u"saule"_qs, u"--password-stdin"_qs},
             "a-long-password\n",
             [&] {
                 return refusalOf(m_store->setUserName(u"erlan"_qs, PersonalName{u"Нұрланов"_qs, u"Ерлан"_qs, {}},
                                                       user("saule"), now()));
             }},
            {"correct an account's name to one without a given name",
             false,
             {u"user"_qs, u"rename"_qs, u"erlan"_qs, u"--surname"_qs, u"Нұрланов"_qs, u"--as"_qs, u"admin"_qs,
              u"--password-stdin"_qs},
             "admin-pass-1\n",
             [&] {
                 return refusalOf(
                     m_store->setUserName(u"erlan"_qs, PersonalName{u"Нұрланов"_qs, {}, {}}, user("admin"), now()));
             }},
            {"correct an account's name",
             true,
             {u"user"_qs, u"rename"_qs, u"erlan"_qs, u"--surname"_qs, u"Нұрланов"_qs, u"--given-name"_qs, u"Ерлан"_qs,
              u"--patronymic"_qs, u"Серікұлы"_qs, u"--as"_qs, u"admin"_qs, u"--password-stdin"_qs},
             "admin-pass-1\n",
             [&] {
                 return refusalOf(m_store->setUserName(
                     u"erlan"_qs, PersonalName{u"Нұрланов"_qs, u"Ерлан"_qs, u"Серікұлы"_qs}, user("admin"), now()));
             }},
            {"change an account's roles, by a head",
             false,
             {u"user"_qs, u"roles"_qs, u"erlan"_qs, u"--roles"_qs, u"executor,head"_qs, u"--as"_qs, u"gulnar"_qs,
              u"--password-stdin"_qs},
             "a-long-password\n",
             [&] {
                 return refusalOf(
                     m_store->setUserRoles(u"erlan"_qs, {Role::Executor, Role::Head}, user("gulnar"), now()));
             }},
            {"take one's own administrator's role",
             false,
             {u"user"_qs, u"roles"_qs, u"admin"_qs, u"--roles"_qs, u"clerk"_qs, u"--as"_qs, u"admin"_qs,
              u"--password-stdin"_qs},
             "admin-pass-1\n",
             [&] {
                 return refusalOf(m_store->setUserRoles(u"admin"_qs, {Role::Clerk}, user("admin"), now()));
             }},
            {"change an account's roles",
             true,
             {u"user"_qs, u"roles"_qs, u"erlan"_qs, u"--roles"_qs, u"executor,head"_qs, u"--as"_qs, u"admin"_qs,
              u"--password-stdin"_qs},
             "admin-pass-1\n",
             [&] {
                 return refusalOf(
                     m_store->setUserRoles(u"erlan"_qs, {Role::Executor, Role::Head}, user("admin"), now()));
             }},
            {"disable one's own account",
             false,
             {u"user"_qs, u"disable"_qs, u"admin"_qs, u"--as"_qs, u"admin"_qs},
             {},
             [&] {
                 return refusalOf(m_store->setUserDisabled(u"admin"_qs, true, user("admin"), now()));
             }},
            {"disable an account",
             true,
             {u"user"_qs, u"disable"_qs, u"aigul"_qs, u"--as"_qs, u"admin"_qs},
             {},
             [&] {
                 return refusalOf(m_store->setUserDisabled(u"aigul"_qs, true, user("admin"), now()));
             }},
            {"a calendar day, by a clerk",
             false,
             dayOff + QStringList{u"--as"_qs, u"saule"_qs},
             {},
             [&] {
                 return calendar("saule", CalendarDayEdit::What::DayOff);
             }},
            {"a calendar day off, by the administrator",
             true,
             dayOff + QStringList{u"--as"_qs, u"admin"_qs},
             {},
             [&] {
                 return calendar("admin", CalendarDayEdit::What::DayOff);
             }},
        };

        for (const Act& act : acts) {
            if (act.before)
                act.before();
            const Outcome window = windowDoor(act);
            const Outcome cli = cliDoor(act, number);
            if (act.after)
                act.after();
            const QByteArray what = QByteArray(act.name) + "\n  kensectl: " + cli.describe().toUtf8() +
                                    "\n  window:   " + window.describe().toUtf8();
            QVERIFY2(window.done == act.done, what.constData());
            QVERIFY2(cli.done == window.done, what.constData());
            QVERIFY2(cli.refusal == window.refusal, what.constData());
            QVERIFY2(cli.events == window.events, what.constData());
            QVERIFY2(window.done == !window.events.isEmpty(), what.constData()); // a refusal writes nothing
        }
    }
};

QTEST_GUILESS_MAIN(TestTwoDoors)
#include "tst_twodoors.moc"
