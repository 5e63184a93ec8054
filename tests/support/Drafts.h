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

} // namespace kense::test
