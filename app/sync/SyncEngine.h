#pragma once

#include "Central.h"
#include "ExchangeKeys.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace kense::sync {

struct SyncProgress
{
    enum class Phase
    {
        Upload,
        Pull
    };
    Phase phase = Phase::Upload;
    qint64 done = 0;
    qint64 total = 0; ///< upload: changes waiting at the start; pull: the centre's changes to look through
};

struct SyncReport
{
    qint64 uploaded = 0;  ///< changes the centre accepted
    qint64 flagged = 0;   ///< changes the centre kept as conflicts
    qint64 skipped = 0;   ///< changes the centre had already
    qint64 pulled = 0;    ///< changes of other desks read
    qint64 applied = 0;   ///< … applied here
    qint64 conflicts = 0; ///< … kept here as conflicts
    qint64 waiting = 0;   ///< changes still waiting for the centre afterwards
    qint64 recovered = 0; ///< this desk's own changes brought back from the centre after a restore
    qint64 pruned = 0;    ///< changes the centre confirmed long ago, let go of from the outbox
};

/// Thrown when the caller's progress callback asks to stop: everything done so far is kept.
struct SyncCancelled
{};

/// Meets the centre: uploads this desk's outbox in order, in batches, then pulls the changes addressed to its
/// office since its mark. Each batch is one transaction at the centre and one here, and the marks move only with
/// a committed batch, so a sync cut at any point resumes where it stopped and a batch sent twice changes nothing.
class SyncEngine
{
public:
    using ProgressFn = std::function<bool(const SyncProgress&)>; ///< return false to stop
    /// A piece of the desk's own work (reading its outbox, applying a batch, moving a mark) and how it is run: at once
    /// on a connection of the caller's (kensectl), or as a job on the desk's one writer (the program's queue store),
    /// so the sync never writes beside it. The network is never waited on inside one.
    using DeskJob = std::function<void(const QSqlDatabase&)>;
    using OnDesk = std::function<void(const DeskJob&)>;

    /// The desk's work on `desk`, on the calling thread.
    SyncEngine(const QSqlDatabase& desk, Central& central, int batchSize = 2000);
    SyncEngine(OnDesk onDesk, Central& central, int batchSize = 2000);
    /// Where the public keys of the desks whose changes this desk relays come from (the keychain, unless set).
    void setRelayKeys(PublicKeyOf keyOf) { m_relayKeys = std::move(keyOf); }
    /// How many days the outbox keeps changes after the centre confirmed them (0: all; by default the desk's
    /// central/keep_confirmed_days). A sync that ended well lets go of older ones.
    void setKeepConfirmedDays(int days) { m_keepDays = days; }

    SyncReport run(const ProgressFn& progress = {});
    void upload(SyncReport& report, const ProgressFn& progress = {});
    void pull(SyncReport& report, const ProgressFn& progress = {});

private:
    /// Shows the centre this desk's event log: its head, and its hash at the newest head it showed before. A log
    /// written again since (the events edited and every hash after them computed anew) is refused before anything
    /// is sent (Central::historyRefusal), and so is a shorter log unless the desk was `restored` from a backup.
    void reportChain(bool restored);
    /// A desk restored from a backup (RestoreHold) first brings back its own changes the centre holds, then goes on
    /// numbering after them: the copy's own changes must be the centre's, or it is a fork and nothing is changed.
    void catchUpAfterRestore(SyncReport& report, const ProgressFn& progress);
    /// Compares this desk's changes numbered in (afterSeq, upTo] with the centre's by uuid: a number the centre holds
    /// with another change is a fork, refused (StorageError) before anything moves. True when the centre holds all.
    bool checkSameChanges(qint64 afterSeq, qint64 upTo);

    template <typename F>
    auto onDesk(F f) -> decltype(f(QSqlDatabase()))
    {
        decltype(f(QSqlDatabase())) out{};
        m_onDesk([&](const QSqlDatabase& db) { out = f(db); });
        return out;
    }

    /// Refuses a batch of relayed changes any of which its desk's signature does not cover: the relay table was
    /// edited here, and the change must not reach the centre in that desk's name.
    void checkRelayed(const QList<OutgoingChange>& batch) const;

    OnDesk m_onDesk;
    PublicKeyOf m_relayKeys;
    Central& m_central;
    int m_batch;
    QString m_desk;
    int m_keepDays = 0;
    bool m_withOwn = false; ///< the pull also brings this desk's own changes (catching up after a restore)
};

} // namespace kense::sync
