#include "SyncEngine.h"

#include "CentralSettings.h"
#include "ChainShown.h"
#include "DeskRepository.h"
#include "EventLog.h"
#include "ExchangeKeyring.h"
#include "Inbox.h"
#include "Outbox.h"
#include "RestoreHold.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>
#include <QScopeGuard>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>

Q_LOGGING_CATEGORY(lcSync, "kense.sync")

namespace kense::sync {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::SyncEngine)
};

void count(SyncReport& r, const UploadResult& u)
{
    r.uploaded += u.accepted;
    r.flagged += u.conflicts;
    r.skipped += u.skipped;
}

void report(const SyncEngine::ProgressFn& progress, SyncProgress::Phase phase, qint64 done, qint64 total)
{
    if (progress && !progress(SyncProgress{phase, done, total}))
        throw SyncCancelled{};
}
} // namespace

SyncEngine::SyncEngine(const QSqlDatabase& desk, Central& central, int batchSize)
    : SyncEngine([desk](const DeskJob& job) { job(desk); }, central, batchSize)
{}

SyncEngine::SyncEngine(OnDesk onDesk, Central& central, int batchSize)
    : m_onDesk(std::move(onDesk))
    , m_central(central)
    , m_batch(batchSize)
{
    m_relayKeys = [](const QString& party) {
        return ExchangeKeyring::held(party);
    };
    m_desk = this->onDesk([](const QSqlDatabase& db) { return DeskRepository::thisDeskCode(db); });
    if (m_desk.isEmpty())
        throw DeskRepository::notADesk();
    m_keepDays = CentralSettings::keepConfirmedDays();
}

SyncReport SyncEngine::run(const ProgressFn& progress)
{
    SyncReport r;
    const bool restored = onDesk([](const QSqlDatabase& db) { return RestoreHold::since(db).has_value(); });
    reportChain(restored);
    if (restored)
        catchUpAfterRestore(r, progress);
    upload(r, progress);
    pull(r, progress);
    r.waiting = onDesk([restored](const QSqlDatabase& db) {
        Transaction tx(db);
        Outbox::setMark(db, QStringLiteral("last_sync"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (restored)
            RestoreHold::release(db); // caught up and delivered: the desk works again
        tx.commit();
        return Outbox::waiting(db);
    });
    r.pruned =
        onDesk([this](const QSqlDatabase& db) { return Outbox::prune(db, m_keepDays, QDateTime::currentDateTime()); });
    if (restored)
        qCInfo(lcSync) << m_desk << "caught up after a restore:" << r.recovered << "of its own changes brought back";
    qCInfo(lcSync) << "sync of" << m_desk << "uploaded" << r.uploaded << "flagged" << r.flagged << "skipped"
                   << r.skipped << "pulled" << r.pulled << "applied" << r.applied << "conflicts" << r.conflicts;
    return r;
}

void SyncEngine::reportChain(bool restored)
{
    const ChainPoint head = onDesk([](const QSqlDatabase& db) {
        const auto h = EventLog::head(db);
        return h ? ChainPoint{h->first, h->second} : ChainPoint{};
    });
    if (head.eventId == 0)
        return; // nothing written yet
    std::optional<ChainPoint> at;
    if (const std::optional<ChainPoint> mark = m_central.chainMark(m_desk, head.eventId)) {
        // The hash this log holds there now: an empty one if the event is gone, which the centre refuses too.
        at = ChainPoint{mark->eventId,
                        onDesk([id = mark->eventId](const QSqlDatabase& db) { return EventLog::hashAt(db, id); })};
    }
    m_central.reportChain(m_desk, at, head, restored);
    m_onDesk([id = head.eventId](const QSqlDatabase& db) { ChainShown::note(db, id, QStringLiteral("sync")); });
}

bool SyncEngine::checkSameChanges(qint64 afterSeq, qint64 upTo)
{
    const QHash<qint64, QString> held = m_central.heldChanges(m_desk, afterSeq, upTo);
    const QHash<qint64, QString> own =
        onDesk([afterSeq, upTo](const QSqlDatabase& db) { return Outbox::uuids(db, afterSeq, upTo); });
    bool allHeld = own.size() == held.size();
    for (auto it = own.cbegin(); it != own.cend(); ++it) {
        const auto there = held.constFind(it.key());
        if (there != held.cend() && there.value() != it.value())
            throw Central::forkRefusal(Tr::tr("number %1 of desk %2").arg(it.key()).arg(m_desk));
        allHeld = allHeld && there != held.cend();
    }
    return allHeld;
}

void SyncEngine::catchUpAfterRestore(SyncReport& r, const ProgressFn& progress)
{
    const qint64 central = m_central.uploadedMark(m_desk);
    struct Marks
    {
        qint64 last = 0, uploaded = 0;
    };
    const Marks here = onDesk([](const QSqlDatabase& db) {
        return Marks{Outbox::lastSeq(db), Outbox::markNumber(db, QStringLiteral("uploaded"))};
    });
    if (central > here.uploaded) {
        // The copy's own changes the centre holds must be the same changes (by uuid): a copy of another desk with
        // this code, or a copy that numbered changes again, is a fork and is refused before anything moves.
        checkSameChanges(here.uploaded, std::min(central, here.last));
    }
    // What the centre holds of this desk's own, after the copy's pull mark: the copy's pull mark is older than
    // anything the desk sent after the copy was made, so the pull from there brings all of it back.
    m_withOwn = true;
    const auto restoreFlag = qScopeGuard([this] { m_withOwn = false; });
    pull(r, progress);

    m_onDesk([central, &here](const QSqlDatabase& db) {
        Transaction tx(db);
        if (central > here.last) {
            // The changes numbered after the copy came back above; the next change of this desk follows them.
            Outbox::continueAfter(db, central);
            Outbox::setUploaded(db, central);
        }
        RestoreHold::catchUpNumbers(db);
        tx.commit();
    });
}

void SyncEngine::upload(SyncReport& r, const ProgressFn& progress)
{
    // The centre's mark says where to go on: it is ahead of ours when a batch committed there and the link or the
    // program died before this desk wrote its mark, and behind it when the centre was restored from a backup —
    // then this desk sends again what the centre lost (the outbox keeps every change).
    const qint64 central = m_central.uploadedMark(m_desk);
    struct Marks
    {
        qint64 last = 0, uploaded = 0, waiting = 0;
    };
    const Marks here = onDesk([](const QSqlDatabase& db) {
        return Marks{Outbox::lastSeq(db), Outbox::markNumber(db, QStringLiteral("uploaded")), Outbox::waiting(db)};
    });
    if (central > here.last)
        throw StorageError{Tr::tr("the centre holds changes up to %1 from desk %2, but this database has only up to "
                                  "%3: it may have been restored from a backup. Ask the administrator of the centre "
                                  "before syncing this database")
                               .arg(central)
                               .arg(m_desk)
                               .arg(here.last)};
    if (central < here.last) {
        // The centre lacks changes this desk let go of once it had confirmed them: it was restored from a backup
        // older than the outbox's window. Sending what is left would leave a hole in the desk's changes there.
        const qint64 first = onDesk([](const QSqlDatabase& db) { return Outbox::firstKept(db); });
        if (first == 0 || first > central + 1)
            throw StorageError{Tr::tr("the centre holds the changes of desk %1 only up to %2, and this desk let go of "
                                      "its changes up to %3 after the centre had confirmed them (it keeps them %4 "
                                      "days): the centre was restored from a backup older than that. Nothing was "
                                      "sent; the centre's administrator restores a newer backup")
                                   .arg(m_desk)
                                   .arg(central)
                                   .arg(first == 0 ? here.last : first - 1)
                                   .arg(m_keepDays)};
    }
    qint64 mark = central;
    if (central > here.uploaded) {
        // Changes the centre holds that this desk never saw acknowledged: a batch whose answer was lost, changes that
        // went by package — or a desk restored from an older copy that numbered new changes again. They are the
        // same changes only if their uuids are: anything else is a fork, refused before anything is sent.
        const bool allHeld = checkSameChanges(here.uploaded, central);
        // The same changes: delivered, though the answer was lost. The desk's mark moves up to the centre's, or the
        // desk counts them as waiting for ever (they are never sent again: sending starts after the centre's mark).
        if (allHeld) {
            m_onDesk([central](const QSqlDatabase& db) {
                Transaction tx(db);
                Outbox::setUploaded(db, central);
                tx.commit();
            });
        }
    }
    if (central < here.uploaded)
        qCWarning(lcSync) << "the centre has the changes of" << m_desk << "only up to" << central
                          << "; sending again from there";
    const qint64 total = here.waiting;
    qint64 done = 0;
    report(progress, SyncProgress::Phase::Upload, done, total);
    while (true) {
        const QList<OutgoingChange> batch =
            onDesk([mark, this](const QSqlDatabase& db) { return Outbox::after(db, mark, m_batch); });
        if (batch.isEmpty())
            break;
        count(r, m_central.upload(batch));
        mark = batch.last().deskSeq;
        m_onDesk([mark](const QSqlDatabase& db) {
            Transaction tx(db);
            Outbox::setUploaded(db, mark);
            tx.commit();
        });
        done += batch.size();
        report(progress, SyncProgress::Phase::Upload, done, total);
    }
    // Changes of other desks this desk received in packages: passed on with their own desk and sequence, after the
    // packages' manifests, by which the centre checks those desks' logs before it takes any of their changes.
    bool manifestsSent = false;
    const auto sendManifests = [&] {
        for (const RelayedManifest& m : onDesk([](const QSqlDatabase& db) { return ChainShown::toRelay(db); })) {
            m_central.reportRelayedChain(m.manifest, m.signature);
            m_onDesk([&m](const QSqlDatabase& db) { ChainShown::markRelayed(db, m); });
        }
        manifestsSent = true;
    };
    while (true) {
        const QList<OutgoingChange> batch =
            onDesk([this](const QSqlDatabase& db) { return Outbox::relayed(db, m_batch); });
        if (batch.isEmpty())
            break;
        checkRelayed(batch);
        if (!manifestsSent)
            sendManifests();
        count(r, m_central.uploadRelayed(batch));
        m_onDesk([&batch](const QSqlDatabase& db) { Outbox::markRelayed(db, batch); });
        done += batch.size();
        report(progress, SyncProgress::Phase::Upload, done, total);
    }
    if (!manifestsSent)
        sendManifests();
}

void SyncEngine::checkRelayed(const QList<OutgoingChange>& batch) const
{
    // One keychain lookup per desk, not per change (a batch holds up to m_batch changes of a few desks).
    QHash<QString, std::optional<ExchangePublicKey>> keys;
    for (const OutgoingChange& c : batch) {
        auto known = keys.constFind(c.origin);
        if (known == keys.constEnd())
            known = keys.insert(c.origin, m_relayKeys(c.origin));
        const std::optional<ExchangePublicKey>& key = *known;
        if (!key)
            throw StorageError{Tr::tr("this desk keeps changes of desk %1 to pass on to the centre, but the keychain "
                                      "holds no exchange key of that desk to check them with (kensectl exchange key "
                                      "add)")
                                   .arg(c.origin)};
        if (!ExchangeCrypto::verify(*key, c.signedBytes(), c.sig))
            throw StorageError{Tr::tr("change %1 of desk %2, kept here to pass on to the centre, does not carry that "
                                      "desk's signature: it was changed here after its package was imported (or came "
                                      "in a package of the old kind); nothing of desk %2 was passed on — call the "
                                      "administrator")
                                   .arg(c.deskSeq)
                                   .arg(c.origin)};
    }
}

namespace {
/// Reads the centre's changes ahead on a thread of its own (with its own connection) while the desk applies the
/// batch before: reading and applying take about as long each, so the pull takes the time of one, not both.
class PullReader
{
public:
    PullReader(const Central& central, QString desk, QString office, qint64 from, qint64 upTo, int size)
        : m_thread([this, &central, desk = std::move(desk), office = std::move(office), from, upTo, size] {
            try {
                const std::unique_ptr<Central> own = central.connectAgain();
                for (qint64 mark = from; mark < upTo;) {
                    Batch b;
                    b.changes = own->pull(desk, office, mark, upTo, size);
                    // A short batch has read everything up to the centre's latest change: nothing between is
                    // addressed here.
                    b.mark = b.changes.size() < size ? upTo : b.changes.last().seq;
                    mark = b.mark;
                    if (!put(std::move(b)))
                        return;
                }
                put(Batch{{}, upTo, {}, true});
            } catch (...) {
                put(Batch{{}, 0, std::current_exception(), true});
            }
        })
    {}
    ~PullReader()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }

    struct Batch
    {
        QList<IncomingChange> changes;
        qint64 mark = 0;
        std::exception_ptr error;
        bool last = false;
    };

    Batch take()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_queue.empty(); });
        Batch b = std::move(m_queue.front());
        m_queue.pop_front();
        m_changed.notify_all();
        if (b.error)
            std::rethrow_exception(b.error);
        return b;
    }

private:
    bool put(Batch b)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || m_queue.size() < 2; });
        if (m_stopped)
            return false;
        m_queue.push_back(std::move(b));
        m_changed.notify_all();
        return true;
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;
    bool m_stopped = false;
    std::thread m_thread; ///< last: it starts once everything it uses is there
};
} // namespace

void SyncEngine::pull(SyncReport& r, const ProgressFn& progress)
{
    const QString office = m_desk.section(QLatin1Char('-'), 0, 0);
    qint64 mark = onDesk([](const QSqlDatabase& db) { return Outbox::markNumber(db, QStringLiteral("pulled")); });
    const qint64 upTo = m_central.latestSeq();
    if (mark > upTo) {
        // The centre was restored from a backup: read it all again (what is here already is skipped by uuid).
        qCWarning(lcSync) << "the centre's changes end at" << upTo << "but" << m_desk << "pulled up to" << mark
                          << "; pulling everything again";
        mark = 0;
    }
    const qint64 start = mark;
    report(progress, SyncProgress::Phase::Pull, 0, upTo - start);
    if (mark < upTo) {
        // Pulled changes are read in larger batches: one query and one local transaction each.
        // The pull leaves out the changes of the desk it names. Catching up after a restore it names none ("-" is no
        // desk's code): this desk's own changes come too.
        PullReader reader(m_central, m_withOwn ? QStringLiteral("-") : m_desk, office, mark, upTo, m_batch * 4);
        while (true) {
            PullReader::Batch batch = reader.take();
            if (batch.last)
                break;
            // Applied in short transactions (WriteSlice), each a job of its own: a registration waits milliseconds
            // between two, in this program or another. The mark moves with each to the last change it applied.
            const QList<IncomingChange>& changes = batch.changes;
            qsizetype next = 0;
            do {
                if (next > 0)
                    WriteSlice::pause();
                m_onDesk([&](const QSqlDatabase& db) {
                    Transaction tx(db);
                    const WriteSlice slice;
                    Inbox inbox(db);
                    const qsizetype first = next;
                    while (next < changes.size()) {
                        const IncomingChange& c = changes.at(next++);
                        if (inbox.apply(c) == Applied::Applied && c.origin == m_desk)
                            ++r.recovered;
                        if (slice.due())
                            break;
                    }
                    const qint64 applied = next == changes.size() ? batch.mark : changes.at(next - 1).seq;
                    Outbox::setMark(db, QStringLiteral("pulled"), QString::number(applied));
                    tx.commit();
                    r.pulled += next - first;
                    r.applied += inbox.tally().applied;
                    r.conflicts += inbox.tally().conflicts;
                });
            } while (next < changes.size());
            mark = batch.mark;
            report(progress, SyncProgress::Phase::Pull, mark - start, upTo - start);
        }
    }
    m_central.notePulled(m_desk, mark);
}

} // namespace kense::sync
