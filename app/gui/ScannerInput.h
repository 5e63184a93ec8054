#pragma once

#include <QElapsedTimer>
#include <QEvent>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariant>

class QKeyEvent;
class QWidget;

namespace kense {

/// A barcode scanner is a keyboard that types fast: it types the request number and Enter. In `window` and every
/// window opened from it (a request's card, a preview, the application wizard), a complete request number
/// (isRequestNumber) typed with at most `maxGapMs` between keys and followed by Enter is reported by scanned(),
/// whichever keyboard layout (English, Russian, Kazakh) is switched on, and it lands nowhere else: the widget its keys
/// went to gets back what it showed before the first of them (a line or plain-text field its text, a list its current
/// row, a drop-down its choice), and the Enter that ends the scan reaches no widget, so it presses no button and runs
/// no move. Slower typing is a person and is left alone. A window that reads scans in a field of its own says so with
/// readsScansItself().
class ScannerInput final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScannerInput)

public:
    explicit ScannerInput(QWidget* window, int maxGapMs = 80);
    ~ScannerInput() override;

    /// `window` (the courier registers, whose scan field takes the numbers) and the windows opened from it are left
    /// alone.
    static void readsScansItself(QWidget* window);

Q_SIGNALS:
    /// `number` as read (ASCII, upper case).
    void scanned(const QString& number);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// What the widget that got the burst's first key showed before it, to put back when the burst is a scan.
    struct Before
    {
        QPointer<QWidget> widget;
        QVariant value;
        int cursor = -1;
    };

    bool watches(const QWidget* widget) const;
    bool onKeyPress(QWidget* widget, const QKeyEvent* key);
    void startBurst(QWidget* widget, QChar ascii);
    void restore();

    QPointer<QWidget> m_window;
    int m_maxGapMs;
    QString m_buffer; ///< the burst's keys as ASCII, upper case
    Before m_before;
    QElapsedTimer m_sinceLastKey;
    // A key a widget ignores goes on to its parent as the same event: it is counted once, at its first widget.
    const QEvent* m_lastEvent = nullptr;
    QPointer<QWidget> m_lastWidget;
};

} // namespace kense
