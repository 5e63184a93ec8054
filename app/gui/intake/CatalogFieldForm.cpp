#include "gui/intake/CatalogFieldForm.h"

#include "identity/Iin.h"
#include "intake/RequestDraft.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace kense {

namespace {

QString objectNameFor(const QString& prefix, const QString& fieldId)
{
    QString name = fieldId;
    name.replace(QLatin1Char('.'), QLatin1Char('_'));
    return prefix + name;
}

QLabel* messageLabel(QWidget* parent, const QString& name, bool error)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    if (error)
        label->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    label->hide();
    return label;
}

/// A caption wraps within a width of its own and its row is as tall as its lines. QFormLayout sizes a row by its
/// field and a word-wrapped label's one-line hint: the lines of a long document's name («Бүлінген құжат (бүлінген
/// жағдайда)») were cut off at the top and the bottom.
void fitCaption(QLabel* caption)
{
    caption->setWordWrap(true);
    const QFontMetrics metrics(caption->font());
    const int width = std::min(metrics.horizontalAdvance(caption->text()) + 2, metrics.averageCharWidth() * 36);
    caption->setFixedWidth(width);
    caption->setMinimumHeight(caption->heightForWidth(width));
}

} // namespace

CatalogFieldForm::CatalogFieldForm(QObject* parent)
    : QObject(parent)
{}

void CatalogFieldForm::clear()
{
    m_rows.clear();
    m_documents.clear();
}

void CatalogFieldForm::addField(QFormLayout* layout, const FieldSpec& spec, Language language)
{
    QWidget* page = layout->parentWidget();
    QWidget* editor = nullptr;
    if (spec.type == FieldType::Enum) {
        auto* combo = new QComboBox(page);
        combo->addItem(QStringLiteral("—"), QString());
        for (const FieldOption& o : spec.options)
            combo->addItem(o.label.text(language), o.id);
        editor = combo;
    } else {
        auto* edit = new QLineEdit(page);
        switch (spec.type) {
        case FieldType::Iin:
            edit->setMaxLength(12);
            edit->setInputMask(QString());
            connect(edit, &QLineEdit::textChanged, this, [this, id = spec.id] { checkIin(id); });
            break;
        case FieldType::Phone:
            edit->setPlaceholderText(QStringLiteral("+7 7XX XXX XX XX"));
            break;
        case FieldType::Date:
            edit->setPlaceholderText(tr("DD.MM.YYYY"));
            break;
        case FieldType::Year:
        case FieldType::Integer:
            edit->setValidator(new QIntValidator(spec.min.value_or(0), spec.max.value_or(999999999), edit));
            break;
        default:
            break;
        }
        editor = edit;
    }
    editor->setObjectName(objectNameFor(QStringLiteral("field_"), spec.id));
    QString label = spec.label.text(language);
    if (spec.required)
        label += QStringLiteral(" *");
    auto* caption = new QLabel(label, page);
    caption->setBuddy(editor);
    fitCaption(caption);
    auto* column = new QWidget(page);
    auto* box = new QVBoxLayout(column);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    box->addWidget(editor);
    Row row{editor, messageLabel(column, objectNameFor(QStringLiteral("error_"), spec.id), true), nullptr};
    box->addWidget(row.error);
    if (spec.type == FieldType::Iin) {
        row.info = messageLabel(column, objectNameFor(QStringLiteral("info_"), spec.id), false);
        box->addWidget(row.info);
    }
    layout->addRow(caption, column);
    m_rows.insert(spec.id, row);
}

void CatalogFieldForm::addDocument(QFormLayout* layout, const DocumentSpec& doc, Language language)
{
    QWidget* page = layout->parentWidget();
    auto* combo = new QComboBox(page);
    combo->setObjectName(objectNameFor(QStringLiteral("doc_"), doc.id));
    combo->addItem(tr("missing"), documentStatusName(DocumentStatus::Missing));
    combo->addItem(tr("original"), documentStatusName(DocumentStatus::Original));
    combo->addItem(tr("copy"), documentStatusName(DocumentStatus::Copy));
    connect(combo, &QComboBox::currentIndexChanged, this, &CatalogFieldForm::documentsChanged);
    QString label = doc.name.text(language);
    if (doc.rule == DocumentRule::Required)
        label += QStringLiteral(" *");
    auto* caption = new QLabel(label, page);
    caption->setBuddy(combo);
    fitCaption(caption);
    layout->addRow(caption, combo);
    m_documents.insert(doc.id, combo);
}

void CatalogFieldForm::checkIin(const QString& fieldId)
{
    const Row row = m_rows.value(fieldId);
    const QString text = value(fieldId);
    row.error->hide();
    row.info->hide();
    if (text.size() < 12)
        return; // still typing
    const IdentityNumber iin = IdentityNumber::check(text);
    if (!iin.isValid()) {
        row.error->setText(iin.reason());
        row.error->show();
        return;
    }
    if (iin.kind() == IdentityNumber::Kind::Iin) {
        row.info->setText(tr("Born %1, %2")
                              .arg(QLocale().toString(iin.birthDate(), QStringLiteral("dd.MM.yyyy")),
                                   iin.sex() == IdentityNumber::Sex::Female ? tr("female") : tr("male")));
        row.info->show();
    }
}

QString CatalogFieldForm::value(const QString& fieldId) const
{
    QWidget* w = editor(fieldId);
    if (auto* edit = qobject_cast<QLineEdit*>(w))
        return edit->text().trimmed();
    if (auto* combo = qobject_cast<QComboBox*>(w))
        return combo->currentData().toString();
    return {};
}

void CatalogFieldForm::setValue(const QString& fieldId, const QString& value)
{
    QWidget* w = editor(fieldId);
    if (auto* edit = qobject_cast<QLineEdit*>(w))
        edit->setText(value);
    else if (auto* combo = qobject_cast<QComboBox*>(w))
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
}

void CatalogFieldForm::setDocumentStatus(const QString& docId, DocumentStatus status)
{
    if (auto* combo = qobject_cast<QComboBox*>(document(docId)))
        combo->setCurrentIndex(std::max(0, combo->findData(documentStatusName(status))));
}

DocumentStatus CatalogFieldForm::documentStatus(const QString& docId) const
{
    const auto* combo = qobject_cast<QComboBox*>(document(docId));
    return (combo ? documentStatusFromName(combo->currentData().toString()) : std::nullopt)
        .value_or(DocumentStatus::Missing);
}

} // namespace kense
