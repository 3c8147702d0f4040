// SPDX-License-Identifier: MIT
#include "jsonwebkeyset.h"

#include "logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Logto {

namespace {

Error keySetError(const QString &detail)
{
    return Error{Error::Code::Verification,
                 QCoreApplication::translate("JsonWebKeySet", "The provider's list of signing keys could not be read."),
                 detail};
}

} // namespace

Result<JsonWebKeySet> JsonWebKeySet::fromJson(const QByteArray &json)
{
    if (json.size() > MaximumSize)
        return keySetError(QStringLiteral("JWKS document is larger than %1 bytes").arg(MaximumSize));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return keySetError(QStringLiteral("JWKS is not valid JSON: %1").arg(parseError.errorString()));
    if (!document.isObject())
        return keySetError(QStringLiteral("JWKS is not a JSON object"));
    const QJsonValue keys = document.object().value(QStringLiteral("keys"));
    if (!keys.isArray())
        return keySetError(QStringLiteral("JWKS has no \"keys\" array"));

    JsonWebKeySet set;
    const QJsonArray entries = keys.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonValue entry = entries.at(i);
        if (!entry.isObject()) {
            qCDebug(lcLogtoOidc) << "JWKS: skipping key" << i << "- not a JSON object";
            continue;
        }
        auto key = JsonWebKey::fromJson(entry.toObject());
        if (!key) {
            qCDebug(lcLogtoOidc).noquote() << "JWKS: skipping key" << i << "-" << key.error().detail;
            continue;
        }
        set.m_keys.append(std::move(key).value());
    }
    if (set.m_keys.isEmpty()) {
        return keySetError(
            QStringLiteral("JWKS has no usable key (%1 entries, none a valid RSA, EC or Ed25519 public key)")
                .arg(entries.size()));
    }
    return set;
}

bool JsonWebKeySet::hasKeyId(const QString &kid) const
{
    for (const JsonWebKey &key : m_keys) {
        if (key.keyId() == kid)
            return true;
    }
    return false;
}

const JsonWebKey *JsonWebKeySet::select(const QString &kid, const QString &alg) const
{
    const JsonWebKey *found = nullptr;
    for (const JsonWebKey &key : m_keys) {
        if (!kid.isEmpty() && key.keyId() != kid)
            continue;
        if (!key.fits(alg))
            continue;
        // Two candidates (no kid, or a kid published twice): refuse to guess.
        if (found)
            return nullptr;
        found = &key;
    }
    return found;
}

} // namespace Logto
