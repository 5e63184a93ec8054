#include "DemoData.h"

#include "PlaceActs.h"
#include "RequestRepository.h"
#include "SqlUtil.h"
#include "WaitingLists.h"
#include "identity/Iin.h"
#include "intake/IntakeValidator.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <future>

namespace kense {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::DemoData)
};
} // namespace

namespace {
struct Person
{
    QString surname, given, patronymic;
};

constexpr std::array kMaleGiven{u"Нұрлан", u"Ерлан",    u"Асқар",   u"Дәулет",  u"Серік", u"Бауыржан",
                                u"Ғалым",  u"Жанболат", u"Айбек",   u"Өмірзақ", u"Иван",  u"Сергей",
                                u"Андрей", u"Дмитрий",  u"Алексей", u"Николай"};
constexpr std::array kFemaleGiven{u"Әлия",   u"Айгүл",   u"Гүлнар", u"Жанар",   u"Сәуле", u"Ақмарал",
                                  u"Динара", u"Өмірзая", u"Айжан",  u"Құралай", u"Анна",  u"Елена",
                                  u"Ольга",  u"Наталья", u"Мария",  u"Татьяна"};
constexpr std::array kKazakhSurnames{u"Қасым",     u"Нұрланов",  u"Әбенов",  u"Серікбаев",  u"Жұмабаев", u"Оспанов",
                                     u"Төлеуов",   u"Ғабдуллин", u"Мұқанов", u"Сәрсенбаев", u"Бекқожа",  u"Үсенов",
                                     u"Әлімжанов", u"Құнанбаев", u"Шәріпов", u"Ергөбеков"};
constexpr std::array kRussianSurnames{u"Иванов",  u"Петров",  u"Смирнов", u"Кузнецов", u"Попов",
                                      u"Соколов", u"Лебедев", u"Козлов",  u"Новиков",  u"Морозов"};
constexpr std::array kFathers{u"Нұрлан", u"Ерлан", u"Асқар", u"Серік", u"Қайрат", u"Марат", u"Бақыт", u"Ғани"};
constexpr std::array kRussianFathers{u"Иван", u"Сергей", u"Андрей", u"Николай", u"Пётр", u"Александр"};
constexpr std::array kSchools{u"№ 12 жалпы орта білім беретін мектеп", u"Абай атындағы № 5 мектеп-гимназия",
                              u"Средняя школа № 34", u"Школа-лицей № 8", u"Ы. Алтынсарин атындағы № 3 мектеп"};

template <typename A>
QString pick(QRandomGenerator& rng, const A& list)
{
    return QString::fromUtf16(list[rng.bounded(static_cast<int>(list.size()))]);
}

Person person(QRandomGenerator& rng, bool female)
{
    const bool kazakh = rng.bounded(100) < 75;
    Person p;
    p.given = female ? pick(rng, kFemaleGiven) : pick(rng, kMaleGiven);
    if (kazakh) {
        QString s = pick(rng, kKazakhSurnames);
        if (female && (s.endsWith(u"ов") || s.endsWith(u"ев") || s.endsWith(u"ин")))
            s += QStringLiteral("а");
        p.surname = s;
        p.patronymic = pick(rng, kFathers) + (female ? QStringLiteral("қызы") : QStringLiteral("ұлы"));
    } else {
        p.surname = pick(rng, kRussianSurnames) + (female ? QStringLiteral("а") : QString());
        const QString father = pick(rng, kRussianFathers);
        p.patronymic = father + (female ? QStringLiteral("овна") : QStringLiteral("ович"));
    }
    return p;
}

QString iin(QRandomGenerator& rng, const QDate& birth, bool female)
{
    for (;;) {
        const int century = birth.year() < 1900 ? 1 : birth.year() < 2000 ? 3 : 5;
        const QString head = birth.toString(QStringLiteral("yyMMdd")) + QString::number(century + (female ? 1 : 0)) +
                             QStringLiteral("%1").arg(rng.bounded(10000), 4, 10, QLatin1Char('0'));
        const int check = IdentityNumber::checkDigit(head);
        if (check >= 0)
            return head + QString::number(check);
    }
}

QDateTime workingMoment(QRandomGenerator& rng, const WorkingCalendar& cal, const QDate& day)
{
    // Back to the working day before, never forward: a Sunday two days ago must not become today.
    QDate d = day;
    while (!cal.isWorkingDay(d))
        d = d.addDays(-1);
    const int minute = 9 * 60 + rng.bounded(8 * 60);
    const int m = minute >= 13 * 60 ? minute + 90 : minute; // skip lunch
    return QDateTime(d, QTime(m / 60, m % 60, rng.bounded(60)));
}

/// Fills the draft's fields the way a clerk would for the variant.
RequestDraft draftFor(QRandomGenerator& rng, const ServiceVariant& v, Channel channel, const QDate& on)
{
    RequestDraft d;
    d.serviceId = v.id;
    d.channel = channel;
    const bool female = rng.bounded(2) == 1;
    const Person applicant = person(rng, female);
    const QDate born = on.addDays(-(365 * 25 + rng.bounded(365 * 30)));
    const bool withRepresentative = rng.bounded(100) < 10;
    const Person rep = person(rng, !female);
    const Person child = person(rng, rng.bounded(2) == 1);
    for (const FieldSpec& f : v.fields) {
        QString value;
        const QString name = f.id.section(QLatin1Char('.'), 1);
        if (f.group == QLatin1String("representative") && !withRepresentative)
            continue;
        const Person& who = f.group == QLatin1String("representative") ? rep
                            : f.group == QLatin1String("subject")      ? child
                                                                       : applicant;
        if (name.endsWith(QLatin1String("surname")))
            value = f.id.contains(QLatin1String("holder")) ? applicant.surname : who.surname;
        else if (name.endsWith(QLatin1String("given_name")))
            value = f.id.contains(QLatin1String("holder")) ? applicant.given : who.given;
        else if (name.endsWith(QLatin1String("patronymic")))
            value = f.id.contains(QLatin1String("holder")) ? applicant.patronymic : who.patronymic;
        else if (f.type == FieldType::Iin && f.age) // a child of the ages the service takes
            value = iin(rng, on.addDays(-(365 * f.age->min + 1 + rng.bounded(365 * (f.age->max - f.age->min + 1) - 2))),
                        rng.bounded(2) == 1);
        else if (f.type == FieldType::Iin)
            value = f.id.contains(QLatin1String("child"))
                        ? iin(rng, on.addDays(-(365 * 3 + rng.bounded(365 * 12))), rng.bounded(2) == 1)
                        : iin(rng, born, female);
        else if (f.type == FieldType::Phone)
            value = QStringLiteral("+7 7%1 %2 %3 %4")
                        .arg(rng.bounded(10, 80))
                        .arg(rng.bounded(100, 1000))
                        .arg(rng.bounded(10, 100))
                        .arg(rng.bounded(10, 100));
        else if (f.type == FieldType::Address)
            value = QStringLiteral("Қызылорда қ., Әйтеке би к-сі, %1 үй").arg(rng.bounded(1, 200));
        else if (f.type == FieldType::Enum)
            value = f.options[rng.bounded(static_cast<int>(f.options.size()))].id;
        else if (f.type == FieldType::Year || f.type == FieldType::Integer)
            value = QString::number(
                f.id.contains(QLatin1String("year"))
                    ? std::clamp(on.year() - rng.bounded(1, 30), f.min.value_or(1950), f.max.value_or(2100))
                    : rng.bounded(f.min.value_or(1), std::min(f.max.value_or(10), 11) + 1));
        else if (f.type == FieldType::Date)
            value = on.addDays(-rng.bounded(1, 300)).toString(Qt::ISODate);
        else if (f.id.contains(QLatin1String("school")))
            value = pick(rng, kSchools);
        else if (f.required || rng.bounded(2) == 0)
            value = QStringLiteral("%1-%2").arg(QChar(u'А' + rng.bounded(20))).arg(rng.bounded(100000, 999999));
        if (!value.isEmpty())
            d.fields.insert(f.id, value);
    }
    // A queue service's list reads as a department's: a place wished from the year of application or the next, and
    // four children in five claiming no benefit (decided from the child's IIN, so the random sequence — and with it
    // every other demo request — stays as it was).
    bool claimsBenefit = false;
    if (v.queue) {
        const int digit = d.fields.value(v.queue->childField).right(2).left(1).toInt();
        d.fields.insert(v.queue->yearField, QString::number(on.year() + digit % 2));
        const FieldSpec* benefit = v.field(v.queue->priorityField);
        const auto none = benefit ? std::find_if(benefit->options.cbegin(), benefit->options.cend(),
                                                 [&](const FieldOption& o) { return !v.queue->givesPriority(o.id); })
                                  : QList<FieldOption>::const_iterator();
        if (benefit && none != benefit->options.cend() && digit < 8)
            d.fields.insert(v.queue->priorityField, none->id);
        claimsBenefit = v.queue->givesPriority(d.fields.value(v.queue->priorityField));
    }
    // A registered request's package is complete: what the declaration requires is there, originals where asked; a
    // benefit claimed comes with its proof.
    for (const DocumentSpec& doc : v.documents.items) {
        const bool given = IntakeValidator::isRequired(doc, d) || rng.bounded(100) < 30;
        if (given)
            d.documents.insert(doc.id,
                               doc.original || rng.bounded(100) < 80 ? DocumentStatus::Original : DocumentStatus::Copy);
        else if (claimsBenefit && v.queue && doc.id == v.queue->proofDocument)
            d.documents.insert(doc.id, DocumentStatus::Copy);
    }
    return d;
}

/// A faithful desk: what the executor prepared where the term's result is a document of its own (a duplicate's grades
/// of the standard subjects, most in Kazakh), and the survey's answers of most applicants
/// whose request was issued, where the service asks it. Drawn from a generator of the request's own (its applicant's
/// IIN and acceptance), so the random sequence — and with it every other demo request — stays as it was.
void addResultAndSurvey(NewRequest& r, const ServiceVariant& v)
{
    QRandomGenerator rng(qHash(r.draft.fields.value(QStringLiteral("applicant.iin")), r.acceptedAt.toSecsSinceEpoch()));
    const auto took = [&](Transition t) {
        return std::any_of(r.history.cbegin(), r.history.cend(),
                           [t](const HistoryStep& h) { return h.transition == t; });
    };
    const std::optional<QString> kind = v.resultDocument();
    if (kind && !v.resultIsReceipt() && took(Transition::PrepareResult)) {
        HistoryResult result{*kind, {}};
        const bool kazakh = rng.bounded(100) < 70;
        for (const LocalizedText& subject :
             v.standardSubjects(r.draft.fields.value(QStringLiteral("subject.document_kind"))))
            result.grades.append({kazakh ? subject.kk : subject.ru, QString::number(rng.bounded(3, 6))});
        r.result = result;
    }
    if (v.asksSurvey() && (took(Transition::IssueResult) || took(Transition::IssueRefusal)) && rng.bounded(100) < 80)
        r.survey = HistorySurvey{rng.bounded(100) < 85 ? 3 : rng.bounded(1, 3), rng.bounded(100) < 90 ? 3 : 2};
}

/// One demo request: a random live variant and channel, a filled draft, its deadlines and a history that goes as far
/// as its age makes likely (older requests are mostly issued).
NewRequest makeRequest(QRandomGenerator& rng, const QList<const ServiceVariant*>& variants, qint64 ageDays,
                       const QDateTime& now, const DeadlineCalculator& calculator, qint64 clerkId, qint64 operatorId,
                       qint64 headId, const QList<UserRecord>& executors)
{
    const ServiceVariant& v = *variants[rng.bounded(static_cast<int>(variants.size()))];
    QList<Channel> channels;
    for (Channel c : {Channel::Provider, Channel::Tson}) {
        if (v.offersChannel(c))
            channels << c;
    }
    const Channel channel = channels[rng.bounded(static_cast<int>(channels.size()))];
    QDateTime accepted = workingMoment(rng, calculator.calendar(), now.date().addDays(-ageDays));
    if (accepted > now) // today, later than now: take it on an earlier day instead
        accepted = workingMoment(rng, calculator.calendar(), now.date().addDays(-ageDays - 1 - rng.bounded(5)));
    NewRequest r;
    r.variant = &v;
    r.draft = draftFor(rng, v, channel, accepted.date());
    r.deadlines = calculator.compute(v, channel, accepted);
    r.userId = channel == Channel::Tson ? operatorId : clerkId;
    r.acceptedAt = accepted;
    if (rng.bounded(100) < 3) { // an incomplete package, refused at intake
        r.state = RequestState::RefusedAtIntake;
        r.draft.documents.remove(v.documents.items.first().id);
        return r;
    }
    const int target = ageDays > 40 ? 9 : static_cast<int>(rng.bounded(10));
    QDateTime t = accepted;
    auto later = [&](int maxHours) {
        t = t.addSecs(600 + rng.bounded(maxHours * 3600));
        return std::min(t, now);
    };
    const bool refuse = rng.bounded(100) < 6;
    QList<QPair<Transition, qint64>> path;
    if (channel == Channel::Tson)
        path << qMakePair(Transition::AddToCourierRegister, operatorId)
             << qMakePair(Transition::SendToProvider, operatorId) << qMakePair(Transition::ReceiveAtProvider, clerkId);
    const qint64 executorId = executors[rng.bounded(static_cast<int>(executors.size()))].id;
    const Path servicePath = v.path(); // the moves inside the provider, as the variant's steps give them
    if (servicePath == Path::HeadAndExecutor)
        path << qMakePair(Transition::AssignExecutor, headId);
    if (servicePath != Path::ClerkOnly)
        path << qMakePair(refuse ? Transition::PrepareRefusal : Transition::PrepareResult, executorId);
    if (servicePath == Path::HeadAndExecutor)
        path << qMakePair(refuse ? Transition::SignRefusal : Transition::SignResult, headId);
    const bool refused = refuse && servicePath != Path::ClerkOnly;
    if (channel == Channel::Tson)
        path << qMakePair(Transition::ReturnToTson, operatorId);
    path << qMakePair(refused ? Transition::IssueRefusal : Transition::IssueResult,
                      channel == Channel::Tson ? operatorId : clerkId);
    const int size = static_cast<int>(path.size());
    const int steps = target >= 9 ? size : std::min(size, target * size / 9);
    for (int i = 0; i < steps; ++i) {
        HistoryStep h;
        h.transition = path[i].first;
        h.userId = path[i].second;
        h.at = later(i == steps - 1 && target >= 9 ? 24 * 10 : 30);
        const bool prepares = h.transition == Transition::PrepareResult || h.transition == Transition::PrepareRefusal;
        if (h.transition == Transition::AssignExecutor || (prepares && servicePath == Path::ExecutorOnly))
            h.executorId = executorId;
        r.history << h;
    }
    addResultAndSurvey(r, v);
    return r;
}

/// The first children of each waiting list a department keeps were offered places, as a list reads in the spring: the
/// first consented (a direction issued), the second refused in writing (waiting again), the third not yet answered.
void offerPlaces(const QSqlDatabase& db, const ServiceCatalog& catalog, const DeskRecord& desk,
                 const UserRecord& executor, const UserRecord& clerk, const QDateTime& now)
{
    static const std::array<const char*, 3> kKindergartens{"№ 5 «Ақбота» балабақшасы", "№ 12 «Балдырған» балабақшасы",
                                                           "№ 3 «Күншуақ» балабақшасы"};
    PlaceActs acts(db, catalog);
    const QDateTime offered = now.addDays(-3);
    QList<WaitingListRow> first; // the first three of each list, offered places in the order of the history
    for (const ServiceVariant& v : catalog.variants()) {
        if (!v.queue || v.isExcluded())
            continue;
        for (const WaitingListRow& row : WaitingLists(db, catalog).of(desk, v.id)) {
            if (row.place.position <= 3 && row.place.child.registeredAt < offered &&
                row.placeState == PlaceState::Waiting)
                first << row;
        }
    }
    for (const WaitingListRow& row : std::as_const(first))
        acts.move(
            row.place.child.number, PlaceMove::Offer, executor, offered,
            PlaceOffer{QString::fromUtf8(kKindergartens.at(row.place.position - 1)), {}, offered.date().addDays(10)});
    for (const WaitingListRow& row : std::as_const(first)) {
        if (row.place.position == 2)
            acts.move(row.place.child.number, PlaceMove::RefuseOffer, clerk, offered.addDays(1), {},
                      QCoreApplication::translate("kense::DemoData", "too far from home"));
    }
    for (const WaitingListRow& row : std::as_const(first)) {
        if (row.place.position == 1)
            acts.move(row.place.child.number, PlaceMove::Consent, clerk, offered.addDays(2));
    }
}

} // namespace

qint64 DemoData::generate(qint64 count, const QDateTime& now, quint32 seed, const std::function<bool(qint64)>& progress)
{
    const DeskRecord desk = DeskRepository(m_db).requireThisDesk();
    // Its requests are a school's and a ЦОН's, by their clerk and operator: an akim's apparatus gives neither role.
    if (desk.kind == Channel::Akim)
        throw StorageError{QCoreApplication::translate("kense::DemoData",
                                                       "demo data is made at a provider's or a ЦОН's desk, not at %1")
                               .arg(channelTitle(desk.kind))};
    UserRepository users(m_db);
    auto staff = [&](const QString& login, const PersonalName& name, Role role) {
        if (auto u = users.byLogin(login))
            return *u;
        const QString password = QString::number(QRandomGenerator::system()->generate64(), 36) +
                                 QString::number(QRandomGenerator::system()->generate64(), 36);
        return users.add(login, name, {role}, password, now);
    };
    const UserRecord clerk =
        staff(QStringLiteral("demo-clerk"),
              {QStringLiteral("Оспанова"), QStringLiteral("Сәуле"), QStringLiteral("Маратқызы")}, Role::Clerk);
    const UserRecord op =
        staff(QStringLiteral("demo-operator"),
              {QStringLiteral("Нұрланов"), QStringLiteral("Ерлан"), QStringLiteral("Бақытұлы")}, Role::TsonOperator);
    const UserRecord head =
        staff(QStringLiteral("demo-head"),
              {QStringLiteral("Жұмабаева"), QStringLiteral("Гүлнар"), QStringLiteral("Асқарқызы")}, Role::Head);
    const PersonalName executorNames[] = {
        {QStringLiteral("Ахметова"), QStringLiteral("Дана"), QStringLiteral("Серікқызы")},
        {QStringLiteral("Бекова"), QStringLiteral("Әлия"), {}},
        {QStringLiteral("Қасымов"), QStringLiteral("Нұрлан"), QStringLiteral("Ерланұлы")},
    };
    QList<UserRecord> executors;
    for (int i = 1; i <= 3; ++i)
        executors << staff(QStringLiteral("demo-executor-%1").arg(i), executorNames[i - 1], Role::Executor);

    QList<const ServiceVariant*> variants;
    for (const ServiceVariant& v : m_catalog.variants()) {
        if (!v.isExcluded() && (v.offersChannel(Channel::Provider) || v.offersChannel(Channel::Tson)))
            variants << &v;
    }
    QRandomGenerator rng(seed);
    // Acceptance days over the last two years, in order, so that numbers follow time.
    QList<qint64> offsets(count);
    for (qint64& o : offsets)
        o = rng.bounded(730);
    std::sort(offsets.begin(), offsets.end(), std::greater<>());

    // One batch of requests is built (drafts, deadlines, histories: CPU only) while the previous one is written.
    const DeadlineCalculator calculator(m_calendar, desk.office.hours);
    constexpr qint64 kBatch = 10000;
    auto build = [&](qint64 first, qint64 last, quint32 batchSeed) {
        QRandomGenerator batchRng(batchSeed);
        QList<NewRequest> batch;
        batch.reserve(last - first);
        for (qint64 i = first; i < last; ++i)
            batch << makeRequest(batchRng, variants, offsets[i], now, calculator, clerk.id, op.id, head.id, executors);
        return batch;
    };
    RequestRepository repo(m_db);
    qint64 done = 0;
    quint32 batchSeed = seed;
    auto next = std::async(std::launch::async, build, 0, std::min(count, kBatch), batchSeed);
    while (done < count) {
        QList<NewRequest> batch = next.get();
        const qint64 end = done + batch.size();
        if (end < count)
            next = std::async(std::launch::async, build, end, std::min(count, end + kBatch), ++batchSeed);
        // Written in short transactions (WriteSlice): a clerk registering meanwhile waits milliseconds, not seconds.
        for (qsizetype i = 0; i < batch.size();) {
            if (i > 0)
                WriteSlice::pause();
            Transaction tx(m_db);
            const WriteSlice slice;
            EventLog::Appender events(m_db);
            do
                repo.createInTransaction(desk, batch.at(i++), events);
            while (i < batch.size() && !slice.due());
            repo.flushSearchNames();
            tx.commit();
        }
        done = end;
        if (progress && !progress(done)) {
            if (done < count)
                next.wait();
            break;
        }
    }
    if (done == count && WaitingLists::keptAt(desk))
        offerPlaces(m_db, m_catalog, desk, executors.first(), clerk, now);
    return done;
}

} // namespace kense
