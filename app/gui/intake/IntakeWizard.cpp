#include "intake/IntakeWizard.h"

#include "QueueStore.h"
#include "WhenReady.h"
#include "admin/DeskSettings.h"
#include "i18n/InterfaceLanguage.h"
#include "identity/Iin.h"
#include "intake/IntakeValidator.h"
#include "ui_IntakeWizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>

namespace kense {

Q_LOGGING_CATEGORY(lcIntake, "kense.intake")

namespace {

QString objectNameFor(const QString& prefix, const QString& fieldId)
{
    QString name = fieldId;
    name.replace(QLatin1Char('.'), QLatin1Char('_'));
    return prefix + name;
}

void clearLayout(QFormLayout* layout)
{
    while (layout->rowCount() > 0)
        layout->removeRow(0);
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

} // namespace

IntakeWizard::IntakeWizard(QueueStore& store, const ServiceCatalog& catalog, const UserRecord& user, Channel deskKind,
                           std::function<QDateTime()> now, Language language, QWidget* parent)
    : QWizard(parent)
    , m_ui(std::make_unique<Ui::IntakeWizard>())
    , m_store(store)
    , m_catalog(catalog)
    , m_user(user)
    , m_channel(deskKind)
    , m_now(std::move(now))
    , m_language(language)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("intakeWizard"));
    setOption(QWizard::NoBackButtonOnStartPage);
    fillServices();
    connect(m_ui->serviceCombo, &QComboBox::currentIndexChanged, this, &IntakeWizard::showService);
    connect(m_ui->representativeCheck, &QAbstractButton::toggled, m_ui->representativeBox, &QWidget::setVisible);
    m_ui->representativeBox->setVisible(false);
    showService();
}

IntakeWizard::~IntakeWizard() = default;

void IntakeWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_ui) {
        // The interface language changed: the forms' texts, and the catalog's labels in the new language — the
        // form is generated again with what was already typed kept.
        m_ui->retranslateUi(this);
        // QWizard sets its buttons' texts once; give them Qt's own translations (context QWizard) again.
        const char* context = "QWizard";
        for (const auto& [which, text] :
             {std::pair{QWizard::BackButton, "< &Back"}, std::pair{QWizard::NextButton, "&Next >"},
              std::pair{QWizard::CancelButton, "Cancel"}}) {
            setButtonText(which, QCoreApplication::translate(context, text));
        }
        m_language = InterfaceLanguage::catalogLanguage();
        for (int i = 0; i < m_ui->serviceCombo->count(); ++i) {
            if (const ServiceVariant* v = m_catalog.variant(m_ui->serviceCombo->itemData(i).toString()))
                m_ui->serviceCombo->setItemText(
                    i, QStringLiteral("%1 — %2").arg(v->name.text(m_language), v->region.text(m_language)));
        }
        showService();
        if (!m_builtFor.isEmpty()) {
            const RequestDraft kept = draft();
            const bool representative = m_ui->representativeCheck->isChecked();
            buildForm();
            m_ui->representativeCheck->setChecked(representative);
            for (auto it = kept.fields.constBegin(); it != kept.fields.constEnd(); ++it) {
                QWidget* w = editor(it.key());
                if (auto* edit = qobject_cast<QLineEdit*>(w))
                    edit->setText(it.value());
                else if (auto* combo = qobject_cast<QComboBox*>(w))
                    combo->setCurrentIndex(std::max(0, combo->findData(it.value())));
            }
            for (auto it = kept.documents.constBegin(); it != kept.documents.constEnd(); ++it) {
                if (auto* combo = qobject_cast<QComboBox*>(m_documents.value(it.key())))
                    combo->setCurrentIndex(std::max(0, combo->findData(documentStatusName(it.value()))));
            }
        }
        if (currentId() >= 0)
            initializePage(currentId());
    }
    QWizard::changeEvent(event);
}

void IntakeWizard::fillServices()
{
    const QStringList inForce = DeskSettings::servicesInForce(); // empty: all
    for (const ServiceVariant& v : m_catalog.intakeVariants()) {
        if (!v.offersChannel(m_channel) || (!inForce.isEmpty() && !inForce.contains(v.id)))
            continue;
        m_ui->serviceCombo->addItem(QStringLiteral("%1 — %2").arg(v.name.text(m_language), v.region.text(m_language)),
                                    v.id);
    }
}

const ServiceVariant* IntakeWizard::variant() const
{
    return m_catalog.variant(m_ui->serviceCombo->currentData().toString());
}

void IntakeWizard::showService()
{
    m_ui->channelLabel->setText(channelTitle(m_channel));
    const ServiceVariant* v = variant();
    if (!v) {
        m_ui->termLabel->setText(tr("No service of the catalog is taken at this kind of desk."));
        return;
    }
    const auto term = v->totalTerms.constFind(m_channel);
    m_ui->termLabel->setText(term != v->totalTerms.constEnd()
                                 ? term->verbatim
                                 : tr("the sum of the steps of the regulation (%n step(s))", nullptr,
                                      static_cast<int>(v->stepsFor(m_channel).size())));
}

void IntakeWizard::initializePage(int id)
{
    if (id == ApplicantPage && variant() && m_builtFor != variant()->id)
        buildForm();
    if (id == DocumentsPage)
        showMissing();
    if (id == SummaryPage) {
        const RequestDraft d = draft();
        const ServiceVariant* v = variant();
        int presented = 0;
        for (auto status : d.documents)
            presented += status != DocumentStatus::Missing ? 1 : 0;
        QStringList lines;
        lines << tr("Service: %1").arg(v ? v->name.text(m_language) : QString());
        lines << tr("Applicant: %1").arg(IntakeValidator::personName(d, QStringLiteral("applicant")));
        if (m_ui->representativeCheck->isChecked())
            lines << tr("Representative: %1").arg(IntakeValidator::personName(d, QStringLiteral("representative")));
        lines << tr("Documents presented: %1 of %2").arg(presented).arg(d.documents.size());
        m_ui->summaryLabel->setText(lines.join(QLatin1Char('\n')));
        m_ui->resultLabel->clear();
        if (incomplete()) {
            m_ui->summaryPage->setTitle(tr("Refuse at intake"));
            setButtonText(QWizard::FinishButton, tr("&Refuse and print the refusal receipt"));
            m_ui->resultLabel->setText(tr("A required document is missing: the application cannot be registered. "
                                          "It is kept as refused at intake, and the refusal receipt lists what is "
                                          "missing."));
        } else {
            m_ui->summaryPage->setTitle(tr("Register"));
            setButtonText(QWizard::FinishButton, tr("&Register and print the receipt"));
        }
    }
    QWizard::initializePage(id);
    // Keyboard first: each page starts in its first input.
    QWidget* first = nullptr;
    if (id == ServicePage)
        first = m_ui->serviceCombo;
    else if (id == ApplicantPage || id == SubjectPage) {
        const QStringList fields = pageFields(id);
        if (!fields.isEmpty())
            first = editor(fields.first());
    } else if (id == DocumentsPage && variant() && !variant()->documents.items.isEmpty())
        first = m_documents.value(variant()->documents.items.first().id);
    if (first)
        QMetaObject::invokeMethod(first, qOverload<>(&QWidget::setFocus), Qt::QueuedConnection);
}

void IntakeWizard::buildForm()
{
    const ServiceVariant* v = variant();
    m_builtFor = v->id;
    m_rows.clear();
    m_documents.clear();
    clearLayout(m_ui->applicantLayout);
    clearLayout(m_ui->representativeLayout);
    clearLayout(m_ui->subjectLayout);
    clearLayout(m_ui->documentsLayout);
    m_ui->representativeCheck->setChecked(false);
    bool representative = false;
    for (const FieldSpec& spec : v->fields) {
        if (spec.group == QLatin1String("applicant")) {
            addField(m_ui->applicantLayout, spec);
        } else if (spec.group == QLatin1String("representative")) {
            addField(m_ui->representativeLayout, spec);
            representative = true;
        } else {
            addField(m_ui->subjectLayout, spec);
        }
    }
    m_ui->representativeCheck->setVisible(representative);
    for (const DocumentSpec& doc : v->documents.items) {
        auto* combo = new QComboBox(m_ui->documentsPage);
        combo->setObjectName(objectNameFor(QStringLiteral("doc_"), doc.id));
        combo->addItem(tr("missing"), documentStatusName(DocumentStatus::Missing));
        combo->addItem(tr("original"), documentStatusName(DocumentStatus::Original));
        combo->addItem(tr("copy"), documentStatusName(DocumentStatus::Copy));
        connect(combo, &QComboBox::currentIndexChanged, this, &IntakeWizard::showMissing);
        QString label = doc.name.text(m_language);
        if (doc.rule == DocumentRule::Required)
            label += QStringLiteral(" *");
        auto* caption = new QLabel(label, m_ui->documentsPage);
        caption->setWordWrap(true);
        caption->setBuddy(combo);
        m_ui->documentsLayout->addRow(caption, combo);
        m_documents.insert(doc.id, combo);
    }
    qCInfo(lcIntake).noquote() << "form generated for" << v->id << ":" << v->fields.size() << "fields,"
                               << v->documents.items.size() << "documents";
}

void IntakeWizard::addField(QFormLayout* layout, const FieldSpec& spec)
{
    QWidget* page = layout->parentWidget();
    QWidget* editor = nullptr;
    if (spec.type == FieldType::Enum) {
        auto* combo = new QComboBox(page);
        combo->addItem(QStringLiteral("—"), QString());
        for (const FieldOption& o : spec.options)
            combo->addItem(o.label.text(m_language), o.id);
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
    QString label = spec.label.text(m_language);
    if (spec.required)
        label += QStringLiteral(" *");
    auto* caption = new QLabel(label, page);
    caption->setBuddy(editor);
    caption->setWordWrap(true);
    auto* column = new QWidget(page);
    auto* box = new QVBoxLayout(column);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    box->addWidget(editor);
    FieldRow row{editor, messageLabel(column, objectNameFor(QStringLiteral("error_"), spec.id), true), nullptr};
    box->addWidget(row.error);
    if (spec.type == FieldType::Iin) {
        row.info = messageLabel(column, objectNameFor(QStringLiteral("info_"), spec.id), false);
        box->addWidget(row.info);
    }
    layout->addRow(caption, column);
    m_rows.insert(spec.id, row);
}

void IntakeWizard::checkIin(const QString& fieldId)
{
    const FieldRow row = m_rows.value(fieldId);
    const QString text = fieldValue(fieldId);
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

QString IntakeWizard::fieldValue(const QString& fieldId) const
{
    QWidget* w = editor(fieldId);
    if (auto* edit = qobject_cast<QLineEdit*>(w))
        return edit->text().trimmed();
    if (auto* combo = qobject_cast<QComboBox*>(w))
        return combo->currentData().toString();
    return {};
}

RequestDraft IntakeWizard::draft() const
{
    RequestDraft d;
    d.serviceId = m_ui->serviceCombo->currentData().toString();
    d.channel = m_channel;
    const bool representative = m_ui->representativeCheck->isChecked();
    for (auto it = m_rows.constBegin(); it != m_rows.constEnd(); ++it) {
        if (!representative && it.key().startsWith(QLatin1String("representative.")))
            continue;
        const QString value = fieldValue(it.key());
        if (!value.isEmpty())
            d.fields.insert(it.key(), value);
    }
    for (auto it = m_documents.constBegin(); it != m_documents.constEnd(); ++it) {
        const auto status = documentStatusFromName(qobject_cast<QComboBox*>(it.value())->currentData().toString());
        d.documents.insert(it.key(), status.value_or(DocumentStatus::Missing));
    }
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

bool IntakeWizard::showErrors(const QList<FieldError>& errors, const QStringList& fields)
{
    for (const QString& id : fields) {
        if (m_rows.contains(id))
            m_rows[id].error->hide();
    }
    QWidget* first = nullptr;
    for (const FieldError& e : errors) {
        if (!fields.contains(e.fieldId) || !m_rows.contains(e.fieldId))
            continue;
        m_rows[e.fieldId].error->setText(e.message);
        m_rows[e.fieldId].error->show();
        if (!first)
            first = m_rows[e.fieldId].editor;
    }
    if (first)
        first->setFocus();
    return first == nullptr;
}

int IntakeWizard::nextId() const
{
    // A service with nothing to ask about its subject goes from the applicant to the documents.
    if (currentId() == ApplicantPage && pageFields(SubjectPage).isEmpty())
        return DocumentsPage;
    return QWizard::nextId();
}

bool IntakeWizard::validateCurrentPage()
{
    const int page = currentId();
    if (page == ServicePage)
        return variant() != nullptr;
    if (page == ApplicantPage || page == SubjectPage) {
        const ServiceVariant* v = variant();
        return showErrors(IntakeValidator::validate(*v, draft()), pageFields(page));
    }
    return QWizard::validateCurrentPage();
}

bool IntakeWizard::incomplete() const
{
    const ServiceVariant* v = variant();
    return v && !IntakeValidator::missingRequiredDocuments(*v, draft()).isEmpty();
}

void IntakeWizard::showMissing()
{
    const ServiceVariant* v = variant();
    if (!v)
        return;
    const QList<DocumentSpec> missing = IntakeValidator::missingRequiredDocuments(*v, draft());
    if (missing.isEmpty()) {
        m_ui->missingLabel->setStyleSheet(QString());
        m_ui->missingLabel->setText(tr("The package is complete."));
        return;
    }
    QStringList names;
    for (const DocumentSpec& d : missing)
        names << QStringLiteral("• ") + d.name.text(m_language);
    m_ui->missingLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_ui->missingLabel->setText(
        tr("Missing required documents (the application can only be refused):\n%1").arg(names.join(QLatin1Char('\n'))));
}

void IntakeWizard::accept()
{
    if (m_submitting)
        return;
    const ServiceVariant* v = variant();
    const RequestDraft d = draft();
    const QList<FieldError> errors = IntakeValidator::validate(*v, d);
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const FieldError& e : errors)
            lines << e.message;
        m_ui->resultLabel->setText(lines.join(QLatin1Char('\n')));
        return;
    }
    m_submitting = true;
    button(QWizard::FinishButton)->setEnabled(false);
    m_ui->resultLabel->setText(tr("Writing…"));
    whenReady(
        this, m_store.submit(d, m_user, m_now(), incomplete()),
        [this](const IntakeOutcome& outcome) {
            m_submitting = false;
            button(QWizard::FinishButton)->setEnabled(true);
            if (!outcome.request) {
                QStringList lines;
                for (const FieldError& e : outcome.errors)
                    lines << e.message;
                m_ui->resultLabel->setText(lines.join(QLatin1Char('\n')));
                return;
            }
            qCInfo(lcIntake).noquote() << "written" << outcome.request->number << stateName(outcome.request->state);
            Q_EMIT submitted(*outcome.request);
            QWizard::accept();
        },
        [this](const QString& error) {
            m_submitting = false;
            button(QWizard::FinishButton)->setEnabled(true);
            m_ui->resultLabel->setText(tr("Not written: %1. The form is kept; try again.").arg(error));
        });
}

} // namespace kense
