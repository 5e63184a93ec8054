#pragma once

#include "catalog/ServiceCatalog.h"
#include "common/LocalizedText.h"
#include "intake/RequestDraft.h"
#include "records/IntakeOutcome.h"
#include "records/UserRecord.h"

#include <QDateTime>
#include <QHash>
#include <QWizard>

#include <functional>
#include <memory>

class QFormLayout;
class QLabel;

namespace Ui {
class IntakeWizard;
}

namespace kense {

class ApplicantRecall;
class CatalogFieldForm;
class QueueStore;

/// Taking an application: a wizard whose pages are generated from the chosen service's catalog entry — the
/// applicant (IIN first), the representative by power of attorney when the applicant does not come in person, the
/// subject of the service, the document checklist — and which ends by registering the request, or, with a required
/// document missing, by refusing it at intake. The rules are the core's (IntakeValidator); the wizard only asks.
/// Nothing is written before the last step: abandoning the wizard (or a crash) loses only the form.
class IntakeWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeWizard)

public:
    enum Page
    {
        ServicePage,
        ApplicantPage,
        SubjectPage,
        DocumentsPage,
        SummaryPage
    };

    IntakeWizard(QueueStore& store, const ServiceCatalog& catalog, const UserRecord& user, Channel deskKind,
                 std::function<QDateTime()> now, Language language, QWidget* parent = nullptr);
    ~IntakeWizard() override;

    /// What the form holds now.
    RequestDraft draft() const;
    const ServiceVariant* variant() const;
    /// The page's editor of a catalog field ("applicant.iin"), for tests: objectName "field_applicant_iin".
    QWidget* editor(const QString& fieldId) const;
    int nextId() const override;

Q_SIGNALS:
    /// The request was written: registered, or kept as refused at intake.
    void submitted(const RegisteredRequest& request);

protected:
    void changeEvent(QEvent* event) override;
    void initializePage(int id) override;
    bool validateCurrentPage() override;
    void accept() override;
    /// Esc, Cancel and closing the window: a form the clerk began filling in is dropped only after asking.
    void reject() override;

private:
    void fillServices();
    void showService();
    /// The channel of the request being taken: the desk's, or the portal's when the канцелярия registers a request
    /// the applicant sent through it.
    Channel channel() const;
    /// The portal request's number and moment, said beside them; true if there is nothing to say.
    bool checkPortal();
    void buildForm();
    /// Puts the services this clerk registered last first in the choice (IntakeWizardForm.cpp).
    void showRecentServices(const QStringList& recent);
    void setCancelText(); ///< the Cancel button in the clerk's words (never like «refuse»)
    void showMissing();
    QStringList pageFields(int page) const;
    bool showErrors(const QList<FieldError>& errors, const QStringList& fields);
    bool incomplete() const;

    std::unique_ptr<Ui::IntakeWizard> m_ui;
    QueueStore& m_store;
    const ServiceCatalog& m_catalog;
    UserRecord m_user;
    Channel m_channel; ///< the desk's
    std::function<QDateTime()> m_now;
    Language m_language;
    QString m_builtFor;                  ///< the service the field pages were generated for
    CatalogFieldForm* m_form = nullptr;  ///< the editors of the service's fields and documents
    ApplicantRecall* m_recall = nullptr; ///< the offer of a known applicant's data
    bool m_serviceChosen = false;        ///< the clerk chose a service (the recent ones no longer reorder it)
    bool m_submitting = false;
};

} // namespace kense
