#pragma once

// A request as the store reads it back: its data, parties, documents, step deadlines and history.
#include "intake/Parties.h"
#include "intake/RequestDraft.h"
#include "workflow/Channel.h"
#include "workflow/RequestState.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace kense {

struct RegisteredRequest
{
    qint64 id = 0;
    QString number;
    QString uuid;
    QDateTime dueAt;
    RequestState state = RequestState::Registered;
};

/// A party as stored: core's Party (the parties table holds exactly its fields; its CHECK allows only the three roles).
using PartyRecord = Party;

struct DocumentRecord
{
    QString docId;
    QString nameKk;
    QString nameRu;
    bool required = false;
    DocumentStatus status = DocumentStatus::Missing;
};

struct StepDueRecord
{
    int n = 0;
    QString actor;
    QDateTime dueAt; ///< invalid: no limit
};

struct EventRecord
{
    qint64 id = 0;
    QDateTime at;
    QString user; ///< login, empty for the system
    QString kind;
    QString fromState;
    QString toState;
    QString note;
    QString after; ///< an assignment: the executor's login; an issue: who received it ("applicant", "representative")
    QString userName; ///< the user's full name, for people (empty for the system)
};

struct RequestDetails
{
    qint64 id = 0;
    QString uuid;
    QString number;
    QString serviceId;
    Channel channel = Channel::Provider;
    QString officeCode;
    QString deskCode;
    QString acceptedBy;     ///< login
    QString acceptedByName; ///< full name, as printed on the receipt
    QDateTime acceptedAt;
    RequestState state = RequestState::Registered;
    QString executor; ///< login
    QString executorName;
    QDateTime dueAt;
    QMap<QString, QString> fields;
    QList<PartyRecord> parties;
    QList<DocumentRecord> documents;
    QList<StepDueRecord> steps;
    QList<EventRecord> events;
};

} // namespace kense
