#include "gui/StartupFlow.h"

#include "QueueStore.h"
#include "calendar/Clock.h"
#include "gui/WhenReady.h"
#include "gui/dialogs/SetupDialog.h"
#include "gui/dialogs/SignInDialog.h"
#include "sync/DeskSync.h"
#include "sync/HistorySeal.h"

#include <QLoggingCategory>

namespace kense {

Q_LOGGING_CATEGORY(lcStartup, "kense.gui.startup")

StartupFlow::StartupFlow(QueueStore& store, QString databasePath, const Clock& clock, LockoutPolicy policy,
                         QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_path(std::move(databasePath))
    , m_clock(clock)
    , m_policy(policy)
{}

StartupFlow::~StartupFlow()
{
    delete m_setup;
    delete m_signIn;
}

SetupDialog* StartupFlow::setupDialog() const
{
    return m_setup;
}

SignInDialog* StartupFlow::signInDialog() const
{
    return m_signIn;
}

void StartupFlow::start()
{
    const auto fail = [this](const QString& reason) {
        Q_EMIT failed(reason);
    };
    whenReady(
        this, m_store.open(m_path),
        [this](int schema) {
            m_schema = schema;
            useDeskKey();
            checkDesk();
        },
        fail);
}

void StartupFlow::signInAgain()
{
    qCInfo(lcStartup) << "signed out";
    checkDesk();
}

void StartupFlow::useDeskKey()
{
    // The keychain answers while the clerk signs in; a change committed before it has would be refused, not unsealed.
    whenReady(
        this, sync::DeskSync(m_store).sealedDesk(),
        [this](const QString& desk) {
            if (desk.isEmpty())
                return;
            sync::SecretStore::readAsync(sync::SecretStore::historyKey(desk), this, [](const sync::Secret& answer) {
                sync::HistorySeal::useAnswer(answer);
                if (answer.status != sync::Secret::Status::Ok)
                    qCWarning(lcStartup) << "the desk key is not at hand:" << answer.error;
            });
        },
        [](const QString& reason) {
            qCWarning(lcStartup) << "cannot tell whether a desk key seals the history:" << reason;
        });
}

void StartupFlow::checkDesk()
{
    const auto fail = [this](const QString& reason) {
        Q_EMIT failed(reason);
    };
    whenReady(
        this, m_store.thisDesk(),
        [this, fail](const std::optional<DeskRecord>& desk) {
            if (desk) {
                showSignIn(*desk);
                return;
            }
            whenReady(
                this, m_store.offices(), [this](const QList<OfficeRecord>& offices) { showSetup(offices); }, fail);
        },
        fail);
}

void StartupFlow::showSetup(const QList<OfficeRecord>& offices)
{
    m_setup = new SetupDialog(offices);
    m_setup->setObjectName(QStringLiteral("setupDialog"));
    connect(m_setup, &QDialog::rejected, this, &StartupFlow::cancelled);
    connect(m_setup, &SetupDialog::setupRequested, this, [this](const DeskSetup& setup) {
        const QDateTime now = m_clock.now();
        whenReady(
            this, m_store.setUpDesk(setup, now),
            [this](const DeskRecord& desk) {
                qCInfo(lcStartup) << "desk set up:" << desk.office.code << desk.code;
                m_setup->done(QDialog::Accepted);
                m_setup->deleteLater();
                showSignIn(desk);
            },
            [this](const QString& reason) { m_setup->showError(reason); });
    });
    qCInfo(lcStartup) << "showing the set-up dialog";
    m_setup->show();
}

void StartupFlow::showSignIn(const DeskRecord& desk)
{
    m_signIn =
        new SignInDialog(desk.office.name + QStringLiteral("\n") + desk.office.code + QLatin1Char('-') + desk.code);
    m_signIn->setObjectName(QStringLiteral("signInDialog"));
    connect(m_signIn, &QDialog::rejected, this, &StartupFlow::cancelled);
    connect(m_signIn, &SignInDialog::signInRequested, this,
            [this, desk](const QString& login, const QString& password) {
                whenReady(
                    this, m_store.signIn(login, password, m_clock.now(), m_policy, m_clock.uptime()),
                    [this, desk](const SignInResult& result) {
                        if (!result.ok) {
                            qCInfo(lcStartup) << "sign-in refused" << (result.locked ? "(locked)" : "");
                            m_signIn->showFailure(result.locked ? result.lockedUntil : QDateTime());
                            return;
                        }
                        qCInfo(lcStartup) << "signed in:" << result.user->login;
                        m_signIn->done(QDialog::Accepted);
                        m_signIn->deleteLater();
                        Q_EMIT signedIn(SignedInSession{*result.user, desk, m_path, m_schema});
                    },
                    [this](const QString& reason) {
                        qCWarning(lcStartup) << "sign-in failed:" << reason;
                        m_signIn->showFailure();
                    });
            });
    qCInfo(lcStartup) << "showing the sign-in dialog";
    m_signIn->show();
}

} // namespace kense
