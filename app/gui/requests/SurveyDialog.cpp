#include "gui/requests/SurveyDialog.h"

#include "ui_SurveyDialog.h"

#include <QDialog>
#include <QRadioButton>

namespace kense {

std::optional<std::pair<int, int>> askSurveyInDialog(QWidget* parent)
{
    QDialog dialog(parent);
    Ui::SurveyDialog ui;
    ui.setupUi(&dialog);
    QObject::connect(ui.buttonBox, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(ui.buttonBox, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const auto answer = [](QRadioButton* a, QRadioButton* b, QRadioButton* c) {
        return a->isChecked() ? 1 : b->isChecked() ? 2 : c->isChecked() ? 3 : 0;
    };
    const int quality = answer(ui.quality1, ui.quality2, ui.quality3);
    const int information = answer(ui.information1, ui.information2, ui.information3);
    if (quality == 0 || information == 0)
        return std::nullopt; // an answer left out: no survey rather than a guessed one
    return std::pair{quality, information};
}

} // namespace kense
