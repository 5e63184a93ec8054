#pragma once

#include "common/LocalizedText.h"

#include <QMainWindow>
#include <QStringList>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace kense {

class ServiceCatalog;

/// What the main window shows about where it runs: the database file and the catalog in force.
struct StartupFacts
{
    QString databasePath;
    int schemaVersion = 0;
    QStringList problems; ///< refused catalog or calendar files, each a one-line reason
    QString office;       ///< the office's name and code, and the desk
    QString user;         ///< the signed-in user's name and roles
};

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(const StartupFacts& facts, const ServiceCatalog& catalog, Language language, QWidget* parent = nullptr);
    ~MainWindow() override;

private:
    void showFacts();

    std::unique_ptr<Ui::MainWindow> m_ui;
    StartupFacts m_facts;
    const ServiceCatalog& m_catalog;
    Language m_language;
};

} // namespace kense
