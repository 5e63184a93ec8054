// IntakeValidator against the built-in catalog: what a desk, kensectl and an import accept or name as wrong.
#include "catalog/ServiceCatalog.h"
#include "identity/Iin.h"
#include "intake/IntakeValidator.h"

#include <QTest>

using namespace kense;

namespace {
const QString kDuplicate = QStringLiteral("duplicate-secondary-edu-vko"); // provider and ЦОН, representative optional

/// A complete application for a duplicate of a school certificate, with values as a clerk types them.
RequestDraft completeDraft()
{
    RequestDraft d;
    d.serviceId = kDuplicate;
    d.channel = Channel::Provider;
    d.fields = {
        {QStringLiteral("applicant.iin"), QStringLiteral(" 061211600129 ")},
        {QStringLiteral("applicant.surname"), QStringLiteral("  Нұрланова ")},
        {QStringLiteral("applicant.given_name"), QStringLiteral("Әлия")},
        {QStringLiteral("applicant.phone"), QStringLiteral("8 701 123 45 67")},
        {QStringLiteral("applicant.address"), QStringLiteral("Өскемен қ.,   Абай даңғылы, 12")},
        {QStringLiteral("subject.document_kind"), QStringLiteral("general_secondary")},
        {QStringLiteral("subject.holder_surname"), QStringLiteral("Нұрланова")},
        {QStringLiteral("subject.holder_given_name"), QStringLiteral("Әлия")},
        {QStringLiteral("subject.school"), QStringLiteral("№ 12 мектеп")},
        {QStringLiteral("subject.graduation_year"), QStringLiteral("2015")},
        {QStringLiteral("subject.reason"), QStringLiteral("lost")},
    };
    d.documents = {{QStringLiteral("application"), DocumentStatus::Original},
                   {QStringLiteral("identity_document"), DocumentStatus::Original}};
    return d;
}

/// The representative's part of a draft, power of attorney included.
void addRepresentative(RequestDraft& d)
{
    d.fields[QStringLiteral("representative.iin")] = QStringLiteral("850304301235");
    d.fields[QStringLiteral("representative.surname")] = QStringLiteral("Қасымов");
    d.fields[QStringLiteral("representative.given_name")] = QStringLiteral("Ерлан");
    d.fields[QStringLiteral("representative.phone")] = QStringLiteral("+7(702)7654321");
    d.fields[QStringLiteral("representative.poa_number")] = QStringLiteral("№ 2026-118");
    d.fields[QStringLiteral("representative.poa_date")] = QStringLiteral("05.01.2027");
}

QString describe(const QList<FieldError>& errors)
{
    QStringList lines;
    for (const FieldError& e : errors)
        lines << e.fieldId + QStringLiteral(": ") + e.message;
    return lines.join(QStringLiteral("; "));
}

QStringList fieldIds(const QList<FieldError>& errors)
{
    QStringList ids;
    for (const FieldError& e : errors)
        ids << e.fieldId;
    ids.sort();
    return ids;
}

QStringList documentIds(const QList<DocumentSpec>& docs)
{
    QStringList ids;
    for (const DocumentSpec& d : docs)
        ids << d.id;
    ids.sort();
    return ids;
}
} // namespace

class TestIntakeValidator : public QObject
{
    Q_OBJECT

    ServiceCatalog m_catalog = ServiceCatalog::load(ServiceCatalog::builtinDirectory());

    const ServiceVariant& variant(const QString& id = kDuplicate) const
    {
        const ServiceVariant* v = m_catalog.variant(id);
        if (!v)
            qFatal("no variant %s in the built-in catalog", qPrintable(id));
        return *v;
    }

    /// The errors of `draft` with one field set to `value`.
    QList<FieldError> errorsWith(const QString& fieldId, const QString& value) const
    {
        RequestDraft d = completeDraft();
        d.fields[fieldId] = value;
        return IntakeValidator::validate(variant(), d);
    }

private Q_SLOTS:
    void completeDraft_passes_andIsNormalized()
    {
        RequestDraft normalized;
        const QList<FieldError> errors = IntakeValidator::validate(variant(), completeDraft(), &normalized);
        QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
        QCOMPARE(normalized.serviceId, kDuplicate);
        QCOMPARE(normalized.fields.value(QStringLiteral("applicant.iin")), QStringLiteral("061211600129"));
        QCOMPARE(normalized.fields.value(QStringLiteral("applicant.surname")), QStringLiteral("Нұрланова"));
        QCOMPARE(normalized.fields.value(QStringLiteral("applicant.phone")), QStringLiteral("+7 701 123 45 67"));
        QCOMPARE(normalized.fields.value(QStringLiteral("applicant.address")),
                 QStringLiteral("Өскемен қ., Абай даңғылы, 12"));
        QCOMPARE(normalized.fields.size(), completeDraft().fields.size());
        QCOMPARE(normalized.documents, completeDraft().documents);
        QVERIFY(IntakeValidator::missingRequiredDocuments(variant(), completeDraft()).isEmpty());
    }

    /// A name typed (or pasted) with a combining mark — И + U+0306 for Й, Е + U+0308 for Ё — was refused as a bad
    /// letter; it is the same letter, kept in its composed form (NFC) so that search and print see one spelling.
    void decomposedLetters_areComposed_notRefused()
    {
        RequestDraft d = completeDraft();
        d.fields[QStringLiteral("applicant.surname")] = QStringLiteral("Қаи\u0306ратова");
        d.fields[QStringLiteral("applicant.given_name")] =
            QStringLiteral("Пётр").normalized(QString::NormalizationForm_D);
        RequestDraft normalized;
        const QList<FieldError> errors = IntakeValidator::validate(variant(), d, &normalized);
        QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
        QCOMPARE(normalized.fields.value(QStringLiteral("applicant.surname")), QStringLiteral("Қайратова"));
        QCOMPARE(normalized.fields.value(QStringLiteral("applicant.given_name")), QStringLiteral("Пётр"));
        QCOMPARE(normalized.fields.value(QStringLiteral("applicant.given_name")).size(), 4);
    }

    void sameDraft_throughTheTsonChannel_passes()
    {
        RequestDraft d = completeDraft();
        d.channel = Channel::Tson;
        QVERIFY(IntakeValidator::validate(variant(), d).isEmpty());
    }

    void missingRequiredField_isNamed_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value"); // what is left in the field: nothing, or only spaces
        // Every required field of the variant outside the optional representative group, as the catalog says.
        QStringList required;
        for (const FieldSpec& f : variant().fields) {
            if (f.required && f.group != QLatin1String("representative"))
                required << f.id;
        }
        QCOMPARE(required, (QStringList{QStringLiteral("applicant.iin"), QStringLiteral("applicant.surname"),
                                        QStringLiteral("applicant.given_name"), QStringLiteral("applicant.phone"),
                                        QStringLiteral("applicant.address"), QStringLiteral("subject.document_kind"),
                                        QStringLiteral("subject.holder_surname"),
                                        QStringLiteral("subject.holder_given_name"), QStringLiteral("subject.school"),
                                        QStringLiteral("subject.graduation_year"), QStringLiteral("subject.reason")}));
        for (const QString& id : required) {
            QTest::newRow(qPrintable(id + QStringLiteral(" left out"))) << id << QString();
            QTest::newRow(qPrintable(id + QStringLiteral(" only spaces"))) << id << QStringLiteral("   ");
        }
    }

    void missingRequiredField_isNamed()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        RequestDraft d = completeDraft();
        if (value.isNull())
            d.fields.remove(field);
        else
            d.fields[field] = value;
        RequestDraft normalized;
        normalized.serviceId = QStringLiteral("untouched");
        const QList<FieldError> errors = IntakeValidator::validate(variant(), d, &normalized);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().fieldId, field);
        QCOMPARE(errors.first().message, QStringLiteral("is required"));
        QCOMPARE(normalized.serviceId, QStringLiteral("untouched")); // no normal form of a refused draft
    }

    void optionalFieldsLeftOut_pass()
    {
        RequestDraft d = completeDraft();
        for (const char* id : {"applicant.patronymic", "subject.holder_iin", "subject.original_series"})
            d.fields[QString::fromLatin1(id)] = QStringLiteral("  ");
        RequestDraft normalized;
        QVERIFY(IntakeValidator::validate(variant(), d, &normalized).isEmpty());
        QVERIFY(!normalized.fields.contains(QStringLiteral("applicant.patronymic"))); // blanks are not kept
    }

    void invalidIin_isReportedWithTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("iin");
        QTest::newRow("check digit") << "applicant.iin"
                                     << "061211600128";
        QTest::newRow("too short") << "applicant.iin"
                                   << "06121160012";
        QTest::newRow("letter") << "applicant.iin"
                                << "06121160012O";
        QTest::newRow("optional holder IIN") << "subject.holder_iin"
                                             << "850304301236";
    }

    void invalidIin_isReportedWithTheField()
    {
        QFETCH(QString, field);
        QFETCH(QString, iin);
        const QList<FieldError> errors = errorsWith(field, iin);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().fieldId, field);
        QCOMPARE(errors.first().message, IdentityNumber::check(iin).reason());
        QVERIFY(!errors.first().message.isEmpty());
    }

    void binInAnIinField_isReportedAsAnOrganisation()
    {
        QVERIFY(IdentityNumber::check(QStringLiteral("190240123455")).isValid()); // a valid BIN…
        const QList<FieldError> errors = errorsWith(QStringLiteral("applicant.iin"), QStringLiteral("190240123455"));
        QCOMPARE(errors.size(), 1); // …is still not a person's IIN
        QCOMPARE(errors.first().fieldId, QStringLiteral("applicant.iin"));
        QVERIFY2(errors.first().message.contains(QStringLiteral("BIN")), qPrintable(errors.first().message));
    }

    void invalidValue_isReportedWithTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("name in Latin letters") << "applicant.surname"
                                               << "Nurlanova";
        QTest::newRow("phone too short") << "applicant.phone"
                                         << "8 701 123 45";
        QTest::newRow("year before the range") << "subject.graduation_year"
                                               << "1949";
        QTest::newRow("year after the range") << "subject.graduation_year"
                                              << "2101";
        QTest::newRow("year not a number") << "subject.graduation_year"
                                           << "2O15";
        QTest::newRow("enum not a choice") << "subject.reason"
                                           << "stolen";
        QTest::newRow("enum by its label") << "subject.document_kind"
                                           << "General secondary";
        QTest::newRow("text of 501 characters") << "subject.school" << QString(501, QLatin1Char('a'));
    }

    void invalidValue_isReportedWithTheField()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        const QList<FieldError> errors = errorsWith(field, value);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().fieldId, field);
        QVERIFY(!errors.first().message.isEmpty());
    }

    void valuesAtTheEdgesOfTheirRange_pass()
    {
        QVERIFY(errorsWith(QStringLiteral("subject.graduation_year"), QStringLiteral("1950")).isEmpty());
        QVERIFY(errorsWith(QStringLiteral("subject.graduation_year"), QStringLiteral("2100")).isEmpty());
        QVERIFY(errorsWith(QStringLiteral("subject.school"), QString(500, QLatin1Char('a'))).isEmpty());
        // The limit is on the trimmed value: surrounding spaces do not count.
        QVERIFY(errorsWith(QStringLiteral("subject.school"), QStringLiteral("  ") + QString(500, QLatin1Char('a')))
                    .isEmpty());
    }

    void representativeLeftBlank_isNotRequired()
    {
        RequestDraft d = completeDraft();
        d.fields[QStringLiteral("representative.surname")] = QStringLiteral("  "); // blank is not "in use"
        QVERIFY(IntakeValidator::validate(variant(), d).isEmpty());
    }

    void representative_withPowerOfAttorney_passes()
    {
        RequestDraft d = completeDraft();
        addRepresentative(d);
        RequestDraft normalized;
        const QList<FieldError> errors = IntakeValidator::validate(variant(), d, &normalized);
        QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
        QCOMPARE(normalized.fields.value(QStringLiteral("representative.poa_date")), QStringLiteral("2027-01-05"));
        QCOMPARE(normalized.fields.value(QStringLiteral("representative.phone")), QStringLiteral("+7 702 765 43 21"));
        QCOMPARE(IntakeValidator::personName(normalized, QStringLiteral("representative")),
                 QStringLiteral("Қасымов Ерлан"));
    }

    void representativeWithoutPowerOfAttorney_isNamed()
    {
        RequestDraft d = completeDraft();
        addRepresentative(d);
        d.fields.remove(QStringLiteral("representative.poa_number"));
        d.fields.remove(QStringLiteral("representative.poa_date"));
        const QList<FieldError> errors = IntakeValidator::validate(variant(), d);
        QCOMPARE(fieldIds(errors),
                 (QStringList{QStringLiteral("representative.poa_date"), QStringLiteral("representative.poa_number")}));
        for (const FieldError& e : errors)
            QCOMPARE(e.message, QStringLiteral("is required"));
    }

    void representativeByNameOnly_isAskedForTheRest()
    {
        RequestDraft d = completeDraft();
        d.fields[QStringLiteral("representative.surname")] = QStringLiteral("Қасымов");
        const QList<FieldError> errors = IntakeValidator::validate(variant(), d);
        // Once any field of the group is filled, every required field of the group is (patronymic is not).
        QCOMPARE(fieldIds(errors),
                 (QStringList{QStringLiteral("representative.given_name"), QStringLiteral("representative.iin"),
                              QStringLiteral("representative.phone"), QStringLiteral("representative.poa_date"),
                              QStringLiteral("representative.poa_number")}));
    }

    void invalidPowerOfAttorneyDate_isNamed()
    {
        RequestDraft d = completeDraft();
        addRepresentative(d);
        d.fields[QStringLiteral("representative.poa_date")] = QStringLiteral("31.02.2027");
        const QList<FieldError> errors = IntakeValidator::validate(variant(), d);
        QCOMPARE(fieldIds(errors), QStringList{QStringLiteral("representative.poa_date")});
    }

    void missingRequiredDocument_isNamed_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<bool>("markedMissing"); // false: not in the map at all
        for (const char* id : {"application", "identity_document"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 marked missing").arg(QLatin1String(id)))) << id << true;
            QTest::newRow(qPrintable(QStringLiteral("%1 not listed").arg(QLatin1String(id)))) << id << false;
        }
    }

    void missingRequiredDocument_isNamed()
    {
        QFETCH(QString, document);
        QFETCH(bool, markedMissing);
        RequestDraft d = completeDraft();
        if (markedMissing)
            d.documents[document] = DocumentStatus::Missing;
        else
            d.documents.remove(document);
        QCOMPARE(documentIds(IntakeValidator::missingRequiredDocuments(variant(), d)), QStringList{document});
        // Not a field error: a missing document refuses the package, it does not stop the form.
        QVERIFY(IntakeValidator::validate(variant(), d).isEmpty());
    }

    void requiredDocuments_areExactlyThoseTheCatalogRequires()
    {
        RequestDraft d = completeDraft();
        d.documents.clear();
        QCOMPARE(documentIds(IntakeValidator::missingRequiredDocuments(variant(), d)),
                 (QStringList{QStringLiteral("application"), QStringLiteral("identity_document")}));
        // Optional documents (damaged original, name change proof, power of attorney) are asked for only when the
        // declaration calls for them (thePackage_followsWhatTheApplicantDeclared).
        d = completeDraft();
        QVERIFY(IntakeValidator::missingRequiredDocuments(variant(), d).isEmpty());
    }

    void thePackage_followsWhatTheApplicantDeclared()
    {
        // A representative came: the power of attorney is required (a copy of it will do).
        RequestDraft d = completeDraft();
        addRepresentative(d);
        QList<DocumentShortfall> s = IntakeValidator::packageShortfalls(variant(), d);
        QCOMPARE(s.size(), 1);
        QCOMPARE(s.first().document.id, QStringLiteral("power_of_attorney"));
        QCOMPARE(s.first().why, DocumentShortfall::Why::Missing);
        d.documents[QStringLiteral("power_of_attorney")] = DocumentStatus::Copy;
        QVERIFY(IntakeValidator::packageShortfalls(variant(), d).isEmpty());

        // The identity document is shown for identification: a copy alone does not complete the package.
        d = completeDraft();
        d.documents[QStringLiteral("identity_document")] = DocumentStatus::Copy;
        s = IntakeValidator::packageShortfalls(variant(), d);
        QCOMPARE(s.size(), 1);
        QCOMPARE(s.first().document.id, QStringLiteral("identity_document"));
        QCOMPARE(s.first().why, DocumentShortfall::Why::CopyOnly);
        QCOMPARE(documentIds(IntakeValidator::missingRequiredDocuments(variant(), d)),
                 QStringList{QStringLiteral("identity_document")});

        // «Бүлінген»: the damaged document itself, as it is (not a copy); a changed name: its proof.
        d = completeDraft();
        d.fields[QStringLiteral("subject.reason")] = QStringLiteral("damaged");
        QCOMPARE(documentIds(IntakeValidator::missingRequiredDocuments(variant(), d)),
                 QStringList{QStringLiteral("damaged_original")});
        d.documents[QStringLiteral("damaged_original")] = DocumentStatus::Copy;
        QCOMPARE(IntakeValidator::packageShortfalls(variant(), d).first().why, DocumentShortfall::Why::CopyOnly);
        d.documents[QStringLiteral("damaged_original")] = DocumentStatus::Original;
        QVERIFY(IntakeValidator::packageShortfalls(variant(), d).isEmpty());
        d.fields[QStringLiteral("subject.reason")] = QStringLiteral("name_changed");
        QCOMPARE(documentIds(IntakeValidator::missingRequiredDocuments(variant(), d)),
                 QStringList{QStringLiteral("name_change_proof")});
        // Lost: neither is asked for.
        d.fields[QStringLiteral("subject.reason")] = QStringLiteral("lost");
        QVERIFY(IntakeValidator::packageShortfalls(variant(), d).isEmpty());
    }

    void theChildsAge_isTheServicesAndNoBirthIsInTheFuture()
    {
        // An IIN of the given birth date (YYMMDD, century digit), with its check digit (the serial picked to have one).
        const auto iin = [](const QString& birth, int century) -> QString {
            for (int serial = 1; serial < 9999; ++serial) {
                const QString eleven =
                    birth + QString::number(century) + QStringLiteral("%1").arg(serial, 4, 10, QChar(u'0'));
                if (const int c = IdentityNumber::checkDigit(eleven); c >= 0)
                    return eleven + QString::number(c);
            }
            return QString();
        };
        const ServiceVariant& queue = *m_catalog.variant(QStringLiteral("preschool-queue-vko"));
        RequestDraft d;
        d.serviceId = queue.id;
        d.channel = Channel::Provider;
        d.fields = {
            {QStringLiteral("applicant.iin"), QStringLiteral("850304301235")},
            {QStringLiteral("applicant.surname"), QStringLiteral("Қасымова")},
            {QStringLiteral("applicant.given_name"), QStringLiteral("Дана")},
            {QStringLiteral("applicant.phone"), QStringLiteral("87011234567")},
            {QStringLiteral("applicant.address"), QStringLiteral("Өскемен")},
            {QStringLiteral("subject.child_surname"), QStringLiteral("Қасымов")},
            {QStringLiteral("subject.child_given_name"), QStringLiteral("Нұрлан")},
            {QStringLiteral("subject.benefit"), queue.field(QStringLiteral("subject.benefit"))->options.first().id},
            {QStringLiteral("subject.group_kind"),
             queue.field(QStringLiteral("subject.group_kind"))->options.first().id}};
        const QDate on(2026, 12, 6);
        const auto childErrors = [&](const QString& childIin) {
            RequestDraft c = d;
            c.fields[QStringLiteral("subject.child_iin")] = childIin;
            return describe(IntakeValidator::validate(queue, c, nullptr, on));
        };
        QCOMPARE(childErrors(iin(QStringLiteral("211207"), 5)), QString());  // 4 years old
        QCOMPARE(childErrors(iin(QStringLiteral("191207"), 5)), QString());  // 6 until tomorrow
        const QString seven = childErrors(iin(QStringLiteral("191206"), 5)); // 7 today
        QVERIFY2(seven.startsWith(u"subject.child_iin: born 06.12.2019, 7 full years old on 06.12.2026; this service "
                                  "takes ages 0 to 6 («детей дошкольного возраста (до 7 лет)»"_qs),
                 qPrintable(seven));
        QVERIFY2(childErrors(iin(QStringLiteral("060315"), 5)).contains(u"20 full years old"_qs), "the child of 2006");
        const QString unborn = childErrors(iin(QStringLiteral("910207"), 5));
        QVERIFY2(unborn.contains(u"the IIN gives the birth date 07.02.2091, after the day of application"_qs),
                 qPrintable(unborn));
        // Any IIN, not only the child's: an applicant born after today is a typing error.
        RequestDraft a = d;
        a.fields[QStringLiteral("subject.child_iin")] = iin(QStringLiteral("211207"), 5);
        a.fields[QStringLiteral("applicant.iin")] = iin(QStringLiteral("270101"), 5);
        QVERIFY(fieldIds(IntakeValidator::validate(queue, a, nullptr, on)) ==
                QStringList{QStringLiteral("applicant.iin")});
        // Without the day of application (a file checked on its own) the ages are not judged.
        QCOMPARE(describe(IntakeValidator::validate(queue, a)), QString());
    }

    void unknownFieldOrDocument_isNamed()
    {
        RequestDraft d = completeDraft();
        d.fields[QStringLiteral("applicant.nickname")] = QStringLiteral("Әлия");
        d.documents[QStringLiteral("diploma")] = DocumentStatus::Original;
        const QList<FieldError> errors = IntakeValidator::validate(variant(), d);
        QCOMPARE(fieldIds(errors),
                 (QStringList{QStringLiteral("applicant.nickname"), QStringLiteral("documents.diploma")}));
    }

    void excludedService_takesNoApplication()
    {
        const ServiceVariant& excluded = variant(QStringLiteral("tve-admission-vko"));
        QVERIFY(excluded.isExcluded());
        RequestDraft d = completeDraft();
        d.serviceId = excluded.id;
        const QList<FieldError> errors = IntakeValidator::validate(excluded, d);
        QCOMPARE(fieldIds(errors), QStringList{QStringLiteral("service")});
    }

    void channelTheServiceDoesNotOffer_isRefused_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<int>("channel");
        QTest::newRow("provider desk, ЦОН-only service") << "externat-permit-aktobe" << int(Channel::Provider);
        QTest::newRow("ЦОН desk, provider-only service") << "externat-permit-almaty" << int(Channel::Tson);
        // Kostanay's colleges take no request through the portal (PortalSubmission's own tests: tst_portalintake).
        QTest::newRow("portal") << "duplicate-tve-edu-kostanay" << int(Channel::Portal);
    }

    void channelTheServiceDoesNotOffer_isRefused()
    {
        QFETCH(QString, service);
        QFETCH(int, channel);
        RequestDraft d;
        d.serviceId = service;
        d.channel = Channel(channel);
        const QList<FieldError> errors = IntakeValidator::validate(variant(service), d);
        QCOMPARE(fieldIds(errors), QStringList{QStringLiteral("channel")}); // and nothing about the empty fields
    }

    void personName_joinsTheGroupsParts()
    {
        RequestDraft typed = completeDraft();
        typed.fields[QStringLiteral("applicant.patronymic")] = QStringLiteral("Қасымқызы");
        RequestDraft d;
        QVERIFY(IntakeValidator::validate(variant(), typed, &d).isEmpty()); // names trimmed
        QCOMPARE(IntakeValidator::personName(d, QStringLiteral("applicant")),
                 QStringLiteral("Нұрланова Әлия Қасымқызы"));
        QCOMPARE(IntakeValidator::personName(d, QStringLiteral("subject")), QStringLiteral("Нұрланова Әлия"));
        QCOMPARE(IntakeValidator::personName(d, QStringLiteral("representative")), QString());
    }
};

QTEST_GUILESS_MAIN(TestIntakeValidator)
#include "tst_intakevalidator.moc"
