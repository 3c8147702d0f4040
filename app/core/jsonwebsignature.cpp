// SPDX-License-Identifier: MIT
#include "jsonwebsignature.h"

#include "base64url.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>

#include <optional>

namespace Logto {

namespace {

Error malformed(const QString &detail)
{
    return Error{Error::Code::Verification,
                 QCoreApplication::translate("JsonWebSignature", "The token from the provider is malformed."),
                 detail};
}

std::optional<QJsonObject> decodeObject(const QByteArray &part)
{
    const auto json = Base64Url::decode(part);
    if (!json)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

Result<JsonWebSignature> JsonWebSignature::parse(const QByteArray &compact)
{
    // Details describe the shape only: the token itself must never reach a log or a dialog.
    if (compact.size() > MaximumSize)
        return malformed(QStringLiteral("token is %1 bytes, more than %2").arg(compact.size()).arg(MaximumSize));
    const QList<QByteArray> parts = compact.split('.');
    if (parts.size() != 3)
        return malformed(QStringLiteral("token has %1 dot-separated parts, not 3").arg(parts.size()));

    JsonWebSignature jws;
    const auto header = decodeObject(parts.at(0));
    if (!header)
        return malformed(QStringLiteral("header is not a base64url-encoded JSON object"));
    const auto payload = decodeObject(parts.at(1));
    if (!payload)
        return malformed(QStringLiteral("payload is not a base64url-encoded JSON object"));
    const auto signature = Base64Url::decode(parts.at(2));
    if (!signature)
        return malformed(QStringLiteral("signature is not strict base64url"));

    const QJsonValue alg = header->value(QStringLiteral("alg"));
    if (!alg.isString() || alg.toString().isEmpty())
        return malformed(QStringLiteral("header has no \"alg\" string"));
    const QJsonValue kid = header->value(QStringLiteral("kid"));
    if (!kid.isUndefined() && !kid.isString())
        return malformed(QStringLiteral("header \"kid\" is not a string"));
    if (header->contains(QStringLiteral("crit")))
        return malformed(QStringLiteral("header has \"crit\": no JWS extension is supported"));

    jws.m_compact = compact;
    jws.m_header = *header;
    jws.m_payload = *payload;
    jws.m_algorithm = alg.toString();
    jws.m_keyId = kid.toString();
    jws.m_signingInput = compact.left(parts.at(0).size() + 1 + parts.at(1).size());
    jws.m_signature = *signature;
    return jws;
}

} // namespace Logto
