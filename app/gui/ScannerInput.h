#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace kense {

/// A barcode scanner is a keyboard that types fast: it types the request number and Enter. Wherever the focus is in
/// `window`, a complete request number (isRequestNumber) typed with at most `maxGapMs` between keys and followed by
/// Enter is reported by scanned() and its Enter is not passed on. Slower typing is a person and is left alone.
class ScannerInput final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScannerInput)

public:
    explicit ScannerInput(QWidget* window, int maxGapMs = 80);
    ~ScannerInput() override;

Q_SIGNALS:
    void scanned(const QString& number);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<QWidget> m_window;
    int m_maxGapMs;
    QString m_buffer;
    QElapsedTimer m_sinceLastKey;
};

} // namespace kense
