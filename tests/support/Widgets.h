#pragma once

// Finding a window's widgets by objectName, as the GUI tests reach them.
#include <QLineEdit>
#include <QTest>
#include <QWidget>

namespace kense::test {

/// The child of `w` named `name`; the test stops when there is none.
template <typename T>
T* child(QObject* w, const char* name)
{
    auto* c = w->findChild<T*>(QString::fromLatin1(name));
    if (!c)
        qFatal("no %s", name);
    return c;
}

/// The dialog named `name` over `parent`, once it appears (within 10 s); the test stops when it does not.
template <typename T>
T* waitForDialog(QWidget* parent, const char* name)
{
    T* found = nullptr;
    const bool appeared =
        QTest::qWaitFor([&] { return (found = parent->findChild<T*>(QString::fromLatin1(name))) != nullptr; }, 10000);
    if (!appeared)
        qFatal("no dialog %s", name);
    return found;
}

/// Types `text` into `w` key by key, Cyrillic and Kazakh letters included (QTest::keyClicks aborts on them in
/// Qt 6.4); a line edit is emptied first.
inline void typeText(QWidget* w, const QString& text)
{
    if (auto* edit = qobject_cast<QLineEdit*>(w))
        edit->clear();
    w->setFocus();
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

} // namespace kense::test
