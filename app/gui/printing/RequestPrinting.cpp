#include "gui/printing/RequestPrinting.h"

#include "DeskDocuments.h"
#include "PrintSettings.h"
#include "gui/WhenReady.h"
#include "gui/printing/DocumentPreviewDialog.h"

#include <QCoreApplication>
#include <QPointer>
#include <QWidget>

namespace kense {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::RequestPrinting)
};
} // namespace

void previewRequestDocument(QWidget* parent, QueueStore& store, const QString& number, const QDate& today,
                            const StatusSink& say, std::optional<DocumentKind> chosen)
{
    say(Tr::tr("Preparing the document of %1…").arg(number), 0);
    whenReady(
        parent, DeskDocuments(store).request(number, today),
        [parent, number, say, chosen](const DeskDocuments::LoadedRequest& loaded) {
            if (!loaded.context) {
                say(loaded.error, 10000);
                return;
            }
            if (chosen && !documentsOf(*loaded.context).contains(*chosen)) {
                say(Tr::tr("%1: the request has had no %2 to print.").arg(number, documentKindTitle(*chosen)), 10000);
                return;
            }
            const auto kind = chosen ? chosen : currentDocument(*loaded.context);
            if (!kind) {
                say(Tr::tr("%1: nothing is printed for a request in this state.").arg(number), 10000);
                return;
            }
            say(QString(), 0);
            const RequestContext context = *loaded.context;
            const FormMode mode = PrintSettings::duplicatesOnBlank() ? FormMode::Blank : FormMode::PlainPaper;
            const Calibration calibration = PrintSettings::calibration(PrintSettings::printerName());
            auto* dialog = new DocumentPreviewDialog(
                QStringLiteral("%1 %2").arg(documentKindTitle(*kind), number),
                [context, kind, mode, calibration](DocumentLanguages languages) {
                    return layOutRequestDocument(*kind, context, languages, mode, calibration);
                },
                PrintSettings::documentLanguages(), parent);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        },
        [say](const QString& error) { say(error, 10000); });
}

} // namespace kense
