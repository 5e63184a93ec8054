#pragma once

#include <QObject>

#include <initializer_list>
#include <optional>

class QInputDialog;
class QLabel;
class QLineEdit;

namespace kense {

/// Warns that Caps Lock is on while a password is typed, where the dots do not show the letters' case.
///
/// Qt has no portable way to ask for the Caps Lock state, so the hint reads it from the keys themselves: a letter
/// typed in capitals without Shift, or in small letters with Shift, means Caps Lock is on (for Cyrillic as for
/// Latin, on every platform); a letter in the case Shift gives means it is off. The Caps Lock key flips a state
/// already known. The label is shown only while the state is known to be on.
class CapsLockHint final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapsLockHint)

public:
    /// Watches `fields`' keys and shows or hides `label` (owned by the label: it goes with it).
    CapsLockHint(QLabel* label, std::initializer_list<QLineEdit*> fields);

    /// The same under the password of a Qt input dialog (echo mode Password), whose field and layout are Qt's: a
    /// label "capsLockLabel" goes under the field.
    static void addTo(QInputDialog* dialog);

    /// The state the keys have shown so far: empty until a letter was typed.
    std::optional<bool> isOn() const { return m_on; }

    /// What a typed letter says of Caps Lock: empty for a key that is no letter with two cases.
    static std::optional<bool> fromKey(const QString& text, bool shift);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void show();

    QLabel* m_label;
    std::optional<bool> m_on;
};

} // namespace kense
