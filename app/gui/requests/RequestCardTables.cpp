#include "gui/requests/RequestCardTables.h"

#include "gui/common/ReadOnlyTable.h"
#include "gui/requests/FieldValueDelegate.h"
#include "gui/requests/RequestCardDialog.h"
#include "intake/PortalSubmission.h"
#include "workflow/EventKind.h"
#include "workflow/Sla.h"

#include <QTableWidget>

#include <algorithm>

namespace kense::RequestCardTables {

QString moment(const QDateTime& t)
{
    return t.isValid() ? t.toString(QStringLiteral("dd.MM.yyyy HH:mm")) : QStringLiteral("—");
}

void fillData(QTableWidget* table, const RequestDetails& r, const ServiceVariant* variant, Language language,
              bool canEdit)
{
    QList<QStringList> facts;
    facts << QStringList{RequestCardDialog::tr("Channel"), channelTitle(r.channel)};
    if (r.channel == Channel::Portal) {
        facts << QStringList{RequestCardDialog::tr("Portal request number"),
                             r.fields.value(PortalSubmission::numberField)};
        facts << QStringList{RequestCardDialog::tr("Sent through the portal"),
                             moment(PortalSubmission::sentAtOf(r.fields))};
    }
    facts << QStringList{RequestCardDialog::tr("Accepted"),
                         QStringLiteral("%1 · %2").arg(moment(r.acceptedAt), r.acceptedByName)};
    if (!r.executorName.isEmpty())
        facts << QStringList{RequestCardDialog::tr("Executor"), r.executorName};
    QStringList editable; // the field ids of the last rows of `facts`, in order
    if (variant) {
        for (const FieldSpec& spec : variant->fields) {
            QString value = r.fields.value(spec.id);
            if (value.isEmpty())
                continue;
            editable << spec.id;
            for (const FieldOption& o : spec.options) {
                if (o.id == value)
                    value = o.label.text(language);
            }
            facts << QStringList{spec.label.text(language), value};
        }
    }
    fillReadOnlyTable(table, {RequestCardDialog::tr("Field"), RequestCardDialog::tr("Value")}, facts);
    if (variant && canEdit) {
        int row = static_cast<int>(facts.size()) - static_cast<int>(editable.size());
        for (const QString& id : editable) {
            QTableWidgetItem* item = table->item(row++, 1);
            const FieldSpec* spec = variant->field(id);
            item->setData(Qt::UserRole, id);
            item->setData(Qt::UserRole + 1, r.fields.value(id));
            if (!spec)
                continue;
            if (spec->type == FieldType::Enum) {
                // A choice: edited with a drop-down of the catalog's options; the option id is what is written.
                QVariantList options;
                for (const FieldOption& o : spec->options)
                    options << QVariant(QVariantList{o.id, o.label.text(language)});
                item->setData(FieldValueDelegate::kOptionsRole, options);
                item->setData(FieldValueDelegate::kOptionIdRole, r.fields.value(id));
            } else {
                item->setText(r.fields.value(id));
            }
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
        table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                               QAbstractItemView::AnyKeyPressed);
    }
}

void fillDocuments(QTableWidget* table, const RequestDetails& r, Language language)
{
    QList<QStringList> documents;
    for (const DocumentRecord& d : r.documents) {
        const QString status = d.status == DocumentStatus::Original ? RequestCardDialog::tr("original")
                               : d.status == DocumentStatus::Copy   ? RequestCardDialog::tr("copy")
                                                                    : RequestCardDialog::tr("missing");
        documents << QStringList{language == Language::Kazakh ? d.nameKk : d.nameRu, status,
                                 d.required ? RequestCardDialog::tr("required") : QString()};
    }
    fillReadOnlyTable(table, {RequestCardDialog::tr("Document"), RequestCardDialog::tr("Presented"), QString()},
                      documents);
}

void fillSteps(QTableWidget* table, const RequestDetails& r)
{
    QList<QStringList> steps;
    for (const StepDueRecord& s : r.steps)
        steps << QStringList{QString::number(s.n),
                             stepActorFromName(s.actor) ? stepActorTitle(*stepActorFromName(s.actor)) : s.actor,
                             moment(s.dueAt)};
    steps << QStringList{QString(), RequestCardDialog::tr("The whole request"), dueText(r.dueAt)};
    fillReadOnlyTable(
        table, {RequestCardDialog::tr("Step"), RequestCardDialog::tr("Who"), RequestCardDialog::tr("Due")}, steps);
}

void fillEvents(QTableWidget* table, const RequestDetails& r)
{
    QList<QStringList> events;
    for (const EventRecord& e : r.events) {
        const QString what = describeEvent(e.kind, e.fromState, e.toState);
        events << QStringList{moment(e.at), e.userName.isEmpty() ? e.user : e.userName, what, e.note};
    }
    fillReadOnlyTable(table,
                      {RequestCardDialog::tr("When"), RequestCardDialog::tr("Who"), RequestCardDialog::tr("What"),
                       RequestCardDialog::tr("Note")},
                      events);
}

void fillGrades(QTableWidget* table, const std::optional<ResultRecord>& result, const QList<LocalizedText>& standard,
                Language language, bool canPrepare)
{
    const auto isStandard = [&standard](const QString& subject) {
        return std::any_of(standard.begin(), standard.end(),
                           [&subject](const LocalizedText& s) { return s.kk == subject || s.ru == subject; });
    };
    QList<QPair<QString, QString>> lines;
    if (result)
        lines = result->grades;
    else if (canPrepare) {
        for (const LocalizedText& subject : standard)
            lines.append({subject.text(language), QString()});
    }
    table->setRowCount(0);
    for (const auto& [subject, grade] : lines) {
        const int row = table->rowCount();
        table->insertRow(row);
        auto* name = new QTableWidgetItem(subject);
        if (isStandard(subject))
            name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        table->setItem(row, 0, name);
        table->setItem(row, 1, new QTableWidgetItem(grade));
    }
    table->setEditTriggers(canPrepare ? QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                                            QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed
                                      : QAbstractItemView::NoEditTriggers);
    if (canPrepare && table->rowCount() > 0)
        table->setCurrentCell(0, 1);
}

QString lastNote(const RequestDetails& r)
{
    for (auto e = r.events.crbegin(); e != r.events.crend(); ++e) {
        if (!e->note.trimmed().isEmpty() && !e->toState.isEmpty())
            return RequestCardDialog::tr("Note (%1, %2): «%3»")
                .arg(e->userName.isEmpty() ? e->user : e->userName, moment(e->at), e->note.trimmed());
    }
    return {};
}

} // namespace kense::RequestCardTables
