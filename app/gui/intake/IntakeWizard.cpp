#include "gui/intake/IntakeWizard.h"

#include "DeskSettings.h"
#include "DocumentWords.h"
#include "QueueStore.h"
#include "gui/WhenReady.h"
#include "gui/common/Prompts.h"
#include "gui/common/StatusLine.h"
#include "gui/common/TypeAhead.h"
#include "gui/common/WindowHelp.h"
#include "gui/i18n/InterfaceLanguage.h"
#include "gui/intake/ApplicantRecall.h"
#include "gui/intake/CatalogFieldForm.h"
#include "identity/Iin.h"
#include "intake/IntakeValidator.h"
#include "intake/PortalSubmission.h"
#include "ui_IntakeWizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QEvent>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>

namespace kense {

Q_LOGGING_CATEGORY(lcIntake, "kense.intake")

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
    WindowHelp::install(this, HelpTopic::Intake); // F1
    m_form = new CatalogFieldForm(this);
    connect(m_form, &CatalogFieldForm::documentsChanged, this, &IntakeWizard::showMissing);
    setObjectName(QStringLiteral("intakeWizard"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setCancelText();
    fillServices();
    makeTypeAhead(m_ui->serviceCombo); // «телнұсқа», «экстернат», a region's name finds the variants
    // Whatever changes the choice (the clerk, a scanner, a test) makes it chosen: the recent services, read later,
    // never change it under them.
    connect(m_ui->serviceCombo, &QComboBox::currentIndexChanged, this, [this] { m_serviceChosen = true; });
    connect(m_ui->serviceCombo->lineEdit(), &QLineEdit::textEdited, this, [this] { m_serviceChosen = true; });
    whenReady(
        this, m_store.recentServices(m_user.id, 3), [this](const QStringList& recent) { showRecentServices(recent); },
        [](const QString&) {}); // unread, the services keep the catalog's order
    m_recall = new ApplicantRecall(m_store, m_ui->knownApplicantLabel, m_ui->fillApplicantButton, this);
    connect(m_ui->serviceCombo, &QComboBox::currentIndexChanged, this, &IntakeWizard::showService);
    // What was said of the portal's number or moment goes once either is changed, and is said again at Next.
    const auto unsay = [this] {
        m_ui->portalError->clear();
        m_ui->portalError->hide();
    };
    connect(m_ui->portalNumberEdit, &QLineEdit::textEdited, this, unsay);
    connect(m_ui->portalSentEdit, &QDateTimeEdit::dateTimeChanged, this, unsay);
    connect(m_ui->portalCheck, &QAbstractButton::toggled, this, [this](bool portal) {
        if (portal && m_ui->portalNumberEdit->text().isEmpty()) {
            const QDateTime clock = m_now();
            m_ui->portalSentEdit->setDateTime(
                QDateTime(clock.date(), QTime(clock.time().hour(), clock.time().minute())));
        }
        m_ui->portalError->clear();
        showService();
        if (portal)
            m_ui->portalNumberEdit->setFocus();
    });
    connect(m_ui->representativeCheck, &QAbstractButton::toggled, m_ui->representativeBox, &QWidget::setVisible);
    m_ui->representativeBox->setVisible(false);
    showService();
}

IntakeWizard::~IntakeWizard() = default;

void IntakeWizard::setCancelText()
{
    // Not Qt's «Бас тарту» in Kazakh: beside «Бас тартып, қолхатты басу» (refuse at intake) it read as the same act.
    setButtonText(QWizard::CancelButton, tr("Cancel", "drop the application being taken, after asking"));
}

QWidget* IntakeWizard::editor(const QString& fieldId) const
{
    return m_form->editor(fieldId);
}

void IntakeWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_ui) {
        // The interface language changed: the forms' texts, and the catalog's labels in the new language — the
        // form is generated again with what was already typed kept.
        m_ui->retranslateUi(this);
        // QWizard sets its buttons' texts once; give them Qt's own translations (context QWizard) again.
        const char* context = "QWizard";
        for (const auto& [which, text] :
             {std::pair{QWizard::BackButton, "< &Back"}, std::pair{QWizard::NextButton, "&Next >"}}) {
            setButtonText(which, QCoreApplication::translate(context, text));
        }
        setCancelText();
        m_language = InterfaceLanguage::catalogLanguage();
        for (int i = 0; i < m_ui->serviceCombo->count(); ++i) {
            if (const ServiceVariant* v = m_catalog.variant(m_ui->serviceCombo->itemData(i).toString()))
                m_ui->serviceCombo->setItemText(i, v->title(m_language));
        }
        showService();
        if (!m_builtFor.isEmpty()) {
            const RequestDraft kept = draft();
            const bool representative = m_ui->representativeCheck->isChecked();
            buildForm();
            m_ui->representativeCheck->setChecked(representative);
            for (auto it = kept.fields.constBegin(); it != kept.fields.constEnd(); ++it)
                m_form->setValue(it.key(), it.value());
            for (auto it = kept.documents.constBegin(); it != kept.documents.constEnd(); ++it)
                m_form->setDocumentStatus(it.key(), it.value());
        }
        if (m_recall)
            m_recall->retranslate();
        if (currentId() >= 0)
            initializePage(currentId());
    }
    QWizard::changeEvent(event);
}

void IntakeWizard::fillServices()
{
    for (const ServiceVariant& v : m_catalog.intakeVariants()) {
        if (!DeskSettings::takesService(v, m_channel))
            continue;
        m_ui->serviceCombo->addItem(v.title(m_language), v.id);
    }
}

const ServiceVariant* IntakeWizard::variant() const
{
    return m_catalog.variant(m_ui->serviceCombo->currentData().toString());
}

Channel IntakeWizard::channel() const
{
    return m_ui->portalCheck->isChecked() ? Channel::Portal : m_channel;
}

void IntakeWizard::showService()
{
    const ServiceVariant* v = variant();
    // A request the applicant sent through the portal is registered at the provider's канцелярия, where the service
    // is offered on the portal.
    const bool portalOffered =
        deskChannel(Channel::Portal) == m_channel && v && DeskSettings::takesService(*v, Channel::Portal);
    m_ui->portalCheck->setVisible(portalOffered);
    if (!portalOffered)
        m_ui->portalCheck->setChecked(false);
    const bool portal = m_ui->portalCheck->isChecked();
    for (QWidget* w : {static_cast<QWidget*>(m_ui->portalNumberCaption), static_cast<QWidget*>(m_ui->portalNumberEdit),
                       static_cast<QWidget*>(m_ui->portalSentCaption), static_cast<QWidget*>(m_ui->portalSentEdit)})
        w->setVisible(portal);
    m_ui->portalError->setVisible(portal && !m_ui->portalError->text().isEmpty());
    m_ui->channelLabel->setText(channelTitle(channel()));
    if (!v) {
        m_ui->termLabel->setText(tr("No service of the catalog is taken at this kind of desk."));
        return;
    }
    const auto term = v->totalTerms.constFind(channel());
    // The term in the words the receipt prints it in (in the catalog's language); the regulation's own wording, often
    // Russian only, in its tooltip.
    m_ui->termLabel->setText(term != v->totalTerms.constEnd()
                                 ? tr("%1, counted from the moment the application is accepted")
                                       .arg(durationText(term->duration).text(m_language))
                                 : tr("the sum of the steps of the regulation (%n step(s))", nullptr,
                                      static_cast<int>(v->stepsFor(channel()).size())));
    m_ui->termLabel->setToolTip(term != v->totalTerms.constEnd() ? term->verbatim : QString());
}

bool IntakeWizard::checkPortal()
{
    if (channel() != Channel::Portal)
        return true;
    // This computer's own clock: the store allows a few minutes more, for another desk's clock.
    const QList<FieldError> errors = PortalSubmission::read(draft(), m_now(), nullptr);
    QStringList lines;
    for (const FieldError& e : errors) {
        const QString caption = e.fieldId == PortalSubmission::numberField ? m_ui->portalNumberCaption->text()
                                                                           : m_ui->portalSentCaption->text();
        lines << QStringLiteral("%1 %2").arg(QString(caption).remove(QLatin1Char('&')), e.message);
    }
    m_ui->portalError->setText(lines.join(QLatin1Char('\n')));
    m_ui->portalError->setVisible(!errors.isEmpty());
    if (!errors.isEmpty()) {
        if (errors.first().fieldId == PortalSubmission::numberField)
            m_ui->portalNumberEdit->setFocus();
        else
            m_ui->portalSentEdit->setFocus();
    }
    return errors.isEmpty();
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
        if (d.channel == Channel::Portal)
            lines << tr("Sent through the portal: № %1, %2")
                         .arg(d.fields.value(PortalSubmission::numberField).trimmed().toUpper(),
                              m_ui->portalSentEdit->dateTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")));
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
        first = m_form->document(variant()->documents.items.first().id);
    if (first)
        QMetaObject::invokeMethod(first, qOverload<>(&QWidget::setFocus), Qt::QueuedConnection);
}

bool IntakeWizard::showErrors(const QList<FieldError>& errors, const QStringList& fields)
{
    for (const QString& id : fields) {
        if (QLabel* error = m_form->errorLabel(id))
            error->hide();
    }
    QWidget* first = nullptr;
    for (const FieldError& e : errors) {
        QLabel* error = m_form->errorLabel(e.fieldId);
        if (!fields.contains(e.fieldId) || !error)
            continue;
        error->setText(asSentence(e.message));
        error->show();
        if (!first)
            first = m_form->editor(e.fieldId);
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
        return variant() != nullptr && checkPortal();
    if (page == ApplicantPage || page == SubjectPage) {
        const ServiceVariant* v = variant();
        return showErrors(IntakeValidator::validate(*v, draft(), nullptr, m_now().date()), pageFields(page));
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
    const QList<DocumentShortfall> shortfalls = IntakeValidator::packageShortfalls(*v, draft());
    if (shortfalls.isEmpty()) {
        m_ui->missingLabel->setStyleSheet(QString());
        m_ui->missingLabel->setText(tr("The package is complete."));
        return;
    }
    QStringList names;
    for (const DocumentShortfall& s : shortfalls)
        names << QStringLiteral("• ") + s.document.name.text(m_language) +
                     (s.why == DocumentShortfall::Why::CopyOnly ? tr(" — only a copy; the original is required")
                                                                : QString());
    m_ui->missingLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_ui->missingLabel->setText(
        tr("The package is incomplete (the application can only be refused):\n%1").arg(names.join(QLatin1Char('\n'))));
}

void IntakeWizard::accept()
{
    if (m_submitting)
        return;
    const ServiceVariant* v = variant();
    const RequestDraft d = draft();
    const QList<FieldError> errors = IntakeValidator::validate(*v, d, nullptr, m_now().date());
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const FieldError& e : errors)
            lines << asSentence(e.message);
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
                    lines << asSentence(e.message);
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

void IntakeWizard::reject()
{
    if (m_submitting)
        return; // the request is being written; the answer closes the window
    bool begun = false;
    if (m_form) {
        const RequestDraft d = draft();
        begun = !d.fields.isEmpty() || std::any_of(d.documents.cbegin(), d.documents.cend(),
                                                   [](DocumentStatus s) { return s != DocumentStatus::Missing; });
    }
    if (begun && !Prompts::instance().confirm(this, tr("Close the application"),
                                              tr("The application is not registered. Close it and lose what "
                                                 "was filled in?")))
        return;
    QWizard::reject();
}

} // namespace kense
