#pragma once

// Applications as a desk takes them, for the tests of every layer.
#include "intake/RequestDraft.h"

namespace kense::test {

/// A complete application for a duplicate of a school certificate (VKO), graduate «ӘЛИЯ Қасымқызы».
inline RequestDraft duplicateDraft(Channel channel = Channel::Provider)
{
    RequestDraft d;
    d.serviceId = QStringLiteral("duplicate-secondary-edu-vko");
    d.channel = channel;
    d.fields = {
        {QStringLiteral("applicant.iin"), QStringLiteral("061211600129")},
        {QStringLiteral("applicant.surname"), QStringLiteral("ӘЛИЯ")},
        {QStringLiteral("applicant.given_name"), QStringLiteral("Қасымқызы")},
        {QStringLiteral("applicant.phone"), QStringLiteral("8 701 123 45 67")},
        {QStringLiteral("applicant.address"), QStringLiteral("Өскемен қ., Абай даңғылы, 12")},
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

/// A complete application to enroll «Әбілқайыров Нұрислам» in grade 1 from 2027 (school-enrollment-aktobe or -almaty).
inline RequestDraft enrollmentDraft(const QString& serviceId)
{
    RequestDraft d;
    d.serviceId = serviceId;
    d.channel = Channel::Provider;
    d.fields = {
        {QStringLiteral("applicant.iin"), QStringLiteral("870514400128")},
        {QStringLiteral("applicant.surname"), QStringLiteral("Әбілқайырова")},
        {QStringLiteral("applicant.given_name"), QStringLiteral("Дана")},
        {QStringLiteral("applicant.phone"), QStringLiteral("8 701 555 12 34")},
        {QStringLiteral("applicant.address"), QStringLiteral("Ақтөбе қ., Абай даңғылы, 7")},
        {QStringLiteral("subject.child_iin"), QStringLiteral("190801500321")},
        {QStringLiteral("subject.child_surname"), QStringLiteral("Әбілқайыров")},
        {QStringLiteral("subject.child_given_name"), QStringLiteral("Нұрислам")},
        {QStringLiteral("subject.school"), QStringLiteral("№ 12 мектеп-гимназия")},
        {QStringLiteral("subject.grade"), QStringLiteral("1")},
        {QStringLiteral("subject.academic_year"), QStringLiteral("2027")},
    };
    for (const QString& id :
         {QStringLiteral("application"), QStringLiteral("parent_identity"), QStringLiteral("birth_certificate"),
          QStringLiteral("medical_card"), QStringLiteral("photos")})
        d.documents.insert(id, DocumentStatus::Original);
    return d;
}

/// A complete application to the Kyzylorda preschool queue for the child with `childIin`: a benefit claimed (its
/// proof given as a copy when `proof`), a place in a group of `group` kind from 2027.
inline RequestDraft preschoolDraft(const QString& childIin, const QString& benefit = QStringLiteral("none"),
                                   bool proof = false, const QString& group = QStringLiteral("general"))
{
    RequestDraft d;
    d.serviceId = QStringLiteral("preschool-registration-kyzylorda");
    d.channel = Channel::Provider;
    d.fields = {
        {QStringLiteral("applicant.iin"), QStringLiteral("061211600129")},
        {QStringLiteral("applicant.surname"), QStringLiteral("Нұрланова")},
        {QStringLiteral("applicant.given_name"), QStringLiteral("Әлия")},
        {QStringLiteral("applicant.phone"), QStringLiteral("8 701 123 45 67")},
        {QStringLiteral("applicant.address"), QStringLiteral("Қызылорда қ., Абай даңғылы, 5")},
        {QStringLiteral("subject.child_iin"), childIin},
        {QStringLiteral("subject.child_surname"), QStringLiteral("Нұрланов")},
        {QStringLiteral("subject.child_given_name"), QStringLiteral("Ерасыл")},
        {QStringLiteral("subject.benefit"), benefit},
        {QStringLiteral("subject.group_kind"), group},
        {QStringLiteral("subject.desired_year"), QStringLiteral("2027")},
    };
    d.documents = {{QStringLiteral("parent_identity"), DocumentStatus::Original},
                   {QStringLiteral("birth_certificate"), DocumentStatus::Original}};
    if (proof)
        d.documents.insert(QStringLiteral("benefit_proof"), DocumentStatus::Copy);
    return d;
}

/// A complete application for the Kyzylorda certificate of registration as unemployed (a service without a head: the
/// executor prepares, the канцелярия issues), by the applicant of duplicateDraft().
inline RequestDraft unemployedDraft(Channel channel = Channel::Provider)
{
    RequestDraft d = duplicateDraft(channel);
    d.serviceId = QStringLiteral("unemployed-certificate-kyzylorda");
    for (const QString& key : d.fields.keys()) {
        if (key.startsWith(QLatin1String("subject.")))
            d.fields.remove(key);
    }
    d.fields.insert(QStringLiteral("service.purpose"), QStringLiteral("банкке"));
    d.documents = {{QStringLiteral("identity_document"), DocumentStatus::Copy},
                   {QStringLiteral("application"), DocumentStatus::Original}};
    return d;
}

} // namespace kense::test
