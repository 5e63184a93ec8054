#pragma once

#include "gui/sync/SyncController.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace kense {

/// The status bar's word on the sync: online or offline, the changes waiting for the centre, the last sync and any
/// conflicts; while a sync runs, a progress bar and a button to stop it.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)

public:
    explicit SyncStatusWidget(SyncController& sync, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showText();

    SyncController& m_sync;
    QLabel* m_label = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_cancel = nullptr;
    qint64 m_waiting = 0;
    qint64 m_conflicts = 0;
    QDateTime m_lastSync;
    QDateTime m_restoredAt;
    QString m_keyMissing; ///< why the desk key is not at hand

    QString m_lastMessage;
};

} // namespace kense
