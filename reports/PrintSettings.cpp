#include "PrintSettings.h"

#include "paths/AppPaths.h"

#include <QSettings>

#include <cmath>

namespace kense {

namespace {
QString printerKey(const QString& printerName)
{
    // QSettings keys treat '/' and '\' specially; printer names may hold either.
    QString key = printerName.isEmpty() ? QStringLiteral("pdf") : printerName;
    key.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    return QStringLiteral("calibration/") + key;
}
} // namespace

DocumentLanguages PrintSettings::documentLanguages()
{
    QSettings s(AppPaths::settingsFile(), QSettings::IniFormat);
    return documentLanguagesFromName(s.value(QStringLiteral("documents/languages")).toString())
        .value_or(DocumentLanguages::Both);
}

void PrintSettings::setDocumentLanguages(DocumentLanguages languages)
{
    QSettings s(AppPaths::settingsFile(), QSettings::IniFormat);
    s.setValue(QStringLiteral("documents/languages"), documentLanguagesName(languages));
}

bool PrintSettings::duplicatesOnBlank()
{
    QSettings s(AppPaths::settingsFile(), QSettings::IniFormat);
    return s.value(QStringLiteral("printing/duplicates_on_blank"), false).toBool();
}

void PrintSettings::setDuplicatesOnBlank(bool onBlank)
{
    QSettings s(AppPaths::settingsFile(), QSettings::IniFormat);
    s.setValue(QStringLiteral("printing/duplicates_on_blank"), onBlank);
}

QString PrintSettings::printerName()
{
    QSettings s(AppPaths::settingsFile(), QSettings::IniFormat);
    return s.value(QStringLiteral("printing/printer")).toString();
}

void PrintSettings::setPrinterName(const QString& name)
{
    QSettings s(AppPaths::settingsFile(), QSettings::IniFormat);
    s.setValue(QStringLiteral("printing/printer"), name);
}

Calibration PrintSettings::calibration(const QString& printerName)
{
    QSettings s(AppPaths::settingsFile(), QSettings::IniFormat);
    const QString key = printerKey(printerName);
    Calibration c{s.value(key + QStringLiteral("/dx"), 0.0).toDouble(),
                  s.value(key + QStringLiteral("/dy"), 0.0).toDouble()};
    return isReasonable(c) ? c : Calibration{};
}

void PrintSettings::setCalibration(const QString& printerName, Calibration calibration)
{
    QSettings s(AppPaths::settingsFile(), QSettings::IniFormat);
    const QString key = printerKey(printerName);
    s.setValue(key + QStringLiteral("/dx"), calibration.dx);
    s.setValue(key + QStringLiteral("/dy"), calibration.dy);
}

bool PrintSettings::isReasonable(Calibration calibration)
{
    return std::isfinite(calibration.dx) && std::isfinite(calibration.dy) && std::abs(calibration.dx) <= 20 &&
           std::abs(calibration.dy) <= 20;
}

} // namespace kense
