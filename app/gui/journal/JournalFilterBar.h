#pragma once

#include "common/LocalizedText.h"
#include "records/JournalRow.h"
#include "records/UserRecord.h"

#include <QObject>

#include <optional>

class QAbstractItemView;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace kense {

class ServiceCatalog;

/// The journal's filter widgets of the main window's form (not owned).
struct JournalFilterWidgets
{
    QLineEdit* search = nullptr;
    QComboBox* sla = nullptr;
    QComboBox* state = nullptr;
    QComboBox* service = nullptr;
    QComboBox* channel = nullptr;
    QComboBox* executor = nullptr;
    QDateEdit* from = nullptr;
    QDateEdit* to = nullptr;
    QCheckBox* mine = nullptr;
    QCheckBox* waiting = nullptr;         ///< «waiting for me» (setAwaiting)
    QAbstractItemView* journal = nullptr; ///< what the filters narrow: Down from the search goes to it
};

/// The journal's filter bar: fills its choices (the deadline states, request states, the catalog's services, the
/// channels and the desk's executors, each with "any" first), says when the clerk changed a filter — at once, or once
/// typing in the search box pauses — and reads them as one JournalFilter.
class JournalFilterBar final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalFilterBar)

public:
    JournalFilterBar(const JournalFilterWidgets& widgets, const ServiceCatalog& catalog, Language language,
                     QObject* parent = nullptr);

    /// Refills the choices in the interface's language now, keeping what is chosen.
    void retranslate(Language language);
    /// The executors to filter by (users with the executor role).
    void setExecutors(const QList<UserRecord>& users);
    /// What «waiting for me» selects for the signed-in user (awaitingFor); until set, the box finds nothing.
    void setAwaiting(const QList<AwaitingClause>& clauses, qint64 user);
    /// The filter as set; "mine" (when ticked) names `me`.
    JournalFilter filter(std::optional<qint64> me) const;

Q_SIGNALS:
    void changed();

protected:
    /// The keyboard between the filters and the journal: Down (or Page Down) in the search goes to the journal's
    /// rows, and Tab leaves a date for the next filter (QDateEdit kept it to walk its day, month and year, so Tab
    /// from the search never reached the journal).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillSla();
    void fillChoices();

    JournalFilterWidgets m_w;
    const ServiceCatalog& m_catalog;
    Language m_language;
    QTimer* m_typing = nullptr;
    QList<AwaitingClause> m_awaiting;
    qint64 m_awaitingUser = 0;
};

} // namespace kense
