#pragma once

// kensectl run as a program on a desk database of the test's own: KZOEDU01-2, its administrator "admin" and the
// users saule (clerk), gulnar (head), erlan (executor) and dana (clerk and administrator).
#include "DataDir.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTest>

namespace kense::test {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
};

/// The text of a PDF as pdftotext reads it, in UTF-8; `simplified` folds its lines and spaces into one line.
inline QString pdfText(const QString& path, bool simplified = true)
{
    QProcess text;
    text.start(u"pdftotext"_qs, {u"-enc"_qs, u"UTF-8"_qs, path, u"-"_qs});
    if (!text.waitForFinished(60000))
        qFatal("pdftotext did not finish");
    const QString out = QString::fromUtf8(text.readAllStandardOutput());
    return simplified ? out.simplified() : out;
}

inline QByteArray digest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return "missing";
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

/// A complete application for a duplicate (VKO) through the provider's канцелярия, as `request register` reads it.
inline const char* const kRequest = R"J({"service": "duplicate-secondary-edu-vko", "channel": "provider",
  "fields": {"applicant.iin": "061211600129", "applicant.surname": "ӘЛИЯ", "applicant.given_name": "Қасымқызы",
             "applicant.phone": "+7 701 123 45 67", "applicant.address": "Өскемен",
             "subject.document_kind": "general_secondary", "subject.holder_surname": "Нұрланова",
             "subject.holder_given_name": "Әлия", "subject.school": "№ 12 мектеп", "subject.graduation_year": 2015,
             "subject.reason": "lost"},
  "documents": {"application": "original", "identity_document": "original"}})J";

/// The name `user add --name` gives a test's account, surname first, as documents print it.
inline QString staffName(const QString& login)
{
    static const QMap<QString, QString> names{
        {QStringLiteral("saule"), QStringLiteral("Оспанова Сәуле Маратқызы")},
        {QStringLiteral("gulnar"), QStringLiteral("Жұмабаева Гүлнар Асқарқызы")},
        {QStringLiteral("erlan"), QStringLiteral("Нұрланов Ерлан Бақытұлы")},
        {QStringLiteral("aigul"), QStringLiteral("Серікбаева Айгүл")},
        {QStringLiteral("dana"), QStringLiteral("Әлиева Дана")},
        {QStringLiteral("zhanar"), QStringLiteral("Әбенова Жанар Серікқызы")},
    };
    return names.value(login, QStringLiteral("Қызметкер Тест"));
}

/// A test class derives from it (after QObject) and calls setUp() in its initTestCase.
class KensectlDesk
{
public:
    DataDir m_data;
    QString m_db = m_data.scratchPath(QStringLiteral("desk.sqlite"));

    /// The desk KZOEDU01-2 and its users, as an administrator sets them up with kensectl.
    void setUp()
    {
        Run r = run({u"db"_qs, u"init"_qs, u"--db"_qs, m_db, u"--office"_qs, u"kzoedu01"_qs, u"--desk"_qs, u"2"_qs,
                     u"--services"_qs, u"all"_qs, u"--admin"_qs, u"admin"_qs, u"--admin-name"_qs, u"Әкімші"_qs,
                     u"--password-stdin"_qs, u"--json"_qs},
                    "admin-pass-1\n");
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json()[u"desk"_qs].toString(), u"KZOEDU01-2"_qs);
        // dana is the office's administrator and also takes applications: she may date one by hand.
        for (const auto& [login, roles] : {std::pair{"saule", "clerk"}, std::pair{"gulnar", "head"},
                                           std::pair{"erlan", "executor"}, std::pair{"dana", "clerk,administrator"}}) {
            r = run({u"user"_qs, u"add"_qs, QString::fromLatin1(login), u"--name"_qs,
                     staffName(QString::fromLatin1(login)), u"--roles"_qs, QString::fromLatin1(roles), u"--as"_qs,
                     u"admin"_qs, u"--password-stdin"_qs, u"--db"_qs, m_db},
                    "admin-pass-1\na-long-password\n");
            QVERIFY2(r.code == 0, r.err.constData());
        }
        r = run({u"user"_qs, u"list"_qs, u"--db"_qs, m_db, u"--json"_qs});
        QCOMPARE(r.array().size(), 5);
    }

    /// Every user of this desk has the password "a-long-password" (the administrator "admin-pass-1"): a command
    /// that acts --as a user and gives no input of its own signs in with it, as a script would.
    Run run(QStringList args, QByteArray input = {}) const
    {
        if (args.contains(u"--as"_qs) && input.isEmpty() && !args.contains(u"--password-stdin"_qs)) {
            const QString login = args.at(args.indexOf(u"--as"_qs) + 1);
            args << u"--password-stdin"_qs;
            input = login == u"admin"_qs ? "admin-pass-1\n" : "a-long-password\n";
        }
        QProcess p;
        p.setProcessEnvironment(m_data.environment());
        p.start(QStringLiteral(KENSECTL_PATH), args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            qFatal("kensectl did not finish");
        return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QString file(const QString& name, const QByteArray& content) const
    {
        const QString path = m_data.scratchPath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content);
        return path;
    }

    static void oneLine(const Run& r, int code, const char* part)
    {
        QVERIFY2(r.code == code, QByteArray(QByteArray::number(r.code) + " " + r.err).constData());
        QVERIFY2(r.err.startsWith("kensectl: ") && r.err.count('\n') == 1, r.err.constData());
        QVERIFY2(r.err.contains(part), r.err.constData());
    }
};

} // namespace kense::test
