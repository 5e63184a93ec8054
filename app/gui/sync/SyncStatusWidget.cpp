#include "gui/sync/SyncStatusWidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace kense {

SyncStatusWidget::SyncStatusWidget(SyncController& sync, QWidget* parent)
    : QWidget(parent)
    , m_sync(sync)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("statusSyncLabel"));
    // While a sync runs the text is short ("Syncing · waiting: N"), so the progress bar and the Stop button take
    // about the room the last sync's time took: the status bar does not widen the window.
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgressBar"));
    m_progress->setMaximumWidth(140);
    m_progress->setVisible(false);
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("syncCancelButton"));
    m_cancel->setVisible(false);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, &m_sync, &SyncController::cancel);
    connect(&m_sync, &SyncController::started, this, [this] {
        m_progress->setRange(0, 0);
        m_progress->setVisible(true);
        m_cancel->setVisible(true);
        showText();
    });
    connect(
        &m_sync, &SyncController::progress, this, [this](sync::SyncProgress::Phase phase, qint64 done, qint64 total) {
            m_progress->setFormat(phase == sync::SyncProgress::Phase::Upload ? tr("sending %p%") : tr("receiving %p%"));
            if (total > 0) {
                m_progress->setRange(0, 1000);
                m_progress->setValue(static_cast<int>(std::min<qint64>(done, total) * 1000 / total));
            } else {
                m_progress->setRange(0, 0);
            }
        });
    connect(&m_sync, &SyncController::finished, this, [this](bool, const QString& message) {
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
        m_lastMessage = message;
        showText();
    });
    connect(&m_sync, &SyncController::countsChanged, this,
            [this](qint64 waiting, qint64 conflicts, const QDateTime& lastSync, const QDateTime& restoredAt,
                   const QString& keyMissing) {
                m_waiting = waiting;
                m_conflicts = conflicts;
                m_lastSync = lastSync;
                m_restoredAt = restoredAt;
                m_keyMissing = keyMissing;
                showText();
            });
    showText();
}

void SyncStatusWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        showText();
    QWidget::changeEvent(event);
}

void SyncStatusWidget::showText()
{
    m_cancel->setText(tr("Stop"));
    m_cancel->setToolTip(tr("Stop the sync; what was sent and received so far is kept"));
    QStringList parts;
    switch (m_sync.link()) {
    case SyncController::Link::NotSet: // changes still wait, for an exchange package
        parts << tr("No central server");
        break;
    case SyncController::Link::Online:
        parts << tr("Online");
        break;
    case SyncController::Link::Offline:
        parts << tr("Offline");
        break;
    case SyncController::Link::Unknown:
        parts << tr("Not synced yet");
        break;
    }
    if (m_sync.isRunning())
        parts[0] = tr("Syncing");
    parts << tr("waiting: %1").arg(m_waiting);
    if (m_lastSync.isValid() && !m_sync.isRunning())
        parts << tr("last sync %1").arg(m_lastSync.toString(QStringLiteral("dd.MM.yyyy HH:mm")));
    if (m_conflicts > 0)
        parts << tr("conflicts: %1").arg(m_conflicts);
    // A restored desk registers nothing until a sync has brought back what it lacks: said first, in words.
    if (m_restoredAt.isValid())
        parts.prepend(tr("On hold after a restore: sync to work again"));
    // Personal data crosses the network readable by anyone on the way: said while it is so.
    if (m_sync.inClearText())
        parts.prepend(tr("Not encrypted: the link to the centre is clear text"));
    // Before anything else: no act of this desk can be saved.
    if (!m_keyMissing.isEmpty())
        parts.prepend(tr("The desk key is missing: nothing can be saved"));
    const QString text = parts.join(QStringLiteral(" · "));
    m_label->setText(text);
    m_label->setStyleSheet(m_restoredAt.isValid() || !m_keyMissing.isEmpty() || m_sync.inClearText()
                               ? QStringLiteral("color: #b71c1c; font-weight: bold;")
                               : QString());
    QStringList tip{text};
    for (const QString& more : {m_keyMissing, m_lastMessage}) {
        if (!more.isEmpty())
            tip << more;
    }
    m_label->setToolTip(tip.join(QLatin1Char('\n')));
}

} // namespace kense
