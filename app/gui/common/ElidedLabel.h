#pragma once

#include <QLabel>

namespace kense {

/// A one-line label that, short of room, shows its text shortened with «…» (where `mode` says) instead of cutting
/// it at the edge; text() stays whole (say it in the tooltip too, where the end matters).
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(const QString& text, Qt::TextElideMode mode, QWidget* parent = nullptr);

    /// The text as it reads on screen at the present width.
    QString shownText() const;

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Qt::TextElideMode m_mode;
};

} // namespace kense
