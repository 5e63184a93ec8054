#pragma once

#include "records/KnownApplicant.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kense {

class CatalogFieldForm;
class QueueStore;

/// What this desk knows of an applicant, offered on the intake's applicant page (issue 15, item 4). Once the
/// applicant's IIN is a whole, valid one, the store is asked (on its thread) for the earlier requests that named
/// it; when there are some, a line says how many and which was the last, and a button fills the applicant's empty
/// fields (name, phone, address) as that request wrote them. Nothing is filled unasked, nothing typed is replaced.
class ApplicantRecall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicantRecall)

public:
    ApplicantRecall(QueueStore& store, QLabel* label, QPushButton* button, QObject* parent = nullptr);

    /// Watches the applicant's IIN of `form`, made (again) for a service; hides what was said of another IIN.
    void attach(CatalogFieldForm* form);
    /// Says it again in the interface's language.
    void retranslate();

private:
    void lookUp();
    void show();
    void fill();

    QueueStore& m_store;
    QLabel* m_label;
    QPushButton* m_button;
    CatalogFieldForm* m_form = nullptr;
    QPointer<QLineEdit> m_iin; ///< the form's IIN editor (gone with the form when it is made again)
    QString m_asked;           ///< the IIN last asked about (a later answer for another is dropped)
    std::optional<KnownApplicant> m_known;
    QStringList m_filled; ///< the fields the button filled, said after
};

} // namespace kense
