// Every printed document as a picture: each kind × language (kk, ru, both), and the duplicate of a college and on
// its blank, rendered to black-and-white PNG at 100 dpi (pdftoppm -mono) and compared with its golden picture
// (ImageMagick's compare, counting pixels that differ by more than a fuzz). Text goldens cannot see an overprint or a
// shifted line; this can. The pages are also put on one contact sheet (montage):
// build/<preset>/documents-contact-sheet.png.
//
// To regenerate after an intended change: KENSE_UPDATE_GOLDENS=1 ctest -R tst_pictures, then open the changed
// PNGs in tests/data/pictures (and the contact sheet) and look at them before committing.
#include "DataDir.h"
#include "Fixtures.h"
#include "FormTemplate.h"
#include "PdfText.h"
#include "layout/PagePainter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using namespace kense;
using namespace kense::test;

namespace {

/// Pixels of a page that may differ before the picture counts as changed. The same build renders the same pixels
/// (0 differ from run to run); 40 leaves room for a glyph's edge rounded the other way by another FreeType, while
/// «М.О.» moved by a millimetre changes about 200.
constexpr qint64 kAllowedPixels = 40;

QString goldenDir()
{
    return qEnvironmentVariable("KENSE_SOURCE_DIR") + QStringLiteral("/tests/data/pictures");
}

RequestContext tveFixture()
{
    RequestContext c = fixture(DocumentKind::Duplicate);
    c.variant = catalog().variant(QStringLiteral("duplicate-tve-edu-kostanay"));
    c.request.serviceId = c.variant->id;
    c.request.fields.insert(QStringLiteral("subject.document_kind"), QStringLiteral("tve_diploma"));
    c.request.fields.insert(QStringLiteral("subject.college"), QStringLiteral("Қостанай политехникалық колледжі"));
    c.request.fields.insert(QStringLiteral("subject.speciality"), QStringLiteral("Бағдарламалық қамтамасыз ету"));
    c.request.fields.insert(QStringLiteral("subject.qualification"), QStringLiteral("Техник-бағдарламашы"));
    c.result->kind = QStringLiteral("duplicate_tve");
    return c;
}

} // namespace

class TestPictures : public QObject
{
    Q_OBJECT

    test::DataDir m_data; ///< the built-in templates
    QStringList m_sheet;  ///< every page rendered, for the contact sheet

    /// The pages of `pdf` as 100-dpi black-and-white PNGs named `<tag>-<page>.png` in `dir` (no antialiasing: the
    /// same pixels on every run, and small goldens).
    static QStringList pages(const QString& pdf, const QString& dir, const QString& tag)
    {
        int exit = 0;
        runTool(QStringLiteral("pdftoppm"),
                {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-mono"), QStringLiteral("-png"), pdf,
                 QDir(dir).filePath(tag)},
                &exit);
        if (exit != 0)
            qFatal("pdftoppm failed on %s", qPrintable(pdf));
        QStringList out;
        for (const QString& f :
             QDir(dir).entryList({tag + QStringLiteral("-*.png")}, QDir::Files, QDir::Name | QDir::LocaleAware))
            out << QDir(dir).filePath(f);
        return out;
    }

    /// Pixels differing between two pictures (by more than 10 % grey); -1 if they cannot be compared (size).
    static qint64 differingPixels(const QString& a, const QString& b, const QString& diff)
    {
        QProcess p;
        p.start(QStringLiteral("compare"), {QStringLiteral("-metric"), QStringLiteral("AE"), QStringLiteral("-fuzz"),
                                            QStringLiteral("10%"), a, b, diff});
        if (!p.waitForFinished(60000) || p.exitCode() > 1)
            return -1;
        bool ok = false;
        const qint64 n =
            QString::fromUtf8(p.readAllStandardError()).trimmed().section(QLatin1Char(' '), 0, 0).toDouble(&ok);
        return ok ? n : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char* tool : {"pdftoppm", "compare", "montage"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                     qPrintable(QStringLiteral("%1 is missing: ./scripts/install-deps.sh installs poppler-utils and "
                                               "imagemagick")
                                    .arg(QString::fromLatin1(tool))));
    }

    void everyDocument_looksAsItsGolden_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("languages");
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("tve");
        const QList<std::pair<const char*, DocumentLanguages>> languages = {
            {"kk", DocumentLanguages::Kazakh}, {"ru", DocumentLanguages::Russian}, {"both", DocumentLanguages::Both}};
        for (const QString& name : documentKindNames().split(QStringLiteral(", "))) {
            const DocumentKind kind = *documentKindFromName(name);
            for (const auto& [tag, lang] : languages) {
                const QString row = name + QLatin1Char('.') + QString::fromLatin1(tag);
                QTest::newRow(qPrintable(row)) << static_cast<int>(kind) << static_cast<int>(lang)
                                               << static_cast<int>(FormMode::PlainPaper) << false;
                if (kind == DocumentKind::Duplicate) {
                    QTest::newRow(qPrintable(name + QStringLiteral("-tve.") + QString::fromLatin1(tag)))
                        << static_cast<int>(kind) << static_cast<int>(lang) << static_cast<int>(FormMode::PlainPaper)
                        << true;
                    QTest::newRow(qPrintable(row + QStringLiteral(".blank")))
                        << static_cast<int>(kind) << static_cast<int>(lang) << static_cast<int>(FormMode::Blank)
                        << false;
                }
            }
        }
    }
    void everyDocument_looksAsItsGolden()
    {
        QFETCH(int, kind);
        QFETCH(int, languages);
        QFETCH(int, mode);
        QFETCH(bool, tve);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const RequestContext c = tve ? tveFixture() : fixture(static_cast<DocumentKind>(kind));
        const LaidOutDocument doc = layOutRequestDocument(
            static_cast<DocumentKind>(kind), c, static_cast<DocumentLanguages>(languages), static_cast<FormMode>(mode));
        const QString pdf = m_data.scratchPath(tag + QStringLiteral(".pdf"));
        QString error;
        QVERIFY2(writePdf(doc, pdf, &error), qPrintable(error));
        const QString dir = qEnvironmentVariable("KENSE_BINARY_DIR") + QStringLiteral("/pictures");
        QDir().mkpath(dir);
        for (const QString& old : QDir(dir).entryList({tag + QStringLiteral("-*.png")}, QDir::Files))
            QFile::remove(QDir(dir).filePath(old));
        const QStringList rendered = pages(pdf, dir, tag);
        QCOMPARE(rendered.size(), doc.pages.size());
        m_sheet << rendered;
        const bool update = qEnvironmentVariableIsSet("KENSE_UPDATE_GOLDENS");
        for (const QString& page : rendered) {
            const QString golden = QDir(goldenDir()).filePath(QFileInfo(page).fileName());
            if (update) {
                QDir().mkpath(goldenDir());
                QFile::remove(golden);
                QVERIFY(QFile::copy(page, golden));
                continue;
            }
            QVERIFY2(QFileInfo::exists(golden), qPrintable(golden + QStringLiteral(" is missing (see the header)")));
            const QString diff = page.chopped(4) + QStringLiteral(".diff.png");
            const qint64 differing = differingPixels(golden, page, diff);
            QVERIFY2(differing >= 0, qPrintable(QStringLiteral("%1 and %2 are not the same size").arg(golden, page)));
            const qint64 allowed = kAllowedPixels;
            QVERIFY2(differing <= allowed, qPrintable(QStringLiteral("%1 differs from its golden in %2 pixels (%3 "
                                                                     "allowed): see %4")
                                                          .arg(page)
                                                          .arg(differing)
                                                          .arg(allowed)
                                                          .arg(diff)));
            QFile::remove(diff);
        }
        // A golden without a page: the document lost a page.
        const QStringList goldens = QDir(goldenDir()).entryList({tag + QStringLiteral("-*.png")}, QDir::Files);
        QCOMPARE(goldens.size(), rendered.size());
    }

    void cleanupTestCase()
    {
        if (m_sheet.isEmpty())
            return;
        const QString sheet = qEnvironmentVariable("KENSE_BINARY_DIR") + QStringLiteral("/documents-contact-sheet.png");
        int exit = 0;
        runTool(QStringLiteral("montage"),
                QStringList{QStringLiteral("-font"), QStringLiteral("DejaVu-Sans"), QStringLiteral("-label"),
                            QStringLiteral("%t"), QStringLiteral("-pointsize"), QStringLiteral("14"),
                            QStringLiteral("-geometry"), QStringLiteral("413x585+6+6"), QStringLiteral("-tile"),
                            QStringLiteral("6x")} +
                    m_sheet + QStringList{sheet},
                &exit);
        QVERIFY2(exit == 0 && QFileInfo(sheet).size() > 0, "montage did not write the contact sheet");
        qInfo("contact sheet: %s", qPrintable(sheet));
    }
};

QTEST_MAIN(TestPictures)
#include "tst_pictures.moc"
