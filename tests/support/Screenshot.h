#pragma once

// A window as the clerk sees it, kept for people to look at: build/<preset>/screenshots/<name>.png.
#include <QCoreApplication>
#include <QDir>
#include <QWidget>

namespace kense::test {

inline void keepScreenshot(QWidget& window, const QString& name)
{
    const QString dir = qEnvironmentVariable("KENSE_BINARY_DIR") + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    QCoreApplication::processEvents(); // widgets added since the last layout pass get their places
    window.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace kense::test
