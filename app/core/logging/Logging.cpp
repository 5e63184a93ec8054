#include "Logging.h"

#include "paths/AppPaths.h"

#include <QDir>
#include <QString>

#include <chrono>
#include <memory>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>
#include <vector>

namespace kense::Logging {

namespace {
spdlog::level::level_enum levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::info;
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QByteArray text = message.toUtf8();
    const char* category = context.category ? context.category : "default";
    spdlog::log(levelOf(type), "[{}] {}", category, text.constData());
    if (type == QtFatalMsg) {
        spdlog::default_logger()->flush();
        std::abort();
    }
}
} // namespace

QString start(const QString& program, bool alsoToStderr)
{
    std::vector<spdlog::sink_ptr> sinks;
    QString path;
    const QString dir = AppPaths::logDirectory();
    if (QDir().mkpath(dir)) {
        path = QDir(dir).filePath(program + QStringLiteral(".log"));
        try {
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                QDir::toNativeSeparators(path).toStdString(), 2 * 1024 * 1024, 5));
        } catch (const spdlog::spdlog_ex&) {
            path.clear();
        }
    }
    if (alsoToStderr || sinks.empty()) {
        auto err = std::make_shared<spdlog::sinks::stderr_sink_mt>();
        err->set_level(sinks.empty() && alsoToStderr ? spdlog::level::info : spdlog::level::warn);
        sinks.push_back(err);
    }
    auto logger = std::make_shared<spdlog::logger>(program.toStdString(), sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::debug);
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e %^%l%$ %v");
    // A desk program may be killed at logout or by a power cut: what it logged must already be on disk.
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);
    spdlog::flush_every(std::chrono::seconds(2));
    qInstallMessageHandler(qtMessageHandler);
    return path;
}

void stop()
{
    qInstallMessageHandler(nullptr);
    spdlog::default_logger()->flush();
    spdlog::shutdown();
}

} // namespace kense::Logging
