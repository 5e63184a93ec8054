// The intake wizard's form: made from the chosen service's catalog entry (buildForm), and read back as the draft the
// store registers (draft, pageFields). The pages' flow and the registering are IntakeWizard.cpp's.
#include "gui/common/TabOrder.h"
#include "gui/intake/ApplicantRecall.h"
#include "gui/intake/CatalogFieldForm.h"
#include "gui/intake/IntakeWizard.h"
#include "intake/Parties.h"
#include "intake/PortalSubmission.h"
#include "ui_IntakeWizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSignalBlocker>

namespace kense {

Q_DECLARE_LOGGING_CATEGORY(lcIntake)

namespace {

void clearLayout(QFormLayout* layout)
{
    while (layout->rowCount() > 0)
        layout->removeRow(0);
}

} // namespace

void IntakeWizard::buildForm()
{
    const ServiceVariant* v = variant();
    m_builtFor = v->id;
    m_form->clear();
    clearLayout(m_ui->applicantLayout);
    clearLayout(m_ui->representativeLayout);
    clearLayout(m_ui->subjectLayout);
    clearLayout(m_ui->documentsLayout);
    m_ui->representativeCheck->setChecked(false);
    bool representative = false;
    for (const FieldSpec& spec : v->fields) {
        if (spec.group == QLatin1String("applicant")) {
            m_form->addField(m_ui->applicantLayout, spec, m_language);
        } else if (spec.group == QLatin1String("representative")) {
            m_form->addField(m_ui->representativeLayout, spec, m_language);
            representative = true;
        } else {
            m_form->addField(m_ui->subjectLayout, spec, m_language);
        }
    }
    m_ui->representativeCheck->setVisible(representative);
    // A graduate often asks for their own duplicate: one button puts the applicant's name and IIN in the holder's
    // empty fields (core holderAsApplicant), never over what was typed there.
    QPushButton* holderIsApplicant = nullptr;
    if (m_form->editor(QStringLiteral("subject.holder_surname"))) {
        holderIsApplicant = new QPushButton(tr("The &holder is the applicant: fill in"), m_ui->subjectPage);
        holderIsApplicant->setObjectName(QStringLiteral("holderIsApplicantButton"));
        holderIsApplicant->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        m_ui->subjectLayout->insertRow(0, QString(), holderIsApplicant); // in the fields' column, above them
        connect(holderIsApplicant, &QAbstractButton::clicked, this, [this] {
            const QMap<QString, QString> holder = holderAsApplicant(draft());
            for (auto it = holder.constBegin(); it != holder.constEnd(); ++it) {
                if (m_form->editor(it.key()) && m_form->value(it.key()).trimmed().isEmpty())
                    m_form->setValue(it.key(), it.value());
            }
        });
    }
    for (const DocumentSpec& doc : v->documents.items)
        m_form->addDocument(m_ui->documentsLayout, doc, m_language);
    // Tab follows the pages as they read: the applicant, the representative box, the representative, the subject,
    // the documents. The editors are made after the pages' own widgets, so they came last in the chain and Tab from
    // the representative box went back to the applicant's IIN (typing the representative then replaced the applicant).
    const QString applicant = QStringLiteral("applicant");
    const QString representativeGroup = QStringLiteral("representative");
    QList<QWidget*> order;
    auto group = [&](auto inGroup) {
        for (const FieldSpec& spec : v->fields) {
            if (inGroup(spec.group))
                order << m_form->editor(spec.id);
        }
    };
    group([&](const QString& g) { return g == applicant; });
    order << m_ui->representativeCheck;
    group([&](const QString& g) { return g == representativeGroup; });
    if (holderIsApplicant)
        order << holderIsApplicant;
    group([&](const QString& g) { return g != applicant && g != representativeGroup; });
    for (const DocumentSpec& doc : v->documents.items)
        order << m_form->document(doc.id);
    // The offer to fill in from an earlier request comes right after the IIN that brings it.
    if (const qsizetype iin = order.indexOf(m_form->editor(QStringLiteral("applicant.iin"))); iin >= 0)
        order.insert(iin + 1, m_ui->fillApplicantButton);
    kense::setTabOrder(order);
    m_recall->attach(m_form);
    qCInfo(lcIntake).noquote() << "form generated for" << v->id << ":" << v->fields.size() << "fields,"
                               << v->documents.items.size() << "documents";
}

void IntakeWizard::showRecentServices(const QStringList& recent)
{
    // The services this clerk registered last come first, above a line, the last one chosen — unless the clerk has
    // chosen already: what is chosen is never changed under them.
    QComboBox* combo = m_ui->serviceCombo;
    const QString chosen = combo->currentData().toString();
    int moved = 0;
    {
        const QSignalBlocker quiet(combo);
        for (auto it = recent.crbegin(); it != recent.crend(); ++it) {
            const int at = combo->findData(*it);
            if (at < 0)
                continue; // no longer taken here
            const QString text = combo->itemText(at);
            combo->removeItem(at);
            combo->insertItem(0, text, *it);
            ++moved;
        }
        if (moved > 0 && moved < combo->count())
            combo->insertSeparator(moved);
        const QString select = !m_serviceChosen && moved > 0 ? combo->itemData(0).toString() : chosen;
        combo->setCurrentIndex(combo->findData(select));
    }
    if (combo->currentData().toString() != chosen)
        showService();
}

RequestDraft IntakeWizard::draft() const
{
    RequestDraft d;
    d.serviceId = m_ui->serviceCombo->currentData().toString();
    d.channel = channel();
    if (d.channel == Channel::Portal) {
        d.fields.insert(PortalSubmission::numberField, m_ui->portalNumberEdit->text());
        d.fields.insert(PortalSubmission::sentAtField, PortalSubmission::momentText(m_ui->portalSentEdit->dateTime()));
    }
    const bool representative = m_ui->representativeCheck->isChecked();
    for (const QString& id : m_form->fieldIds()) {
        if (!representative && id.startsWith(QLatin1String("representative.")))
            continue;
        const QString value = m_form->value(id);
        if (!value.isEmpty())
            d.fields.insert(id, value);
    }
    for (const QString& id : m_form->documentIds())
        d.documents.insert(id, m_form->documentStatus(id));
    return d;
}

QStringList IntakeWizard::pageFields(int page) const
{
    QStringList out;
    const ServiceVariant* v = variant();
    if (!v)
        return out;
    for (const FieldSpec& spec : v->fields) {
        const bool onApplicantPage =
            spec.group == QLatin1String("applicant") ||
            (spec.group == QLatin1String("representative") && m_ui->representativeCheck->isChecked());
        const bool onSubjectPage =
            spec.group != QLatin1String("applicant") && spec.group != QLatin1String("representative");
        if ((page == ApplicantPage && onApplicantPage) || (page == SubjectPage && onSubjectPage))
            out << spec.id;
    }
    return out;
}

} // namespace kense
