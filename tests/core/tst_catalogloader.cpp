#include "catalog/ServiceCatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace kense;

namespace {
QString sourceDir()
{
    return qEnvironmentVariable("KENSE_SOURCE_DIR");
}

QByteArray readBuiltin(const QString& name)
{
    QFile f(ServiceCatalog::builtinDirectory() + QLatin1Char('/') + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read built-in %s", qPrintable(name));
    return f.readAll();
}

/// Parses `bytes` as fileName and returns the error (empty when accepted).
QString errorOf(const QByteArray& bytes, const QString& fileName)
{
    CatalogFile file;
    QString error;
    if (CatalogLoader::parse(bytes, fileName, &file, &error))
        return {};
    return error;
}

/// The built-in externat-permit.json with one value replaced at a path like {"variants",1,"steps",2,"duration"}.
QByteArray externatWith(const QList<QVariant>& path, const QJsonValue& value)
{
    QJsonObject root = QJsonDocument::fromJson(readBuiltin(QStringLiteral("externat-permit.json"))).object();
    std::function<QJsonValue(QJsonValue, qsizetype)> set = [&](QJsonValue node, qsizetype i) -> QJsonValue {
        if (i == path.size())
            return value;
        if (path[i].typeId() == QMetaType::QString) {
            QJsonObject o = node.toObject();
            const QString key = path[i].toString();
            if (i + 1 == path.size() && value.isUndefined())
                o.remove(key);
            else
                o[key] = set(o.value(key), i + 1);
            return o;
        }
        QJsonArray a = node.toArray();
        const int idx = path[i].toInt();
        a[idx] = set(a.at(idx), i + 1);
        return a;
    };
    root = set(root, 0).toObject();
    return QJsonDocument(root).toJson();
}
} // namespace

class TestCatalogLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtinCatalog_loadsEveryRegulationVariant()
    {
        QStringList errors;
        const ServiceCatalog catalog = ServiceCatalog::load(ServiceCatalog::builtinDirectory(), QString(), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(catalog.variants().size(), 18);
        QCOMPARE(catalog.intakeVariants().size(), 15);

        // The same ids as shared/domain/services.json, and the same excluded ones.
        QFile services(sourceDir() + QStringLiteral("/../shared/domain/services.json"));
        QVERIFY2(services.open(QIODevice::ReadOnly),
                 "shared/domain/services.json must be beside the checkout (../shared)");
        const QJsonArray expected = QJsonDocument::fromJson(services.readAll()).array();
        QCOMPARE(expected.size(), 18);
        for (const QJsonValue& v : expected) {
            const QString id = v[QStringLiteral("id")].toString();
            const ServiceVariant* variant = catalog.variant(id);
            QVERIFY2(variant, qPrintable(id));
            QCOMPARE(variant->isExcluded(),
                     v[QStringLiteral("status")][QStringLiteral("regulation_excluded")].toBool());
            QCOMPARE(variant->family, v[QStringLiteral("family")].toString());
        }
    }

    void builtinCatalog_everyNameInBothLanguages_translationsMarked()
    {
        const ServiceCatalog catalog = ServiceCatalog::load(ServiceCatalog::builtinDirectory());
        for (const ServiceVariant& v : catalog.variants()) {
            QVERIFY2(!v.name.kk.isEmpty() && !v.name.ru.isEmpty(), qPrintable(v.id));
            QVERIFY2(v.name.kkOfficial || v.name.ruOfficial, qPrintable(v.id));
        }
        // Kostanay's TVE duplicate exists only in Kazakh in its regulation.
        const ServiceVariant* tve = catalog.variant(QStringLiteral("duplicate-tve-edu-kostanay"));
        QVERIFY(tve->name.kkOfficial);
        QVERIFY(!tve->name.ruOfficial);
    }

    /// Which document the executor prepares and whether the applicant is asked the survey are the catalog's, read
    /// by one rule for the card and for kensectl.
    void builtinCatalog_resultDocumentAndSurvey()
    {
        const ServiceCatalog catalog = ServiceCatalog::load(ServiceCatalog::builtinDirectory());
        const ServiceVariant* duplicate = catalog.variant(QStringLiteral("duplicate-secondary-edu-vko"));
        QVERIFY(duplicate);
        QCOMPARE(duplicate->resultDocument(), std::optional<QString>(QStringLiteral("duplicate_secondary")));
        QVERIFY(!duplicate->asksSurvey());
        const ServiceVariant* assistance = catalog.variant(QStringLiteral("targeted-social-assistance-kyzylorda"));
        QVERIFY(assistance);
        QVERIFY(assistance->asksSurvey());
        // Each Kyzylorda appendix words the survey its own way (seed 001): «кей кезде» here, «орташа» for the
        // unemployed certificate; a service without one keeps the common wording.
        QVERIFY(assistance->survey);
        QCOMPARE(assistance->survey->answers.at(1).kk, u"кей кезде қанағаттанамын"_qs);
        QCOMPARE(catalog.variant(u"unemployed-certificate-kyzylorda"_qs)->survey->answers.at(1).kk,
                 u"орташа қанағаттанамын"_qs);
        QCOMPARE(catalog.variant(u"preschool-registration-kyzylorda"_qs)->survey->appendix, 6);
        QVERIFY(!duplicate->survey);
        ServiceVariant none = *duplicate;
        none.results.clear();
        QCOMPARE(none.resultDocument(), std::nullopt);
        const QList<Role> executor{Role::Executor};
        QCOMPARE(duplicate->resultToPrepare(RequestState::InWork, Channel::Provider, executor)->id,
                 u"duplicate_secondary"_qs);
        QVERIFY(!duplicate->resultToPrepare(RequestState::InWork, Channel::Provider, {Role::Clerk}));
        QVERIFY(!duplicate->resultToPrepare(RequestState::Issued, Channel::Provider, executor));

        // Aktobe enrollment (seed 000 p.3, p.5): the 30-minute term ends with the receipt the head signs, which has
        // nothing to fill in; the order follows «жаңа оқу жылынан бастап», made once the request was issued.
        const ServiceVariant* aktobe = catalog.variant(QStringLiteral("school-enrollment-aktobe"));
        QVERIFY(aktobe);
        QCOMPARE(aktobe->resultDocument(), std::optional<QString>(QStringLiteral("receipt")));
        QVERIFY(aktobe->resultIsReceipt());
        QVERIFY(aktobe->isMadeAfterIssue(QStringLiteral("enrollment_order")));
        QVERIFY(!aktobe->resultToPrepare(RequestState::InWork, Channel::Provider, executor));
        QVERIFY(!aktobe->resultToPrepare(RequestState::ResultSigned, Channel::Provider, executor));
        QCOMPARE(aktobe->resultToPrepare(RequestState::Issued, Channel::Provider, executor)->id,
                 u"enrollment_order"_qs);
        QCOMPARE(aktobe->resultToPrepare(RequestState::Issued, Channel::Provider, {Role::Head})->id,
                 u"enrollment_order"_qs);
        QVERIFY(!aktobe->resultToPrepare(RequestState::Issued, Channel::Provider, {Role::Clerk}));
        QVERIFY(!aktobe->resultToPrepare(RequestState::RefusalIssued, Channel::Provider, executor));
        // Almaty's order is the result of its term, prepared in work.
        const ServiceVariant* almaty = catalog.variant(QStringLiteral("school-enrollment-almaty"));
        QVERIFY(almaty && !almaty->resultIsReceipt() && !almaty->isMadeAfterIssue(QStringLiteral("enrollment_order")));
        QCOMPARE(almaty->resultToPrepare(RequestState::InWork, Channel::Provider, executor)->id,
                 u"enrollment_order"_qs);
        QVERIFY(!almaty->resultToPrepare(RequestState::Issued, Channel::Provider, executor));
    }

    /// A term's words shown to a clerk (the intake's tooltip, the card's steps) are the regulation's, in its language:
    /// the maintainers' remarks in English («the regulation says «күн» with no qualifier…») are a "note", never
    /// shown. They were in the verbatim text and read out in the wizard.
    void builtinCatalog_termsQuoteTheRegulationOnly()
    {
        const ServiceCatalog catalog = ServiceCatalog::load(ServiceCatalog::builtinDirectory());
        static const QRegularExpression latinWord(QStringLiteral("[A-Za-z]{3,}"));
        QStringList english;
        for (const ServiceVariant& v : catalog.variants()) {
            for (auto it = v.totalTerms.constBegin(); it != v.totalTerms.constEnd(); ++it) {
                if (it->verbatim.contains(latinWord))
                    english << v.id + QStringLiteral(" total: ") + it->verbatim;
            }
            for (const Step& step : v.steps) {
                if (step.durationVerbatim.contains(latinWord))
                    english << v.id + QStringLiteral(" step: ") + step.durationVerbatim;
            }
        }
        QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
    }

    void builtinCatalog_keepsRegionalTerms()
    {
        const ServiceCatalog catalog = ServiceCatalog::load(ServiceCatalog::builtinDirectory());
        const ServiceVariant* vko = catalog.variant(QStringLiteral("duplicate-secondary-edu-vko"));
        QCOMPARE(vko->totalTerms.value(Channel::Provider).duration, (Duration{30, TimeUnit::CalendarDays}));
        const ServiceVariant* aktobe = catalog.variant(QStringLiteral("duplicate-secondary-edu-aktobe"));
        QVERIFY(aktobe->totalTerms.isEmpty()); // no total in the seed: the steps are summed
        QCOMPARE(aktobe->stepsFor(Channel::Provider).at(2).duration, (Duration{14, TimeUnit::WorkingDays}));
        const ServiceVariant* externat = catalog.variant(QStringLiteral("externat-permit-aktobe"));
        QVERIFY(!externat->offersChannel(Channel::Provider)); // only through the ЦОН and the portal
        const ServiceVariant* excluded = catalog.variant(QStringLiteral("tve-admission-vko"));
        QVERIFY(excluded->isExcluded());
        QCOMPARE(excluded->excluded->date, QDate(2015, 8, 11));
    }

    /// Each kind of education document carries its standard subjects, in both languages, for the grades table.
    /// The services of an office's region, as the directory writes the region (db init --services region).
    void variantsOfRegion_followTheDirectorysWords()
    {
        const ServiceCatalog catalog = ServiceCatalog::load(ServiceCatalog::builtinDirectory());
        const QStringList kzo = catalog.variantsOfRegion(QStringLiteral("Қызылорда облысы (Kyzylorda oblast)"));
        QVERIFY(kzo.contains(QStringLiteral("preschool-registration-kyzylorda")));
        QVERIFY(kzo.contains(QStringLiteral("targeted-social-assistance-kyzylorda")));
        for (const QString& id : kzo)
            QCOMPARE(catalog.variant(id)->regionCode, QStringLiteral("kyzylorda"));
        QCOMPARE(catalog.variantsOfRegion(QStringLiteral("Восточно-Казахстанская область")),
                 catalog.variantsOfRegion(QStringLiteral("vko")));
        QVERIFY(
            catalog.variantsOfRegion(QStringLiteral("vko")).contains(QStringLiteral("duplicate-secondary-edu-vko")));
        QVERIFY(catalog.variantsOfRegion(QStringLiteral("Маңғыстау облысы")).isEmpty());
        QVERIFY(catalog.variantsOfRegion(QString()).isEmpty());
    }

    void builtinCatalog_duplicatesCarryTheirStandardSubjects()
    {
        const ServiceCatalog catalog = ServiceCatalog::load(ServiceCatalog::builtinDirectory());
        const ServiceVariant* school = catalog.variant(QStringLiteral("duplicate-secondary-edu-vko"));
        QVERIFY(school);
        const QList<LocalizedText> attestat = school->standardSubjects(QStringLiteral("general_secondary"));
        QCOMPARE(attestat.size(), 17);
        QCOMPARE(attestat.first().kk, QStringLiteral("Қазақ тілі"));
        QCOMPARE(attestat.first().ru, QStringLiteral("Казахский язык"));
        QCOMPARE(school->standardSubjects(QStringLiteral("basic_secondary")).size(), 17);
        QVERIFY(school->standardSubjects(QStringLiteral("no_such_kind")).isEmpty());
        const ServiceVariant* college = catalog.variant(QStringLiteral("duplicate-tve-edu-kostanay"));
        QVERIFY(college && !college->standardSubjects(QStringLiteral("tve_diploma")).isEmpty());
        for (const LocalizedText& s : attestat)
            QVERIFY2(!s.kk.isEmpty() && !s.ru.isEmpty(), qPrintable(s.kk + s.ru));
    }

    void brokenValue_isRefusedWithPathAndReason_data()
    {
        QTest::addColumn<QList<QVariant>>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        using L = QList<QVariant>;
        const QString v1s2 = QStringLiteral("variants[1].steps[2]");
        QTest::newRow("unit") << L{u"variants"_qs, 1, u"steps"_qs, 2, u"duration"_qs, u"unit"_qs}
                              << QJsonValue(u"weeks"_qs)
                              << u"externat-permit.json: variants[1].steps[2].duration.unit: \"weeks\" is not one of "
                                 "minutes, hours, working_days, calendar_days"_qs;
        QTest::newRow("value zero") << L{u"variants"_qs, 1, u"steps"_qs, 2, u"duration"_qs, u"value"_qs}
                                    << QJsonValue(0)
                                    << v1s2 + u".duration.value: 0 is outside the allowed range 1..100000"_qs;
        QTest::newRow("fractional") << L{u"variants"_qs, 1, u"steps"_qs, 2, u"duration"_qs, u"value"_qs}
                                    << QJsonValue(1.5)
                                    << v1s2 + u".duration.value: expected a whole number, found 1.5"_qs;
        // 1e300 reached a cast to long long before the range check (undefined behaviour, found by UBSan).
        QTest::newRow("huge") << L{u"variants"_qs, 1, u"steps"_qs, 2, u"duration"_qs, u"value"_qs} << QJsonValue(1e300)
                              << v1s2 + u".duration.value: 1e+300 is outside the allowed range 1..100000"_qs;
        QTest::newRow("huge negative") << L{u"variants"_qs, 1, u"steps"_qs, 2, u"duration"_qs, u"value"_qs}
                                       << QJsonValue(-1e300) << v1s2 + u".duration.value: -1e+300 is outside"_qs;
        QTest::newRow("actor") << L{u"variants"_qs, 1, u"steps"_qs, 2, u"actor"_qs} << QJsonValue(u"janitor"_qs)
                               << v1s2 + u".actor: \"janitor\" is not one of clerk, tson_operator, akim_officer, head, "
                                         "executor, courier, applicant, system"_qs;
        QTest::newRow("order") << L{u"variants"_qs, 1, u"steps"_qs, 2, u"n"_qs} << QJsonValue(7)
                               << v1s2 + u".n: steps of channel \"provider\" must be numbered 1, 2, 3… in order; "
                                         "expected 3, found 7"_qs;
        QTest::newRow("channel") << L{u"variants"_qs, 1, u"steps"_qs, 2, u"channel"_qs} << QJsonValue(u"tson"_qs)
                                 << v1s2 + u".channel: the variant does not offer the channel \"tson\""_qs;
        QTest::newRow("typo key") << L{u"variants"_qs, 1, u"steps"_qs, 2, u"duraton"_qs} << QJsonValue(1)
                                  << v1s2 + u".duraton: is not a known key here (known: channel, n, actor, "
                                            "actor_verbatim, action, duration, ref)"_qs;
        QTest::newRow("missing kk") << L{u"variants"_qs, 0, u"name"_qs, u"kk"_qs} << QJsonValue(QJsonValue::Undefined)
                                    << u"variants[0].name.kk: is required but missing"_qs;
        QTest::newRow("bad date") << L{u"variants"_qs, 2, u"act"_qs, u"date"_qs} << QJsonValue(u"2014-02-30"_qs)
                                  << u"variants[2].act.date: \"2014-02-30\" is not a date of the form YYYY-MM-DD"_qs;
        QTest::newRow("total for missing channel")
            << L{u"variants"_qs, 2, u"total_term"_qs, u"tson"_qs}
            << QJsonValue(QJsonObject{{u"value"_qs, 3}, {u"unit"_qs, u"hours"_qs}})
            << u"variants[2].total_term.tson: the variant does not offer the channel \"tson\""_qs;
        QTest::newRow("unknown output") << L{u"common"_qs, u"outputs"_qs, 0} << QJsonValue(u"poster"_qs)
                                        << u"common.outputs[0]: \"poster\" is not one of"_qs;
        QTest::newRow("only after issue") << L{u"common"_qs, u"results"_qs, 0, u"after_issue"_qs} << QJsonValue(true)
                                          << u"common.results: every result is made after issue: the first result "
                                             "must end the term"_qs;
        QTest::newRow("field group") << L{u"common"_qs, u"fields"_qs, 0, u"id"_qs} << QJsonValue(u"iin"_qs)
                                     << u"common.fields[0].id: \"iin\" must be <group>.<name>"_qs;
        QTest::newRow("duplicate id") << L{u"variants"_qs, 1, u"id"_qs} << QJsonValue(u"externat-permit-aktobe"_qs)
                                      << u"variants[1].id: \"externat-permit-aktobe\" is used twice"_qs;
        QTest::newRow("wrong family") << L{u"family"_qs} << QJsonValue(u"externat"_qs)
                                      << u"family: \"externat\" does not match the file name (expected "
                                         "\"externat-permit\")"_qs;
        // A document required by what the applicant declares names what the form asks (issue 17, item 8).
        QTest::newRow("condition on a group the form lacks")
            << L{u"common"_qs, u"documents"_qs, u"items"_qs, 5, u"required_when"_qs, u"group"_qs}
            << QJsonValue(u"subject"_qs)
            << u"common.documents.items[5].required_when.group: \"subject\" is not an optional group of this service "
               "(representative)"_qs;
        QTest::newRow("condition on an unknown field")
            << L{u"common"_qs, u"documents"_qs, u"items"_qs, 4, u"required_when"_qs}
            << QJsonValue(QJsonObject{{u"field"_qs, u"subject.nickname"_qs}, {u"is"_qs, u"x"_qs}})
            << u"common.documents.items[4].required_when.field: \"subject.nickname\" is not a field of this service"_qs;
        QTest::newRow("condition on a required document")
            << L{u"common"_qs, u"documents"_qs, u"items"_qs, 0, u"required_when"_qs}
            << QJsonValue(QJsonObject{{u"group"_qs, u"representative"_qs}})
            << u"common.documents.items[0].required_when: a required document is required in every case"_qs;
        QTest::newRow("condition with group and field")
            << L{u"common"_qs, u"documents"_qs, u"items"_qs, 5, u"required_when"_qs, u"field"_qs}
            << QJsonValue(u"subject.grade"_qs)
            << u"common.documents.items[5].required_when: give either \"group\" or \"field\" with \"is\""_qs;
        QTest::newRow("age of a name") << L{u"common"_qs, u"fields"_qs, 1, u"age"_qs}
                                       << QJsonValue(QJsonObject{{u"min"_qs, 0}, {u"max"_qs, 6}, {u"ref"_qs, u"x"_qs}})
                                       << u"common.fields[1].age: only an IIN gives an age"_qs;
        QTest::newRow("age upside down") << L{u"common"_qs, u"fields"_qs, 0, u"age"_qs}
                                         << QJsonValue(
                                                QJsonObject{{u"min"_qs, 7}, {u"max"_qs, 6}, {u"ref"_qs, u"x"_qs}})
                                         << u"common.fields[0].age.max: 6 is outside the allowed range 7..150"_qs;
        // The steps decide the path (issue 17, item 3): a head names an executor; the office alone issues a receipt.
        QTest::newRow("head without executor")
            << L{u"variants"_qs, 1, u"steps"_qs, 2, u"actor"_qs} << QJsonValue(u"clerk"_qs)
            << u"variants[1].steps: a step of the head but none of an executor: the head's resolution names an "
               "executor"_qs;
        const auto clerkStep = [](int n) {
            return QJsonObject{{u"channel"_qs, u"provider"_qs},
                               {u"n"_qs, n},
                               {u"actor"_qs, u"clerk"_qs},
                               {u"action"_qs, QJsonObject{{u"kk"_qs, u"қабылдау"_qs}, {u"ru"_qs, u"приём"_qs}}},
                               {u"duration"_qs, QJsonValue::Null}};
        };
        QTest::newRow("office alone with a permit to prepare")
            << L{u"variants"_qs, 1, u"steps"_qs} << QJsonValue(QJsonArray{clerkStep(1), clerkStep(2)})
            << u"variants[1].steps: no step of a head or an executor, so nobody prepares the result \"externat_permit"_qs;
        const QJsonObject text{{u"kk"_qs, u"қанағаттанамын"_qs}, {u"ru"_qs, u"удовлетворен"_qs}};
        QTest::newRow("survey of two answers") << L{u"variants"_qs, 1, u"survey"_qs}
                                               << QJsonValue(QJsonObject{{u"appendix"_qs, 5},
                                                                         {u"questions"_qs, QJsonArray{text, text}},
                                                                         {u"answers"_qs, QJsonArray{text, text}}})
                                               << u"variants[1].survey.answers: must list 3 texts, found 2"_qs;
        QTest::newRow("schema") << L{u"schema"_qs} << QJsonValue(2)
                                << u"schema: 2 is outside the allowed range 1..1"_qs;
    }

    void brokenValue_isRefusedWithPathAndReason()
    {
        QFETCH(QList<QVariant>, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        const QString error = errorOf(externatWith(path, value), QStringLiteral("/some/dir/externat-permit.json"));
        QVERIFY2(error.startsWith(QStringLiteral("externat-permit.json: ")), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error + QStringLiteral("\n  expected: ") + expected));
    }

    void syntaxError_namesLineAndColumn()
    {
        const QString error = errorOf("{\n  \"schema\": 1,\n  \"family\" \"x\"\n}", QStringLiteral("x.json"));
        QVERIFY2(error.startsWith(QStringLiteral("x.json: not valid JSON")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("line 3")), qPrintable(error));
    }

    void brokenFixtureFiles_areEachRefused()
    {
        const QString dir = sourceDir() + QStringLiteral("/tests/data/catalog-broken");
        int files = 0;
        const QStringList errors = ServiceCatalog::validateDirectory(dir, &files);
        QVERIFY(files >= 3);
        QCOMPARE(errors.size(), files);
        QVERIFY2(errors.filter(QStringLiteral("variants[1].steps[2].duration.unit: \"weeks\"")).size() == 1,
                 qPrintable(errors.join(QLatin1Char('\n'))));
    }

    void override_replacesBuiltinFile_andBadOverrideFallsBack()
    {
        QTemporaryDir dir;
        // A good override: VKO externat with a 10-working-day total.
        QByteArray good = externatWith({u"variants"_qs, 2, u"total_term"_qs, u"provider"_qs, u"value"_qs}, 10);
        QFile f(dir.filePath(QStringLiteral("externat-permit.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(good);
        f.close();
        QStringList errors;
        ServiceCatalog catalog = ServiceCatalog::load(ServiceCatalog::builtinDirectory(), dir.path(), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(catalog.variant(u"externat-permit-vko"_qs)->totalTerms.value(Channel::Provider).duration.value, 10);
        QVERIFY(catalog.sourceFiles().contains(f.fileName()));

        // A broken override is refused with its reason; the built-in file stays in force.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(externatWith({u"variants"_qs, 2, u"steps"_qs, 0, u"duration"_qs, u"unit"_qs}, u"weeks"_qs));
        f.close();
        errors.clear();
        catalog = ServiceCatalog::load(ServiceCatalog::builtinDirectory(), dir.path(), &errors);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().startsWith(u"externat-permit.json: variants[2].steps[0].duration.unit"_qs));
        QCOMPARE(catalog.variant(u"externat-permit-vko"_qs)->totalTerms.value(Channel::Provider).duration.value, 15);
        QCOMPARE(catalog.variants().size(), 18);
    }
};

QTEST_GUILESS_MAIN(TestCatalogLoader)
#include "tst_catalogloader.moc"
