#include "gui/intake/ApplicantRecall.h"

#include "QueueStore.h"
#include "gui/WhenReady.h"
#include "gui/intake/CatalogFieldForm.h"
#include "identity/Iin.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace kense {

namespace {
const QString iinField = QStringLiteral("applicant.iin");
} // namespace

ApplicantRecall::ApplicantRecall(QueueStore& store, QLabel* label, QPushButton* button, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_label(label)
    , m_button(button)
{
    m_label->setObjectName(QStringLiteral("knownApplicantLabel"));
    m_button->setObjectName(QStringLiteral("fillApplicantButton"));
    m_label->setWordWrap(true);
    m_label->hide();
    m_button->hide();
    connect(m_button, &QPushButton::clicked, this, &ApplicantRecall::fill);
}

void ApplicantRecall::attach(CatalogFieldForm* form)
{
    if (m_iin) // the same form made again keeps no second connection (a new form's editors are new)
        disconnect(m_iin, nullptr, this, nullptr);
    m_form = form;
    m_iin = qobject_cast<QLineEdit*>(form->editor(iinField));
    m_known.reset();
    m_asked.clear();
    m_filled.clear();
    show();
    if (m_iin)
        connect(m_iin, &QLineEdit::textChanged, this, &ApplicantRecall::lookUp);
}

void ApplicantRecall::lookUp()
{
    const QString iin = m_iin ? m_iin->text().trimmed() : QString();
    if (iin == m_asked)
        return;
    m_asked = iin;
    m_known.reset();
    m_filled.clear();
    show();
    if (!IdentityNumber::check(iin).isValid())
        return; // only a whole, valid IIN is looked up: never a prefix, which would show someone else
    whenReady(
        this, m_store.knownApplicant(iin),
        [this, iin](const std::optional<KnownApplicant>& known) {
            if (iin != m_asked)
                return; // the clerk typed on meanwhile
            m_known = known;
            show();
        },
        [](const QString&) {}); // an offer that cannot be read is no offer: the clerk types, as before
}

void ApplicantRecall::show()
{
    if (!m_known) {
        m_label->hide();
        m_button->hide();
        return;
    }
    const Party& p = m_known->party;
    if (!m_filled.isEmpty()) {
        m_label->setText(tr("Filled in from %1: %2. Check them with the applicant.")
                             .arg(m_known->lastNumber, m_filled.join(QStringLiteral(", "))));
    } else {
        m_label->setText(
            tr("This IIN applied here before: %n request(s); the last, %1, on %2 (%3).", nullptr, m_known->requests)
                .arg(m_known->lastNumber, m_known->lastAcceptedAt.toString(QStringLiteral("dd.MM.yyyy")),
                     p.fullName()));
    }
    m_label->show();
    m_button->setText(tr("&Fill in from the last request"));
    m_button->setToolTip(tr("Fills the applicant's empty fields — name, phone, address — as request %1 wrote them")
                             .arg(m_known->lastNumber));
    m_button->setVisible(m_filled.isEmpty());
}

void ApplicantRecall::retranslate()
{
    show();
}

void ApplicantRecall::fill()
{
    if (!m_known || !m_form)
        return;
    const Party& p = m_known->party;
    const QList<std::pair<const char*, QString>> parts = {{"surname", p.surname},
                                                          {"given_name", p.givenName},
                                                          {"patronymic", p.patronymic},
                                                          {"phone", p.phone},
                                                          {"address", p.address}};
    QStringList filled;
    for (const auto& [part, value] : parts) {
        const QString id = QStringLiteral("applicant.") + QLatin1String(part);
        if (!m_form->editor(id) || value.isEmpty() || !m_form->value(id).isEmpty())
            continue; // not asked by this service, not known, or typed already: left as it is
        m_form->setValue(id, value);
        filled << value;
    }
    m_filled = filled.isEmpty() ? QStringList{tr("nothing, every field was filled in already")} : filled;
    show();
}

} // namespace kense
