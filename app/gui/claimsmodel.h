// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

#include <memory>
#include <vector>

// The ID token's claims and the userinfo answer as one tree: one top-level row per claim (two when
// the sources disagree), arrays and objects expandable, values in a human reading (dates, Yes/No,
// "3 items") with the raw JSON always at hand (RawValueRole and the tooltip).
class ClaimsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, SourceColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        // Compact JSON text of the value ("\"abc\"", "42", "[\"a\",\"b\"]").
        RawValueRole = Qt::UserRole + 1,
        // A short human description of a well-known claim (top-level rows only).
        DescriptionRole,
        // Where the row sits: "custom_data.plan", "organization_data[0].name".
        PathRole,
        // Sources as int (Source flags).
        SourcesRole,
        // What the view's filter matches: the name and the human reading (and raw text of scalars).
        FilterTextRole,
    };
    Q_ENUM(Role)

    enum class Source { IdToken = 0x1, UserInfo = 0x2 };
    Q_DECLARE_FLAGS(Sources, Source)
    Q_FLAG(Sources)

    explicit ClaimsModel(QObject *parent = nullptr);
    ~ClaimsModel() override;

    void setClaims(const QJsonObject &idTokenClaims, const QJsonObject &userInfo);
    [[nodiscard]] QJsonObject idTokenClaims() const { return m_idToken; }
    [[nodiscard]] QJsonObject userInfo() const { return m_userInfo; }

    // The time relative hints are computed from; invalid (the default) means the current time.
    void setNow(const QDateTime &now);
    [[nodiscard]] QDateTime now() const;

    // Re-announces every text (after a language change, or as time passes for "expires in").
    void refresh();

    // "45 s", "54 min", "2 h 5 min", "3 days" for a number of seconds (sign ignored).
    [[nodiscard]] static QString durationText(qint64 seconds);
    // A date and time in the current language, in local time, that reads the same everywhere:
    // the language's long date without the weekday ("4 December 2026", "December 4, 2026",
    // "2026年12月4日") and its time, never the numeric "4/12/26" whose order depends on the reader.
    [[nodiscard]] static QString dateTimeText(const QDateTime &when);
    // A short human description of a well-known claim, or an empty string.
    [[nodiscard]] static QString describe(const QString &claim);

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;

    [[nodiscard]] static std::unique_ptr<Node>
    makeNode(const QString &name, const QString &path, const QJsonValue &value, Sources sources, Node *parent);
    [[nodiscard]] Node *nodeFor(const QModelIndex &index) const;
    [[nodiscard]] QString valueText(const Node &node) const;
    [[nodiscard]] QString sourceText(Sources sources) const;
    void announce(const QModelIndex &parent);

    QJsonObject m_idToken;
    QJsonObject m_userInfo;
    QDateTime m_now;
    std::vector<std::unique_ptr<Node>> m_roots;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ClaimsModel::Sources)
