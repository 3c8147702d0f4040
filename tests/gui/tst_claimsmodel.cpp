// SPDX-License-Identifier: MIT
#include "claimsmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject object(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("bad test JSON: %s", json.constData());
    return document.object();
}

QJsonValue value(const QByteArray &json)
{
    return object("{\"v\":" + json + '}').value(u"v"_s);
}

// The nth top-level row whose name is `name` (n counts rows with that name).
QModelIndex findRow(const ClaimsModel &model, const QString &name, int nth = 0)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, ClaimsModel::NameColumn);
        if (index.data().toString() == name && nth-- == 0)
            return index;
    }
    return {};
}

QString valueOf(const QModelIndex &nameIndex, int role = Qt::DisplayRole)
{
    return nameIndex.siblingAtColumn(ClaimsModel::ValueColumn).data(role).toString();
}

QString shortDate(qint64 msecs)
{
    return ClaimsModel::dateTimeText(QDateTime::fromMSecsSinceEpoch(msecs));
}

} // namespace

class TestClaimsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester();
    void headers();
    void timestamps_data();
    void timestamps();
    void dateTimeText_data();
    void dateTimeText();
    void expiryHint_data();
    void expiryHint();
    void containers_data();
    void containers();
    void nestedPaths();
    void merging_data();
    void merging();
    void privateRelay_data();
    void privateRelay();
    void readings_data();
    void readings();
    void rawValue_data();
    void rawValue();
    void descriptions_data();
    void descriptions();
    void resetReplacesRows();
};

void TestClaimsModel::passesModelTester()
{
    ClaimsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClaims(object(R"({"sub":"u1","roles":["a","b"],"custom_data":{"plan":"pro","prefs":{"theme":"dark"}},
                                "exp":1700000000})"),
                    object(R"({"sub":"u1","organization_data":[{"id":"o1","name":"Acme","description":null}],
                                "roles":["a"]})"));
    model.setNow(QDateTime::fromSecsSinceEpoch(1700000000 - 60));
    model.refresh();
    model.setClaims({}, {});
    QCOMPARE(model.rowCount(), 0);
}

void TestClaimsModel::headers()
{
    ClaimsModel model;
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(ClaimsModel::NameColumn, Qt::Horizontal).toString(), u"Claim"_s);
    QCOMPARE(model.headerData(ClaimsModel::ValueColumn, Qt::Horizontal).toString(), u"Value"_s);
    QCOMPARE(model.headerData(ClaimsModel::SourceColumn, Qt::Horizontal).toString(), u"Source"_s);
}

void TestClaimsModel::timestamps_data()
{
    QTest::addColumn<QString>("claim");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("expectedMsecs");

    // OpenID Connect times are seconds.
    QTest::newRow("iat seconds") << u"iat"_s << QByteArray("1700000000") << Q_INT64_C(1700000000000);
    QTest::newRow("exp seconds") << u"exp"_s << QByteArray("1700003600") << Q_INT64_C(1700003600000);
    QTest::newRow("auth_time seconds") << u"auth_time"_s << QByteArray("1699990000") << Q_INT64_C(1699990000000);
    QTest::newRow("nbf seconds") << u"nbf"_s << QByteArray("1700000000") << Q_INT64_C(1700000000000);
    // Logto's profile times are milliseconds.
    QTest::newRow("created_at milliseconds")
        << u"created_at"_s << QByteArray("1600000000123") << Q_INT64_C(1600000000123);
    QTest::newRow("updated_at milliseconds")
        << u"updated_at"_s << QByteArray("1700000000999") << Q_INT64_C(1700000000999);
}

void TestClaimsModel::timestamps()
{
    QFETCH(QString, claim);
    QFETCH(QByteArray, json);
    QFETCH(qint64, expectedMsecs);

    ClaimsModel model;
    model.setNow(QDateTime::fromSecsSinceEpoch(1700000000));
    model.setClaims(object("{\"" + claim.toUtf8() + "\":" + json + '}'), {});
    const QModelIndex row = findRow(model, claim);
    QVERIFY(row.isValid());
    const QString text = valueOf(row);
    QVERIFY2(text.startsWith(shortDate(expectedMsecs)), qPrintable(text));
    // The year is what goes wrong first when seconds and milliseconds are mixed up.
    QVERIFY2(text.contains(QString::number(QDateTime::fromMSecsSinceEpoch(expectedMsecs).date().year())),
             qPrintable(text));
    // The raw number is still there for who wants it.
    QCOMPARE(row.data(ClaimsModel::RawValueRole).toString(), QString::fromLatin1(json));
}

void TestClaimsModel::expiryHint_data()
{
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<QString>("hint");

    QTest::newRow("54 min left") << Q_INT64_C(54 * 60) << u"(expires in 54 min)"_s;
    QTest::newRow("54 min 59 s left") << Q_INT64_C(54 * 60 + 59) << u"(expires in 54 min)"_s;
    QTest::newRow("30 s left") << Q_INT64_C(30) << u"(expires in 30 s)"_s;
    QTest::newRow("2 h 5 min left") << Q_INT64_C(2 * 3600 + 5 * 60) << u"(expires in 2 h 5 min)"_s;
    QTest::newRow("1 h left") << Q_INT64_C(3600) << u"(expires in 1 h)"_s;
    QTest::newRow("1 day left") << Q_INT64_C(86400 + 100) << u"(expires in 1 day(s))"_s;
    QTest::newRow("3 days left") << Q_INT64_C(3 * 86400) << u"(expires in 3 day(s))"_s;
    QTest::newRow("expired 3 min ago") << Q_INT64_C(-3 * 60) << u"(expired 3 min ago)"_s;
    QTest::newRow("expired just now") << Q_INT64_C(0) << u"(expired 0 s ago)"_s;
}

void TestClaimsModel::expiryHint()
{
    QFETCH(qint64, secondsLeft);
    QFETCH(QString, hint);

    const qint64 exp = 1700000000;
    ClaimsModel model;
    model.setClaims(object(R"({"exp":1700000000,"iat":1699996400})"), {});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setNow(QDateTime::fromSecsSinceEpoch(exp - secondsLeft));
    QVERIFY(!changed.isEmpty()); // views learn that the hint moved

    const QString text = valueOf(findRow(model, u"exp"_s));
    QCOMPARE(text, shortDate(exp * 1000) + u' ' + hint);
    // Only exp gets a hint.
    QCOMPARE(valueOf(findRow(model, u"iat"_s)), shortDate(1699996400LL * 1000));
}

// No translator is installed here, so plural messages read as their source ("%n item(s)"); the
// English forms ("1 item", "3 items") come from translations/logto-signin_en.ts in the app.
void TestClaimsModel::containers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("children");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QStringList>("childNames");

    QTest::newRow("array of 3") << QByteArray(R"(["admin","editor","viewer"])") << 3 << u"3 item(s)"_s
                                << QStringList{u"[0]"_s, u"[1]"_s, u"[2]"_s};
    QTest::newRow("array of 1") << QByteArray(R"(["admin"])") << 1 << u"1 item(s)"_s << QStringList{u"[0]"_s};
    QTest::newRow("empty array") << QByteArray("[]") << 0 << u"0 item(s)"_s << QStringList{};
    QTest::newRow("object of 2") << QByteArray(R"({"plan":"pro","prefs":{"theme":"dark"}})") << 2 << u"2 field(s)"_s
                                 << QStringList{u"plan"_s, u"prefs"_s};
    QTest::newRow("object of 1") << QByteArray(R"({"plan":"pro"})") << 1 << u"1 field(s)"_s << QStringList{u"plan"_s};
    QTest::newRow("empty object") << QByteArray("{}") << 0 << u"0 field(s)"_s << QStringList{};
    QTest::newRow("organization_data") << QByteArray(R"([{"id":"o1","name":"Acme","description":"Anvils"},
                                                          {"id":"o2","name":"Globex","description":null}])")
                                       << 2 << u"2 item(s)"_s << QStringList{u"[0]"_s, u"[1]"_s};
}

void TestClaimsModel::containers()
{
    QFETCH(QByteArray, json);
    QFETCH(int, children);
    QFETCH(QString, summary);
    QFETCH(QStringList, childNames);

    ClaimsModel model;
    model.setClaims({}, object("{\"data\":" + json + '}'));
    const QModelIndex row = findRow(model, u"data"_s);
    QVERIFY(row.isValid());
    QCOMPARE(model.rowCount(row), children);
    QCOMPARE(valueOf(row), summary);
    QStringList names;
    for (int i = 0; i < model.rowCount(row); ++i) {
        const QModelIndex child = model.index(i, ClaimsModel::NameColumn, row);
        QCOMPARE(child.parent(), row);
        names << child.data().toString();
    }
    QCOMPARE(names, childNames);
    // The sibling columns have no children: only the name column expands.
    QCOMPARE(model.rowCount(row.siblingAtColumn(ClaimsModel::ValueColumn)), 0);
}

void TestClaimsModel::nestedPaths()
{
    ClaimsModel model;
    model.setClaims(
        {}, object(R"({"identities":{"apple":{"userId":"000123.abc","details":{"email":"x@privaterelay.appleid.com"}}},
                   "organization_data":[{"id":"o1","name":"Acme","description":null}]})"));
    const QModelIndex identities = findRow(model, u"identities"_s);
    QCOMPARE(valueOf(identities), u"1 field(s)"_s);
    const QModelIndex apple = model.index(0, 0, identities);
    QCOMPARE(apple.data().toString(), u"apple"_s);
    QCOMPARE(model.rowCount(apple), 2);
    QCOMPARE(valueOf(apple), u"2 field(s)"_s);
    const QModelIndex details = model.index(0, 0, apple);
    QCOMPARE(details.data().toString(), u"details"_s);
    QCOMPARE(details.data(ClaimsModel::PathRole).toString(), u"identities.apple.details"_s);
    // Children show no source of their own; the hint for private relay is for the email claim only.
    QCOMPARE(details.siblingAtColumn(ClaimsModel::SourceColumn).data().toString(), QString());
    QCOMPARE(valueOf(model.index(0, 0, details)), u"x@privaterelay.appleid.com"_s);

    const QModelIndex organizations = findRow(model, u"organization_data"_s);
    const QModelIndex first = model.index(0, 0, organizations);
    QCOMPARE(model.rowCount(first), 3);
    const QModelIndex name = model.index(2, 0, first); // description, id, name: JSON objects sort their keys
    QCOMPARE(name.data(ClaimsModel::PathRole).toString(), u"organization_data[0].name"_s);
    QCOMPARE(valueOf(name), u"Acme"_s);
    QCOMPARE(valueOf(model.index(0, 0, first)), u"—"_s); // description: null
}

void TestClaimsModel::merging_data()
{
    QTest::addColumn<QByteArray>("idToken");
    QTest::addColumn<QByteArray>("userInfo");
    QTest::addColumn<QStringList>("sources"); // of the rows named "claim", in order
    QTest::addColumn<QStringList>("values");

    QTest::newRow("same in both") << QByteArray(R"({"claim":"u1"})") << QByteArray(R"({"claim":"u1"})")
                                  << QStringList{u"ID token, userinfo"_s} << QStringList{u"u1"_s};
    QTest::newRow("same array in both") << QByteArray(R"({"claim":["a","b"]})") << QByteArray(R"({"claim":["a","b"]})")
                                        << QStringList{u"ID token, userinfo"_s} << QStringList{u"2 item(s)"_s};
    QTest::newRow("different values") << QByteArray(R"({"claim":1700000000})")
                                      << QByteArray(R"({"claim":1700000000000})")
                                      << QStringList{u"ID token"_s, u"userinfo"_s}
                                      << QStringList{u"1700000000"_s, u"1700000000000"_s};
    QTest::newRow("null vs value") << QByteArray(R"({"claim":null})") << QByteArray(R"({"claim":"Ada"})")
                                   << QStringList{u"ID token"_s, u"userinfo"_s} << QStringList{u"—"_s, u"Ada"_s};
    QTest::newRow("ID token only") << QByteArray(R"({"claim":true})") << QByteArray("{}") << QStringList{u"ID token"_s}
                                   << QStringList{u"Yes"_s};
    QTest::newRow("userinfo only") << QByteArray("{}") << QByteArray(R"({"claim":false})") << QStringList{u"userinfo"_s}
                                   << QStringList{u"No"_s};
}

void TestClaimsModel::merging()
{
    QFETCH(QByteArray, idToken);
    QFETCH(QByteArray, userInfo);
    QFETCH(QStringList, sources);
    QFETCH(QStringList, values);

    ClaimsModel model;
    model.setClaims(object(idToken), object(userInfo));
    QCOMPARE(model.rowCount(), sources.size());
    for (int i = 0; i < sources.size(); ++i) {
        const QModelIndex row = findRow(model, u"claim"_s, i);
        QVERIFY(row.isValid());
        QCOMPARE(row.siblingAtColumn(ClaimsModel::SourceColumn).data().toString(), sources.at(i));
        QCOMPARE(valueOf(row), values.at(i));
    }
}

void TestClaimsModel::privateRelay_data()
{
    QTest::addColumn<QString>("claim");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("shown");

    QTest::newRow("relay") << u"email"_s << u"q7x2@privaterelay.appleid.com"_s
                           << u"q7x2@privaterelay.appleid.com (Apple private relay)"_s;
    QTest::newRow("relay upper case") << u"email"_s << u"Q7X2@PrivateRelay.AppleID.com"_s
                                      << u"Q7X2@PrivateRelay.AppleID.com (Apple private relay)"_s;
    QTest::newRow("ordinary") << u"email"_s << u"ada@example.com"_s << u"ada@example.com"_s;
    QTest::newRow("icloud") << u"email"_s << u"ada@icloud.com"_s << u"ada@icloud.com"_s;
    QTest::newRow("lookalike") << u"email"_s << u"ada@privaterelay.appleid.com.evil.example"_s
                               << u"ada@privaterelay.appleid.com.evil.example"_s;
    QTest::newRow("not the email claim") << u"username"_s << u"q7x2@privaterelay.appleid.com"_s
                                         << u"q7x2@privaterelay.appleid.com"_s;
}

void TestClaimsModel::privateRelay()
{
    QFETCH(QString, claim);
    QFETCH(QString, address);
    QFETCH(QString, shown);

    ClaimsModel model;
    model.setClaims(QJsonObject{{claim, address}}, {});
    const QModelIndex row = findRow(model, claim);
    QCOMPARE(valueOf(row), shown);
    // The raw value is the address alone.
    QCOMPARE(row.data(ClaimsModel::RawValueRole).toString(), u'"' + address + u'"');
}

void TestClaimsModel::readings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("spoken");

    QTest::newRow("null") << QByteArray("null") << u"—"_s << u"not set"_s;
    QTest::newRow("true") << QByteArray("true") << u"Yes"_s << u"Yes"_s;
    QTest::newRow("false") << QByteArray("false") << u"No"_s << u"No"_s;
    QTest::newRow("string") << QByteArray(R"("Ada Lovelace")") << u"Ada Lovelace"_s << u"Ada Lovelace"_s;
    QTest::newRow("empty string") << QByteArray(R"("")") << QString() << QString();
    QTest::newRow("thai string") << QByteArray(R"("สมชาย")") << u"สมชาย"_s << u"สมชาย"_s;
    QTest::newRow("number") << QByteArray("42") << u"42"_s << u"42"_s;
    QTest::newRow("fraction") << QByteArray("0.5") << u"0.5"_s << u"0.5"_s;
}

void TestClaimsModel::readings()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, shown);
    QFETCH(QString, spoken);

    ClaimsModel model;
    model.setClaims(object("{\"some_claim\":" + json + '}'), {});
    const QModelIndex row = findRow(model, u"some_claim"_s);
    QCOMPARE(valueOf(row), shown);
    QCOMPARE(valueOf(row, Qt::AccessibleTextRole), spoken);
    QCOMPARE(model.rowCount(row), 0);
}

void TestClaimsModel::rawValue_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("raw");

    QTest::newRow("string") << QByteArray(R"( "abc" )") << uR"("abc")"_s;
    QTest::newRow("escaped string") << QByteArray(R"("a \"quote\"")") << uR"("a \"quote\"")"_s;
    QTest::newRow("thai string") << QByteArray(R"("ไทย")") << uR"("ไทย")"_s;
    QTest::newRow("number") << QByteArray("42") << u"42"_s;
    QTest::newRow("bool") << QByteArray("true") << u"true"_s;
    QTest::newRow("null") << QByteArray("null") << u"null"_s;
    QTest::newRow("array") << QByteArray(R"([ "a", "b" ])") << uR"(["a","b"])"_s;
    QTest::newRow("object") << QByteArray(R"({ "k": 1, "n": { "x": null } })") << uR"({"k":1,"n":{"x":null}})"_s;
}

void TestClaimsModel::rawValue()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, raw);

    ClaimsModel model;
    model.setClaims(object("{\"c\":" + json + '}'), {});
    const QModelIndex row = findRow(model, u"c"_s);
    QCOMPARE(row.data(ClaimsModel::RawValueRole).toString(), raw);
    QCOMPARE(valueOf(row, ClaimsModel::RawValueRole), raw); // every column
    QCOMPARE(valueOf(row, Qt::ToolTipRole), raw);
    // And it is JSON that reads back to the same value.
    QCOMPARE(value(raw.toUtf8()), value(json));
}

void TestClaimsModel::descriptions_data()
{
    QTest::addColumn<QString>("claim");
    QTest::addColumn<bool>("described");

    QTest::newRow("sub") << u"sub"_s << true;
    const QStringList known{u"iss"_s,
                            u"aud"_s,
                            u"exp"_s,
                            u"iat"_s,
                            u"nonce"_s,
                            u"at_hash"_s,
                            u"name"_s,
                            u"username"_s,
                            u"picture"_s,
                            u"email"_s,
                            u"email_verified"_s,
                            u"phone_number"_s,
                            u"roles"_s,
                            u"organizations"_s,
                            u"organization_roles"_s,
                            u"custom_data"_s,
                            u"identities"_s,
                            u"organization_data"_s,
                            u"created_at"_s,
                            u"updated_at"_s,
                            u"auth_time"_s,
                            u"azp"_s};
    for (const QString &claim : known)
        QTest::newRow(qPrintable(claim)) << claim << true;
    QTest::newRow("unknown") << u"x_custom"_s << false;
}

void TestClaimsModel::descriptions()
{
    QFETCH(QString, claim);
    QFETCH(bool, described);

    ClaimsModel model;
    model.setClaims(QJsonObject{{claim, u"v"_s}}, {});
    const QModelIndex row = findRow(model, claim);
    const QString description = row.data(ClaimsModel::DescriptionRole).toString();
    QCOMPARE(!description.isEmpty(), described);
    QCOMPARE(row.data(Qt::ToolTipRole).toString(), description);
    QCOMPARE(ClaimsModel::describe(claim), description);
    if (claim == "sub"_L1)
        QCOMPARE(description, u"Your unique user ID at this Logto tenant"_s);
}

void TestClaimsModel::resetReplacesRows()
{
    ClaimsModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setClaims(object(R"({"a":1,"b":2})"), object(R"({"c":3})"));
    QCOMPARE(model.rowCount(), 3);
    model.setClaims(object(R"({"z":1})"), {});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.idTokenClaims(), object(R"({"z":1})"));
    QCOMPARE(model.userInfo(), QJsonObject());
}

void TestClaimsModel::dateTimeText_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    // One unambiguous form per language, whatever language was in use before (the default
    // locale is switched between rows, as the language switch does).
    QTest::newRow("C") << u"C"_s << u"4 December 2026 13:25:57"_s;
    QTest::newRow("en") << u"en"_s << u"December 4, 2026 1:25 PM"_s;
    QTest::newRow("en_GB") << u"en_GB"_s << u"4 December 2026 13:25"_s;
    QTest::newRow("th") << u"th"_s << u"4 ธันวาคม 2026 13:25"_s;
    QTest::newRow("ja") << u"ja"_s << u"2026年12月4日 13:25"_s;
    QTest::newRow("zh_CN") << u"zh_CN"_s << u"2026年12月4日 13:25"_s;
    QTest::newRow("en again") << u"en"_s << u"December 4, 2026 1:25 PM"_s;
}

void TestClaimsModel::dateTimeText()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    const QLocale before;
    QLocale::setDefault(QLocale(language));
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    const QDateTime when(QDate(2026, 12, 4), QTime(13, 25, 57));
    QString text = ClaimsModel::dateTimeText(when);
    // CLDR 42 (Qt 6.5+ with newer data) puts a narrow no-break space before "PM"; both read the same.
    text.replace(QChar(0x202F), u' ');
    QCOMPARE(text, expected);
    QVERIFY2(!text.contains(u'/'), qPrintable(text));
}

QTEST_MAIN(TestClaimsModel)
#include "tst_claimsmodel.moc"
