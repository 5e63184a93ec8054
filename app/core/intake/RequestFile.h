#pragma once

#include "intake/RequestDraft.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace kense {

/// A request file as a script hands it to `kensectl request register` (and the fuzz target reads it):
/// {"service": ID, "channel": "provider"|"tson"|"portal"|"akim", "fields": {id: value}, "documents": {doc id:
/// "original"| "copy"|"missing"}, "note": "..."}; a portal request's fields hold "portal.number" and "portal.sent_at"
/// (PortalSubmission).
struct RequestFile
{
    RequestDraft draft;
    QString note;

    /// The draft and note of `bytes`; on a bad file nullopt, with *error "<name>: <what is wrong>". Whether the draft
    /// is complete and its values valid is the IntakeValidator's to say.
    static std::optional<RequestFile> parse(const QByteArray& bytes, const QString& name, QString* error);
};

} // namespace kense
