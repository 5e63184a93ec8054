#pragma once

// An attack on the event log for the tests (Qt Test): the log edited and every hash computed again.
#include "TestDesk.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace kense::test {

/// What someone who read EventLog.cpp does with the sqlite3 shell: drops the triggers, changes the note of event 1, and
/// computes every hash again from there, on a connection of their own. The log then verifies (EventLog::verify).
inline void rewriteHistory(const QString& path, const QString& note)
{
    behindTheProgram(path, [&note](const QSqlDatabase& db) {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER events_no_update")));
        QVERIFY(q.exec(QStringLiteral("UPDATE events SET note = '%1' WHERE id = 1").arg(note)));
        QVERIFY(q.exec(QStringLiteral("SELECT id, uuid, request_id, at, user_id, kind, from_state, to_state, "
                                      "before, after, note FROM events ORDER BY id")));
        QList<QPair<qint64, QByteArray>> hashes;
        QByteArray prev(32, '\0');
        while (q.next()) {
            QByteArray content = prev;
            for (int i = 1; i <= 10; ++i) {
                content += '\x1f';
                content += q.value(i).isNull() ? QByteArray(1, '\0') : q.value(i).toString().toUtf8();
            }
            const QByteArray hash = QCryptographicHash::hash(content, QCryptographicHash::Sha256);
            hashes.append({q.value(0).toLongLong(), hash});
            prev = hash;
        }
        QSqlQuery u(db);
        QVERIFY(u.prepare(QStringLiteral("UPDATE events SET prev_hash = ?, hash = ? WHERE id = ?")));
        prev = QByteArray(32, '\0');
        for (const auto& [id, hash] : hashes) {
            u.addBindValue(prev);
            u.addBindValue(hash);
            u.addBindValue(id);
            QVERIFY2(u.exec(), qPrintable(u.lastError().text()));
            prev = hash;
        }
    });
}

} // namespace kense::test
