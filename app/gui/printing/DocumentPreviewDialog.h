#pragma once

#include "DocumentLanguages.h"
#include "layout/LaidOutDocument.h"

#include <QDialog>

#include <functional>
#include <memory>

class QPrinter;
class QPrintPreviewWidget;

namespace Ui {
class DocumentPreviewDialog;
}

namespace kense {

/// Print preview of one document: zoom, page setup, the language of the document, direct print and "Save as PDF".
/// What is previewed is what is printed: both paint the same laid-out pages. Printing and writing the PDF run on a
/// worker thread, so a slow spooler or a network share never freezes the window; an error or a cancel loses
/// nothing and says what happened. The printer and paper chosen last are remembered for the desk.
class DocumentPreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentPreviewDialog)

public:
    /// Lays the document out in the given languages (fast: no disk, no database).
    using LayOut = std::function<LaidOutDocument(DocumentLanguages)>;

    DocumentPreviewDialog(const QString& title, LayOut layOut, DocumentLanguages languages, QWidget* parent = nullptr);
    ~DocumentPreviewDialog() override;

    const LaidOutDocument& document() const { return m_document; }

Q_SIGNALS:
    /// A print or a PDF was written (ok) or failed (the reason is on the status line).
    void outputFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void relayOut();
    void print();
    void saveAsPdf();
    void pageSetup();
    void fillLanguages();
    void setBusy(bool busy);
    void showStatus(const QString& text, bool error);

    std::unique_ptr<Ui::DocumentPreviewDialog> m_ui;
    QString m_title;
    LayOut m_layOut;
    LaidOutDocument m_document;
    std::unique_ptr<QPrinter> m_printer; ///< the preview's printer: the remembered printer and paper
    QPrintPreviewWidget* m_preview = nullptr;
};

} // namespace kense
