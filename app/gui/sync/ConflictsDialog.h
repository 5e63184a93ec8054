#pragma once

#include "records/UserRecord.h"
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

/// The requests another desk changed from the same state as this one, for the administrator to decide: keep this
/// desk's state or take the other desk's change. Each decision is an event that reaches every desk.
class ConflictsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictsDialog)

public:
    ConflictsDialog(QueueStore& store, const UserRecord& admin, std::function<QDateTime()> now,
                    QWidget* parent = nullptr);
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
    std::function<QDateTime()> m_now;
    UserRecord m_admin;
    QList<sync::ConflictRecord> m_conflicts;
};

} // namespace kense
