#pragma once

#include "common/LocalizedText.h"
#include "records/UserRecord.h"
#include "workflow/Channel.h"

#include <QDateTime>
#include <QMainWindow>
#include <QStringList>

#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}

namespace kense {

class AwaitingCount;
class JournalFilterBar;
class JournalModel;
class MainToolBar;
class QueueStore;
class ScannerInput;
class ServiceCatalog;
class SyncController;

/// What the journal needs: the queue store (on its own thread), the clock and the "due soon" window.
struct JournalContext
{
    QueueStore* store = nullptr; ///< null: no journal (the window shows only its facts)
    std::function<QDateTime()> now;
    std::function<QDateTime(const QDateTime&)> soonUntil;
};

/// What the main window shows about where it runs: the database file and the catalog in force.
struct StartupFacts
{
    QString databasePath;
    int schemaVersion = 0;
    QStringList problems;                ///< refused catalog or calendar files, each a one-line reason
    QString office;                      ///< the office's name and code, and the desk
    QString user;                        ///< the signed-in user's name and roles
    QString login;                       ///< whose window layout to remember (empty: none)
    bool administrator = false;          ///< may change the desk's settings (printing, calibration)
    std::optional<UserRecord> account{}; ///< the signed-in user (none: the window only shows)
    Channel deskKind = Channel::Provider;
};

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(const StartupFacts& facts, const ServiceCatalog& catalog, Language language,
               const JournalContext& journal = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    JournalModel* journalModel() const { return m_journal; }
    /// The desk's sync with the centre (null when the window shows no queue).
    SyncController* syncController() const { return m_sync; }

    /// Opens the print preview of the document request `number`'s state calls for (Ctrl+P on the selected row).
    /// Previews document `kind` (a DocumentKind) of request `number`, or with -1 the one its state calls for.
    void printRequest(const QString& number, int kind = -1);
    /// Opens the card of request `number` (Enter or a double click on a journal row, or a scanned number).
    void openRequest(const QString& number);
    /// File → Sign out (Ctrl+L): on a desk shared by several people, the next one signs in as themself. A begun
    /// application asks first; then signOutRequested, on which the program closes this window and asks to sign in.
    void signOut();

Q_SIGNALS:
    /// A request number came from the barcode scanner (the request card will open on it).
    void requestScanned(const QString& number);
    /// The user signed out: this window and its windows are to close, and the sign-in to be asked again.
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void showFacts();
    /// The count of the requests the journal's filter finds, beside the filters.
    void showTotal();
    void showStatusFacts();
    void restoreLayout();
    void saveLayout() const;
    void applyFilter();
    void onScanned(const QString& number);
    void printSelected();
    void newApplication();
    void setUpSync();
    /// Connects the menu entries that open windows of their own (MainWindowWindows.cpp).
    void connectWindows();
    /// The toolbar: the acts this user may do, from the menus (MainWindowWindows.cpp).
    void setUpToolBar();
    /// The database file is gone (QueueStore::databaseLost): no act is offered any more, and the clerk is told.
    void stopWork(const QString& message);
    std::function<QDateTime()> clock() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    StartupFacts m_facts;
    const ServiceCatalog& m_catalog;
    Language m_language;
    QueueStore* m_store = nullptr;
    std::function<QDateTime()> m_now;
    std::function<QDateTime(const QDateTime&)> m_soonUntil;
    JournalModel* m_journal = nullptr;
    JournalFilterBar* m_filters = nullptr;
    AwaitingCount* m_awaiting = nullptr; ///< a head's or an executor's «waiting for me»
    MainToolBar* m_toolBar = nullptr;
    ScannerInput* m_scanner = nullptr;
    SyncController* m_sync = nullptr;
    QDateTime m_restoredAt; ///< valid while the desk is on hold after a restore (from the sync's counts)
    QString m_keyMissing;   ///< why the desk key is not at hand, so nothing can be saved (from the sync's counts)
    bool m_columnsFitted = false;
};

} // namespace kense
