#include "gui/common/Prompts.h"

#include "gui/requests/SurveyDialog.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>

namespace kense {

namespace {
Prompts* g_instance = nullptr; ///< null: the real dialogs
} // namespace

bool Prompts::confirm(QWidget* parent, const QString& title, const QString& question)
{
    return QMessageBox::question(parent, title, question) == QMessageBox::Yes;
}

void Prompts::warn(QWidget* parent, const QString& title, const QString& message)
{
    QMessageBox::warning(parent, title, message);
}

QString Prompts::saveFileName(QWidget* parent, const QString& caption, const QString& suggested, const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

bool Prompts::choosePrinter(QWidget* parent, QPrinter& printer)
{
    QPrintDialog dialog(&printer, parent);
    dialog.setOption(QAbstractPrintDialog::PrintToFile, false);
    return dialog.exec() == QDialog::Accepted;
}

std::optional<std::pair<int, int>> Prompts::surveyAnswers(QWidget* parent)
{
    return askSurveyInDialog(parent);
}

std::optional<PlaceOffer> Prompts::placeOffer(QWidget* parent, const QString& number)
{
    return askPlaceOfferInDialog(parent, number);
}

Prompts& Prompts::instance()
{
    static Prompts real;
    return g_instance ? *g_instance : real;
}

void Prompts::setInstance(Prompts* prompts)
{
    g_instance = prompts;
}

} // namespace kense
