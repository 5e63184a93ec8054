#pragma once

#include "records/DeskRecord.h"
#include "records/UserRecord.h"

#include <QObject>
#include <QPointer>

namespace kense {

class Clock;
class QueueStore;
class SetupDialog;
class SignInDialog;

struct SignedInSession
{
    UserRecord user;
    DeskRecord desk;
    QString databasePath;
    int schemaVersion = 0;
};

/// From start to a signed-in clerk: opens the database on the queue's thread; on an empty database asks for the desk
/// and the administrator (SetupDialog), then asks to sign in (SignInDialog). The UI thread never waits: each step is
/// a future answered on this object's thread.
class StartupFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupFlow)

public:
    StartupFlow(QueueStore& store, QString databasePath, const Clock& clock, LockoutPolicy policy = {},
                QObject* parent = nullptr);
    ~StartupFlow() override;

    void start();
    /// After a user signed out: the sign-in again, on the database already open (cancelling it quits, as at start).
    void signInAgain();
    SetupDialog* setupDialog() const;   ///< the set-up dialog while it is shown (for tests)
    SignInDialog* signInDialog() const; ///< the sign-in dialog while it is shown (for tests)

Q_SIGNALS:
    void signedIn(const kense::SignedInSession& session);
    void failed(const QString& reason);
    void cancelled();

private:
    /// Reads the desk key from the keychain when the desk's history is sealed with one (sync::HistorySeal).
    void useDeskKey();
    void checkDesk();
    void showSetup(const QList<OfficeRecord>& offices);
    void showSignIn(const DeskRecord& desk);

    QueueStore& m_store;
    QString m_path;
    const Clock& m_clock;
    LockoutPolicy m_policy;
    int m_schema = 0;
    QPointer<SetupDialog> m_setup;
    QPointer<SignInDialog> m_signIn;
};

} // namespace kense

Q_DECLARE_METATYPE(kense::SignedInSession)
