#include "gui/queue/PlaceOfferDialog.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kense {

namespace {
class PlaceOfferDialog : public QDialog
{
    Q_DECLARE_TR_FUNCTIONS(kense::PlaceOfferDialog)

public:
    PlaceOfferDialog(QWidget* parent, const QString& number)
        : QDialog(parent)
    {
        setObjectName(QStringLiteral("PlaceOfferDialog"));
        setWindowTitle(tr("Offer a place"));
        auto* intro = new QLabel(tr("A free place for the child of application %1. The parent answers in writing: "
                                    "a consent issues the direction, a refusal keeps the child in the queue.")
                                     .arg(number));
        intro->setWordWrap(true);
        kindergarten = new QLineEdit;
        kindergarten->setObjectName(QStringLiteral("kindergartenEdit"));
        kindergarten->setPlaceholderText(tr("e.g. № 5 «Ақбота» балабақшасы"));
        group = new QLineEdit;
        group->setObjectName(QStringLiteral("groupEdit"));
        answerByCheck = new QCheckBox(tr("The parent &answers by:"));
        answerByCheck->setObjectName(QStringLiteral("answerByCheck"));
        answerBy = new QDateEdit(QDate::currentDate());
        answerBy->setObjectName(QStringLiteral("answerByEdit"));
        answerBy->setMinimumDate(QDate::currentDate());
        answerBy->setCalendarPopup(true);
        answerBy->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
        answerBy->setEnabled(false);
        connect(answerByCheck, &QCheckBox::toggled, answerBy, &QWidget::setEnabled);
        auto* form = new QFormLayout;
        form->addRow(tr("&Kindergarten:"), kindergarten);
        form->addRow(tr("&Group:"), group);
        form->addRow(answerByCheck, answerBy);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
        ok->setText(tr("&Offer"));
        ok->setEnabled(false);
        connect(kindergarten, &QLineEdit::textChanged, ok,
                [ok](const QString& text) { ok->setEnabled(!text.trimmed().isEmpty()); });
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(intro);
        layout->addLayout(form);
        layout->addWidget(buttons);
        resize(520, sizeHint().height());
    }

    QLineEdit* kindergarten = nullptr;
    QLineEdit* group = nullptr;
    QCheckBox* answerByCheck = nullptr;
    QDateEdit* answerBy = nullptr;
};
} // namespace

std::optional<PlaceOffer> askPlaceOfferInDialog(QWidget* parent, const QString& number)
{
    PlaceOfferDialog dialog(parent, number);
    if (dialog.exec() != QDialog::Accepted || dialog.kindergarten->text().trimmed().isEmpty())
        return std::nullopt;
    return PlaceOffer{dialog.kindergarten->text().trimmed(), dialog.group->text().trimmed(),
                      dialog.answerByCheck->isChecked() ? dialog.answerBy->date() : QDate()};
}

} // namespace kense
