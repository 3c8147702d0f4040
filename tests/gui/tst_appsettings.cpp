// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include <QProcessEnvironment>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(AppSettings)

namespace {

AppSettings saved()
{
    AppSettings s;
    s.endpoint = u"https://saved.logto.app"_s;
    s.appId = u"saved-app"_s;
    s.scopes = {u"email"_s};
    s.resources = {u"https://saved.example.com"_s};
    s.organizationId = u"saved-org"_s;
    return s;
}

QProcessEnvironment environment(const QStringList &assignments)
{
    QProcessEnvironment env;
    for (const QString &assignment : assignments) {
        const qsizetype eq = assignment.indexOf(u'=');
        env.insert(assignment.left(eq), assignment.mid(eq + 1));
    }
    return env;
}

} // namespace

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void roundTrip_data();
    void roundTrip();
    void overrides_data();
    void overrides();
    void toConfigRejects_data();
    void toConfigRejects();
    void toConfigAccepts_data();
    void toConfigAccepts();
    void equality();
    void signInTimeout_data();
    void signInTimeout();

private:
    QTemporaryDir m_dir;
};

void TestAppSettings::defaults()
{
    QVERIFY(m_dir.isValid());
    QSettings empty(m_dir.filePath(u"empty.ini"_s), QSettings::IniFormat);
    const AppSettings s = AppSettings::load(empty);
    QVERIFY(s.endpoint.isEmpty());
    QVERIFY(s.appId.isEmpty());
    // Enough for the profile page on a typical tenant: email, roles, organizations.
    QCOMPARE(s.scopes, (QStringList{u"email"_s, u"roles"_s, u"urn:logto:scope:organizations"_s}));
    QCOMPARE(AppSettings::defaultScopes(), s.scopes);
    QVERIFY(s.resources.isEmpty());
    QCOMPARE(s.socialTargets, QStringList{u"apple"_s});
    QVERIFY(s.language.isEmpty());
    QVERIFY(!s.isConfigured());
    QVERIFY(AppSettings::knownScopes().contains(u"urn:logto:scope:organizations"_s));
}

void TestAppSettings::roundTrip_data()
{
    QTest::addColumn<AppSettings>("settings");

    QTest::newRow("defaults") << AppSettings();
    AppSettings full;
    full.endpoint = u"https://abc.logto.app"_s;
    full.appId = u"abc123"_s;
    full.deviceAppId = u"dev456"_s;
    full.scopes = {u"email"_s, u"roles"_s, u"urn:logto:scope:organizations"_s};
    full.resources = {u"https://api.example.com"_s, u"https://other.example.com/v1"_s};
    full.organizationId = u"org_1"_s;
    full.socialTargets = {u"apple"_s, u"google"_s, u"github"_s};
    full.language = u"th"_s;
    QTest::newRow("everything") << full;
    AppSettings empty = full;
    empty.scopes.clear(); // the default scopes must not come back
    empty.resources.clear();
    empty.socialTargets.clear(); // neither must apple
    empty.language.clear();
    QTest::newRow("empty lists") << empty;
    AppSettings single = full;
    single.scopes = {u"phone"_s};
    single.resources = {u"https://api.example.com/a,b"_s}; // a comma in a one-element list
    single.socialTargets = {u"google"_s};
    single.language = u"zh_CN"_s;
    QTest::newRow("single values") << single;
    AppSettings loopback = full;
    loopback.endpoint = u"http://127.0.0.1:3001"_s;
    loopback.organizationId = u"ไทย"_s; // kept as typed, even when not valid to send
    QTest::newRow("loopback, non-ASCII") << loopback;
}

void TestAppSettings::roundTrip()
{
    QFETCH(AppSettings, settings);
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".ini"_s);
    {
        QSettings file(path, QSettings::IniFormat);
        settings.save(file);
        QCOMPARE(file.status(), QSettings::NoError);
    }
    QSettings file(path, QSettings::IniFormat);
    const AppSettings loaded = AppSettings::load(file);
    QCOMPARE(loaded.endpoint, settings.endpoint);
    QCOMPARE(loaded.appId, settings.appId);
    QCOMPARE(loaded.deviceAppId, settings.deviceAppId);
    QCOMPARE(loaded.scopes, settings.scopes);
    QCOMPARE(loaded.resources, settings.resources);
    QCOMPARE(loaded.organizationId, settings.organizationId);
    QCOMPARE(loaded.socialTargets, settings.socialTargets);
    QCOMPARE(loaded.language, settings.language);
    QVERIFY(loaded == settings);
}

void TestAppSettings::overrides_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("appId");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QStringList>("resources");
    QTest::addColumn<QString>("organization");

    const QString app = u"logto-signin"_s;
    const QStringList savedScopes{u"email"_s};
    const QStringList savedResources{u"https://saved.example.com"_s};

    QTest::newRow("nothing") << QStringList() << QStringList{app} << u"https://saved.logto.app"_s << u"saved-app"_s
                             << savedScopes << savedResources << u"saved-org"_s;
    QTest::newRow("environment") << QStringList{u"LOGTO_ENDPOINT=https://env.logto.app"_s, u"LOGTO_APP_ID=env-app"_s}
                                 << QStringList{app} << u"https://env.logto.app"_s << u"env-app"_s << savedScopes
                                 << savedResources << u"saved-org"_s;
    QTest::newRow("unrelated environment")
        << QStringList{u"LOGTO_SCOPE=roles"_s, u"HOME=/tmp"_s} << QStringList{app} << u"https://saved.logto.app"_s
        << u"saved-app"_s << savedScopes << savedResources << u"saved-org"_s;
    // An exported but empty variable means "not set", as on the command line.
    QTest::newRow("empty environment") << QStringList{u"LOGTO_ENDPOINT="_s, u"LOGTO_APP_ID="_s} << QStringList{app}
                                       << u"https://saved.logto.app"_s << u"saved-app"_s << savedScopes
                                       << savedResources << u"saved-org"_s;
    QTest::newRow("arguments beat environment")
        << QStringList{u"LOGTO_ENDPOINT=https://env.logto.app"_s, u"LOGTO_APP_ID=env-app"_s}
        << QStringList{app, u"--endpoint"_s, u"https://arg.logto.app"_s, u"--app-id=arg-app"_s}
        << u"https://arg.logto.app"_s << u"arg-app"_s << savedScopes << savedResources << u"saved-org"_s;
    QTest::newRow("environment, one argument")
        << QStringList{u"LOGTO_ENDPOINT=https://env.logto.app"_s, u"LOGTO_APP_ID=env-app"_s}
        << QStringList{app, u"--app-id"_s, u"arg-app"_s} << u"https://env.logto.app"_s << u"arg-app"_s << savedScopes
        << savedResources << u"saved-org"_s;
    QTest::newRow("repeated scope and resource")
        << QStringList()
        << QStringList{app,
                       u"--scope"_s,
                       u"roles"_s,
                       u"--scope=urn:logto:scope:organizations"_s,
                       u"--resource"_s,
                       u"https://a.example.com"_s,
                       u"--resource"_s,
                       u"https://b.example.com"_s}
        << u"https://saved.logto.app"_s << u"saved-app"_s << QStringList{u"roles"_s, u"urn:logto:scope:organizations"_s}
        << QStringList{u"https://a.example.com"_s, u"https://b.example.com"_s} << u"saved-org"_s;
    QTest::newRow("organization") << QStringList() << QStringList{app, u"--organization"_s, u"org-9"_s}
                                  << u"https://saved.logto.app"_s << u"saved-app"_s << savedScopes << savedResources
                                  << u"org-9"_s;
    QTest::newRow("Qt's own options are ignored")
        << QStringList()
        << QStringList{app, u"-platform"_s, u"offscreen"_s, u"--reverse"_s, u"--endpoint=https://arg.logto.app"_s}
        << u"https://arg.logto.app"_s << u"saved-app"_s << savedScopes << savedResources << u"saved-org"_s;
}

void TestAppSettings::overrides()
{
    QFETCH(QStringList, environment);
    QFETCH(QStringList, arguments);

    AppSettings s = saved();
    s.applyOverrides(arguments, ::environment(environment));
    QTEST(s.endpoint, "endpoint");
    QTEST(s.appId, "appId");
    QTEST(s.scopes, "scopes");
    QTEST(s.resources, "resources");
    QTEST(s.organizationId, "organization");
    // Never overridden from outside.
    QCOMPARE(s.socialTargets, saved().socialTargets);
    QCOMPARE(s.language, saved().language);
}

void TestAppSettings::toConfigRejects_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("appId");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QStringList>("resources");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("no endpoint") << QString() << u"app"_s << QStringList() << QStringList() << u"Settings"_s;
    QTest::newRow("blank endpoint") << u"   "_s << u"app"_s << QStringList() << QStringList() << u"endpoint"_s;
    QTest::newRow("no app id") << u"https://abc.logto.app"_s << QString() << QStringList() << QStringList()
                               << u"app ID"_s;
    QTest::newRow("http remote") << u"http://abc.logto.app"_s << u"app"_s << QStringList() << QStringList()
                                 << u"https"_s;
    QTest::newRow("not a URL") << u"abc.logto.app"_s << u"app"_s << QStringList() << QStringList() << u"https"_s;
    QTest::newRow("bad app id") << u"https://abc.logto.app"_s << u"my app"_s << QStringList() << QStringList()
                                << u"app ID"_s;
    QTest::newRow("bad scope") << u"https://abc.logto.app"_s << u"app"_s << QStringList{u"email"_s, u"two words"_s}
                               << QStringList() << u"\"two words\""_s;
    QTest::newRow("bad resource") << u"https://abc.logto.app"_s << u"app"_s << QStringList()
                                  << QStringList{u"api.example.com"_s} << u"api.example.com"_s;
}

void TestAppSettings::toConfigRejects()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, appId);
    QFETCH(QStringList, scopes);
    QFETCH(QStringList, resources);
    QFETCH(QString, mentions);

    AppSettings s;
    s.endpoint = endpoint;
    s.appId = appId;
    s.scopes = scopes;
    s.resources = resources;
    const auto config = s.toConfig();
    QVERIFY(!config);
    QCOMPARE(config.error().code, Logto::Error::Code::InvalidInput);
    QVERIFY2(config.error().message.contains(mentions, Qt::CaseInsensitive), qPrintable(config.error().message));
}

void TestAppSettings::toConfigAccepts_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("issuer");

    QTest::newRow("https tenant") << u"https://abc.logto.app"_s << u"https://abc.logto.app/oidc"_s;
    QTest::newRow("https, trailing slash, spaces") << u" https://abc.logto.app/ "_s << u"https://abc.logto.app/oidc"_s;
    QTest::newRow("http loopback") << u"http://127.0.0.1"_s << u"http://127.0.0.1/oidc"_s;
    QTest::newRow("http loopback with port") << u"http://127.0.0.1:3001"_s << u"http://127.0.0.1:3001/oidc"_s;
    QTest::newRow("http localhost") << u"http://localhost:3001"_s << u"http://localhost:3001/oidc"_s;
}

void TestAppSettings::toConfigAccepts()
{
    QFETCH(QString, endpoint);

    AppSettings s;
    s.endpoint = endpoint;
    s.appId = u" abc123 "_s;
    s.scopes = {u"email"_s, u"urn:logto:scope:organizations"_s};
    s.resources = {u"https://api.example.com"_s};
    const auto config = s.toConfig();
    QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
    QTEST(config.value().issuer(), "issuer");
    QCOMPARE(config.value().appId(), u"abc123"_s);
    QCOMPARE(config.value().extraScopes(), s.scopes);
    QCOMPARE(config.value().resources(), s.resources);
    QVERIFY(config.value().scopes().startsWith(u"openid"_s));
    QVERIFY(config.value().scopes().contains(u"email"_s));
    QVERIFY(s.isConfigured());
}

void TestAppSettings::equality()
{
    const AppSettings a = saved();
    QVERIFY(a == saved());
    const auto differs = [&a](auto change) {
        AppSettings b = a;
        change(b);
        return !(a == b);
    };
    QVERIFY(differs([](AppSettings &b) { b.endpoint += u'x'; }));
    QVERIFY(differs([](AppSettings &b) { b.appId += u'x'; }));
    QVERIFY(differs([](AppSettings &b) { b.scopes.append(u"roles"_s); }));
    QVERIFY(differs([](AppSettings &b) { b.resources.clear(); }));
    QVERIFY(differs([](AppSettings &b) { b.organizationId.clear(); }));
    QVERIFY(differs([](AppSettings &b) { b.socialTargets.append(u"google"_s); }));
    QVERIFY(differs([](AppSettings &b) { b.language = u"th"_s; }));
}

void TestAppSettings::signInTimeout_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("expected"); // 0: not given, -1: a usage error

    QTest::newRow("absent") << QStringList{u"logto-signin"_s} << 0;
    QTest::newRow("given") << QStringList{u"logto-signin"_s, u"--timeout"_s, u"45"_s} << 45;
    QTest::newRow("equals") << QStringList{u"logto-signin"_s, u"--timeout=600"_s} << 600;
    QTest::newRow("with others") << QStringList{u"logto-signin"_s,
                                                u"-platform"_s,
                                                u"offscreen"_s,
                                                u"--endpoint"_s,
                                                u"https://abc.logto.app"_s,
                                                u"--timeout"_s,
                                                u"7"_s}
                                 << 7;
    QTest::newRow("largest") << QStringList{u"logto-signin"_s, u"--timeout"_s, u"86400"_s} << 86400;
    QTest::newRow("zero") << QStringList{u"logto-signin"_s, u"--timeout"_s, u"0"_s} << -1;
    QTest::newRow("too long") << QStringList{u"logto-signin"_s, u"--timeout"_s, u"86401"_s} << -1;
    QTest::newRow("not a number") << QStringList{u"logto-signin"_s, u"--timeout"_s, u"soon"_s} << -1;
}

void TestAppSettings::signInTimeout()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, expected);
    const auto timeout = AppSettings::signInTimeout(arguments);
    if (expected < 0) {
        QVERIFY(!timeout);
        QVERIFY2(timeout.error().message.contains(u"--timeout"_s), qPrintable(timeout.error().message));
        return;
    }
    QVERIFY(timeout);
    QCOMPARE(timeout.value().has_value(), expected > 0);
    if (expected > 0)
        QCOMPARE(timeout.value()->count(), expected);
}

QTEST_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
