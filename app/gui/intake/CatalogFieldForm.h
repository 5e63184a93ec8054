#pragma once

#include "catalog/ServiceVariant.h"
#include "common/LocalizedText.h"
#include "intake/RequestDraft.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class QFormLayout;
class QLabel;
class QWidget;

namespace kense {

/// The editors a service's catalog entry asks for, made from its field specs: a line edit or a drop-down per field
/// (named field_<id>, its message labels error_<id> and, for an IIN, info_<id> with the birth date and sex read from
/// it as it is typed) and a status drop-down per document (doc_<id>: missing, original, copy). The intake wizard lays
/// them out on its pages; the rules of what is valid stay in core (IntakeValidator).
class CatalogFieldForm final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogFieldForm)

public:
    explicit CatalogFieldForm(QObject* parent = nullptr);

    /// Forgets every editor (the caller clears the layouts that held them).
    void clear();
    void addField(QFormLayout* layout, const FieldSpec& spec, Language language);
    void addDocument(QFormLayout* layout, const DocumentSpec& doc, Language language);

    QStringList fieldIds() const { return m_rows.keys(); }
    QStringList documentIds() const { return m_documents.keys(); }
    QWidget* editor(const QString& fieldId) const { return m_rows.value(fieldId).editor; }
    /// The field's error line (hidden until set), or null for a field this form does not have.
    QLabel* errorLabel(const QString& fieldId) const { return m_rows.value(fieldId).error; }
    /// The document's status drop-down, or null.
    QWidget* document(const QString& docId) const { return m_documents.value(docId); }
    /// The field's value as typed (trimmed) or chosen (the option's id).
    QString value(const QString& fieldId) const;
    /// A field's value or a document's status put back (after the form was made again in another language).
    void setValue(const QString& fieldId, const QString& value);
    void setDocumentStatus(const QString& docId, DocumentStatus status);
    DocumentStatus documentStatus(const QString& docId) const;

Q_SIGNALS:
    /// A document's status changed.
    void documentsChanged();

private:
    struct Row
    {
        QWidget* editor = nullptr;
        QLabel* error = nullptr;
        QLabel* info = nullptr;
    };
    void checkIin(const QString& fieldId);

    QHash<QString, Row> m_rows;
    QHash<QString, QWidget*> m_documents; ///< document id → its status combo
};

} // namespace kense
