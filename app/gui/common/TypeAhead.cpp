#include "gui/common/TypeAhead.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

namespace kense {

void makeTypeAhead(QComboBox* combo)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    QCompleter* completer = combo->completer();
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    QObject::connect(combo->lineEdit(), &QLineEdit::editingFinished, combo, [combo] {
        const int typed = combo->findText(combo->currentText(), Qt::MatchFixedString);
        if (typed >= 0 && typed != combo->currentIndex())
            combo->setCurrentIndex(typed); // a whole name typed out is a choice too
        else if (combo->currentIndex() >= 0)
            combo->setEditText(combo->itemText(combo->currentIndex()));
    });
}

} // namespace kense
