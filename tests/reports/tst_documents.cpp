// Every printed document, rendered to PDF and read back: text against golden files in kk and ru, the Kazakh
// letters, barcodes and QR codes through zbarimg, calibration offsets and long content through word boxes.
//
// To regenerate the golden files after an intended change of a template: KENSE_UPDATE_GOLDENS=1 ctest -R
// tst_documents, then read the diff of tests/data/documents before committing it.
#include "DataDir.h"
#include "DocumentRenderer.h"
#include "Fixtures.h"
#include "FormTemplate.h"
#include "PdfText.h"
#include "PrintSettings.h"
#include "layout/PagePainter.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace kense;
using namespace kense::test;

class TestDocuments : public QObject
{
    Q_OBJECT

    test::DataDir m_data; ///< the built-in templates, not an administrator's
    int m_files = 0;

    QString pdf(const LaidOutDocument& doc)
    {
        const QString path = m_data.scratchPath(QStringLiteral("doc%1.pdf").arg(++m_files));
        QString error;
        if (!writePdf(doc, path, &error))
            qFatal("%s", qPrintable(error));
        return path;
    }

    QString render(DocumentKind kind, DocumentLanguages languages, FormMode mode = FormMode::PlainPaper,
                   Calibration calibration = {}, QStringList* missing = nullptr)
    {
        return pdf(layOutRequestDocument(kind, fixture(kind), languages, mode, calibration, missing));
    }

    static QString goldenPath(const QString& name)
    {
        return qEnvironmentVariable("KENSE_SOURCE_DIR") + QStringLiteral("/tests/data/documents/%1.txt").arg(name);
    }

private Q_SLOTS:
    /// A calibration the blank cannot take is refused, key named, and nothing of it is written.
    void calibration_outOfReachIsRefusedWhole()
    {
        QTemporaryDir dir;
        const Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        for (const Calibration bad : {Calibration{qQNaN(), 1.0}, Calibration{1.0, 25.0}, Calibration{-30.0, 0.0}}) {
            const auto error = PrintSettings::setCalibration(QStringLiteral("HP"), bad, settings);
            QVERIFY(error);
            QVERIFY2(error->contains(QLatin1String("calibration/HP/")), qPrintable(*error));
            QVERIFY(!settings.contains(Setting::CalibrationDx, QStringLiteral("HP")));
            QVERIFY(!settings.contains(Setting::CalibrationDy, QStringLiteral("HP")));
        }
        QCOMPARE(PrintSettings::setCalibration(QStringLiteral("HP"), {2.0, -1.5}, settings), std::nullopt);
        QCOMPARE(PrintSettings::calibration(QStringLiteral("HP"), settings).dy, -1.5);
    }

    void everyKind_appliesToItsFixture_data()
    {
        QTest::addColumn<int>("kind");
        for (const QString& name : documentKindNames().split(QStringLiteral(", ")))
            QTest::newRow(qPrintable(name)) << static_cast<int>(*documentKindFromName(name));
    }
    void everyKind_appliesToItsFixture()
    {
        QFETCH(int, kind);
        const auto why = whyNotApplicable(static_cast<DocumentKind>(kind), fixture(static_cast<DocumentKind>(kind)));
        QVERIFY2(!why, qPrintable(why.value_or(QString())));
    }

    void currentDocument_followsTheState()
    {
        QCOMPARE(currentDocument(fixture(DocumentKind::Receipt)), DocumentKind::Receipt);
        QCOMPARE(currentDocument(fixture(DocumentKind::Refusal)), DocumentKind::Refusal);
        QCOMPARE(currentDocument(fixture(DocumentKind::QueueReceipt)), DocumentKind::QueueReceipt);
        QCOMPARE(currentDocument(fixture(DocumentKind::Duplicate)), DocumentKind::Duplicate);
        QCOMPARE(currentDocument(fixture(DocumentKind::Order)), DocumentKind::Order);
        QCOMPARE(currentDocument(fixture(DocumentKind::RefusalLetter)), DocumentKind::RefusalLetter);
        QCOMPARE(currentDocument(fixture(DocumentKind::IssueReceipt)), DocumentKind::IssueReceipt);
        // The parent consented: the direction is what the desk hands over now; once enrolled, the talon again.
        RequestContext direction = fixture(DocumentKind::Direction);
        QCOMPARE(currentDocument(direction), DocumentKind::Direction);
        direction.place->state = PlaceState::Enrolled;
        QCOMPARE(currentDocument(direction), std::nullopt);
        RequestContext draft = fixture(DocumentKind::Receipt);
        draft.request.state = RequestState::Draft;
        QCOMPARE(currentDocument(draft), std::nullopt);
    }

    /// The card prints again any document the request has had, and only those.
    void documentsOf_listsWhatTheRequestHasHad()
    {
        QCOMPARE(documentsOf(fixture(DocumentKind::Receipt)), QList<DocumentKind>{DocumentKind::Receipt});
        QCOMPARE(documentsOf(fixture(DocumentKind::Refusal)), QList<DocumentKind>{DocumentKind::Refusal});
        QCOMPARE(documentsOf(fixture(DocumentKind::Duplicate)),
                 (QList<DocumentKind>{DocumentKind::Receipt, DocumentKind::Duplicate, DocumentKind::IssueReceipt}));
        QCOMPARE(documentsOf(fixture(DocumentKind::IssueReceipt)),
                 (QList<DocumentKind>{DocumentKind::Receipt, DocumentKind::Duplicate, DocumentKind::IssueReceipt}));
        QCOMPARE(documentsOf(fixture(DocumentKind::RefusalLetter)),
                 (QList<DocumentKind>{DocumentKind::Receipt, DocumentKind::RefusalLetter, DocumentKind::IssueReceipt}));
        QCOMPARE(documentsOf(fixture(DocumentKind::QueueReceipt)), QList<DocumentKind>{DocumentKind::QueueReceipt});
        QCOMPARE(documentsOf(fixture(DocumentKind::Direction)),
                 (QList<DocumentKind>{DocumentKind::QueueReceipt, DocumentKind::Direction, DocumentKind::Survey}));
        // Kostanay's TVE regulation takes the applicant's written consent with the application.
        QCOMPARE(documentsOf(fixture(DocumentKind::Consent)),
                 (QList<DocumentKind>{DocumentKind::Receipt, DocumentKind::Consent}));
    }

    void notApplicable_saysWhy()
    {
        const auto why = whyNotApplicable(DocumentKind::Duplicate, fixture(DocumentKind::Receipt));
        QVERIFY(why);
        QVERIFY2(why->contains(QStringLiteral("has not prepared the result")), qPrintable(*why));
        const auto queue = whyNotApplicable(DocumentKind::QueueReceipt, fixture(DocumentKind::Receipt));
        QVERIFY(queue && queue->contains(QStringLiteral("does not print a queue-receipt")));
        const auto direction = whyNotApplicable(DocumentKind::Direction, fixture(DocumentKind::QueueReceipt));
        QVERIFY2(direction && direction->contains(QStringLiteral("no direction was issued (the child is «Waiting")),
                 qPrintable(direction.value_or(QString())));
        const auto refusal = whyNotApplicable(DocumentKind::Refusal, fixture(DocumentKind::Receipt));
        QVERIFY(refusal && refusal->contains(QStringLiteral("not refused at intake")));
    }

    void everyKind_matchesItsGolden_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("languages");
        for (const QString& name : documentKindNames().split(QStringLiteral(", "))) {
            const int kind = static_cast<int>(*documentKindFromName(name));
            QTest::newRow(qPrintable(name + QStringLiteral(".kk")))
                << kind << static_cast<int>(DocumentLanguages::Kazakh);
            QTest::newRow(qPrintable(name + QStringLiteral(".ru")))
                << kind << static_cast<int>(DocumentLanguages::Russian);
        }
    }
    void everyKind_matchesItsGolden()
    {
        QFETCH(int, kind);
        QFETCH(int, languages);
        QStringList missing;
        const QString path = render(static_cast<DocumentKind>(kind), static_cast<DocumentLanguages>(languages),
                                    FormMode::PlainPaper, {}, &missing);
        const QString text = pdfText(path);
        // Kept for people to look at: build/<preset>/documents/<kind>.<lang>.pdf
        const QString keep = qEnvironmentVariable("KENSE_BINARY_DIR") + QStringLiteral("/documents/") +
                             QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".pdf");
        QDir().mkpath(QFileInfo(keep).path());
        QFile::remove(keep);
        QFile::copy(path, keep);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("the template names values the data lacks: ") +
                                               missing.join(QStringLiteral(", "))));
        const QString golden = goldenPath(QString::fromLatin1(QTest::currentDataTag()));
        if (qEnvironmentVariableIsSet("KENSE_UPDATE_GOLDENS")) {
            QFile out(golden);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(text.toUtf8());
            return;
        }
        QFile in(golden);
        QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(golden + QStringLiteral(" is missing (see the header)")));
        const QStringList expected = QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'));
        const QStringList actual = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < std::max(expected.size(), actual.size()); ++i) {
            QVERIFY2(expected.value(i) == actual.value(i),
                     qPrintable(QStringLiteral("%1 line %2: expected \"%3\", got \"%4\"")
                                    .arg(golden)
                                    .arg(i + 1)
                                    .arg(expected.value(i), actual.value(i))));
        }
    }

    /// VKO's and Almaty's regulations give the permit itself; Aktobe's gives a certified copy of the order.
    void externatPermit_isTheRegionsDocument()
    {
        for (const char* id : {"externat-permit-vko", "externat-permit-almaty", "externat-permit-aktobe"}) {
            RequestContext c = fixture(DocumentKind::Permit);
            c.variant = catalog().variant(QString::fromLatin1(id));
            QVERIFY(c.variant);
            c.request.serviceId = c.variant->id;
            const QString text =
                pdfText(pdf(layOutRequestDocument(DocumentKind::Permit, c, DocumentLanguages::Russian))).simplified();
            const bool aktobe = QByteArray(id).endsWith("aktobe");
            QVERIFY2(text.contains(QStringLiteral("Копия верна")) == aktobe, qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("Приказ о разрешении обучения")) == aktobe, qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("РАЗРЕШЕНИЕ на обучение в форме экстерната")) == !aktobe,
                     qPrintable(text));
        }
    }

    /// Kyzylorda's regulation calls the preschool queue receipt a registration ticket («тіркеу талоны»).
    void kyzylordaQueueReceipt_isTheRegistrationTicket()
    {
        for (const char* id : {"preschool-queue-vko", "preschool-registration-kyzylorda"}) {
            RequestContext c = fixture(DocumentKind::QueueReceipt);
            c.variant = catalog().variant(QString::fromLatin1(id));
            QVERIFY(c.variant);
            c.request.serviceId = c.variant->id;
            const QString text =
                pdfText(pdf(layOutRequestDocument(DocumentKind::QueueReceipt, c, DocumentLanguages::Kazakh)))
                    .simplified();
            const bool kyzylorda = QByteArray(id).endsWith("kyzylorda");
            QVERIFY2(text.contains(QStringLiteral("кезекке қою туралы қолхат")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("(тіркеу талоны)")) == kyzylorda, qPrintable(text));
        }
    }

    /// «Қолхатты алдым» is signed by whoever handed the application in: the representative when one came.
    void receipt_isSignedForByWhoeverCame()
    {
        RequestContext c = fixture(DocumentKind::Receipt);
        const PdfWords withRepresentative =
            pdfWords(pdf(layOutRequestDocument(DocumentKind::Receipt, c, DocumentLanguages::Kazakh)));
        const auto lineOf = [](const PdfWords& words, const QString& word) {
            double y = -1;
            for (const PdfWord& w : words.words) {
                if (w.text == word)
                    y = w.box.center().y(); // the last one: the signature block is at the bottom
            }
            return y;
        };
        const double signature = lineOf(withRepresentative, QStringLiteral("алдым"));
        QVERIFY(signature > 0);
        const double representative = lineOf(withRepresentative, QStringLiteral("ҒАЛЫМОВ"));
        QVERIFY2(std::abs(representative - signature) < 12, "the representative's name is not by «Қолхатты алдым»");
        c.request.parties.removeLast(); // the applicant came alone
        const PdfWords alone =
            pdfWords(pdf(layOutRequestDocument(DocumentKind::Receipt, c, DocumentLanguages::Kazakh)));
        QCOMPARE(lineOf(alone, QStringLiteral("ҒАЛЫМОВ")), -1.0);
        QVERIFY(std::abs(lineOf(alone, QStringLiteral("Гүлнұр")) - lineOf(alone, QStringLiteral("алдым"))) <
                30); // the long name wraps
    }

    /// The survey prints the wording of the service's own appendix (seed 001): TSA's «кей кезде қанағаттанамын»,
    /// the disabled children's «Сіз … көрсету мен үрдісіне», the preschool registration's appendix 6.
    void survey_printsTheServicesOwnAppendix()
    {
        const auto text = [this](const char* service) {
            RequestContext c = fixture(DocumentKind::Survey);
            c.variant = catalog().variant(QString::fromLatin1(service));
            return pdfText(pdf(layOutRequestDocument(DocumentKind::Survey, c, DocumentLanguages::Kazakh))).simplified();
        };
        const QString assistance = text("targeted-social-assistance-kyzylorda");
        QVERIFY2(assistance.contains(u"2) кей кезде қанағаттанамын"_qs) && !assistance.contains(u"орташа"_qs),
                 qPrintable(assistance));
        QVERIFY2(assistance.contains(u"тәртібі туралы ақпараттың сапасымен"_qs), qPrintable(assistance));
        const QString disabled = text("disabled-children-home-education-support-kyzylorda");
        QVERIFY2(disabled.contains(u"1. Сіз электрондық мемлекеттік қызмет көрсету мен үрдісіне қанағаттанасыз ба?"_qs),
                 qPrintable(disabled));
        const QString preschool = text("preschool-registration-kyzylorda");
        QVERIFY2(preschool.contains(u"2) орташа қанағаттанамын"_qs) &&
                     preschool.contains(u"регламенттің 6-қосымшасынан"_qs),
                 qPrintable(preschool));
    }

    void kazakhLetters_comeBackFromThePdf()
    {
        QString text;
        for (DocumentKind kind : {DocumentKind::Receipt, DocumentKind::Duplicate, DocumentKind::IssueReceipt})
            text += pdfText(render(kind, DocumentLanguages::Kazakh));
        const QString letters = QStringLiteral("әғқңөұүһіӘҒҚҢӨҰҮҺІ");
        for (const QChar c : letters)
            QVERIFY2(text.contains(c), qPrintable(QStringLiteral("the letter %1 is lost").arg(c)));
    }

    void both_printsKazakhThenRussian()
    {
        const QString text = pdfText(render(DocumentKind::Receipt, DocumentLanguages::Both));
        const qsizetype kk = text.indexOf(QStringLiteral("Құжаттардың қабылданғаны туралы қолхат"));
        const qsizetype ru = text.indexOf(QStringLiteral("Расписка о приеме документов"));
        QVERIFY(kk >= 0);
        QVERIFY(ru > kk);
    }

    void refusalReceipt_printsBothCopiesInOneRun()
    {
        const QString path = render(DocumentKind::Refusal, DocumentLanguages::Russian);
        const QString text = pdfText(path).simplified();
        QVERIFY(text.contains(QStringLiteral("Экземпляр 1")));
        QVERIFY(text.contains(QStringLiteral("Экземпляр 2")));
        QCOMPARE(text.count(QStringLiteral("Руководствуясь пунктом 2 статьи 20 Закона Республики Казахстан от 15 "
                                           "апреля 2013 года «О государственных услугах»")),
                 2);
        QVERIFY(text.contains(QStringLiteral("1) Документ, удостоверяющий личность")));
        QCOMPARE(pdfWords(path).pages.size(), 2);
    }

    void receiptBarcode_readsBackAsTheNumber()
    {
        for (DocumentKind kind :
             {DocumentKind::Receipt, DocumentKind::QueueReceipt, DocumentKind::IssueReceipt, DocumentKind::Direction}) {
            const QStringList codes = pdfBarcodes(render(kind, DocumentLanguages::Kazakh));
            QCOMPARE(codes, QStringList{QStringLiteral("KZOEDU01-1-2026-000042")});
        }
    }

    void duplicateQr_carriesItsNumberAndHolder()
    {
        const QStringList codes = pdfBarcodes(render(DocumentKind::Duplicate, DocumentLanguages::Kazakh));
        QCOMPARE(codes.size(), 1);
        QCOMPARE(codes.first(), QStringLiteral("KENSE|KZOEDU01-1-2026-D00007|KZOEDU01-1-2026-000042|Нұрланова Әлия "
                                               "Қасымқызы|2026-11-16"));
    }

    void blank_printsOnlyTheValues()
    {
        const QString plain = pdfText(render(DocumentKind::Duplicate, DocumentLanguages::Russian));
        const QString blank = pdfText(render(DocumentKind::Duplicate, DocumentLanguages::Russian, FormMode::Blank));
        QVERIFY(plain.contains(QStringLiteral("РЕСПУБЛИКА КАЗАХСТАН")));
        QVERIFY(!blank.contains(QStringLiteral("РЕСПУБЛИКА КАЗАХСТАН")));
        QVERIFY(!blank.contains(QStringLiteral("Настоящий документ выдан")));
        for (const QString& value : {QStringLiteral("ДУБЛИКАТ"), QStringLiteral("Нұрланова"),
                                     QStringLiteral("KZOEDU01-1-2026-D00007"), QStringLiteral("Геометрия")})
            QVERIFY2(blank.contains(value), qPrintable(value));
    }

    void calibration_movesEveryFieldByExactlyTheOffset()
    {
        const PdfWords base = pdfWords(render(DocumentKind::Duplicate, DocumentLanguages::Kazakh, FormMode::Blank));
        const PdfWords moved =
            pdfWords(render(DocumentKind::Duplicate, DocumentLanguages::Kazakh, FormMode::Blank, Calibration{3, -2}));
        QVERIFY(base.words.size() > 20);
        QCOMPARE(moved.words.size(), base.words.size());
        const double dx = 3 * 72 / 25.4;
        const double dy = -2 * 72 / 25.4;
        for (qsizetype i = 0; i < base.words.size(); ++i) {
            QCOMPARE(moved.words.at(i).text, base.words.at(i).text);
            const QPointF shift = moved.words.at(i).box.topLeft() - base.words.at(i).box.topLeft();
            QVERIFY2(std::abs(shift.x() - dx) < 0.02 && std::abs(shift.y() - dy) < 0.02,
                     qPrintable(QStringLiteral("\"%1\" moved by %2, %3 pt")
                                    .arg(base.words.at(i).text)
                                    .arg(shift.x())
                                    .arg(shift.y())));
        }
    }

    void calibrationPage_drawsTheGridAndSaysTheOffsets()
    {
        const QString text = pdfText(pdf(calibrationPage(Calibration{3, -2}, Language::Russian, QStringLiteral("HP"))));
        QVERIFY(text.contains(QStringLiteral("Страница калибровки принтера")));
        QVERIFY(text.contains(QStringLiteral("Смещение: X 3.0 мм, Y -2.0 мм · принтер: HP")));
        QVERIFY(text.contains(QStringLiteral("150")));
    }

    void longContent_isNeitherCutNorOverlapping()
    {
        RequestContext c = fixture(DocumentKind::Receipt);
        PartyRecord& applicant = c.request.parties.first();
        applicant.surname = QStringLiteral("Әбілқайыров-Нұрмұхамбетов-Сейітқалиев-Жаңабергенов-Өтебайұлы");
        applicant.givenName = QStringLiteral("Мұхаммед-Әли Нұрсұлтан-Ғабдулхамит");
        applicant.patronymic = QStringLiteral("Һидаятоллаұлы-Қожахметұлы");
        const QString name =
            QStringLiteral("%1 %2 %3").arg(applicant.surname, applicant.givenName, applicant.patronymic);
        QVERIFY(name.size() >= 120);
        c.request.documents = fortyDocuments(DocumentStatus::Copy);
        for (DocumentLanguages languages : {DocumentLanguages::Kazakh, DocumentLanguages::Russian}) {
            const QString path = pdf(layOutRequestDocument(DocumentKind::Receipt, c, languages));
            const PdfWords words = pdfWords(path);
            QVERIFY(words.pages.size() >= 2);
            const QStringList faults = layoutFaults(words);
            QVERIFY2(faults.isEmpty(), qPrintable(faults.mid(0, 5).join(QStringLiteral("; "))));
            // The name wraps at its hyphens, and pdftotext joins a line ending in a hyphen without it: compare
            // the letters.
            const QRegularExpression spaceOrHyphen(QStringLiteral("[\\s-]"));
            QString flat = pdfText(path);
            QString wanted = name;
            QVERIFY2(flat.remove(spaceOrHyphen).contains(wanted.remove(spaceOrHyphen)), qPrintable(name));
            const QString text = pdfText(path).simplified();
            for (int i = 1; i <= 40; ++i)
                QVERIFY2(text.contains(QStringLiteral("№ %1:").arg(i)), qPrintable(QString::number(i)));
            // The table's header is repeated on every page the table runs onto.
            const QString header = languages == DocumentLanguages::Kazakh ? QStringLiteral("Құжаттың атауы")
                                                                          : QStringLiteral("Наименование документа");
            QSet<int> tablePages;
            for (const PdfWord& w : words.words) {
                if (w.text == QStringLiteral("көшірмесі") || w.text == QStringLiteral("справки"))
                    tablePages.insert(w.page);
            }
            QVERIFY2(tablePages.size() >= 2,
                     qPrintable(QStringLiteral("the 40 documents fill more than one page: %1 %2")
                                    .arg(tablePages.size())
                                    .arg(words.pages.size())));
            QCOMPARE(pdfText(path).count(header), tablePages.size());
        }
    }

    void brokenTemplate_namesTheFileThePathAndTheReason()
    {
        try {
            DocumentTemplate::parse(R"({"kind": "x", "name": "x", "blocks": [{"type": "txt"}]})",
                                    QStringLiteral("x.json"));
            QFAIL("a broken template was accepted");
        } catch (const TemplateError& e) {
            QVERIFY2(e.message.startsWith(QStringLiteral("x.json: blocks[0].type:")), qPrintable(e.message));
        }
        try {
            FormTemplate::parse(R"({"kind": "x", "name": "x", "fields": [{"at": [10], "width": 5, "value": "v"}]})",
                                QStringLiteral("f.json"));
            QFAIL("a broken form was accepted");
        } catch (const TemplateError& e) {
            QVERIFY2(e.message.startsWith(QStringLiteral("f.json: fields[0].at:")), qPrintable(e.message));
        }
    }

    void administratorsTemplate_standsInFrontOfTheBuiltIn()
    {
        QDir().mkpath(m_data.filePath(QStringLiteral("templates")));
        QFile own(m_data.filePath(QStringLiteral("templates/survey.json")));
        QVERIFY(own.open(QIODevice::WriteOnly));
        own.write(
            R"({"kind": "survey", "name": "S", "blocks": [{"type": "text", "text": "Біздің сауалнама {number}"}]})");
        own.close();
        const QString text = pdfText(render(DocumentKind::Survey, DocumentLanguages::Kazakh));
        own.remove();
        QVERIFY2(text.contains(QStringLiteral("Біздің сауалнама KZOEDU01-1-2026-000042")), qPrintable(text));
    }
};

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
