#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace kense {

/// Help → About: the program's version and the facts an administrator or a maintainer asks for (the database's path
/// and schema, how many services the catalog offers for intake), kept off the clerk's main window.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    AboutDialog(const QString& databasePath, int schemaVersion, qsizetype intakeServices, QWidget* parent = nullptr);
    ~AboutDialog() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace kense
