// Aktobe school enrollment as its regulation gives it (seed 000 p.3, p.5), on a desk's real database: the
// 5+5+10+5+5-minute term ends with the receipt that the head signs and the executor hands over; the enrollment order
// follows «жаңа оқу жылынан бастап», made and printed once the request was issued. Almaty's order stays the result of
// its term.
#include "DataDir.h"
#include "DeskRepository.h"
#include "DocumentQueries.h"
#include "DocumentRenderer.h"
#include "Intake.h"
#include "LayoutCheck.h"
#include "PdfText.h"
#include "RequestDocuments.h"
#include "RequestRepository.h"
#include "ResultActs.h"
#include "TestDesk.h"
#include "layout/PagePainter.h"

#include <QTest>

using namespace kense;
using namespace kense::test;

namespace {
QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute));
}

QString storageError(const std::function<void()>& f)
{
    try {
        f();
    } catch (const StorageError& e) {
        return e.message;
    }
    return {};
}
} // namespace

class TestEnrollmentPath : public QObject
{
    Q_OBJECT

    test::DataDir m_data;
    int m_files = 0;

    RequestContext context(const TestDesk& desk, const QString& number)
    {
        QString error;
        auto c = RequestContext::load(DocumentQueries(desk.db.connection()), desk.catalog, number, QDate(2026, 11, 30),
                                      &error);
        if (!c)
            qFatal("%s", qPrintable(error));
        return *c;
    }

    /// The document as a PDF, read back as text; its words must not overlap or leave the page.
    QString printed(DocumentKind kind, const RequestContext& c, DocumentLanguages languages)
    {
        const LaidOutDocument doc = layOutRequestDocument(kind, c, languages);
        const QString path = m_data.scratchPath(QStringLiteral("enrollment%1.pdf").arg(++m_files));
        QString error;
        if (!writePdf(doc, path, &error))
            qFatal("%s", qPrintable(error));
        const QStringList faults = layoutFaults(path, doc);
        if (!faults.isEmpty())
            qFatal("%s: %s", qPrintable(path), qPrintable(faults.join(QStringLiteral("; "))));
        if (qEnvironmentVariableIsSet("KENSE_KEEP_PDF"))
            QFile::copy(path, QStringLiteral("%1/%2-%3.pdf")
                                  .arg(qEnvironmentVariable("KENSE_KEEP_PDF"), documentKindName(kind))
                                  .arg(m_files));
        return pdfText(path);
    }

private Q_SLOTS:
    void aktobe_theTermEndsWithTheSignedReceipt_theOrderFollowsTheIssue()
    {
        TestDesk desk;
        desk.setUp();
        const QSqlDatabase db = desk.db.connection();
        const IntakeOutcome o =
            Intake(db, desk.catalog, desk.calendar)
                .submit(enrollmentDraft(QStringLiteral("school-enrollment-aktobe")), desk.clerk, at(2, 10), false);
        QVERIFY2(o.registered(), qPrintable(o.errors.isEmpty() ? QStringLiteral("documents missing")
                                                               : o.errors.first().fieldId + QStringLiteral(": ") +
                                                                     o.errors.first().message));
        const QString number = o.request->number;
        // The regulation's steps add up to 30 minutes: that is the term, and it ends with the receipt.
        QCOMPARE(o.request->dueAt, at(2, 10, 30));

        RequestRepository requests(db, &desk.catalog);
        requests.advance(number, Transition::AssignExecutor, desk.head, at(2, 10, 5), {}, desk.executor.id);
        // The executor prepares the receipt, which has nothing to fill in: saving a result now is refused, in words.
        const QString inWork =
            storageError([&] { ResultActs::save(db, desk.catalog, number, {}, {}, desk.executor, at(2, 10, 10)); });
        QVERIFY2(inWork.contains(QStringLiteral("receipt signed by the head")), qPrintable(inWork));
        requests.advance(number, Transition::PrepareResult, desk.executor, at(2, 10, 15));
        requests.advance(number, Transition::SignResult, desk.head, at(2, 10, 20));

        RequestContext c = context(desk, number);
        // What the head signed is the receipt: the card's print offers it first, with the head's signature line.
        QCOMPARE(currentDocument(c), std::optional<DocumentKind>(DocumentKind::Receipt));
        QVERIFY(!documentsOf(c).contains(DocumentKind::Order));
        QVERIFY(whyNotApplicable(DocumentKind::Order, c)->contains(QStringLiteral("once the request was issued")));
        const QString receipt = printed(DocumentKind::Receipt, c, DocumentLanguages::Both);
        for (const QString& s :
             {QStringLiteral("Басшы"), QStringLiteral("Руководитель"), QStringLiteral("Жұмабаева Гүлнар Асқарқызы"),
              QStringLiteral("Оспанова Сәуле Маратқызы")})
            QVERIFY2(receipt.contains(s), qPrintable(s));

        requests.advance(number, Transition::IssueResult, desk.clerk, at(2, 10, 25));
        // Issued within the 30 minutes: nothing more is owed within the term, and the order has no term of its own.
        c = context(desk, number);
        QVERIFY(isClosed(c.request.state));
        QVERIFY(whyNotApplicable(DocumentKind::Order, c)->contains(QStringLiteral("not prepared")));
        // A clerk does not make the order; the executor (or the head) does, once the request was issued.
        QVERIFY(storageError([&] {
                    ResultActs::save(db, desk.catalog, number, {}, {}, desk.clerk, at(2, 11));
                }).contains(QStringLiteral("not an executor")));
        const ResultRecord order = ResultActs::save(db, desk.catalog, number, {}, {}, desk.executor, at(20, 9));
        QCOMPARE(order.kind, QStringLiteral("enrollment_order"));
        QCOMPARE(order.number, QStringLiteral("KZOEDU01-1-2026-D00001"));

        c = context(desk, number);
        QCOMPARE(currentDocument(c), std::optional<DocumentKind>(DocumentKind::Order));
        QVERIFY(documentsOf(c).contains(DocumentKind::Receipt));
        const QString kk = printed(DocumentKind::Order, c, DocumentLanguages::Kazakh);
        for (const QString& s : {QStringLiteral("БҰЙРЫҚ"), QStringLiteral("KZOEDU01-1-2026-D00001"),
                                 QStringLiteral("20.11.2026"), QStringLiteral("2027–2028 оқу жылынан бастап"),
                                 QStringLiteral("Әбілқайыров Нұрислам"), QStringLiteral("стандартына")})
            QVERIFY2(kk.contains(s), qPrintable(s + QStringLiteral(" not in:\n") + kk));
        const QString ru = printed(DocumentKind::Order, c, DocumentLanguages::Russian);
        for (const QString& s : {QStringLiteral("ПРИКАЗ"), QStringLiteral("с 2027–2028"), QStringLiteral("стандартом")})
            QVERIFY2(ru.contains(s), qPrintable(s + QStringLiteral(" not in:\n") + ru));
        // What was handed over within the term is named on the receipt of issue: the receipt, not the order.
        const QString issue = printed(DocumentKind::IssueReceipt, c, DocumentLanguages::Russian);
        QVERIFY2(issue.contains(QStringLiteral("Расписка о приеме документов")), qPrintable(issue));
    }

    /// A reasoned refusal ends Aktobe's term as well: nothing is made after it.
    void aktobe_aRefusalIssued_makesNoOrder()
    {
        TestDesk desk;
        desk.setUp();
        const QSqlDatabase db = desk.db.connection();
        const QString number =
            Intake(db, desk.catalog, desk.calendar)
                .submit(enrollmentDraft(QStringLiteral("school-enrollment-aktobe")), desk.clerk, at(2, 10), false)
                .request->number;
        RequestRepository requests(db, &desk.catalog);
        requests.advance(number, Transition::AssignExecutor, desk.head, at(2, 10, 5), {}, desk.executor.id);
        requests.advance(number, Transition::PrepareRefusal, desk.executor, at(2, 10, 15),
                         QStringLiteral("Баланың жасы алты жасқа толмаған"));
        requests.advance(number, Transition::SignRefusal, desk.head, at(2, 10, 20));
        requests.advance(number, Transition::IssueRefusal, desk.clerk, at(2, 10, 25));
        QVERIFY(!storageError([&] {
                     ResultActs::save(db, desk.catalog, number, {}, {}, desk.executor, at(3, 9));
                 }).isEmpty());
        const RequestContext c = context(desk, number);
        QVERIFY(!documentsOf(c).contains(DocumentKind::Order));
        QCOMPARE(currentDocument(c), std::optional<DocumentKind>(DocumentKind::IssueReceipt));
        QVERIFY(documentsOf(c).contains(DocumentKind::RefusalLetter));
    }

    /// Almaty's regulation (seed 004 p.5) makes the order within the path: it is prepared in work, as before.
    void almaty_theOrderIsTheResultOfTheTerm()
    {
        TestDesk desk;
        desk.setUp();
        const QSqlDatabase db = desk.db.connection();
        const QString number =
            Intake(db, desk.catalog, desk.calendar)
                .submit(enrollmentDraft(QStringLiteral("school-enrollment-almaty")), desk.clerk, at(2, 10), false)
                .request->number;
        RequestRepository requests(db, &desk.catalog);
        requests.advance(number, Transition::AssignExecutor, desk.head, at(2, 10, 5), {}, desk.executor.id);
        QCOMPARE(ResultActs::save(db, desk.catalog, number, {}, {}, desk.executor, at(2, 11)).kind,
                 QStringLiteral("enrollment_order"));
        requests.advance(number, Transition::PrepareResult, desk.executor, at(2, 11, 5));
        const RequestContext c = context(desk, number);
        QCOMPARE(currentDocument(c), std::optional<DocumentKind>(DocumentKind::Order));
        const QString receipt = printed(DocumentKind::Receipt, c, DocumentLanguages::Russian);
        QVERIFY2(!receipt.contains(QStringLiteral("Руководитель")), qPrintable(receipt));
        requests.advance(number, Transition::SignResult, desk.head, at(2, 11, 10));
        requests.advance(number, Transition::IssueResult, desk.clerk, at(2, 11, 15));
        QVERIFY(storageError([&] {
                    ResultActs::save(db, desk.catalog, number, {}, {}, desk.executor, at(3, 9));
                }).contains(QStringLiteral("in work")));
    }
};

QTEST_MAIN(TestEnrollmentPath)
#include "tst_enrollmentpath.moc"
