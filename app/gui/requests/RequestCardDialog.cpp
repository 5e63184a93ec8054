#include "gui/requests/RequestCardDialog.h"

#include "PlaceActs.h"
#include "QueueStore.h"
#include "RequestDocuments.h"
#include "documents/Grade.h"
#include "gui/WhenReady.h"
#include "gui/common/Prompts.h"
#include "gui/common/ReadOnlyTable.h"
#include "gui/common/StatusLine.h"
#include "gui/common/TabOrder.h"
#include "gui/common/WindowHelp.h"
#include "gui/i18n/InterfaceLanguage.h"
#include "gui/requests/FieldValueDelegate.h"
#include "gui/requests/RequestCardTables.h"
#include "records/DeskRecord.h"
#include "ui_RequestCardDialog.h"
#include "workflow/EventKind.h"
#include "workflow/Sla.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>

namespace kense {

Q_LOGGING_CATEGORY(lcCard, "kense.gui.card") // what was done on which request, and by whom: no personal data

namespace {

QString moment(const QDateTime& t)
{
    return RequestCardTables::moment(t);
}

} // namespace

RequestCardDialog::RequestCardDialog(QueueStore& store, const ServiceCatalog& catalog, const UserRecord& user,
                                     const QString& number, std::function<QDateTime()> now,
                                     std::function<QDateTime(const QDateTime&)> soonUntil, Language language,
                                     QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RequestCardDialog>())
    , m_store(store)
    , m_catalog(catalog)
    , m_user(user)
    , m_number(number)
    , m_now(std::move(now))
    , m_soonUntil(std::move(soonUntil))
    , m_language(language)
{
    m_ui->setupUi(this);
    WindowHelp::install(this, HelpTopic::Card); // F1
    setObjectName(QStringLiteral("requestCard"));
    setWindowTitle(tr("Request %1").arg(number));
    m_ui->numberLabel->setText(number);
    m_ui->dataTable->setItemDelegateForColumn(1, new FieldValueDelegate(m_ui->dataTable));
    m_ui->gradesTable->setColumnCount(2);
    m_ui->gradesTable->setHorizontalHeaderLabels({tr("Subject"), tr("Grade")});
    m_ui->gradesTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->gradesTable->setColumnWidth(0, 360);
    connect(m_ui->addGradeButton, &QAbstractButton::clicked, this, [this] {
        // A subject the catalog does not list: the new line's name is typed at once.
        const int row = m_ui->gradesTable->rowCount();
        m_ui->gradesTable->insertRow(row);
        m_ui->gradesTable->setItem(row, 0, new QTableWidgetItem);
        m_ui->gradesTable->setItem(row, 1, new QTableWidgetItem);
        m_ui->gradesTable->setCurrentCell(row, 0);
        m_ui->gradesTable->setFocus();
        m_ui->gradesTable->editItem(m_ui->gradesTable->item(row, 0));
    });
    connect(m_ui->removeGradeButton, &QAbstractButton::clicked, this, [this] {
        if (m_ui->gradesTable->currentRow() >= 0)
            m_ui->gradesTable->removeRow(m_ui->gradesTable->currentRow());
    });
    connect(m_ui->saveResultButton, &QAbstractButton::clicked, this, &RequestCardDialog::saveResult);
    connect(m_ui->saveEditsButton, &QAbstractButton::clicked, this, &RequestCardDialog::saveEdits);
    connect(m_ui->printButton, &QAbstractButton::clicked, this, [this] {
        Q_EMIT printRequested(m_number, m_ui->printDocumentCombo->currentData().isValid()
                                            ? m_ui->printDocumentCombo->currentData().toInt()
                                            : -1);
    });
    connect(m_ui->closeButton, &QAbstractButton::clicked, this, &QDialog::accept);
    // Enter belongs to the field it is typed in: in the note it runs the move the card shows (when it shows one);
    // no button is a default one, so Enter never saves corrections or closes the card by surprise.
    for (QPushButton* b : findChildren<QPushButton*>()) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    m_ui->noteEdit->setMaxLength(kMaxNoteLength);
    connect(m_ui->noteEdit, &QLineEdit::returnPressed, this, [this] {
        if (!m_ui->actionsBox->isEnabled() || m_offered.isEmpty())
            return;
        if (m_offered.size() == 1)
            act(m_offered.first());
        else
            setStatus(tr("Choose what to do with its button: Enter runs a move only when the card shows one."), true);
    });
    m_ui->actionsBox->setEnabled(false);
    reload();
}

RequestCardDialog::~RequestCardDialog() = default;

void RequestCardDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_ui) {
        m_ui->retranslateUi(this);
        setWindowTitle(tr("Request %1").arg(m_number));
        m_ui->gradesTable->setHorizontalHeaderLabels({tr("Subject"), tr("Grade")});
        m_language = InterfaceLanguage::catalogLanguage();
        reload(); // every text of the card again, in the new language
    }
    QDialog::changeEvent(event);
}

void RequestCardDialog::setStatus(const QString& text, bool error)
{
    kense::showStatus(m_ui->statusLabel, text, error);
}

void RequestCardDialog::reload()
{
    const QString number = m_number;
    whenReady(
        this, m_store.loadCard(number),
        [this](const RequestCard& l) {
            if (!l.request) {
                // Nothing to print, correct or prepare: only Close stays.
                for (QPushButton* b : findChildren<QPushButton*>())
                    b->setEnabled(b == m_ui->closeButton);
                m_ui->printDocumentCombo->setEnabled(false);
                setStatus(tr("There is no request %1 in this desk's database.").arg(m_number), true);
                return;
            }
            m_keepsWaitingLists = l.keepsWaitingLists;
            display(*l.request, l.executors, l.result);
            Q_EMIT loaded();
        },
        [this](const QString& error) { setStatus(error, true); });
}

void RequestCardDialog::display(const RequestDetails& r, const QList<UserRecord>& executors,
                                const std::optional<ResultRecord>& result)
{
    m_request = r;
    const ServiceVariant* v = m_catalog.variant(r.serviceId);
    m_ui->serviceLabel->setText(v ? v->title(m_language) : r.serviceId);
    const QDateTime now = m_now();
    const SlaState sla = slaStateOf(r.state, r.dueAt, now, m_soonUntil(now));
    m_ui->stateLabel->setText(sla == SlaState::Closed
                                  ? stateTitle(r.state, r.channel)
                                  : QStringLiteral("%1 · %2").arg(stateTitle(r.state, r.channel), slaTitle(sla)));
    m_ui->stateLabel->setStyleSheet(sla == SlaState::Overdue   ? QStringLiteral("color: #b71c1c; font-weight: bold;")
                                    : sla == SlaState::DueSoon ? QStringLiteral("color: #8a5300; font-weight: bold;")
                                                               : QString());
    m_ui->dueLabel->setText(isClosed(r.state) ? QStringLiteral("—") : dueText(r.dueAt));
    showDocuments(result);

    // Corrections: the values of the form's fields (not choices) are editable when the core allows this user.
    const Path path = m_catalog.pathOf(r.serviceId);
    const bool canEdit = Workflow::mayEdit(r.state, r.channel, path, m_user.roles);
    RequestCardTables::fillData(m_ui->dataTable, r, v, m_language, canEdit);
    m_ui->saveEditsButton->setVisible(canEdit);

    RequestCardTables::fillDocuments(m_ui->documentsTable, r, m_language);
    RequestCardTables::fillSteps(m_ui->stepsTable, r);
    RequestCardTables::fillEvents(m_ui->eventsTable, r);
    m_ui->lastNoteLabel->setText(RequestCardTables::lastNote(r)); // the head's word to the executor, beside the moves
    m_ui->lastNoteLabel->setVisible(!m_ui->lastNoteLabel->text().isEmpty());

    m_ui->executorCombo->clear();
    for (const UserRecord& u : executors)
        m_ui->executorCombo->addItem(u.fullName, u.id);

    // The result: its number and, for a duplicate, the grades — editable by the executor while in work.
    m_ui->resultNumberLabel->setText(
        result
            ? tr("Result %1, prepared by %2 on %3").arg(result->number, result->preparedBy, moment(result->preparedAt))
        : v && v->resultIsReceipt() && r.state != RequestState::Issued
            ? (path == Path::HeadAndExecutor
                   ? tr("The result of this service's term is the receipt, signed by the head: there is nothing to "
                        "fill in.")
                   : tr("The result of this service's term is the receipt: there is nothing to fill in."))
            : tr("No result has been prepared yet."));
    // What this user may prepare now, by the core's rule: the term's result in work, an order after issue.
    const std::optional<ResultDocument> toPrepare =
        v ? v->resultToPrepare(r.state, r.channel, m_user.roles) : std::nullopt;
    const bool canPrepare = toPrepare.has_value();
    RequestCardTables::fillGrades(m_ui->gradesTable, result,
                                  v ? v->standardSubjects(r.fields.value(QStringLiteral("subject.document_kind")))
                                    : QList<LocalizedText>{},
                                  m_language, canPrepare);
    m_ui->addGradeButton->setEnabled(canPrepare);
    m_ui->removeGradeButton->setEnabled(canPrepare);
    m_ui->saveResultButton->setEnabled(canPrepare);
    m_ui->saveResultButton->setToolTip(canPrepare ? tr("Save: %1").arg(toPrepare->name.text(m_language)) : QString());
    showActions();
}

void RequestCardDialog::showActions()
{
    // Clear the previous buttons.
    while (QLayoutItem* item = m_ui->actionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_offered.clear();
    const RequestDetails& r = *m_request;
    for (Transition t : Workflow::available(r.state, r.channel, m_catalog.pathOf(r.serviceId), m_user.roles)) {
        if (!Workflow::isCourierRegisterMove(t))
            m_offered << t;
    }
    for (Transition t : std::as_const(m_offered)) {
        auto* button = new QPushButton(transitionTitle(t, r.channel), m_ui->actionsBox);
        button->setObjectName(QStringLiteral("action_") + transitionName(t));
        button->setAutoDefault(false);
        connect(button, &QAbstractButton::clicked, this, [this, t] { act(t); });
        m_ui->actionsLayout->addWidget(button);
    }
    showPlaceActions();
    m_ui->actionsLayout->addStretch();
    // Tab follows the card as it reads: the executor, the note, who came, the moves, then printing and Close (the
    // move buttons are made last, so Tab from the note went to Print and Close first, and Tab+Space opened a preview
    // instead of assigning).
    QList<QWidget*> order{m_ui->executorCombo, m_ui->noteEdit, m_ui->collectorCombo};
    for (int i = 0; i < m_ui->actionsLayout->count(); ++i)
        order << m_ui->actionsLayout->itemAt(i)->widget(); // the stretch has none
    kense::setTabOrder(order << m_ui->printDocumentCombo << m_ui->printButton << m_ui->closeButton);
    const bool assigning = m_offered.contains(Transition::AssignExecutor);
    m_ui->executorCaption->setVisible(assigning);
    m_ui->executorCombo->setVisible(assigning);
    // Issuing to a request that has a representative: the clerk says who came for it.
    const bool issuing = std::any_of(m_offered.cbegin(), m_offered.cend(), &Workflow::isIssue);
    const Party* representative = nullptr;
    for (const Party& p : m_request->parties) {
        if (p.role == PartyRole::Representative)
            representative = &p;
    }
    m_ui->collectorCombo->clear();
    if (issuing && representative) {
        for (const Party& p : m_request->parties) {
            if (p.role == PartyRole::Applicant)
                m_ui->collectorCombo->addItem(tr("The applicant, %1").arg(p.fullName()), partyRoleName(p.role));
        }
        m_ui->collectorCombo->addItem(tr("The representative, %1").arg(representative->fullName()),
                                      partyRoleName(PartyRole::Representative));
        m_ui->collectorCombo->setCurrentIndex(-1);
    }
    m_ui->collectorCaption->setVisible(m_ui->collectorCombo->count() > 0);
    m_ui->collectorCombo->setVisible(m_ui->collectorCombo->count() > 0);
    m_ui->actionsBox->setEnabled(true);
    m_ui->actionsBox->setTitle(m_offered.isEmpty() && m_placeMoves.isEmpty()
                                   ? tr("Nothing for you to do on this request now")
                                   : tr("What you can do now"));
}

void RequestCardDialog::act(Transition transition)
{
    const QString note = m_ui->noteEdit->text().trimmed();
    std::optional<qint64> executor;
    if (transition == Transition::AssignExecutor) {
        if (m_ui->executorCombo->currentIndex() < 0) {
            setStatus(tr("Choose the executor first: no active user holds the executor role."), true);
            return;
        }
        executor = m_ui->executorCombo->currentData().toLongLong();
    }
    std::optional<PartyRole> collector;
    if (Workflow::isIssue(transition) && m_ui->collectorCombo->count() > 0) {
        collector = partyRoleFromName(m_ui->collectorCombo->currentData().toString());
        if (!collector) {
            setStatus(tr("Say who came for it in \"Received by\": the receipt of issue names them."), true);
            m_ui->collectorCombo->setFocus();
            return;
        }
    }
    if (Workflow::needsReasons(transition) && note.isEmpty()) {
        setStatus(tr("Write the reasons in \"Note or reasons\": they are printed in the refusal letter and kept in "
                     "the history."),
                  true);
        m_ui->noteEdit->setFocus();
        return;
    }
    if (Workflow::cannotBeUndone(transition) &&
        !Prompts::instance().confirm(
            this, tr("Confirm"), tr("%1: %2?\nThis cannot be undone.").arg(m_number, transitionTitle(transition)))) {
        setStatus(tr("Nothing was changed."), false);
        return;
    }
    m_ui->actionsBox->setEnabled(false);
    setStatus(tr("Writing…"), false);
    whenReady(
        this, m_store.advance(m_number, transition, m_user, m_now(), note, executor, collector),
        [this, transition](RequestState state) {
            qCInfo(lcCard) << "moved" << m_number << "to" << stateName(state) << "by" << m_user.login;
            m_ui->noteEdit->clear();
            setStatus(tr("Done: %1.").arg(stateTitle(state)), false);
            Q_EMIT moved(m_number, state);
            if (Workflow::isIssue(transition)) {
                Q_EMIT printRequested(m_number, -1); // the receipt of issue, signed by who received it
                askSurvey();
            }
            reload();
        },
        [this](const QString& error) {
            m_ui->actionsBox->setEnabled(true);
            setStatus(error, true);
        });
}

void RequestCardDialog::saveEdits()
{
    const ServiceVariant* v = m_request ? m_catalog.variant(m_request->serviceId) : nullptr;
    if (!v)
        return;
    QMap<QString, QString> changes;
    for (int row = 0; row < m_ui->dataTable->rowCount(); ++row) {
        const QTableWidgetItem* item = m_ui->dataTable->item(row, 1);
        if (!item || !(item->flags() & Qt::ItemIsEditable))
            continue;
        const QString id = item->data(Qt::UserRole).toString();
        const QVariant option = item->data(FieldValueDelegate::kOptionIdRole);
        const QString value = option.isValid() ? option.toString() : item->text().trimmed();
        if (!id.isEmpty() && value != item->data(Qt::UserRole + 1).toString())
            changes.insert(id, value);
    }
    if (changes.isEmpty()) {
        setStatus(tr("Nothing was changed."), false);
        return;
    }
    const QString number = m_number;
    const ServiceVariant variant = *v;
    const UserRecord user = m_user;
    const QDateTime at = m_now();
    whenReady(
        this, m_store.correct(number, variant, changes, user, at),
        [this](const QStringList& changed) {
            setStatus(changed.isEmpty()
                          ? tr("Nothing was changed.")
                          : tr("Corrected: %1. The history keeps what it was.").arg(changed.join(QStringLiteral(", "))),
                      false);
            if (!changed.isEmpty())
                Q_EMIT moved(m_number, m_request->state);
            reload();
        },
        [this](const QString& error) { setStatus(error, true); });
}

void RequestCardDialog::askSurvey()
{
    const ServiceVariant* v = m_request ? m_catalog.variant(m_request->serviceId) : nullptr;
    if (!v || !v->asksSurvey())
        return;
    const auto answers = Prompts::instance().surveyAnswers(this);
    if (!answers) {
        setStatus(tr("The survey was not answered."), false);
        return;
    }
    const QString number = m_number;
    const UserRecord user = m_user;
    const QDateTime at = m_now();
    const auto [quality, information] = *answers;
    whenReady(
        this, m_store.answerSurvey(number, quality, information, user, at),
        [this](bool) { setStatus(tr("The survey's answers are recorded."), false); },
        [this](const QString& error) { setStatus(error, true); });
}

void RequestCardDialog::showDocuments(const std::optional<ResultRecord>& result)
{
    RequestContext context;
    context.request = *m_request;
    context.variant = m_catalog.variant(m_request->serviceId);
    context.result = result;
    if (context.variant && context.variant->queue)
        context.place = placeStandingOf(m_request->events); // the direction, once the parent consented
    const std::optional<DocumentKind> current = context.variant ? currentDocument(context) : std::nullopt;
    m_ui->printDocumentCombo->clear();
    for (const DocumentKind kind : context.variant ? documentsOf(context) : QList<DocumentKind>{}) {
        m_ui->printDocumentCombo->addItem(documentKindTitle(kind), static_cast<int>(kind));
        if (kind == current)
            m_ui->printDocumentCombo->setCurrentIndex(m_ui->printDocumentCombo->count() - 1);
    }
    m_ui->printDocumentCombo->setMinimumWidth(m_ui->printDocumentCombo->sizeHint().width());
    m_ui->printDocumentCombo->setEnabled(m_ui->printDocumentCombo->count() > 1);
    m_ui->printButton->setEnabled(m_ui->printDocumentCombo->count() > 0);
}

void RequestCardDialog::saveResult()
{
    const ServiceVariant* v = m_request ? m_catalog.variant(m_request->serviceId) : nullptr;
    if (!v || !v->resultToPrepare(m_request->state, m_request->channel, m_user.roles))
        return;
    QList<QPair<QString, QString>> grades;
    for (int row = 0; row < m_ui->gradesTable->rowCount(); ++row) {
        const auto* subject = m_ui->gradesTable->item(row, 0);
        const auto* grade = m_ui->gradesTable->item(row, 1);
        const QString s = subject ? subject->text().trimmed() : QString();
        const QString g = grade ? grade->text().trimmed() : QString();
        if (s.isEmpty() && g.isEmpty())
            continue;
        if (s.isEmpty() || g.isEmpty()) {
            setStatus(tr("Line %1 of the result needs both a subject and a grade.").arg(row + 1), true);
            return;
        }
        if (const auto why = whyNotAGrade(g)) {
            m_ui->gradesTable->setCurrentCell(row, 1);
            setStatus(tr("Line %1 of the result: %2.").arg(row + 1).arg(*why), true);
            return;
        }
        grades.append({s, g});
    }
    const QString number = m_number;
    const UserRecord user = m_user;
    const QDateTime at = m_now();
    whenReady(
        this, m_store.saveResult(number, grades, user, at),
        [this](const ResultRecord& result) {
            qCInfo(lcCard) << "result" << result.number << "saved for" << m_number << "by" << m_user.login;
            setStatus(tr("Result %1 saved.").arg(result.number), false);
            reload();
        },
        [this](const QString& error) { setStatus(error, true); });
}

} // namespace kense
