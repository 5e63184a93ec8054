#pragma once

#include "sync/ConflictRecord.h"

#include <QDateTime>
#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class ConflictsDialog;
}

namespace kense {

class QueueStore;
class SyncController;

/// The requests another desk changed from the same state as this one, for an administrator of the centre to decide,
/// signed in there with the centre's login: keep this desk's state or take the other desk's change. The decision is
/// the centre's change, which reaches every desk; this one syncs at once to take it.
class ConflictsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictsDialog)

public:
    ConflictsDialog(QueueStore& store, SyncController& sync, std::function<QDateTime()> now, QWidget* parent = nullptr);
    ~ConflictsDialog() override;

Q_SIGNALS:
    void decided();

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void show(const QList<sync::ConflictRecord>& conflicts);
    void decide(bool take);

    std::unique_ptr<Ui::ConflictsDialog> m_ui;
    QueueStore& m_store;
    SyncController& m_sync;
    std::function<QDateTime()> m_now;
    QList<sync::ConflictRecord> m_conflicts;
};

} // namespace kense
