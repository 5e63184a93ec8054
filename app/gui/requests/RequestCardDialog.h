#pragma once

#include "catalog/ServiceCatalog.h"
#include "queue/PlaceCycle.h"
#include "records/RequestRecord.h"
#include "records/ResultRecord.h"
#include "records/UserRecord.h"
#include "workflow/Workflow.h"

#include <QDateTime>
#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class RequestCardDialog;
}

namespace kense {

class QueueStore;

/// One request: its data, documents, the due date of each step and of the whole, its history, its result, and the
/// actions the signed-in user's roles may take now — and only those: the core's workflow decides, the card asks.
/// Each action that cannot be undone is confirmed first and is written as an event. The courier-register moves
/// (put into, send, receive) are made on the registers, not here. For a child of the preschool queue, at the desk that
/// keeps the lists, the card also shows where the child stands and the moves of its place (offer, the parent's written
/// answer, enrolment, lapse, withdrawal) the user's roles allow.
class RequestCardDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestCardDialog)

public:
    RequestCardDialog(QueueStore& store, const ServiceCatalog& catalog, const UserRecord& user, const QString& number,
                      std::function<QDateTime()> now, std::function<QDateTime(const QDateTime&)> soonUntil,
                      Language language, QWidget* parent = nullptr);
    ~RequestCardDialog() override;

    /// The transitions offered now (the buttons shown), for tests.
    QList<Transition> offered() const { return m_offered; }
    /// The moves of the preschool queue's cycle offered now (the place buttons shown), for tests.
    QList<PlaceMove> placeMovesOffered() const { return m_placeMoves; }

Q_SIGNALS:
    /// The request was loaded (or reloaded after an action).
    void loaded();
    /// A move was made (the journal should refresh).
    void moved(const QString& number, RequestState state);
    /// Print document `kind` (a DocumentKind) of the request, or with -1 the one its state calls for.
    void printRequested(const QString& number, int kind);

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void display(const RequestDetails& request, const QList<UserRecord>& executors,
                 const std::optional<ResultRecord>& result);
    void showActions();
    void showDocuments(const std::optional<ResultRecord>& result);
    void act(Transition transition);
    // RequestCardPlace.cpp: the child's place in its waiting list, at the desk that keeps the lists.
    void showPlaceActions();
    void actOnPlace(PlaceMove move);
    void saveResult();
    void saveEdits();
    void askSurvey();
    void setStatus(const QString& text, bool error);

    std::unique_ptr<Ui::RequestCardDialog> m_ui;
    QueueStore& m_store;
    const ServiceCatalog& m_catalog;
    UserRecord m_user;
    QString m_number;
    std::function<QDateTime()> m_now;
    std::function<QDateTime(const QDateTime&)> m_soonUntil;
    Language m_language;
    std::optional<RequestDetails> m_request;
    QList<Transition> m_offered;
    bool m_keepsWaitingLists = false;
    QList<PlaceMove> m_placeMoves;
};

} // namespace kense
