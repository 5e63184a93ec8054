#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace kense {

/// A barcode scanner is a keyboard that types fast: it types the request number and Enter. Wherever the focus is in
/// `window`, a complete request number (isRequestNumber) typed with at most `maxGapMs` between keys and followed by
/// Enter is reported by scanned() and its Enter is not passed on, whichever keyboard layout (English, Russian,
/// Kazakh) is switched on. Slower typing is a person and is left alone.
class ScannerInput final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScannerInput)

public:
    explicit ScannerInput(QWidget* window, int maxGapMs = 80);
    ~ScannerInput() override;

Q_SIGNALS:
    /// `number` as read (ASCII, upper case) and `typed`, the characters its keys put into the focused widget (in
    /// Cyrillic when the Russian or Kazakh layout was on), for taking them back out.
    void scanned(const QString& number, const QString& typed);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<QWidget> m_window;
    int m_maxGapMs;
    QString m_buffer; ///< the keys as ASCII
    QString m_typed;  ///< the same keys as they typed
    QElapsedTimer m_sinceLastKey;
};

} // namespace kense
