#include "gui/common/CapsLockHint.h"

#include <QBoxLayout>
#include <QEvent>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>

namespace kense {

CapsLockHint::CapsLockHint(QLabel* label, std::initializer_list<QLineEdit*> fields)
    : QObject(label)
    , m_label(label)
{
    m_label->setText(tr("Caps Lock is on: the password is being typed in capital letters."));
    m_label->setWordWrap(true);
    m_label->hide();
    for (QLineEdit* field : fields)
        field->installEventFilter(this);
}

void CapsLockHint::addTo(QInputDialog* dialog)
{
    dialog->setTextEchoMode(QLineEdit::Password); // makes Qt's field
    (void)dialog->minimumSizeHint();              // and its layout, which Qt otherwise makes only when shown
    auto* field = dialog->findChild<QLineEdit*>();
    auto* layout = qobject_cast<QBoxLayout*>(dialog->layout());
    if (!field || !layout)
        return; // a Qt whose input dialog is built otherwise: no hint, the password still works
    auto* label = new QLabel(dialog);
    label->setObjectName(QStringLiteral("capsLockLabel"));
    QSizePolicy room = label->sizePolicy(); // Qt's dialog does not grow when the hint appears: its room is kept
    room.setRetainSizeWhenHidden(true);
    label->setSizePolicy(room);
    const int at = layout->indexOf(field);
    layout->insertWidget(at >= 0 ? at + 1 : std::max(0, layout->count() - 1), label); // above the buttons
    new CapsLockHint(label, {field});
}

std::optional<bool> CapsLockHint::fromKey(const QString& text, bool shift)
{
    if (text.size() != 1)
        return std::nullopt;
    const QChar c = text.front();
    if (!c.isLetter() || c.toUpper() == c.toLower())
        return std::nullopt;
    return c.isUpper() != shift;
}

bool CapsLockHint::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_CapsLock) {
            if (m_on)
                m_on = !*m_on;
        } else if (const auto on = fromKey(key->text(), key->modifiers().testFlag(Qt::ShiftModifier))) {
            m_on = on;
        }
        show();
    }
    return QObject::eventFilter(watched, event);
}

void CapsLockHint::show()
{
    m_label->setVisible(m_on.value_or(false));
}

} // namespace kense
