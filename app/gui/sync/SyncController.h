#pragma once

#include "sync/Central.h"
#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

class QWidget;

namespace kense {

class QueueStore;

/// The desk's sync with the centre, in the background: on a timer and when asked. The sync runs on a thread of its
/// own with its own connection to the centre, so neither the window nor the queue's writer waits for the network;
/// its work on the desk's database runs on the queue's one writer, between the clerk's jobs. Progress and the
/// outcome come back as signals. The password is read from the
/// keychain when a sync starts; with no keychain, the user is asked once and it is kept in memory only.
class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    enum class Link
    {
        NotSet,  ///< no central server is set
        Unknown, ///< not tried yet
        Online,  ///< the last sync went through
        Offline  ///< the last sync could not reach the centre
    };

    explicit SyncController(QueueStore& store, QObject* parent = nullptr);
    ~SyncController() override;

    /// Starts a sync unless one runs. With `askParent`, a missing password is asked for in a dialog over it; without,
    /// the sync ends as offline and says why.
    void syncNow(QWidget* askParent = nullptr);
    void cancel();
    bool isRunning() const { return m_running; }
    Link link() const { return m_link; }
    /// The settings name a link without encryption (sslmode=disable, written out): the status bar says so.
    bool inClearText() const { return m_clearText; }
    /// A password for this session only (no keychain here); empty forgets it.
    void setSessionPassword(const QString& password) { m_sessionPassword = password; }
    /// Re-reads how often to sync and the server (after the settings changed).
    void reconfigure();
    /// Reads the changes waiting, the open conflicts and the last sync (on the queue's thread).
    void refreshCounts();

Q_SIGNALS:
    void started();
    void progress(sync::SyncProgress::Phase phase, qint64 done, qint64 total);
    /// `ok`: the sync went through; `message` sums it up or says why not.
    void finished(bool ok, const QString& message);
    /// `restoredAt`: valid while the desk is on hold after a restore (it registers nothing until a sync caught up).
    /// `keyMissing`: why the desk key is not at hand (nothing can be saved), empty when it is (sync::SyncCounts).
    void countsChanged(qint64 waiting, qint64 conflicts, const QDateTime& lastSync, const QDateTime& restoredAt,
                       const QString& keyMissing);

private:
    void start(const sync::CentralAddress& address, const QString& password);
    void askPassword(QWidget* parent, const sync::CentralAddress& address, const QString& why);
    void done(bool ok, const QString& message, bool cancelled);

    QueueStore& m_store;
    QThread m_thread;
    QObject* m_worker = nullptr;
    QTimer m_timer;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
    Link m_link = Link::Unknown;
    bool m_clearText = false;
    QString m_sessionPassword;
    bool m_countsReading = false; ///< a count is being read on the queue's thread
    bool m_countsAgain = false;   ///< asked for again meanwhile: read once more when it is done
};

} // namespace kense
