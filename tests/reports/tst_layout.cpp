// The layout check over every printed document: each kind × language (kk, ru, both) × mode (plain paper; the
// duplicate also on its blank), with the fixture's content and with long content (a 120-character name,
// 40 documents, 25 subjects, long names of schools and offices). No two words overlap, none leaves the printable
// area or the form's frame, no barcode or QR code covers a word.
#include "DataDir.h"
#include "Fixtures.h"
#include "FormTemplate.h"
#include "LayoutCheck.h"
#include "layout/PagePainter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace kense;
using namespace kense::test;

namespace {

const QString kLongSurname = QStringLiteral("Әбілқайыров-Нұрмұхамбетов-Сейітқалиев-Жаңабергенов-Өтебайұлы");
const QString kLongGiven = QStringLiteral("Мұхаммед-Әли Нұрсұлтан-Ғабдулхамит");
const QString kLongPatronymic = QStringLiteral("Һидаятоллаұлы-Қожахметұлы");

/// A TVE duplicate: the Kostanay college diploma.
RequestContext tveDuplicate()
{
    RequestContext c = request("duplicate-tve-edu-kostanay",
                               {{QStringLiteral("subject.document_kind"), QStringLiteral("tve_diploma")},
                                {QStringLiteral("subject.holder_surname"), QStringLiteral("Нұрланова")},
                                {QStringLiteral("subject.holder_given_name"), QStringLiteral("Әлия")},
                                {QStringLiteral("subject.holder_patronymic"), QStringLiteral("Қасымқызы")},
                                {QStringLiteral("subject.college"), QStringLiteral("Қостанай политехникалық колледжі")},
                                {QStringLiteral("subject.speciality"), QStringLiteral("Бағдарламалық қамтамасыз ету")},
                                {QStringLiteral("subject.qualification"), QStringLiteral("Техник-бағдарламашы")},
                                {QStringLiteral("subject.graduation_year"), QStringLiteral("2019")},
                                {QStringLiteral("subject.original_series"), QStringLiteral("ТКБ")},
                                {QStringLiteral("subject.original_number"), QStringLiteral("0045678")},
                                {QStringLiteral("subject.reason"), QStringLiteral("lost")}});
    c.request.state = RequestState::ResultSigned;
    c.result = duplicateResult();
    c.result->kind = QStringLiteral("duplicate_tve");
    return c;
}

/// The same request with everything as long as a real one gets.
RequestContext lengthened(RequestContext c)
{
    for (PartyRecord& p : c.request.parties) {
        p.surname = kLongSurname;
        p.givenName = kLongGiven;
        p.patronymic = kLongPatronymic;
        p.address = QStringLiteral("Шығыс Қазақстан облысы, Өскемен қаласы, Ғұмыр-Ңүкте өңірі тұрғын үй кешені, "
                                   "Қазақстан көшесі, 61-үй, 145-пәтер");
    }
    for (const QString& prefix : {QStringLiteral("subject.holder_"), QStringLiteral("subject.child_")}) {
        if (c.request.fields.contains(prefix + QStringLiteral("surname"))) {
            c.request.fields[prefix + QStringLiteral("surname")] = kLongSurname;
            c.request.fields[prefix + QStringLiteral("given_name")] = kLongGiven;
            c.request.fields[prefix + QStringLiteral("patronymic")] = kLongPatronymic;
        }
    }
    const QString school = QStringLiteral("Шығыс Қазақстан облысы білім басқармасының «Өскемен қаласының дарынды "
                                          "балаларға арналған № 12 мамандандырылған мектеп-гимназиясы» КММ");
    for (const QString& key : {QStringLiteral("subject.school"), QStringLiteral("subject.college"),
                               QStringLiteral("subject.speciality"), QStringLiteral("subject.qualification")}) {
        if (c.request.fields.contains(key))
            c.request.fields[key] = school;
    }
    c.office.name = school;
    c.request.documents = fortyDocuments(DocumentStatus::Missing);
    if (c.result && !c.result->grades.isEmpty()) {
        c.result->grades.clear();
        for (int i = 1; i <= 25; ++i)
            c.result->grades << qMakePair(
                QStringLiteral("Алгебра және анализ бастамалары (тереңдетіп оқыту), %1-бөлім").arg(i),
                QString::number(2 + i % 4));
    }
    return c;
}

struct Case
{
    DocumentKind kind;
    RequestContext context;
};

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

    test::DataDir m_data; ///< the built-in templates
    int m_files = 0;

private Q_SLOTS:
    void everyDocument_layoutHolds_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("languages");
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("tve");
        QTest::addColumn<bool>("longContent");
        const QList<std::pair<const char*, DocumentLanguages>> languages = {
            {"kk", DocumentLanguages::Kazakh}, {"ru", DocumentLanguages::Russian}, {"both", DocumentLanguages::Both}};
        for (const QString& name : documentKindNames().split(QStringLiteral(", "))) {
            const DocumentKind kind = *documentKindFromName(name);
            const bool form = kind == DocumentKind::Duplicate;
            for (const bool tve : form ? QList<bool>{false, true} : QList<bool>{false}) {
                // Only the duplicate has a blank to print on; the other documents are always plain paper.
                for (const FormMode mode : form ? QList<FormMode>{FormMode::PlainPaper, FormMode::Blank}
                                                : QList<FormMode>{FormMode::PlainPaper}) {
                    for (const auto& [tag, lang] : languages) {
                        for (const bool longContent : {false, true}) {
                            const QString row =
                                QStringLiteral("%1%2.%3.%4%5")
                                    .arg(name, tve ? QStringLiteral("-tve") : QString(), QString::fromLatin1(tag),
                                         mode == FormMode::Blank ? QStringLiteral("blank") : QStringLiteral("plain"),
                                         longContent ? QStringLiteral(".long") : QString());
                            QTest::newRow(qPrintable(row)) << static_cast<int>(kind) << static_cast<int>(lang)
                                                           << static_cast<int>(mode) << tve << longContent;
                        }
                    }
                }
            }
        }
    }
    void everyDocument_layoutHolds()
    {
        QFETCH(int, kind);
        QFETCH(int, languages);
        QFETCH(int, mode);
        QFETCH(bool, tve);
        QFETCH(bool, longContent);
        RequestContext c = tve ? tveDuplicate() : fixture(static_cast<DocumentKind>(kind));
        if (longContent)
            c = lengthened(c);
        const LaidOutDocument doc = layOutRequestDocument(
            static_cast<DocumentKind>(kind), c, static_cast<DocumentLanguages>(languages), static_cast<FormMode>(mode));
        const QString path = m_data.scratchPath(QStringLiteral("layout%1.pdf").arg(++m_files));
        QString error;
        QVERIFY2(writePdf(doc, path, &error), qPrintable(error));
        // Kept for people to look at: build/<preset>/layout/<row>.pdf
        const QString keep = qEnvironmentVariable("KENSE_BINARY_DIR") + QStringLiteral("/layout/") +
                             QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".pdf");
        QDir().mkpath(QFileInfo(keep).path());
        QFile::remove(keep);
        QFile::copy(path, keep);
        const QStringList faults = layoutFaults(path, doc);
        QVERIFY2(
            faults.isEmpty(),
            qPrintable(
                QStringLiteral("%1 faults: %2").arg(faults.size()).arg(faults.mid(0, 6).join(QStringLiteral("; ")))));
    }

    /// The check itself sees what it is for: a word over a word, a word under a QR code, a word off the frame.
    void theCheck_findsOverprintCodesAndFrame()
    {
        LaidOutDocument doc;
        doc.pages << LaidOutPage{};
        DrawOp frame;
        frame.kind = DrawOp::Box;
        frame.rect = QRectF(QPointF(15, 15), QPointF(195, 282));
        doc.pages[0].ops << frame;
        const auto text = [](QPointF at, const QString& s) {
            DrawOp op;
            op.at = at;
            op.text = s;
            return op;
        };
        doc.pages[0].ops << text({20, 40}, QStringLiteral("Жылы")) << text({21, 40}, QStringLiteral("2015"))
                         << text({100, 60}, QStringLiteral("ҚАЗАҚСТАН")) << text({197, 100}, QStringLiteral("шет"));
        DrawOp module;
        module.kind = DrawOp::Fill;
        module.rect = QRectF(110, 56, 2, 2);
        doc.pages[0].ops << module;
        module.rect = QRectF(112.5, 56, 2, 2);
        doc.pages[0].ops << module;
        const QString path = m_data.scratchPath(QStringLiteral("check.pdf"));
        QString error;
        QVERIFY2(writePdf(doc, path, &error), qPrintable(error));
        const QString faults = layoutFaults(path, doc).join(QLatin1Char('\n'));
        QVERIFY2(faults.contains(QStringLiteral("\"Жылы\" overlaps \"2015\"")), qPrintable(faults));
        QVERIFY2(faults.contains(QStringLiteral("\"ҚАЗАҚСТАН\" under a code")), qPrintable(faults));
        QVERIFY2(faults.contains(QStringLiteral("\"шет\" outside the frame")), qPrintable(faults));
        QCOMPARE(codeRects(doc.pages[0]).size(), 1);
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
