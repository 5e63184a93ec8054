// Documents built from what a desk's database holds: a request taken, worked and issued through the storage
// layer; a 500-request courier register; the statistics and survey reports; the results and survey answers.
#include "CourierRegisters.h"
#include "DataDir.h"
#include "DeskRepository.h"
#include "DocumentQueries.h"
#include "DocumentRenderer.h"
#include "Intake.h"
#include "PdfText.h"
#include "RegisterDocument.h"
#include "RequestDocuments.h"
#include "Results.h"
#include "SqlUtil.h"
#include "Statistics.h"
#include "StatisticsChart.h"
#include "TestDesk.h"
#include "common/Csv.h"
#include "layout/PagePainter.h"

#include <QTest>

using namespace kense;
using namespace kense::test;

namespace {
QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute));
}
} // namespace

class TestDocumentsDb : public QObject
{
    Q_OBJECT

    test::DataDir m_data;
    int m_files = 0;

    QString pdf(const LaidOutDocument& doc)
    {
        const QString path = m_data.scratchPath(QStringLiteral("doc%1.pdf").arg(++m_files));
        QString error;
        if (!writePdf(doc, path, &error))
            qFatal("%s", qPrintable(error));
        return path;
    }

    static QString storageError(const std::function<void()>& f)
    {
        try {
            f();
        } catch (const StorageError& e) {
            return e.message;
        }
        return {};
    }

private Q_SLOTS:
    void aRequestWorkedThroughTheDesk_printsWhatWasWritten()
    {
        test::TestDesk desk;
        desk.setUp();
        const QSqlDatabase db = desk.db.connection();
        Intake intake(db, desk.catalog, desk.calendar);
        const IntakeOutcome o = intake.submit(test::duplicateDraft(), desk.clerk, at(2, 10, 15), false);
        QVERIFY(o.registered());
        const QString number = o.request->number;
        RequestRepository requests(db, &desk.catalog);
        Results results(db);
        const DeskRecord thisDesk = *DeskRepository(db).thisDesk();
        const ServiceVariant& service = *desk.catalog.variant(test::duplicateDraft().serviceId);

        requests.advance(number, Transition::AssignExecutor, desk.head, at(2, 11), {}, desk.executor.id);
        // Only an executor or a head prepares a result, and only while the request is in work.
        QVERIFY(storageError([&] {
                    results.save(thisDesk, number, service, {}, {}, desk.clerk, at(3, 9));
                }).contains(QStringLiteral("not an executor")));
        const ResultRecord saved = results.save(
            thisDesk, number, service, {},
            {{QStringLiteral("Қазақ тілі"), QStringLiteral("5")}, {QStringLiteral("Физика"), QStringLiteral("4")}},
            desk.executor, at(3, 9));
        QCOMPARE(saved.number, QStringLiteral("KZOEDU01-1-2026-D00001"));
        // Saving again keeps the number and records before → after.
        const QList<QPair<QString, QString>> grades = {{QStringLiteral("Қазақ тілі"), QStringLiteral("5")},
                                                       {QStringLiteral("Физика"), QStringLiteral("5")}};
        const ResultRecord again = results.save(thisDesk, number, service, {}, grades, desk.executor, at(3, 10));
        QCOMPARE(again.number, saved.number);
        QCOMPARE(again.grades.last().second, QStringLiteral("5"));
        requests.advance(number, Transition::PrepareResult, desk.executor, at(3, 11));
        QVERIFY(storageError([&] {
                    results.save(thisDesk, number, service, {}, grades, desk.executor, at(4, 9));
                }).isEmpty());
        requests.advance(number, Transition::SignResult, desk.head, at(4, 10));
        QVERIFY(storageError([&] {
                    results.save(thisDesk, number, service, {}, {}, desk.executor, at(4, 11));
                }).contains(stateTitle(RequestState::ResultSigned)));
        // The survey waits for the issue.
        QVERIFY(storageError([&] {
                    results.answerSurvey(number, 3, 3, desk.clerk, at(4, 12));
                }).contains(QStringLiteral("issued")));
        requests.advance(number, Transition::IssueResult, desk.clerk, at(5, 15, 40));
        results.answerSurvey(number, 3, 2, desk.clerk, at(5, 15, 41));
        QVERIFY(storageError([&] {
                    results.answerSurvey(number, 1, 1, desk.clerk, at(5, 15, 42));
                }).contains(QStringLiteral("already answered")));

        QString error;
        const auto context =
            RequestContext::load(DocumentQueries(db), desk.catalog, number, QDate(2026, 11, 5), &error);
        QVERIFY2(context, qPrintable(error));
        QCOMPARE(context->request.acceptedByName, QStringLiteral("Оспанова Сәуле Маратқызы"));
        QCOMPARE(context->headName, QStringLiteral("Жұмабаева Гүлнар Асқарқызы"));
        QCOMPARE(context->issuedByName, QStringLiteral("Оспанова Сәуле Маратқызы"));
        QCOMPARE(context->issuedAt, at(5, 15, 40));
        QVERIFY(context->result);
        QCOMPARE(context->survey->information, 2);

        const QString receipt =
            pdfText(pdf(layOutRequestDocument(DocumentKind::IssueReceipt, *context, DocumentLanguages::Russian)));
        for (const QString& s : {QStringLiteral("05.11.2026 15:40"), QStringLiteral("KZOEDU01-1-2026-D00001"),
                                 QStringLiteral("ӘЛИЯ Қасымқызы"), QStringLiteral("Оспанова Сәуле Маратқызы")})
            QVERIFY2(receipt.contains(s), qPrintable(s));
        const QString duplicate =
            pdfText(pdf(layOutRequestDocument(DocumentKind::Duplicate, *context, DocumentLanguages::Kazakh)));
        for (const QString& s :
             {QStringLiteral("Жұмабаева Гүлнар Асқарқызы"), QStringLiteral("Физика"), QStringLiteral("04.11.2026")})
            QVERIFY2(duplicate.contains(s), qPrintable(s));
        // The executor typed the subjects in Kazakh: the Russian duplicate prints the catalog's Russian names.
        const QString russian =
            pdfText(pdf(layOutRequestDocument(DocumentKind::Duplicate, *context, DocumentLanguages::Russian)));
        QVERIFY2(russian.contains(QStringLiteral("Казахский язык")) && !russian.contains(QStringLiteral("Қазақ тілі")),
                 qPrintable(russian));
        QVERIFY2(duplicate.contains(QStringLiteral("Қазақ тілі")), qPrintable(duplicate));

        const QList<SurveyStats> survey =
            surveyStatistics(ReportQueries(db), desk.catalog, QDate(2026, 11, 1), QDate(2026, 11, 30));
        QCOMPARE(survey.size(), 1);
        QCOMPARE(survey.first().answers, 1);
        QCOMPARE(survey.first().quality[2], 1);
        QCOMPARE(survey.first().information[1], 1);
    }

    void reasonedRefusal_printsTheExecutorsText()
    {
        test::TestDesk desk;
        desk.setUp();
        const QSqlDatabase db = desk.db.connection();
        const IntakeOutcome o =
            Intake(db, desk.catalog, desk.calendar).submit(test::duplicateDraft(), desk.clerk, at(2, 10), false);
        RequestRepository requests(db, &desk.catalog);
        requests.advance(o.request->number, Transition::AssignExecutor, desk.head, at(2, 11), {}, desk.executor.id);
        requests.advance(o.request->number, Transition::PrepareRefusal, desk.executor, at(3, 11),
                         QStringLiteral("Мұрағатта 2015 жылғы түлектер туралы жазба жоқ."));
        requests.advance(o.request->number, Transition::SignRefusal, desk.head, at(4, 10));
        const auto context =
            RequestContext::load(DocumentQueries(db), desk.catalog, o.request->number, QDate(2026, 11, 5), nullptr);
        QVERIFY(!whyNotApplicable(DocumentKind::RefusalLetter, *context));
        QVERIFY(whyNotApplicable(DocumentKind::Duplicate, *context));
        const QString text =
            pdfText(pdf(layOutRequestDocument(DocumentKind::RefusalLetter, *context, DocumentLanguages::Kazakh)));
        QVERIFY2(text.contains(QStringLiteral("Мұрағатта 2015 жылғы түлектер туралы жазба жоқ.")), qPrintable(text));
    }

    /// A service whose regulation names no head (the unemployed certificate): the executor who prepared the refusal
    /// signs its letter. It printed «Басшы» and the name of an office head who never saw the request.
    void onAPathWithoutTheHead_theExecutorSigns()
    {
        test::TestDesk desk;
        desk.setUp(Channel::Provider, QStringLiteral("KZOEMP01"));
        const QSqlDatabase db = desk.db.connection();
        const IntakeOutcome o =
            Intake(db, desk.catalog, desk.calendar).submit(test::unemployedDraft(), desk.clerk, at(2, 10), false);
        RequestRepository(db, &desk.catalog)
            .advance(o.request->number, Transition::PrepareRefusal, desk.executor, at(2, 11),
                     QStringLiteral("Өтініш беруші жұмыспен қамтылған."));
        const auto c =
            RequestContext::load(DocumentQueries(db), desk.catalog, o.request->number, QDate(2026, 11, 5), nullptr);
        QCOMPARE(c->headName, QString());
        QCOMPARE(c->officeHeadName, desk.head.fullName);
        for (const auto& [language, head, executor] :
             {std::tuple{DocumentLanguages::Kazakh, "Басшы", "Орындаушы"},
              std::tuple{DocumentLanguages::Russian, "Руководитель", "Исполнитель"}}) {
            const QString text = pdfText(pdf(layOutRequestDocument(DocumentKind::RefusalLetter, *c, language)));
            QVERIFY2(!text.contains(QString::fromUtf8(head)) && !text.contains(desk.head.fullName), qPrintable(text));
            QVERIFY2(text.contains(QString::fromUtf8(executor)) && text.contains(desk.executor.fullName),
                     qPrintable(text));
        }
    }

    /// A provider's result issued at a ЦОН is the provider's document: headed with the office that made it (its
    /// number says which) and never signed in the name of a ЦОН head. It was headed with the ЦОН's name and signed by
    /// the ЦОН's first head. The receipts stay the ЦОН's.
    void aProvidersResultAtATson_isHeadedByTheProvider()
    {
        test::TestDesk desk;
        desk.setUp(Channel::Tson, QStringLiteral("KZOTSON01"));
        const QSqlDatabase db = desk.db.connection();
        const IntakeOutcome o = Intake(db, desk.catalog, desk.calendar)
                                    .submit(test::duplicateDraft(Channel::Tson), desk.op, at(2, 9), false);
        QVERIFY(o.registered());
        // The provider's result as sync brings it: made by the school's desk KZOEDU01-1.
        exec(db, QStringLiteral(
                     "INSERT INTO request_results (request_id, kind, number, fields, prepared_by, "
                     "prepared_at) SELECT id, 'duplicate_secondary', 'KZOEDU01-1-2026-D00007', "
                     "'{\"fields\":{},\"grades\":[]}', %1, '2026-11-05T10:00:00' FROM requests WHERE number = '%2'")
                     .arg(desk.op.id)
                     .arg(o.request->number));
        QString error;
        const auto c =
            RequestContext::load(DocumentQueries(db), desk.catalog, o.request->number, QDate(2026, 11, 5), &error);
        QVERIFY2(c, qPrintable(error));
        const auto school = DeskRepository(db).officeByCode(QStringLiteral("KZOEDU01"));
        QVERIFY(school && !school->name.isEmpty());
        QCOMPARE(c->headName, QString());
        const DocumentData duplicate = buildRequestDocument(DocumentKind::Duplicate, *c);
        QCOMPARE(duplicate.text(QStringLiteral("office.name"), Language::Kazakh), school->name);
        QCOMPARE(duplicate.text(QStringLiteral("head"), Language::Kazakh), QString());
        const DocumentData receipt = buildRequestDocument(DocumentKind::Receipt, *c);
        QCOMPARE(receipt.text(QStringLiteral("office.name"), Language::Kazakh), c->office.name);
        QVERIFY(c->office.name != school->name);
    }

    void register500_everyLineIsPrintedAndEveryBarcodeReads()
    {
        test::TestDesk desk;
        desk.setUp(Channel::Tson, QStringLiteral("KZOTSON01"));
        const QSqlDatabase db = desk.db.connection();
        Intake intake(db, desk.catalog, desk.calendar);
        QStringList numbers;
        for (int i = 0; i < 500; ++i) {
            const IntakeOutcome o =
                intake.submit(test::duplicateDraft(Channel::Tson), desk.op, at(2, 9).addSecs(i * 30), false);
            QVERIFY(o.registered());
            numbers << o.request->number;
        }
        CourierRoutes routes;
        routes.set(QStringLiteral("duplicate-secondary-edu-vko"), {QStringLiteral("KZOEDU01")});
        CourierRegisters registers(db, desk.catalog, routes);
        const auto reg = registers.create(*DeskRepository(db).thisDesk(), RegisterDirection::ToProvider,
                                          QStringLiteral("KZOEDU01"), desk.op, at(2, 15));
        for (int i = 0; i < numbers.size(); ++i)
            registers.add(reg.number, numbers.at(i), 1 + i % 4, desk.op, at(2, 15));
        QString error;
        const auto data = buildRegisterDocument(DocumentQueries(db), desk.catalog, reg.number, &error);
        QVERIFY2(data, qPrintable(error));
        QCOMPARE(data->tables.value(QStringLiteral("items")).size(), 500);
        // To whom, by the directory: the office's name and address, for the courier to find it.
        QCOMPARE(
            data->text(QStringLiteral("to"), Language::Kazakh),
            QStringLiteral("\"Қызылорда қаласының білім бөлімі\" ММ, Қызылорда қаласы, Тәжібаев көшесі, нөмірсіз"));
        QCOMPARE(data->text(QStringLiteral("total.sheets"), Language::Kazakh), QString::number(125 * (1 + 2 + 3 + 4)));
        const QString path =
            pdf(DocumentRenderer::layOut(DocumentTemplate::load(data->kind), *data, DocumentLanguages::Kazakh));
        const PdfWords words = pdfWords(path);
        QVERIFY(words.pages.size() > 10);
        const QStringList faults = layoutFaults(words);
        QVERIFY2(faults.isEmpty(), qPrintable(faults.mid(0, 5).join(QStringLiteral("; "))));
        const QString text = pdfText(path);
        for (const QString& n : numbers)
            QVERIFY2(text.contains(n), qPrintable(n));
        // The header repeats on every page.
        QCOMPARE(text.count(QStringLiteral("Парақ")) - text.count(QStringLiteral("Парақтардың жалпы саны")),
                 static_cast<qsizetype>(words.pages.size()));
        QStringList codes = pdfBarcodes(path);
        codes.sort();
        QStringList expected = numbers;
        expected << reg.number;
        expected.sort();
        QCOMPARE(codes, expected);
    }

    void serviceStatistics_countAndChart()
    {
        test::TestDesk desk;
        desk.setUp();
        const QSqlDatabase db = desk.db.connection();
        Intake intake(db, desk.catalog, desk.calendar);
        RequestRepository requests(db, &desk.catalog);
        QStringList numbers;
        for (int i = 0; i < 4; ++i)
            numbers << intake.submit(test::duplicateDraft(), desk.clerk, at(2 + i, 10), false).request->number;
        RequestDraft incomplete = test::duplicateDraft();
        incomplete.documents.clear();
        QVERIFY(!intake.submit(incomplete, desk.clerk, at(5, 12), true).registered());
        // Two issued: one in time (4 days), one after its due date (issued on 30 December).
        for (int i = 0; i < 2; ++i) {
            requests.advance(numbers.at(i), Transition::AssignExecutor, desk.head, at(6, 10), {}, desk.executor.id);
            requests.advance(numbers.at(i), Transition::PrepareResult, desk.executor, at(6, 11));
            requests.advance(numbers.at(i), Transition::SignResult, desk.head, at(6, 12));
            requests.advance(numbers.at(i), Transition::IssueResult, desk.clerk,
                             i == 0 ? at(6, 15) : QDateTime(QDate(2026, 12, 30), QTime(10, 0)));
        }
        const QList<ServiceStats> stats =
            serviceStatistics(ReportQueries(db), desk.catalog, QDate(2026, 11, 1), QDate(2026, 11, 30));
        QCOMPARE(stats.size(), 1);
        const ServiceStats& s = stats.first();
        QCOMPARE(s.accepted, 5);
        QCOMPARE(s.issuedOnTime, 1);
        QCOMPARE(s.issuedLate, 1);
        QCOMPARE(s.refused, 1);
        QCOMPARE(s.open, 2);
        // Median of 4.2 days (2 Nov 10:00 → 6 Nov 15:00) and 47 days (3 Nov 10:00 → 30 Dec 10:00).
        QVERIFY2(std::abs(s.medianDays - (4 + 5.0 / 24 + 57) / 2) < 0.01, qPrintable(QString::number(s.medianDays)));

        const Report report = buildReport(ReportKind::Services, ReportQueries(db), desk.catalog, QDate(2026, 11, 1),
                                          QDate(2026, 11, 30), at(20, 9), at(21, 9), Language::Russian);
        QCOMPARE(report.csv.size(), 2);
        QCOMPARE(report.csv.at(1).at(2), QStringLiteral("5"));
        const QByteArray csv = csv::document(report.csv);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "service_id,service,accepted"));
        QVERIFY(csv.contains("\"Выдача дубликатов документов об основном среднем, общем среднем образовании — "));
        const QString text =
            pdfText(pdf(DocumentRenderer::layOut(DocumentTemplate::load(report.document.kind), report.document,
                                                 DocumentLanguages::Russian,
                                                 {{QStringLiteral("services"), servicesChart(report.services)}})))
                .simplified();
        for (const QString& s2 : {QStringLiteral("Статистика по государственным услугам: 01.11.2026 – 30.11.2026"),
                                  QStringLiteral("Выдано позже срока"), QStringLiteral("Всего принято")})
            QVERIFY2(text.contains(s2), qPrintable(s2));

        // Overdue as of 30 December: the two still open (due 17 December) are overdue.
        const Report overdue = buildReport(ReportKind::Overdue, ReportQueries(db), desk.catalog, QDate(2026, 11, 1),
                                           QDate(2026, 11, 30), QDateTime(QDate(2026, 12, 30), QTime(9, 0)),
                                           QDateTime(QDate(2026, 12, 31), QTime(9, 0)), Language::Kazakh);
        QCOMPARE(overdue.csv.size(), 3);
        QCOMPARE(overdue.csv.at(1).last(), QStringLiteral("мерзімі өтті"));
        const Report journal = buildReport(ReportKind::Journal, ReportQueries(db), desk.catalog, QDate(2026, 11, 5),
                                           QDate(2026, 11, 5), at(20, 9), at(21, 9), Language::Kazakh, 1);
        QCOMPARE(journal.csv.size(), 3); // the header, a registered request and the refused one
        QCOMPARE(journal.document.tables.value(QStringLiteral("requests")).size(), 1);
        QCOMPARE(journal.document.text(QStringLiteral("shown"), Language::Kazakh), QStringLiteral("1"));

        // A cancelled report stops with ReportCancelled, whatever its kind.
        std::atomic_bool cancel{true};
        for (ReportKind kind : {ReportKind::Journal, ReportKind::Overdue, ReportKind::Services}) {
            bool stopped = false;
            try {
                buildReport(kind, ReportQueries(db), desk.catalog, QDate(2026, 11, 1), QDate(2026, 11, 30),
                            QDateTime(QDate(2026, 12, 30), QTime(9, 0)), QDateTime(QDate(2026, 12, 31), QTime(9, 0)),
                            Language::Kazakh, 5000, &cancel);
            } catch (const ReportCancelled&) {
                stopped = true;
            }
            QVERIFY2(stopped, qPrintable(reportKindName(kind)));
        }
    }
};

QTEST_MAIN(TestDocumentsDb)
#include "tst_documentsdb.moc"
