#include "AboutDialog.h"

#include "ui_AboutDialog.h"

#include <QDir>
#include <QEvent>

namespace kense {

AboutDialog::AboutDialog(const QString& databasePath, int schemaVersion, qsizetype intakeServices, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->versionLabel->setText(QStringLiteral(KENSE_VERSION));
    m_ui->databaseLabel->setText(QDir::toNativeSeparators(databasePath));
    m_ui->schemaLabel->setText(QString::number(schemaVersion));
    m_ui->servicesLabel->setText(QString::number(intakeServices));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AboutDialog::~AboutDialog() = default;

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace kense
