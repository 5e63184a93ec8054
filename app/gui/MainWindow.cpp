#include "MainWindow.h"

#include "catalog/ServiceCatalog.h"
#include "ui_MainWindow.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>

namespace kense {

MainWindow::MainWindow(const StartupFacts& facts, const ServiceCatalog& catalog, Language language, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_facts(facts)
    , m_catalog(catalog)
    , m_language(language)
{
    m_ui->setupUi(this);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    showFacts();
}

MainWindow::~MainWindow() = default;

void MainWindow::showFacts()
{
    const QString path = QDir::toNativeSeparators(m_facts.databasePath);
    m_ui->databaseLabel->setText(path);
    m_ui->schemaLabel->setText(QString::number(m_facts.schemaVersion));
    QStringList services;
    for (const ServiceVariant& v : m_catalog.intakeVariants())
        services << v.name.text(m_language) + QStringLiteral(" — ") + v.region.text(m_language);
    services.sort(Qt::CaseInsensitive);
    m_ui->servicesLabel->setText(QString::number(services.size()));
    m_ui->servicesList->clear();
    m_ui->servicesList->addItems(services);
    m_ui->problemsLabel->setVisible(!m_facts.problems.isEmpty());
    m_ui->problemsLabel->setText(tr("Some data files were refused and their built-in versions are in use:") +
                                 QLatin1Char('\n') + m_facts.problems.join(QLatin1Char('\n')));
    auto addStatus = [this](const char* name, const QString& text) {
        auto* label = new QLabel(text, this);
        label->setObjectName(QLatin1String(name));
        statusBar()->addPermanentWidget(label);
    };
    if (!m_facts.office.isEmpty())
        addStatus("statusDeskLabel", m_facts.office);
    if (!m_facts.user.isEmpty())
        addStatus("statusUserLabel", m_facts.user);
    addStatus("statusDatabaseLabel", tr("Database: %1").arg(path));
    setWindowTitle(tr("Kense — %1").arg(QFileInfo(m_facts.databasePath).fileName()));
}

} // namespace kense
