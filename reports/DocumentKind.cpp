#include "DocumentKind.h"

#include <QCoreApplication>

namespace kense {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::DocumentKind)
};

constexpr EnumNameTable<DocumentKind, 12> kNames{{
    {DocumentKind::Receipt, "receipt"},
    {DocumentKind::Refusal, "refusal"},
    {DocumentKind::QueueReceipt, "queue-receipt"},
    {DocumentKind::IssueReceipt, "issue-receipt"},
    {DocumentKind::Duplicate, "duplicate"},
    {DocumentKind::Order, "order"},
    {DocumentKind::Permit, "permit"},
    {DocumentKind::RefusalLetter, "refusal-letter"},
    {DocumentKind::Result, "result"},
    {DocumentKind::Survey, "survey"},
    {DocumentKind::Consent, "consent"},
    {DocumentKind::Direction, "direction"},
}};
} // namespace

QString documentKindName(DocumentKind kind)
{
    return enumName(kNames, kind);
}

std::optional<DocumentKind> documentKindFromName(const QString& name)
{
    return enumFromName(kNames, name);
}

QString documentKindNames()
{
    return enumNames(kNames);
}

QString documentKindTitle(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Receipt:
        return Tr::tr("Receipt of acceptance");
    case DocumentKind::Refusal:
        return Tr::tr("Refusal receipt");
    case DocumentKind::QueueReceipt:
        return Tr::tr("Receipt with the queue number");
    case DocumentKind::IssueReceipt:
        return Tr::tr("Receipt of issue");
    case DocumentKind::Duplicate:
        return Tr::tr("Duplicate");
    case DocumentKind::Order:
        return Tr::tr("Enrollment order");
    case DocumentKind::Permit:
        return Tr::tr("Externat permit");
    case DocumentKind::RefusalLetter:
        return Tr::tr("Reasoned refusal");
    case DocumentKind::Result:
        return Tr::tr("Result of the service");
    case DocumentKind::Survey:
        return Tr::tr("Quality survey");
    case DocumentKind::Consent:
        return Tr::tr("Consent to the use of protected data");
    case DocumentKind::Direction:
        return Tr::tr("Direction to a kindergarten");
    }
    return {};
}

QStringList catalogOutputsOf(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Receipt:
        return {QStringLiteral("receipt")};
    case DocumentKind::Refusal:
        return {QStringLiteral("refusal_receipt")};
    case DocumentKind::QueueReceipt:
        return {QStringLiteral("queue_receipt")};
    case DocumentKind::IssueReceipt:
        return {QStringLiteral("issue_receipt")};
    case DocumentKind::Duplicate:
        return {QStringLiteral("duplicate_secondary"), QStringLiteral("duplicate_tve")};
    case DocumentKind::Order:
        return {QStringLiteral("enrollment_order")};
    case DocumentKind::Permit:
        return {QStringLiteral("externat_permit")};
    case DocumentKind::RefusalLetter:
        return {QStringLiteral("refusal_letter")};
    case DocumentKind::Result:
        return {QStringLiteral("social_result")};
    case DocumentKind::Survey:
        return {QStringLiteral("survey")};
    case DocumentKind::Consent:
        return {QStringLiteral("consent_form")};
    case DocumentKind::Direction:
        return {QStringLiteral("direction")};
    }
    return {};
}

} // namespace kense
