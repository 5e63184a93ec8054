#pragma once

#include "WaitingLists.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace kense {

class QueueStore;
class ServiceCatalog;

/// The waiting lists of the queue services (the preschool queue) as the education department's desk keeps them: each
/// child's position in its list, filtered by kind of group, year of birth and year a place is wished from, and saved
/// as CSV. The positions come from the store (WaitingLists: the same ranking the queue receipt and kensectl queue
/// list use), read off the window's thread. A row opens the child's request card, where a place is offered and the
/// parent's answer recorded.
class WaitingListDialog : public QDialog
{
    Q_OBJECT

public:
    WaitingListDialog(QueueStore& store, const ServiceCatalog& catalog, QWidget* parent = nullptr);

    /// Reads the lists again (after a move of a place made on a request's card).
    void load();

Q_SIGNALS:
    /// A child's row was opened (double-click or Enter): show the request's card, where its place is moved.
    void openRequested(const QString& number);

private:
    void fillFilters();
    void showRows();
    QList<WaitingListRow> shownRows() const;
    void exportCsv();
    void setStatus(const QString& text, bool error);
    const ServiceVariant* variant() const;

    QueueStore& m_store;
    const ServiceCatalog& m_catalog;
    QList<WaitingListRow> m_rows;
    QComboBox* m_service = nullptr;
    QComboBox* m_group = nullptr;
    QComboBox* m_born = nullptr;
    QComboBox* m_year = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace kense
