#include "gui/journal/JournalFilterBar.h"

#include "catalog/ServiceCatalog.h"
#include "workflow/Channel.h"
#include "workflow/RequestState.h"
#include "workflow/Sla.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>

#include <functional>

namespace kense {

JournalFilterBar::JournalFilterBar(const JournalFilterWidgets& widgets, const ServiceCatalog& catalog,
                                   Language language, QObject* parent)
    : QObject(parent)
    , m_w(widgets)
    , m_catalog(catalog)
    , m_language(language)
{
    fillSla();
    fillChoices();
    // Filter as the clerk types, once typing pauses; at once on Enter or when another filter changes.
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(300);
    connect(m_typing, &QTimer::timeout, this, &JournalFilterBar::changed);
    connect(m_w.search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_w.search, &QLineEdit::returnPressed, this, &JournalFilterBar::changed);
    for (QComboBox* combo : {m_w.sla, m_w.state, m_w.service, m_w.channel, m_w.executor})
        connect(combo, &QComboBox::currentIndexChanged, this, &JournalFilterBar::changed);
    for (QDateEdit* date : {m_w.from, m_w.to})
        connect(date, &QDateEdit::dateChanged, this, &JournalFilterBar::changed);
    for (QCheckBox* box : {m_w.mine, m_w.waiting})
        connect(box, &QAbstractButton::toggled, this, &JournalFilterBar::changed);
    for (QWidget* w : std::initializer_list<QWidget*>{m_w.search, m_w.from, m_w.to})
        w->installEventFilter(this);
}

bool JournalFilterBar::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_w.search && m_w.journal && key->modifiers() == Qt::NoModifier &&
        (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown)) {
        m_w.journal->setFocus(Qt::TabFocusReason);
        if (!m_w.journal->currentIndex().isValid() && m_w.journal->model() && m_w.journal->model()->rowCount() > 0)
            m_w.journal->setCurrentIndex(m_w.journal->model()->index(0, 0));
        return true;
    }
    if ((watched == m_w.from || watched == m_w.to) && (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)) {
        // The form's own Tab: from the date's parent, which moves the focus along the window's chain.
        QKeyEvent tab(QEvent::KeyPress, key->key(), key->modifiers());
        QCoreApplication::sendEvent(static_cast<QWidget*>(watched)->parentWidget(), &tab);
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void JournalFilterBar::setAwaiting(const QList<AwaitingClause>& clauses, qint64 user)
{
    m_awaiting = clauses;
    m_awaitingUser = user;
}

void JournalFilterBar::retranslate(Language language)
{
    m_language = language;
    fillSla();
    fillChoices();
}

void JournalFilterBar::setExecutors(const QList<UserRecord>& users)
{
    const QSignalBlocker block(m_w.executor);
    for (const UserRecord& u : users) {
        if (u.roles.contains(Role::Executor))
            m_w.executor->addItem(u.fullName, u.id);
    }
}

JournalFilter JournalFilterBar::filter(std::optional<qint64> me) const
{
    JournalFilter filter;
    filter.text = m_w.search->text();
    filter.sla = static_cast<SlaState>(m_w.sla->currentData().toInt());
    filter.state = stateFromName(m_w.state->currentData().toString());
    filter.serviceId = m_w.service->currentData().toString();
    filter.channel = channelFromName(m_w.channel->currentData().toString());
    if (m_w.from->date() != m_w.from->minimumDate())
        filter.from = m_w.from->date();
    if (m_w.to->date() != m_w.to->minimumDate())
        filter.to = m_w.to->date();
    if (m_w.mine->isChecked() && me)
        filter.executorId = *me;
    else if (m_w.executor->currentData().isValid())
        filter.executorId = m_w.executor->currentData().toLongLong();
    if (m_w.waiting->isChecked()) {
        filter.awaiting = m_awaiting;
        filter.awaitingUser = m_awaitingUser;
    }
    return filter;
}

void JournalFilterBar::fillSla()
{
    const int current = m_w.sla->currentIndex();
    const QSignalBlocker block(m_w.sla);
    m_w.sla->clear();
    for (SlaState sla : {SlaState::Any, SlaState::Overdue, SlaState::DueSoon, SlaState::OnTime, SlaState::NoTerm})
        m_w.sla->addItem(slaTitle(sla), static_cast<int>(sla));
    m_w.sla->setCurrentIndex(std::max(0, current));
}

void JournalFilterBar::fillChoices()
{
    // "Any" first in each; the period's "any" is the earliest date, shown as a word.
    const auto refill = [](QComboBox* combo, const std::function<void()>& fill) {
        const QVariant current = combo->currentData();
        const QSignalBlocker block(combo);
        combo->clear();
        fill();
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    refill(m_w.state, [this] {
        m_w.state->addItem(tr("any"), QString());
        for (RequestState s : allStates()) {
            if (s != RequestState::Draft)
                m_w.state->addItem(stateTitle(s), stateName(s));
        }
    });
    refill(m_w.service, [this] {
        m_w.service->addItem(tr("any"), QString());
        for (const ServiceVariant& v : m_catalog.variants())
            m_w.service->addItem(v.title(m_language), v.id);
    });
    refill(m_w.channel, [this] {
        m_w.channel->addItem(tr("any"), QString());
        for (Channel c : allChannels())
            m_w.channel->addItem(channelTitle(c), channelName(c));
    });
    if (m_w.executor->count() == 0)
        m_w.executor->addItem(tr("any"), QVariant());
    else
        m_w.executor->setItemText(0, tr("any"));
    for (QDateEdit* date : {m_w.from, m_w.to}) {
        const QSignalBlocker block(date);
        const bool unset = date->date() == date->minimumDate();
        date->setMinimumDate(QDate(2000, 1, 1));
        date->setSpecialValueText(tr("any"));
        if (unset || !date->date().isValid())
            date->setDate(date->minimumDate());
    }
}

} // namespace kense
