#pragma once

// Requests as the documents see them, built in memory with fixed moments so that rendered text is the same on
// every run. Every Kazakh letter (lower and upper case) occurs in them.
#include "DocumentKind.h"
#include "RequestDocuments.h"
#include "catalog/ServiceCatalog.h"

namespace kense::test {

inline const ServiceCatalog& catalog()
{
    static const ServiceCatalog c = ServiceCatalog::load(ServiceCatalog::builtinDirectory());
    return c;
}

inline QDateTime at(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute));
}

inline PartyRecord party(const char* role, const char* iin, const char* surname, const char* given,
                         const char* patronymic, const char* phone, const char* address)
{
    PartyRecord p;
    p.role = partyRoleFromName(QString::fromUtf8(role)).value();
    p.iin = QString::fromUtf8(iin);
    p.surname = QString::fromUtf8(surname);
    p.givenName = QString::fromUtf8(given);
    p.patronymic = QString::fromUtf8(patronymic);
    p.phone = QString::fromUtf8(phone);
    p.address = QString::fromUtf8(address);
    return p;
}

/// A request of `serviceId` with the variant's document list: each presented as an original, except those in
/// `missing` (and optional ones, left out).
inline RequestContext request(const char* serviceId, const QMap<QString, QString>& fields,
                              const QStringList& missing = {})
{
    RequestContext c;
    c.variant = catalog().variant(QString::fromLatin1(serviceId));
    Q_ASSERT(c.variant);
    c.office.code = QStringLiteral("KZOEDU01");
    c.office.name = QStringLiteral("«Өскемен қаласының № 12 мектеп-гимназиясы» КММ");
    c.office.address = QStringLiteral("Өскемен қ., Қазақстан көшесі, 61");
    c.office.phone = QStringLiteral("+7 7232 57 12 12");
    RequestDetails& r = c.request;
    r.number = QStringLiteral("KZOEDU01-1-2026-000042");
    r.serviceId = c.variant->id;
    r.channel = Channel::Provider;
    r.acceptedByName = QStringLiteral("Оспанова Сәуле Маратқызы");
    r.acceptedAt = at(11, 2, 10, 15);
    r.dueAt = at(12, 2, 18, 30);
    r.executorName = QStringLiteral("Нұрланов Ерлан Бақытұлы");
    r.fields = fields;
    r.parties << party("applicant", "061211600129", "ӘБІЛҚАЙЫР-ЖАҢАБЕРГЕНОВА", "Гүлнұр", "Һадиқызы", "+7 701 123 45 67",
                       "Өскемен қ., ҒҰМЫР-ҢҮКТЕ ӨҢІРІ тұрғын үйі, Шығыс көшесі, 7");
    for (const DocumentSpec& spec : c.variant->documents.items) {
        DocumentRecord d;
        d.docId = spec.id;
        d.nameKk = spec.name.kk;
        d.nameRu = spec.name.ru;
        d.required = spec.rule == DocumentRule::Required;
        if (missing.contains(spec.id) || spec.rule == DocumentRule::Optional)
            d.status = DocumentStatus::Missing;
        else
            d.status = d.docId == QLatin1String("identity_document") ? DocumentStatus::Copy : DocumentStatus::Original;
        r.documents << d;
    }
    // As RequestContext::load: the head signs on the head's path; on another the executor does.
    c.officeHeadName = QStringLiteral("Жұмабаева Гүлнар Асқарқызы");
    if (c.variant->path() == Path::HeadAndExecutor)
        c.headName = c.officeHeadName;
    c.printedOn = QDate(2026, 11, 20);
    return c;
}

/// Forty long-named documents, as a package as big as any a desk takes; every third one has `third`'s status.
inline QList<DocumentRecord> fortyDocuments(DocumentStatus third)
{
    QList<DocumentRecord> out;
    for (int i = 1; i <= 40; ++i) {
        DocumentRecord d;
        d.docId = QStringLiteral("doc%1").arg(i);
        d.nameKk = QStringLiteral("Қосымша құжат № %1: анықтаманың нотариалды куәландырылған көшірмесі").arg(i);
        d.nameRu = QStringLiteral("Дополнительный документ № %1: нотариально заверенная копия справки").arg(i);
        d.required = true;
        d.status = i % 3 == 0 ? third : DocumentStatus::Original;
        out << d;
    }
    return out;
}

inline QMap<QString, QString> duplicateFields()
{
    return {{QStringLiteral("subject.document_kind"), QStringLiteral("general_secondary")},
            {QStringLiteral("subject.holder_surname"), QStringLiteral("Нұрланова")},
            {QStringLiteral("subject.holder_given_name"), QStringLiteral("Әлия")},
            {QStringLiteral("subject.holder_patronymic"), QStringLiteral("Қасымқызы")},
            {QStringLiteral("subject.school"), QStringLiteral("Өскемен қаласының «ҮМІТ» № 12 мектеп-гимназиясы")},
            {QStringLiteral("subject.graduation_year"), QStringLiteral("2015")},
            {QStringLiteral("subject.original_series"), QStringLiteral("ЖОБ")},
            {QStringLiteral("subject.original_number"), QStringLiteral("0123456")},
            {QStringLiteral("subject.reason"), QStringLiteral("lost")}};
}

inline ResultRecord duplicateResult()
{
    ResultRecord r;
    r.kind = QStringLiteral("duplicate_secondary");
    r.number = QStringLiteral("KZOEDU01-1-2026-D00007");
    r.preparedBy = QStringLiteral("Нұрланов Ерлан Бақытұлы");
    r.preparedAt = at(11, 16, 11);
    for (const auto& [subject, grade] :
         {std::pair{"Қазақ тілі", "5"}, std::pair{"Қазақ әдебиеті", "5"}, std::pair{"Орыс тілі мен әдебиеті", "4"},
          std::pair{"Алгебра және анализ бастамалары", "4"}, std::pair{"Геометрия", "4"}, std::pair{"Информатика", "5"},
          std::pair{"Қазақстан тарихы", "5"}, std::pair{"Физика", "4"}, std::pair{"Химия", "3"},
          std::pair{"Ағылшын тілі", "5"}})
        r.grades << qMakePair(QString::fromUtf8(subject), QString::fromUtf8(grade));
    return r;
}

/// The fixture for each document kind, in the state in which it is printed.
inline RequestContext fixture(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Receipt: {
        RequestContext c = request("duplicate-secondary-edu-vko", duplicateFields());
        c.request.parties << party("representative", "870412300222", "ҒАЛЫМОВ", "Нұрлан", "Шаһмарұлы",
                                   "+7 777 765 43 21", "Өскемен қ.");
        c.request.parties.last().poaNumber = QStringLiteral("2611-0045");
        c.request.parties.last().poaDate = QStringLiteral("2026-10-30");
        return c;
    }
    case DocumentKind::Refusal: {
        RequestContext c =
            request("duplicate-secondary-edu-vko", duplicateFields(), {QStringLiteral("identity_document")});
        c.request.state = RequestState::RefusedAtIntake;
        return c;
    }
    case DocumentKind::QueueReceipt: {
        RequestContext c = request(
            "preschool-queue-vko",
            {{QStringLiteral("subject.child_iin"), QStringLiteral("210315600123")},
             {QStringLiteral("subject.child_surname"), QStringLiteral("Әбілқайыров")},
             {QStringLiteral("subject.child_given_name"), QStringLiteral("Нұрислам")},
             {QStringLiteral("subject.desired_year"), QStringLiteral("2027")}},
            {QStringLiteral("benefit_proof"), QStringLiteral("pmpk_conclusion"), QStringLiteral("medical_conclusion")});
        WaitingChild child;
        child.number = c.request.number;
        child.list = QueueListKey{QStringLiteral("general"), 2021, 2027};
        c.queuePlace = QueuePlace{child, 137};
        return c;
    }
    case DocumentKind::IssueReceipt: {
        RequestContext c = fixture(DocumentKind::Receipt);
        c.request.state = RequestState::Issued;
        c.result = duplicateResult();
        c.issuedAt = at(11, 18, 15, 40);
        c.issuedByName = QStringLiteral("Оспанова Сәуле Маратқызы");
        return c;
    }
    case DocumentKind::Duplicate: {
        RequestContext c = request("duplicate-secondary-edu-vko", duplicateFields());
        c.request.state = RequestState::ResultSigned;
        c.result = duplicateResult();
        return c;
    }
    case DocumentKind::Order: {
        RequestContext c = request("school-enrollment-almaty",
                                   {{QStringLiteral("subject.child_iin"), QStringLiteral("190801500321")},
                                    {QStringLiteral("subject.child_surname"), QStringLiteral("Әбілқайыров")},
                                    {QStringLiteral("subject.child_given_name"), QStringLiteral("Нұрислам")},
                                    {QStringLiteral("subject.school"), QStringLiteral("№ 12 мектеп-гимназия")},
                                    {QStringLiteral("subject.grade"), QStringLiteral("1")},
                                    {QStringLiteral("subject.academic_year"), QStringLiteral("2027")}},
                                   {QStringLiteral("power_of_attorney")});
        c.request.state = RequestState::ResultSigned;
        c.result = ResultRecord{QStringLiteral("enrollment_order"),
                                QStringLiteral("KZOEDU01-1-2026-D00008"),
                                {}, // the GUI saves an order's result without fields: the year is the intake's
                                {},
                                QStringLiteral("Нұрланов Ерлан Бақытұлы"),
                                at(11, 5, 12)};
        return c;
    }
    case DocumentKind::Permit: {
        RequestContext c = request("externat-permit-vko",
                                   {{QStringLiteral("subject.child_iin"), QStringLiteral("120506600777")},
                                    {QStringLiteral("subject.child_surname"), QStringLiteral("Сейітқали")},
                                    {QStringLiteral("subject.child_given_name"), QStringLiteral("Айгүл")},
                                    {QStringLiteral("subject.school"), QStringLiteral("№ 12 мектеп-гимназия")},
                                    {QStringLiteral("subject.grade"), QStringLiteral("9")},
                                    {QStringLiteral("subject.reason_text"),
                                     QStringLiteral("денсаулығына байланысты / по состоянию здоровья")}},
                                   {QStringLiteral("power_of_attorney")});
        c.request.state = RequestState::ResultSigned;
        c.result = ResultRecord{QStringLiteral("externat_permit"),
                                QStringLiteral("KZOEDU01-1-2026-D00009"),
                                {{QStringLiteral("attestation"), QStringLiteral("15.05.2027 – 25.05.2027")}},
                                {},
                                QStringLiteral("Нұрланов Ерлан Бақытұлы"),
                                at(11, 12, 9)};
        return c;
    }
    case DocumentKind::RefusalLetter: {
        RequestContext c = request("duplicate-secondary-edu-vko", duplicateFields());
        c.request.state = RequestState::RefusalSigned;
        c.refusalText = QStringLiteral("Мектептің мұрағатында 2015 жылғы түлектер кітабында Нұрланова Әлия туралы "
                                       "жазба жоқ. / В книге выпускников 2015 года нет записи о Нұрланова Әлия.");
        return c;
    }
    case DocumentKind::Result: {
        RequestContext c = request("unemployed-certificate-kyzylorda",
                                   {{QStringLiteral("service.purpose"), QStringLiteral("банкке / в банк")}});
        c.office.name = QStringLiteral("«Қызылорда қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ");
        c.office.address = QStringLiteral("Қызылорда қ., Әйтеке би көшесі, 29");
        c.request.state = RequestState::ResultSigned;
        c.result = ResultRecord{
            QStringLiteral("social_result"),
            QStringLiteral("KZOEDU01-1-2026-D00010"),
            {{QStringLiteral("text"), QStringLiteral("Азамат(ша) жұмыссыз ретінде 2026 жылғы 1 қыркүйектен бастап "
                                                     "тіркелген. / Гражданин(ка) зарегистрирован(а) в качестве "
                                                     "безработного с 1 сентября 2026 года.")}},
            {},
            QStringLiteral("Нұрланов Ерлан Бақытұлы"),
            at(11, 3, 16)};
        return c;
    }
    case DocumentKind::Consent: {
        // Taken by a ЦОН operator with a Kostanay college's duplicate application (seed 003 p. 8 4)).
        RequestContext c =
            request("duplicate-tve-edu-kostanay",
                    {{QStringLiteral("subject.document_kind"), QStringLiteral("tve_diploma")},
                     {QStringLiteral("subject.holder_surname"), QStringLiteral("Нұрланова")},
                     {QStringLiteral("subject.holder_given_name"), QStringLiteral("Әлия")},
                     {QStringLiteral("subject.college"), QStringLiteral("Қостанай политехникалық колледжі")},
                     {QStringLiteral("subject.graduation_year"), QStringLiteral("2019")},
                     {QStringLiteral("subject.reason"), QStringLiteral("lost")}});
        c.request.channel = Channel::Tson;
        return c;
    }
    case DocumentKind::Direction: {
        // A child of the Kyzylorda list whose parent consented in writing to the second place offered.
        RequestContext c = request("preschool-registration-kyzylorda",
                                   {{QStringLiteral("subject.child_iin"), QStringLiteral("220315501019")},
                                    {QStringLiteral("subject.child_surname"), QStringLiteral("Әбілқайыров")},
                                    {QStringLiteral("subject.child_given_name"), QStringLiteral("Нұрислам")},
                                    {QStringLiteral("subject.group_kind"), QStringLiteral("general")},
                                    {QStringLiteral("subject.desired_year"), QStringLiteral("2027")}},
                                   {QStringLiteral("benefit_proof")});
        c.office.name = QStringLiteral("«Қызылорда қаласының білім бөлімі» ММ");
        c.office.address = QStringLiteral("Қызылорда қ., Желтоқсан көшесі, 12");
        c.request.state = RequestState::Issued;
        const QDateTime day = QDateTime(QDate(2027, 1, 31), QTime(11, 20));
        c.place = PlaceStanding::of(
            {*PlaceEvent::of(QStringLiteral("place_offered"), day.addDays(-20), QStringLiteral("erlan"),
                             QStringLiteral(R"({"kindergarten":"№ 12 «Балдырған» балабақшасы"})")),
             *PlaceEvent::of(QStringLiteral("offer_refused"), day.addDays(-18), QStringLiteral("saule"), {}),
             *PlaceEvent::of(QStringLiteral("place_offered"), day.addDays(-2), QStringLiteral("erlan"),
                             QStringLiteral(R"({"kindergarten":"№ 5 «Ақбота» балабақшасы","group":"ортаңғы"})")),
             *PlaceEvent::of(QStringLiteral("direction_issued"), day, QStringLiteral("saule"), {})});
        c.directionIssuedByName = QStringLiteral("Оспанова Сәуле Маратқызы");
        return c;
    }
    case DocumentKind::Survey: {
        RequestContext c = fixture(DocumentKind::Result);
        c.request.state = RequestState::Issued;
        c.survey = SurveyAnswers{3, 2, at(11, 4, 10)};
        return c;
    }
    }
    return {};
}

} // namespace kense::test
