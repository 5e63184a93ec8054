#include "gui/sync/SyncController.h"

#include "QueueStore.h"
#include "gui/WhenReady.h"
#include "gui/common/CapsLockHint.h"
#include "sync/CentralSettings.h"
#include "sync/DeskSync.h"
#include "sync/SecretStore.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QWidget>

#include <utility>

namespace kense {

Q_LOGGING_CATEGORY(lcSyncUi, "kense.gui.sync")

SyncController::SyncController(QueueStore& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    m_thread.setObjectName(QStringLiteral("kense-sync"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    connect(&m_timer, &QTimer::timeout, this, [this] { syncNow(); });
    reconfigure();
}

SyncController::~SyncController()
{
    if (m_cancel)
        m_cancel->store(true);
    m_thread.quit();
    m_thread.wait();
}

void SyncController::reconfigure()
{
    const int minutes = CentralSettings::intervalMinutes();
    const auto address = CentralSettings::address();
    m_clearText = address && address->inClearText();
    if (!address) {
        m_link = Link::NotSet;
        m_timer.stop();
    } else {
        if (m_link == Link::NotSet)
            m_link = Link::Unknown;
        if (minutes > 0)
            m_timer.start(minutes * 60 * 1000);
        else
            m_timer.stop();
    }
    refreshCounts();
}

void SyncController::refreshCounts()
{
    // The journal asks at every page it loads: while one count is being read, further asks become one more read.
    if (m_countsReading) {
        m_countsAgain = true;
        return;
    }
    m_countsReading = true;
    const auto next = [this] {
        m_countsReading = false;
        if (std::exchange(m_countsAgain, false))
            refreshCounts();
    };
    whenReady(
        this, sync::DeskSync(m_store).counts(),
        [this, next](const sync::SyncCounts& c) {
            Q_EMIT countsChanged(c.waiting, c.conflicts, c.lastSync.toLocalTime(), c.restoredAt, c.keyMissing);
            next();
        },
        [next](const QString& reason) {
            qCWarning(lcSyncUi) << "cannot read the sync counts:" << reason;
            next();
        });
}

void SyncController::syncNow(QWidget* askParent)
{
    if (m_running)
        return;
    const auto address = CentralSettings::address();
    if (!address) {
        m_link = Link::NotSet;
        Q_EMIT finished(false, tr("No central server is set (Settings → Central server)."));
        return;
    }
    if (!m_sessionPassword.isEmpty()) {
        start(*address, m_sessionPassword);
        return;
    }
    m_running = true; // while the keychain answers
    QPointer<QWidget> parent(askParent);
    sync::SecretStore::readAsync(
        sync::SecretStore::centralKey(address->url()), this, [this, address = *address, parent](const sync::Secret& s) {
            m_running = false;
            if (s.status == sync::Secret::Status::Ok) {
                start(address, QString::fromUtf8(s.data));
                return;
            }
            const QString why = s.status == sync::Secret::Status::NotFound
                                    ? tr("The keychain holds no password for %1.").arg(address.url())
                                    : tr("No keychain is available on this computer (%1). The password "
                                         "will be kept only until Kense closes.")
                                          .arg(s.error);
            if (parent)
                askPassword(parent, address, why);
            else
                done(false, why, false);
        });
}

void SyncController::askPassword(QWidget* parent, const sync::CentralAddress& address, const QString& why)
{
    auto* dialog = new QInputDialog(parent);
    dialog->setObjectName(QStringLiteral("syncPasswordDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Password of the central server"));
    dialog->setLabelText(why + QLatin1Char('\n') + tr("Password of %1:").arg(address.url()));
    CapsLockHint::addTo(dialog); // the password's field, with the Caps Lock hint under it
    connect(dialog, &QInputDialog::textValueSelected, this, [this, address](const QString& password) {
        if (password.isEmpty())
            return;
        m_sessionPassword = password;
        start(address, password);
    });
    connect(dialog, &QDialog::rejected, this,
            [this] { done(false, tr("The sync was not started: no password."), false); });
    dialog->open();
}

void SyncController::start(const sync::CentralAddress& address, const QString& password)
{
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    Q_EMIT started();
    QMetaObject::invokeMethod(
        m_worker,
        [this, address, password, cancel = m_cancel]() {
            bool ok = false;
            bool cancelled = false;
            QString message;
            try {
                // The network is waited on here, on the sync's thread; the desk's work goes to its one writer, as jobs
                // between the clerk's own.
                sync::Central central(address, password);
                const sync::SyncReport r =
                    sync::DeskSync(m_store).run(central, [this, cancel](const sync::SyncProgress& p) {
                        QMetaObject::invokeMethod(
                            this, [this, p] { Q_EMIT progress(p.phase, p.done, p.total); }, Qt::QueuedConnection);
                        return !cancel->load();
                    });
                ok = true;
                message = tr("Synced: %1 sent, %2 received, %3 conflicts.")
                              .arg(r.uploaded + r.flagged)
                              .arg(r.applied)
                              .arg(r.conflicts + r.flagged);
            } catch (const sync::SyncCancelled&) {
                cancelled = true;
                message = tr("The sync was cancelled; what was sent and received so far is kept.");
            } catch (const StorageError& e) {
                message = e.message;
            }
            QMetaObject::invokeMethod(
                this, [this, ok, message, cancelled] { done(ok, message, cancelled); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SyncController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void SyncController::done(bool ok, const QString& message, bool cancelled)
{
    m_running = false;
    if (!cancelled)
        m_link = ok ? Link::Online : Link::Offline;
    if (!ok)
        qCWarning(lcSyncUi) << "sync:" << message;
    Q_EMIT finished(ok, message);
    refreshCounts();
}

} // namespace kense
