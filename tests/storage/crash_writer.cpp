// Test helper: registers requests in a loop on a desk database and prints each number on stdout after its commit
// has returned. The crash test kills it with SIGKILL at random moments.
#include "Intake.h"
#include "TestDesk.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: crash_writer DB\n");
        return 2;
    }
    kense::Database db;
    QString error;
    if (!db.open(QString::fromLocal8Bit(argv[1]), kense::Database::Mode::ExistingOnly, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const kense::ServiceCatalog catalog = kense::ServiceCatalog::load(kense::ServiceCatalog::builtinDirectory());
    const kense::WorkingCalendar calendar = kense::WorkingCalendar::load(kense::WorkingCalendar::builtinDirectory());
    const kense::UserRecord clerk = *kense::UserRepository(db.connection()).byLogin(QStringLiteral("saule"));
    kense::Intake intake(db.connection(), catalog, calendar);
    const kense::RequestDraft draft = kense::test::duplicateDraft();
    for (;;) {
        const kense::IntakeOutcome o = intake.submit(draft, clerk, QDateTime::currentDateTime(), false);
        if (!o.registered()) {
            std::fprintf(stderr, "not registered\n");
            return 1;
        }
        std::printf("%s\n", qPrintable(o.request->number));
        std::fflush(stdout);
    }
}
