#include "gui/printing/DocumentLanguageChoice.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QSignalBlocker>

namespace kense {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::DocumentLanguageChoice)
};
} // namespace

void fillDocumentLanguages(QComboBox* combo)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(Tr::tr("Kazakh"), QStringLiteral("kk"));
    combo->addItem(Tr::tr("Russian"), QStringLiteral("ru"));
    combo->addItem(Tr::tr("Kazakh and Russian"), QStringLiteral("both"));
    if (!current.isEmpty())
        combo->setCurrentIndex(combo->findData(current));
}

} // namespace kense
