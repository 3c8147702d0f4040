// SPDX-License-Identifier: MIT
// Translation checks (see translations/README.md):
//  - every catalogue in translations/ except an English one is complete: nothing unfinished,
//    no empty translation, no empty plural form;
//  - placeholders (%1..%99, %n), "error: "/"warning: " prefixes, command scopes ("sign-in: "),
//    option names, environment variables, URLs, brand names, accelerators and line structure survive;
//  - Thai: every prose message is in Thai script and uses the glossary's terms;
//  - English (the source language): the catalogue holds only the plural messages, each with its
//    singular and plural form, it covers every plural message, and its compiled form gives them;
//  - the compiled Thai catalogue loads from :/i18n as the app loads it and matches the .ts file;
//  - the browser callback page is Thai, with lang="th", under a Thai locale;
//  - the real executable prints Thai help and Thai one-line errors in a Thai environment.
#include "callbackpage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString disambiguation;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QString translation; // non-numerus
    QStringList forms; // numerus
    qint64 line = 0;
};

struct TsFile
{
    QString path;
    QString language;
    QString error;
    QList<TsMessage> messages;
};

TsFile parseTs(const QString &path)
{
    TsFile ts;
    ts.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = u"cannot open: "_s + file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == "TS"_L1) {
            ts.language = xml.attributes().value("language"_L1).toString();
        } else if (name == "context"_L1) {
            context.clear();
        } else if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            TsMessage message;
            message.context = context;
            message.line = xml.lineNumber();
            message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
            while (xml.readNextStartElement()) {
                const auto child = xml.name();
                if (child == "source"_L1) {
                    message.source = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                } else if (child == "comment"_L1) {
                    message.disambiguation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                } else if (child == "translation"_L1) {
                    message.type = xml.attributes().value("type"_L1).toString();
                    if (message.numerus) {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == "numerusform"_L1)
                                message.forms.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        message.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            ts.messages.append(message);
        }
    }
    if (xml.hasError())
        ts.error = u"XML error at line %1: %2"_s.arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

bool isEnglish(const TsFile &ts)
{
    return ts.language.startsWith("en"_L1) || QFileInfo(ts.path).completeBaseName().endsWith("_en"_L1);
}

// Only messages that ship: lupdate -no-obsolete drops the rest, and lrelease ignores them.
bool isLive(const TsMessage &message)
{
    return message.type != "vanished"_L1 && message.type != "obsolete"_L1;
}

QStringList translationsOf(const TsMessage &message)
{
    return message.numerus ? message.forms : QStringList{message.translation};
}

QString where(const TsFile &ts, const TsMessage &message)
{
    return u"%1:%2 [%3] \"%4\""_s.arg(QFileInfo(ts.path).fileName())
        .arg(message.line)
        .arg(message.context, message.source.left(70));
}

// %1..%99 and %n, with Qt's %L1 localised form counted as %1.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(u"%L?(\\d{1,2}|n)"_s);
    QSet<QString> found;
    for (const auto &match : re.globalMatch(text))
        found.insert(u"%"_s + match.captured(1));
    return found;
}

QString sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list.join(u' ');
}

// Text that must appear verbatim in every translation when the source has it.
QStringList protectedTokens(const QString &source)
{
    static const QList<QRegularExpression> patterns{
        QRegularExpression(u"(?<![\\w-])--[a-z][a-z-]*"_s), // option names
        QRegularExpression(u"\\bLOGTO_[A-Z_]+\\b"_s), // environment variables
        QRegularExpression(u"\\$[A-Z_]+\\b"_s), // $BROWSER
        QRegularExpression(u"https?://[^\\s)]*"_s), // URLs and the https:// scheme
        QRegularExpression(u"\\b\\d{1,3}(?:\\.\\d{1,3}){3}\\b"_s), // 127.0.0.1
        QRegularExpression(u"\\b(?:social|sso):[\\w<>-]+"_s), // direct sign-in syntax
        QRegularExpression(u"\\b(?:Logto|Apple|OpenID|PKCE|JSON|HTTP)\\b"_s), // brands, protocols
        QRegularExpression(u"\\blogto-signin\\b"_s), // the program name
    };
    QStringList tokens;
    for (const QRegularExpression &re : patterns) {
        for (const auto &match : re.globalMatch(source)) {
            QString token = match.captured(0);
            // A URL at the end of a sentence: the full stop is not part of it.
            if (token.size() > 8 && token.endsWith(u'.'))
                token.chop(1);
            if (!tokens.contains(token))
                tokens.append(token);
        }
    }
    return tokens;
}

// The command a help line is scoped to ("sign-in: ...", "token, claims, userinfo: ...").
QString commandScope(const QString &source)
{
    static const QRegularExpression re(
        u"^(?:sign-in|status|claims|userinfo|token|sign-out|doctor)(?:, (?:sign-in|status|claims|userinfo|token|sign-out|doctor))*: "_s);
    const auto match = re.match(source);
    return match.hasMatch() ? match.captured(0) : QString();
}

// Sentence-final punctuation, with what other scripts use for it: the translation must end the
// way the source does (both with a full stop, both with "…", or both without).
QChar endingOf(const QString &text)
{
    struct Ending
    {
        QChar kind;
        QString characters;
    };
    static const QList<Ending> endings{
        {u'.', u".。।۔"_s},
        {u'?', u"?？؟"_s},
        {u'!', u"!！"_s},
        {u':', u":："_s},
        {QChar(0x2026), QString(QChar(0x2026))}, // …
    };
    if (text.isEmpty())
        return {};
    for (const Ending &ending : endings) {
        if (ending.characters.contains(text.back()))
            return ending.kind;
    }
    return {};
}

bool endsAlike(const QString &source, const QString &translation)
{
    return endingOf(source) == endingOf(translation);
}

// A keyboard accelerator ("&File"), not "&&" and not an HTML entity ("&amp;").
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression re(u"(?<!&)&(?!&|#?\\w+;)\\S"_s);
    return re.match(text).hasMatch();
}

bool hasThai(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x0E00 && c.unicode() <= 0x0E7F)
            return true;
    }
    return false;
}

// Thai glossary (translations/README.md): one term per concept, everywhere.
struct GlossaryRule
{
    QRegularExpression source; // when the English says this ...
    QString thai; // ... the Thai must say this
};

const QList<GlossaryRule> &thaiGlossary()
{
    static const QList<GlossaryRule> rules{
        {QRegularExpression(u"\\bkeychain\\b"_s, QRegularExpression::CaseInsensitiveOption), u"พวงกุญแจ"_s},
        {QRegularExpression(u"\\bbrowsers?\\b"_s, QRegularExpression::CaseInsensitiveOption), u"เบราว์เซอร์"_s},
        {QRegularExpression(u"\\bprovider\\b"_s, QRegularExpression::CaseInsensitiveOption), u"ผู้ให้บริการ"_s},
        {QRegularExpression(u"\\b(?:access|refresh|id|the|a|no|new)[ -]tokens?\\b"_s,
                            QRegularExpression::CaseInsensitiveOption),
         u"โทเค็น"_s},
        {QRegularExpression(u"\\bsessions?\\b"_s, QRegularExpression::CaseInsensitiveOption), u"เซสชัน"_s},
        {QRegularExpression(u"\\bsign-in (?:server|response|link|settings|code)\\b"_s,
                            QRegularExpression::CaseInsensitiveOption),
         u"ลงชื่อเข้าใช้"_s},
        {QRegularExpression(u"\\bsigned in\\b|\\bsign in\\b|\\bthe sign-in\\b"_s,
                            QRegularExpression::CaseInsensitiveOption),
         u"ลงชื่อเข้าใช้"_s},
        {QRegularExpression(u"\\bsigned out\\b"_s, QRegularExpression::CaseInsensitiveOption),
         u"ออกจากระบบ|ยังไม่ได้ลงชื่อเข้าใช้"_s},
        {QRegularExpression(u"\\brevoke[sd]?\\b"_s, QRegularExpression::CaseInsensitiveOption), u"เพิกถอน"_s},
        {QRegularExpression(u"\\bscope\\b"_s, QRegularExpression::CaseInsensitiveOption), u"ขอบเขต"_s},
        {QRegularExpression(u"\\bAPI resource\\b"_s, QRegularExpression::CaseInsensitiveOption), u"ทรัพยากร API"_s},
        {QRegularExpression(u"\\borganization\\b"_s, QRegularExpression::CaseInsensitiveOption), u"องค์กร"_s},
        {QRegularExpression(u"\\bsigning (?:key|algorithm)s?\\b"_s, QRegularExpression::CaseInsensitiveOption),
         u"การลงนาม"_s},
    };
    return rules;
}

// Spellings and synonyms the glossary replaced; each would make the Thai inconsistent.
const QStringList &thaiAvoided()
{
    static const QStringList words{
        u"เข้าสู่ระบบ"_s, // sign in is ลงชื่อเข้าใช้
        u"ล็อกอิน"_s,
        u"ลงชื่อออก"_s, // sign out is ออกจากระบบ
        u"โทเคน"_s, // โทเค็น
        u"บราวเซอร์"_s, // เบราว์เซอร์
        u"เบราเซอร์"_s,
        u"เซสชั่น"_s, // เซสชัน
        u"คีย์เชน"_s, // พวงกุญแจ
        u"ที่เก็บรหัสผ่าน"_s,
        u"กรุณา"_s, // requests use โปรด
        u"สโคป"_s, // ขอบเขต
        u"ผู้ให้บริการข้อมูลประจำตัว"_s, // provider is ผู้ให้บริการ
    };
    return words;
}

QList<TsFile> parseAll()
{
    QList<TsFile> files;
    const QDir dir(QStringLiteral(LOGTO_SOURCE_DIR "/translations"));
    for (const QFileInfo &info : dir.entryInfoList({u"*.ts"_s}, QDir::Files, QDir::Name))
        files.append(parseTs(info.absoluteFilePath()));
    return files;
}

QString thaiTsPath()
{
    return QStringLiteral(LOGTO_SOURCE_DIR "/translations/logto-signin_th.ts");
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void complete_data();
    void complete();
    void placeholdersAndConventions_data();
    void placeholdersAndConventions();
    void thaiScriptAndGlossary();
    void englishPlurals_data();
    void englishPlurals();

    void compiledCatalogue();
    void callbackPage();

    void executable_data();
    void executable();

private:
    void addFileRows();
    const TsFile &file(const QString &path) const;

    QList<TsFile> m_files;
    std::unique_ptr<QTranslator> m_translator;
};

void TestTranslations::initTestCase()
{
    m_files = parseAll();
    QVERIFY2(!m_files.isEmpty(), "no translations/*.ts file found");
    int translated = 0;
    for (const TsFile &ts : std::as_const(m_files)) {
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.path + u": "_s + ts.error));
        if (!isEnglish(ts))
            ++translated;
    }
    QVERIFY2(translated > 0, "no non-English catalogue in translations/");
    QVERIFY2(QFileInfo::exists(thaiTsPath()), "translations/logto-signin_th.ts is missing");
}

void TestTranslations::cleanup()
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    QLocale::setDefault(QLocale::c());
}

void TestTranslations::addFileRows()
{
    QTest::addColumn<QString>("path");
    for (const TsFile &ts : std::as_const(m_files)) {
        if (!isEnglish(ts))
            QTest::newRow(qPrintable(QFileInfo(ts.path).fileName())) << ts.path;
    }
}

const TsFile &TestTranslations::file(const QString &path) const
{
    for (const TsFile &ts : m_files) {
        if (ts.path == path)
            return ts;
    }
    qFatal("unknown .ts file %s", qPrintable(path));
}

void TestTranslations::complete_data()
{
    addFileRows();
}

// (a) Nothing unfinished, nothing empty, every plural form filled.
void TestTranslations::complete()
{
    QFETCH(QString, path);
    const TsFile &ts = file(path);
    QVERIFY2(!ts.language.isEmpty(), "the <TS> element has no language attribute");

    QStringList problems;
    int live = 0;
    for (const TsMessage &message : ts.messages) {
        if (!isLive(message))
            continue;
        ++live;
        if (message.type == "unfinished"_L1)
            problems << where(ts, message) + u": unfinished"_s;
        if (message.numerus) {
            if (message.forms.isEmpty())
                problems << where(ts, message) + u": no <numerusform>"_s;
            for (qsizetype i = 0; i < message.forms.size(); ++i) {
                if (message.forms.at(i).trimmed().isEmpty())
                    problems << where(ts, message) + u": empty <numerusform> #%1"_s.arg(i + 1);
            }
        } else if (message.translation.trimmed().isEmpty()) {
            problems << where(ts, message) + u": empty translation"_s;
        }
    }
    QVERIFY2(live > 0, "the catalogue has no messages; run the *_lupdate target");
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
}

void TestTranslations::placeholdersAndConventions_data()
{
    addFileRows();
}

// (b) Placeholders, plus what the command line and scripts rely on.
void TestTranslations::placeholdersAndConventions()
{
    QFETCH(QString, path);
    const TsFile &ts = file(path);

    QStringList problems;
    for (const TsMessage &message : ts.messages) {
        if (!isLive(message) || message.type == "unfinished"_L1)
            continue;
        const QSet<QString> expected = placeholders(message.source);
        const QStringList translations = translationsOf(message);
        for (const QString &translation : translations) {
            if (translation.isEmpty())
                continue; // complete() reports it
            QSet<QString> found = placeholders(translation);
            QSet<QString> wanted = expected;
            // With several plural forms, one (e.g. "one second") may spell the number out.
            if (message.numerus && translations.size() > 1) {
                found.remove(u"%n"_s);
                wanted.remove(u"%n"_s);
            }
            if (found != wanted) {
                problems << where(ts, message)
                        + u": placeholders differ: source {%1}, translation {%2}"_s.arg(sorted(wanted), sorted(found));
            }
            for (const QString &prefix : {u"error: "_s, u"warning: "_s}) {
                if (message.source.startsWith(prefix) && !translation.startsWith(prefix))
                    problems << where(ts, message) + u": must keep the \"%1\" prefix"_s.arg(prefix);
            }
            if (const QString scope = commandScope(message.source); !scope.isEmpty() && !translation.startsWith(scope))
                problems << where(ts, message) + u": must start with the command scope \"%1\""_s.arg(scope);
            if (!message.source.contains(u'\n') && translation.contains(u'\n'))
                problems << where(ts, message) + u": must stay on one line"_s;
            if (message.source.count(u'\n') != translation.count(u'\n'))
                problems << where(ts, message) + u": the number of lines differs from the source"_s;
            if (message.source.startsWith(u' ') != translation.startsWith(u' ')
                || message.source.endsWith(u' ') != translation.endsWith(u' '))
                problems << where(ts, message) + u": leading/trailing spaces differ from the source"_s;
            if (hasAccelerator(message.source) != hasAccelerator(translation))
                problems << where(ts, message) + u": the keyboard accelerator (&) must be kept, e.g. \"ไฟล์ (&F)\""_s;
            if (!endsAlike(message.source, translation))
                problems << where(ts, message) + u": must end with the same punctuation as the source"_s;
            for (const QString &token : protectedTokens(message.source)) {
                if (!translation.contains(token))
                    problems << where(ts, message) + u": must keep \"%1\" untranslated"_s.arg(token);
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
}

// Thai: prose in Thai script, one term per concept.
void TestTranslations::thaiScriptAndGlossary()
{
    const TsFile &ts = file(QFileInfo(thaiTsPath()).absoluteFilePath());
    QVERIFY2(ts.language.startsWith("th"_L1), qPrintable(u"language is \""_s + ts.language + u'"'));

    // Prose has a lower-case word once URLs, options and the like are taken out; value names
    // (URL, ID, SECONDS, S) stay in Latin capitals. A few technical terms are kept on purpose.
    static const QRegularExpression prose(u"\\b[a-z]{3,}\\b"_s);
    static const QStringList keptInLatin{u"userinfo"_s};
    const auto isProse = [](const QString &source) {
        if (keptInLatin.contains(source))
            return false;
        QString text = source;
        for (const QString &token : protectedTokens(source))
            text.remove(token);
        return prose.match(text).hasMatch();
    };
    QStringList problems;
    int messages = 0;
    for (const TsMessage &message : ts.messages) {
        if (!isLive(message))
            continue;
        ++messages;
        for (const QString &translation : translationsOf(message)) {
            if (isProse(message.source) && !hasThai(translation))
                problems << where(ts, message) + u": not in Thai script"_s;
            for (const GlossaryRule &rule : thaiGlossary()) {
                if (!rule.source.match(message.source).hasMatch())
                    continue;
                const QStringList accepted = rule.thai.split(u'|');
                const bool ok = std::any_of(
                    accepted.begin(), accepted.end(), [&](const QString &term) { return translation.contains(term); });
                if (!ok)
                    problems << where(ts, message)
                            + u": glossary: expected \"%1\" for \"%2\""_s.arg(rule.thai, rule.source.pattern());
            }
            for (const QString &avoided : thaiAvoided()) {
                if (translation.contains(avoided))
                    problems << where(ts, message) + u": glossary: \"%1\" is not the chosen term"_s.arg(avoided);
            }
        }
    }
    QVERIFY(messages > 0);
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
}

void TestTranslations::englishPlurals_data()
{
    QTest::addColumn<QString>("path");
    bool any = false;
    for (const TsFile &ts : std::as_const(m_files)) {
        if (isEnglish(ts)) {
            QTest::newRow(qPrintable(QFileInfo(ts.path).fileName())) << ts.path;
            any = true;
        }
    }
    // Without an English catalogue, plural messages read "3 item(s)" in English: fail on it.
    if (!any)
        QTest::newRow("logto-signin_en.ts") << QStringLiteral(LOGTO_SOURCE_DIR "/translations/logto-signin_en.ts");
}

// English is the source language: its catalogue exists only for the plural forms ("%n item(s)"
// becomes "1 item" / "3 items"). lupdate adds every other message to it; translations/prune-english.py
// takes them out again (translations/README.md).
void TestTranslations::englishPlurals()
{
    QFETCH(QString, path);
    QVERIFY2(QFileInfo::exists(path), qPrintable(path + u" is missing"_s));
    const TsFile &ts = file(path);
    QVERIFY2(ts.language.startsWith("en"_L1), qPrintable(u"language is \""_s + ts.language + u'"'));

    // Every plural message the code has, as the complete Thai catalogue lists them.
    QSet<QString> expected;
    for (const TsMessage &message : file(QFileInfo(thaiTsPath()).absoluteFilePath()).messages) {
        if (isLive(message) && message.numerus)
            expected.insert(message.context + u'|' + message.source);
    }

    QStringList problems;
    QSet<QString> found;
    for (const TsMessage &message : ts.messages) {
        if (!isLive(message))
            continue;
        if (!message.numerus) {
            problems << where(ts, message)
                    + u": not a plural message; run translations/prune-english.py after the lupdate target"_s;
            continue;
        }
        found.insert(message.context + u'|' + message.source);
        if (message.type == "unfinished"_L1)
            problems << where(ts, message) + u": unfinished"_s;
        if (message.forms.size() != 2) {
            problems << where(ts, message) + u": needs 2 forms (singular, plural), has %1"_s.arg(message.forms.size());
            continue;
        }
        for (const QString &form : message.forms) {
            if (form.trimmed().isEmpty())
                problems << where(ts, message) + u": empty form"_s;
            else if (placeholders(form) != placeholders(message.source))
                problems << where(ts, message) + u": placeholders differ in \"%1\""_s.arg(form);
            else if (form.contains(u"(s)"_s))
                problems << where(ts, message) + u": \"%1\" still says (s)"_s.arg(form);
        }
    }
    for (const QString &missing : expected - found)
        problems << QFileInfo(ts.path).fileName() + u": missing plural message [%1]"_s.arg(missing);
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));

    // The compiled catalogue, loaded as the app loads it for an English locale, picks the forms.
    m_translator = std::make_unique<QTranslator>();
    QVERIFY2(
        m_translator->load(QLocale(QLocale::English, QLocale::UnitedStates), u"logto-signin"_s, u"_"_s, u":/i18n"_s),
        "cannot load logto-signin_en.qm from :/i18n");
    for (const TsMessage &message : ts.messages) {
        if (!isLive(message) || !message.numerus || message.forms.size() != 2)
            continue;
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray disambiguation = message.disambiguation.toUtf8();
        for (const int n : {0, 1, 2, 5}) {
            const QString expectedForm = message.forms.at(n == 1 ? 0 : 1);
            const QString actual =
                m_translator->translate(context.constData(),
                                        source.constData(),
                                        disambiguation.isEmpty() ? nullptr : disambiguation.constData(),
                                        n);
            if (actual != expectedForm)
                problems << where(ts, message) + u": for n=%1 the compiled catalogue says \"%2\""_s.arg(n).arg(actual);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
}

// (c) The compiled catalogue loads the way the app loads it, and says what the .ts file says.
void TestTranslations::compiledCatalogue()
{
    m_translator = std::make_unique<QTranslator>();
    QVERIFY2(m_translator->load(QLocale(QLocale::Thai), u"logto-signin"_s, u"_"_s, u":/i18n"_s),
             "cannot load logto-signin_th.qm from :/i18n");
    QVERIFY2(m_translator->language().startsWith("th"_L1), qPrintable(m_translator->language()));
    QVERIFY(!m_translator->isEmpty());

    const TsFile &ts = file(QFileInfo(thaiTsPath()).absoluteFilePath());
    QStringList problems;
    for (const TsMessage &message : ts.messages) {
        if (!isLive(message) || message.type == "unfinished"_L1)
            continue;
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray disambiguation = message.disambiguation.toUtf8();
        const QString expected = message.numerus ? message.forms.value(0) : message.translation;
        const QString actual = m_translator->translate(context.constData(),
                                                       source.constData(),
                                                       disambiguation.isEmpty() ? nullptr : disambiguation.constData(),
                                                       message.numerus ? 1 : -1);
        if (actual != expected)
            problems << where(ts, message) + u": the compiled catalogue says \"%1\""_s.arg(actual);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
}

// The page the browser shows after sign-in: Thai text and lang="th" under a Thai locale.
void TestTranslations::callbackPage()
{
    // Without a translator: English, so the checks below can tell.
    QLocale::setDefault(QLocale(QLocale::Thai, QLocale::Thailand));
    QVERIFY(!hasThai(Logto::CallbackPage::success().heading));

    m_translator = std::make_unique<QTranslator>();
    QVERIFY(m_translator->load(QLocale(QLocale::Thai), u"logto-signin"_s, u"_"_s, u":/i18n"_s));
    QVERIFY(QCoreApplication::installTranslator(m_translator.get()));

    const QList<Logto::CallbackPage> pages{
        Logto::CallbackPage::success(), Logto::CallbackPage::failure(u"detail"_s), Logto::CallbackPage::wrongState()};
    for (const Logto::CallbackPage &page : pages) {
        QVERIFY2(hasThai(page.heading), qPrintable(page.heading));
        const QString html = QString::fromUtf8(page.toHtml());
        QVERIFY2(html.contains(u"<html lang=\"th\" dir=\"ltr\">"_s), qPrintable(html.left(200)));
        QVERIFY(html.contains(u"<title>"_s + page.heading.toHtmlEscaped() + u"</title>"_s));
        QVERIFY(html.contains(u"<h1>"_s + page.heading.toHtmlEscaped() + u"</h1>"_s));
        QVERIFY(html.contains(u"<meta charset=\"utf-8\">"_s));
        if (!page.message.isEmpty()) {
            QVERIFY2(hasThai(page.message) || page.kind == Logto::CallbackPage::Kind::Error, qPrintable(page.message));
            QVERIFY(html.contains(page.message.toHtmlEscaped()));
        }
    }
    QVERIFY(hasThai(Logto::CallbackPage::success().message));
}

void TestTranslations::executable_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("thai");

    const QStringList help{u"--help"_s};
    const QStringList status{u"status"_s, u"--endpoint"_s, u"http://logto.example.com"_s, u"--app-id"_s, u"x"_s};
    const QStringList thai{u"LANG=th_TH.UTF-8"_s, u"LANGUAGE=th"_s};
    // th_TH.UTF-8 need not be generated (locale -a): Qt reads the variables itself.
    QTest::newRow("help, LANG+LANGUAGE") << help << thai << 0 << true;
    QTest::newRow("help, LANG only") << help << QStringList{u"LANG=th_TH.UTF-8"_s} << 0 << true;
    QTest::newRow("help, LC_ALL") << help << QStringList{u"LC_ALL=th_TH.UTF-8"_s} << 0 << true;
    QTest::newRow("help, LANGUAGE over English LANG")
        << help << QStringList{u"LANG=en_US.UTF-8"_s, u"LANGUAGE=th"_s} << 0 << true;
    QTest::newRow("help, C.UTF-8 (control)") << help << QStringList{u"LANG=C.UTF-8"_s} << 0 << false;
    QTest::newRow("status error, Thai") << status << thai << 1 << true;
    QTest::newRow("status error, C.UTF-8 (control)") << status << QStringList{u"LANG=C.UTF-8"_s} << 1 << false;
    // Still one line when the C library's locale is not UTF-8 (Qt 6.5+ would add a warning of
    // its own, see app/cli/processlocale.h): no locale variable at all, as under cron or env -i;
    // the plain C locale; Thai through LC_ALL, generated or not.
    QTest::newRow("status error, no locale variables") << status << QStringList{} << 1 << false;
    QTest::newRow("status error, LANG=C") << status << QStringList{u"LANG=C"_s} << 1 << false;
    QTest::newRow("status error, LC_ALL Thai") << status << QStringList{u"LC_ALL=th_TH.UTF-8"_s} << 1 << true;
}

// The real executable: the catalogue is embedded and the app installs it.
void TestTranslations::executable()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, environment);
    QFETCH(int, exitCode);
    QFETCH(bool, thai);

    const QString program = QStringLiteral(LOGTO_SIGNIN_EXECUTABLE);
    QVERIFY2(QFileInfo::exists(program), qPrintable(program + u" was not built"_s));

    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // ctest runs tests with LC_ALL=C.UTF-8, which would win over everything below.
    for (const QString &name :
         {u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANG"_s, u"LANGUAGE"_s, u"LOGTO_ENDPOINT"_s, u"LOGTO_APP_ID"_s})
        env.remove(name);
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.path() + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home.path() + u"/data"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home.path() + u"/cache"_s);
    for (const QString &assignment : std::as_const(environment))
        env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));

    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    QVERIFY2(process.waitForFinished(30000), qPrintable(process.errorString()));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == exitCode, qPrintable(u"exit %1\n"_s.arg(process.exitCode()) + out + err));

    const QString text = exitCode == 0 ? out : err;
    QVERIFY2(!text.isEmpty(), "no output");
    QVERIFY2(hasThai(text) == thai, qPrintable(text));
    if (exitCode != 0) {
        // The command-line contract: one line, "error: " kept in English for scripts.
        QVERIFY2(text.startsWith(u"error: "_s), qPrintable(text));
        QCOMPARE(text.count(u'\n'), 1);
        QVERIFY(text.endsWith(u'\n'));
    } else {
        QVERIFY(text.contains(u"--endpoint <URL>"_s));
        QVERIFY(text.contains(u"sign-in"_s));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
