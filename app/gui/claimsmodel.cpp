// SPDX-License-Identifier: MIT
#include "claimsmodel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <iterator>

using namespace Qt::StringLiterals;

struct ClaimsModel::Node
{
    QString name; // "sub", "[0]", "plan"
    QString path; // "sub", "roles[0]", "custom_data.plan"
    QJsonValue value;
    Sources sources;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
};

namespace {

struct Description
{
    const char *claim;
    const char *text;
};

// Shown as the tooltip of a claim's name. Kept short: one line each.
constexpr Description kDescriptions[] = {
    {"sub", QT_TRANSLATE_NOOP("ClaimsModel", "Your unique user ID at this Logto tenant")},
    {"iss", QT_TRANSLATE_NOOP("ClaimsModel", "Who issued the token: the Logto tenant's OpenID Connect address")},
    {"aud", QT_TRANSLATE_NOOP("ClaimsModel", "Who the token is for: this app's ID in Logto")},
    {"azp", QT_TRANSLATE_NOOP("ClaimsModel", "The app the token was issued to (authorized party)")},
    {"exp", QT_TRANSLATE_NOOP("ClaimsModel", "When the ID token expires")},
    {"iat", QT_TRANSLATE_NOOP("ClaimsModel", "When the ID token was issued")},
    {"nbf", QT_TRANSLATE_NOOP("ClaimsModel", "The token is not valid before this time")},
    {"auth_time", QT_TRANSLATE_NOOP("ClaimsModel", "When you last entered your credentials at Logto")},
    {"nonce",
     QT_TRANSLATE_NOOP("ClaimsModel",
                       "A one-time value this app sent with the sign-in request, tying the token to it")},
    {"at_hash", QT_TRANSLATE_NOOP("ClaimsModel", "A hash of the access token, tying it to this ID token")},
    {"sid", QT_TRANSLATE_NOOP("ClaimsModel", "The ID of your sign-in session at Logto")},
    {"name", QT_TRANSLATE_NOOP("ClaimsModel", "Your full name")},
    {"given_name", QT_TRANSLATE_NOOP("ClaimsModel", "Your given name")},
    {"family_name", QT_TRANSLATE_NOOP("ClaimsModel", "Your family name")},
    {"username", QT_TRANSLATE_NOOP("ClaimsModel", "Your username at Logto")},
    {"preferred_username", QT_TRANSLATE_NOOP("ClaimsModel", "The name you prefer to be called by")},
    {"picture", QT_TRANSLATE_NOOP("ClaimsModel", "The address of your profile picture")},
    {"email", QT_TRANSLATE_NOOP("ClaimsModel", "Your primary email address")},
    {"email_verified", QT_TRANSLATE_NOOP("ClaimsModel", "Whether your email address has been verified")},
    {"phone_number", QT_TRANSLATE_NOOP("ClaimsModel", "Your primary phone number")},
    {"phone_number_verified", QT_TRANSLATE_NOOP("ClaimsModel", "Whether your phone number has been verified")},
    {"address", QT_TRANSLATE_NOOP("ClaimsModel", "Your postal address")},
    {"locale", QT_TRANSLATE_NOOP("ClaimsModel", "Your preferred language")},
    {"roles", QT_TRANSLATE_NOOP("ClaimsModel", "The roles you have in this tenant")},
    {"organizations", QT_TRANSLATE_NOOP("ClaimsModel", "The IDs of the organizations you belong to")},
    {"organization_roles",
     QT_TRANSLATE_NOOP("ClaimsModel", "Your roles in your organizations, as organization ID:role")},
    {"organization_data",
     QT_TRANSLATE_NOOP("ClaimsModel", "The organizations you belong to, with their names and descriptions")},
    {"custom_data", QT_TRANSLATE_NOOP("ClaimsModel", "Extra data stored on your user profile")},
    {"identities",
     QT_TRANSLATE_NOOP("ClaimsModel", "Accounts you signed in with (for example Apple) and what they shared")},
    {"created_at", QT_TRANSLATE_NOOP("ClaimsModel", "When your account was created")},
    {"updated_at", QT_TRANSLATE_NOOP("ClaimsModel", "When your profile last changed (every sign-in changes it)")},
};

// OpenID Connect times: seconds since the epoch.
bool isSecondsClaim(const QString &name)
{
    return name == "exp"_L1 || name == "iat"_L1 || name == "auth_time"_L1 || name == "nbf"_L1;
}

// Logto's own profile times: milliseconds since the epoch.
bool isMillisecondsClaim(const QString &name)
{
    return name == "created_at"_L1 || name == "updated_at"_L1;
}

QString compactJson(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    // QJsonDocument only holds arrays and objects: wrap the value and strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString dateText(const QDateTime &when)
{
    return ClaimsModel::dateTimeText(when);
}

} // namespace

ClaimsModel::ClaimsModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

ClaimsModel::~ClaimsModel() = default;

std::unique_ptr<ClaimsModel::Node>
ClaimsModel::makeNode(const QString &name, const QString &path, const QJsonValue &value, Sources sources, Node *parent)
{
    auto node = std::make_unique<Node>();
    node->name = name;
    node->path = path;
    node->value = value;
    node->sources = sources;
    node->parent = parent;
    const auto add = [&node, sources](const QString &childName, const QString &childPath, const QJsonValue &child) {
        auto made = makeNode(childName, childPath, child, sources, node.get());
        made->row = static_cast<int>(node->children.size());
        node->children.push_back(std::move(made));
    };
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString childName = u"[%1]"_s.arg(i);
            add(childName, path + childName, array.at(i));
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            add(it.key(), path + u'.' + it.key(), it.value());
    }
    return node;
}

void ClaimsModel::setClaims(const QJsonObject &idTokenClaims, const QJsonObject &userInfo)
{
    beginResetModel();
    m_idToken = idTokenClaims;
    m_userInfo = userInfo;
    m_roots.clear();

    QStringList names = idTokenClaims.keys();
    for (const QString &name : userInfo.keys()) {
        if (!idTokenClaims.contains(name))
            names.append(name);
    }
    std::sort(names.begin(), names.end());

    const auto add = [this](const QString &name, const QJsonValue &value, Sources sources) {
        auto node = makeNode(name, name, value, sources, nullptr);
        node->row = static_cast<int>(m_roots.size());
        m_roots.push_back(std::move(node));
    };
    for (const QString &name : std::as_const(names)) {
        const bool inToken = idTokenClaims.contains(name);
        const bool inUserInfo = userInfo.contains(name);
        if (inToken && inUserInfo && idTokenClaims.value(name) == userInfo.value(name)) {
            add(name, idTokenClaims.value(name), Source::IdToken | Source::UserInfo);
            continue;
        }
        if (inToken)
            add(name, idTokenClaims.value(name), Source::IdToken);
        if (inUserInfo)
            add(name, userInfo.value(name), Source::UserInfo);
    }
    endResetModel();
}

void ClaimsModel::setNow(const QDateTime &now)
{
    m_now = now;
    refresh();
}

QDateTime ClaimsModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTime();
}

void ClaimsModel::refresh()
{
    announce({});
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void ClaimsModel::announce(const QModelIndex &parent)
{
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
    for (int row = 0; row < rows; ++row) {
        const QModelIndex child = index(row, 0, parent);
        if (rowCount(child) > 0)
            announce(child);
    }
}

QString ClaimsModel::dateTimeText(const QDateTime &when)
{
    const QLocale locale;
    // The long date names the month; the weekday ("Friday, ", "วันศุกร์ที่ ", "金曜日") only adds
    // length. QLocale has no medium format, so it is taken out of the long one.
    static const QRegularExpression weekday(QStringLiteral(u"dddd(?:ที่)?[,،]?\\s*"));
    QString date = locale.dateFormat(QLocale::LongFormat);
    date.remove(weekday);
    date = date.trimmed();
    while (date.endsWith(QLatin1Char(',')))
        date.chop(1);
    return locale.toString(when.toLocalTime(), date + QLatin1Char(' ') + locale.timeFormat(QLocale::ShortFormat));
}

QString ClaimsModel::durationText(qint64 seconds)
{
    const qint64 s = std::abs(seconds);
    if (s < 60) {
        //: A short duration in seconds, as in "expires in 45 s".
        return tr("%n s", nullptr, static_cast<int>(s));
    }
    if (s < 3600) {
        //: A short duration in minutes, as in "expires in 54 min".
        return tr("%n min", nullptr, static_cast<int>(s / 60));
    }
    if (s < 86400) {
        const int hours = static_cast<int>(s / 3600);
        const int minutes = static_cast<int>((s % 3600) / 60);
        if (minutes == 0) {
            //: A duration in whole hours, as in "expires in 2 h".
            return tr("%n h", nullptr, hours);
        }
        //: A duration in hours (%1) and minutes (%2), as in "expires in 2 h 5 min".
        return tr("%1 h %2 min").arg(hours).arg(minutes);
    }
    const int days = static_cast<int>(s / 86400);
    //: A duration in whole days, as in "expires in 3 days".
    return tr("%n day(s)", nullptr, days);
}

QString ClaimsModel::describe(const QString &claim)
{
    const auto found = std::find_if(std::begin(kDescriptions), std::end(kDescriptions), [&claim](const Description &d) {
        return claim == QLatin1String(d.claim);
    });
    if (found == std::end(kDescriptions))
        return {};
    return tr(found->text);
}

ClaimsModel::Node *ClaimsModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

QModelIndex ClaimsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *parentNode = nodeFor(parent);
    const auto &list = parentNode ? parentNode->children : m_roots;
    return createIndex(row, column, list.at(static_cast<size_t>(row)).get());
}

QModelIndex ClaimsModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeFor(child);
    if (!node || !node->parent)
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

int ClaimsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *node = nodeFor(parent);
    return static_cast<int>(node ? node->children.size() : m_roots.size());
}

int ClaimsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString ClaimsModel::valueText(const Node &node) const
{
    const QJsonValue &value = node.value;
    const bool topLevel = node.parent == nullptr;
    switch (value.type()) {
    case QJsonValue::Null:
        //: Shown for a claim whose value is null (not set).
        return tr("—");
    case QJsonValue::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case QJsonValue::Double: {
        if (topLevel && (isSecondsClaim(node.name) || isMillisecondsClaim(node.name))) {
            const double number = value.toDouble();
            // Logto's created_at/updated_at are milliseconds; a value below 10^11 can only be
            // seconds (as ms it would be 1973), so other providers' OIDC seconds still read right.
            const bool milliseconds = isMillisecondsClaim(node.name) && std::abs(number) >= 1e11;
            const auto msecs = static_cast<qint64>(milliseconds ? number : number * 1000.0);
            const QDateTime when = QDateTime::fromMSecsSinceEpoch(msecs);
            const QString date = dateText(when);
            if (node.name != "exp"_L1)
                return date;
            const qint64 left = now().secsTo(when);
            if (left > 0) {
                //: %1 is a date and time, %2 a duration such as "54 min".
                return tr("%1 (expires in %2)").arg(date, durationText(left));
            }
            //: %1 is a date and time, %2 a duration such as "3 min".
            return tr("%1 (expired %2 ago)").arg(date, durationText(left));
        }
        return compactJson(value);
    }
    case QJsonValue::String: {
        const QString text = value.toString();
        if (topLevel && node.name == "email"_L1 && text.endsWith("@privaterelay.appleid.com"_L1, Qt::CaseInsensitive)) {
            //: %1 is an email address that Apple's "Hide My Email" created; "Apple" is a brand name.
            return tr("%1 (Apple private relay)").arg(text);
        }
        return text;
    }
    case QJsonValue::Array: {
        const auto count = static_cast<int>(value.toArray().size());
        //: Summary of a list value; %n is the number of elements.
        return tr("%n item(s)", nullptr, count);
    }
    case QJsonValue::Object: {
        const auto count = static_cast<int>(value.toObject().size());
        //: Summary of an object value; %n is the number of fields.
        return tr("%n field(s)", nullptr, count);
    }
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString ClaimsModel::sourceText(Sources sources) const
{
    if (sources == (Source::IdToken | Source::UserInfo)) {
        //: Where a claim came from: both the ID token and the userinfo endpoint.
        return tr("ID token, userinfo");
    }
    if (sources.testFlag(Source::IdToken))
        return tr("ID token");
    //: Where a claim came from: the userinfo endpoint (/oidc/me). Technical term, usually kept.
    return tr("userinfo");
}

QVariant ClaimsModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeFor(index);
    if (!node || index.model() != this)
        return {};
    const bool topLevel = node->parent == nullptr;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return node->name;
        case ValueColumn:
            return valueText(*node);
        case SourceColumn:
            return topLevel ? sourceText(node->sources) : QString();
        default:
            return {};
        }
    case Qt::AccessibleTextRole:
        if (index.column() == ValueColumn && node->value.isNull())
            return tr("not set");
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return topLevel ? describe(node->name) : node->path;
        case ValueColumn: {
            QString raw = compactJson(node->value);
            if (raw.size() > 2000)
                raw = raw.left(2000) + u'…';
            return raw;
        }
        case SourceColumn:
            if (!topLevel)
                return {};
            if (node->sources == (Source::IdToken | Source::UserInfo))
                return tr("The same value is in the verified ID token and in the userinfo answer.");
            if (node->sources.testFlag(Source::IdToken))
                return tr("From the verified ID token.");
            return tr("From Logto's userinfo endpoint.");
        default:
            return {};
        }
    case RawValueRole:
        return compactJson(node->value);
    case DescriptionRole:
        return topLevel ? describe(node->name) : QString();
    case PathRole:
        return node->path;
    case SourcesRole:
        return static_cast<int>(node->sources);
    case FilterTextRole: {
        QString text = node->name + u'\n' + valueText(*node);
        if (!node->value.isArray() && !node->value.isObject())
            text += u'\n' + compactJson(node->value);
        return text;
    }
    default:
        return {};
    }
}

QVariant ClaimsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        //: Column header: the name of a claim (sub, email, ...).
        return tr("Claim");
    case ValueColumn:
        return tr("Value");
    case SourceColumn:
        //: Column header: where the claim came from (ID token, userinfo).
        return tr("Source");
    default:
        return {};
    }
}
