#pragma once

#include "Statistics.h"

#include <QDateTime>
#include <QDialog>

#include <atomic>
#include <functional>
#include <memory>

namespace Ui {
class ReportDialog;
}

namespace kense {

class QueueStore;

/// The reports of the desk (the day's journal, overdue requests, per-service statistics, the survey): built on the
/// queue's thread with a progress bar and Cancel, then previewed and printed, or saved as CSV.
class ReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)

public:
    ReportDialog(QueueStore& store, std::function<QDateTime()> now,
                 std::function<QDateTime(const QDateTime&)> soonUntil, QWidget* parent = nullptr);
    ~ReportDialog() override;

Q_SIGNALS:
    /// A report was built (ok), cancelled or failed; the status line says which.
    void reportFinished(bool ok);

protected:
    void reject() override;
    void changeEvent(QEvent* event) override;

private:
    enum class Output
    {
        Preview,
        Csv
    };
    void fillKinds();
    void build(Output output);
    void setRunning(bool running);
    void showStatus(const QString& text, bool error);
    void preview(const Report& report, ReportKind kind);
    void saveCsv(const Report& report, ReportKind kind);

    std::unique_ptr<Ui::ReportDialog> m_ui;
    QueueStore& m_store;
    std::function<QDateTime()> m_now;
    std::function<QDateTime(const QDateTime&)> m_soonUntil;
    std::shared_ptr<std::atomic_bool> m_cancel; ///< of the report being built, if any
};

} // namespace kense
