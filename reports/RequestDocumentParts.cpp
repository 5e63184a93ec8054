#include "RequestDocumentParts.h"

#include "DocumentWords.h"
#include "documents/Grade.h"

#include <algorithm>

namespace kense {

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.time().toString(QStringLiteral("HH:mm")) : QString();
}

LocalizedText fieldText(const FieldSpec& spec, const QString& value)
{
    if (spec.type == FieldType::Enum) {
        for (const FieldOption& o : spec.options) {
            if (o.id == value)
                return o.label;
        }
    }
    if (spec.type == FieldType::Date) {
        const QDate d = QDate::fromString(value, Qt::ISODate);
        if (d.isValid())
            return sameText(dateText(d));
    }
    return sameText(value);
}

void setPackage(DocumentData& d, const RequestContext& c)
{
    const RequestDetails& r = c.request;
    const ServiceVariant& v = *c.variant;
    QList<DocumentRow> documents, missing;
    int presented = 0;
    for (const DocumentRecord& doc : r.documents) {
        LocalizedText name;
        name.kk = doc.nameKk;
        name.ru = doc.nameRu;
        // Not presented, or only as a copy where the catalog asks the original: what the refusal names. (A copy
        // was still presented: the acceptance receipt lists it as one.)
        const auto spec = std::find_if(v.documents.items.cbegin(), v.documents.items.cend(),
                                       [&doc](const DocumentSpec& s) { return s.id == doc.docId; });
        const bool copyOnly = spec != v.documents.items.cend() && spec->onlyACopy(doc.status);
        if (doc.required && (doc.status == DocumentStatus::Missing || copyOnly)) {
            LocalizedText named = name;
            if (copyOnly) {
                const LocalizedText why = documentWord(QStringLiteral("copy_only"));
                named.kk += QStringLiteral(" — ") + why.kk;
                named.ru += QStringLiteral(" — ") + why.ru;
            }
            missing << DocumentRow{{QStringLiteral("n"), sameText(QString::number(missing.size() + 1))},
                                   {QStringLiteral("name"), named}};
        }
        if (doc.status == DocumentStatus::Missing)
            continue;
        ++presented;
        documents << DocumentRow{{QStringLiteral("n"), sameText(QString::number(presented))},
                                 {QStringLiteral("name"), name},
                                 {QStringLiteral("status"), documentWord(documentStatusName(doc.status))}};
    }
    d.tables.insert(QStringLiteral("documents"), documents);
    d.tables.insert(QStringLiteral("missing"), missing);
    d.set(QStringLiteral("documents.count"), QString::number(presented));
    d.set(QStringLiteral("missing.count"), QString::number(missing.size()));
}

void setResult(DocumentData& d, const RequestContext& c)
{
    const RequestDetails& r = c.request;
    const ServiceVariant& v = *c.variant;
    if (!v.results.isEmpty())
        d.set(QStringLiteral("result.name"), v.results.first().name);
    if (c.result) {
        d.set(QStringLiteral("result.number"), c.result->number);
        d.set(QStringLiteral("result.date"), dateText(c.result->preparedAt.date()));
        d.set(QStringLiteral("result.prepared_by"), c.result->preparedBy);
        for (auto it = c.result->fields.begin(); it != c.result->fields.end(); ++it)
            d.set(QStringLiteral("result.") + it.key(), it.value());
        // Results saved before the year was taken at intake carried it themselves.
        if (!d.has(QStringLiteral("academic_year")) && c.result->fields.contains(QStringLiteral("academic_year")))
            d.set(QStringLiteral("academic_year"), c.result->fields.value(QStringLiteral("academic_year")));
        QList<DocumentRow> grades;
        const QString documentKind = r.fields.value(QStringLiteral("subject.document_kind"));
        for (const auto& [subjectName, grade] : c.result->grades) {
            const std::optional<Grade> known = gradeOf(grade);
            grades << DocumentRow{{QStringLiteral("n"), sameText(QString::number(grades.size() + 1))},
                                  {QStringLiteral("subject"), v.subjectText(documentKind, subjectName)},
                                  {QStringLiteral("grade"), sameText(grade)},
                                  {QStringLiteral("grade_text"), known ? gradeText(*known) : sameText(grade)}};
        }
        d.tables.insert(QStringLiteral("grades"), grades);
        d.set(QStringLiteral("verify"),
              QStringLiteral("KENSE|%1|%2|%3|%4")
                  .arg(c.result->number, r.number, d.text(QStringLiteral("holder.name"), Language::Kazakh),
                       c.result->preparedAt.date().toString(Qt::ISODate)));
    }
}

void setQueuePlace(DocumentData& d, const ServiceVariant& v, const QueuePlace& place, const QDate& on)
{
    const QueueListKey& list = place.child.list;
    d.set(QStringLiteral("queue.number"), QString::number(place.position));
    d.set(QStringLiteral("queue.as_of"), dateText(on));
    const FieldSpec* group = v.field(v.queue->groupField);
    d.set(QStringLiteral("queue.group"), group ? fieldText(*group, list.group) : sameText(list.group));
    d.set(QStringLiteral("queue.born"), QString::number(list.bornYear));
    d.set(QStringLiteral("queue.year"), QString::number(list.wishedYear));
}

void setDirection(DocumentData& d, const ServiceVariant& v, const PlaceStanding& place, const QString& issuedBy)
{
    if (!place.directionIssuedAt.isValid())
        return;
    d.set(QStringLiteral("direction.kindergarten"), place.kindergarten);
    d.set(QStringLiteral("direction.group"), place.group);
    d.set(QStringLiteral("direction.issued_date"), dateText(place.directionIssuedAt.date()));
    d.set(QStringLiteral("direction.valid_until"),
          dateText(place.directionValidUntil(v.queue ? v.queue->directionMonths : 0)));
    d.set(QStringLiteral("direction.issued_by"), issuedBy);
}

void setSurvey(DocumentData& d, const RequestContext& c)
{
    for (int q = 1; q <= 2; ++q) {
        const int answer = !c.survey ? 0 : q == 1 ? c.survey->quality : c.survey->information;
        for (int a = 1; a <= 3; ++a)
            d.set(QStringLiteral("survey.q%1.a%2").arg(q).arg(a),
                  answer == a ? QStringLiteral("[X]") : QStringLiteral("[  ]"));
    }
    // The service's own appendix words the survey where the catalog has it; the common wording otherwise.
    const std::optional<SurveyText>& own = c.variant->survey;
    for (int a = 1; a <= 3; ++a)
        d.set(QStringLiteral("survey.answer%1").arg(a),
              own ? own->answers.at(a - 1) : documentWord(QStringLiteral("survey.%1").arg(a)));
    for (int q = 1; q <= 2; ++q)
        d.set(QStringLiteral("survey.question%1").arg(q),
              own ? own->questions.at(q - 1) : documentWord(QStringLiteral("survey.question%1").arg(q)));
    d.set(QStringLiteral("survey.appendix"), QString::number(own ? own->appendix : 5));
}

} // namespace kense
