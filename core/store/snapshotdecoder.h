#pragma once

#include "dataset/dataset.h"

#include <QByteArray>
#include <QHash>

#include <vector>

namespace tierlab {

// Turns stored snapshot rows into a Dataset: one as_of at a time (Workspace::loadSnapshot) or a whole
// history (Workspace::forEachSnapshot), with the same columns and the same first-seen code order.
class SnapshotDecoder
{
public:
    explicit SnapshotDecoder(const std::vector<SignalInfo> &catalogue);

    // Begins the dataset of one as_of with room for `rows` accounts, every value missing; the
    // per-snapshot code tables (CSM, segment, categories) start afresh.
    void start(Dataset &ds, QDate asOf, std::size_t rows);
    // Appends one account and decodes its values blob into that row. False when the blob is damaged.
    bool append(Dataset &ds, const QString &id, const QString &name, const QString &csm, const QString &segment,
                double arr, std::int64_t renewalDay, const void *blob, int size);

private:
    std::int32_t code(QHash<QString, std::int32_t> &codes, std::vector<QString> &names, const QString &text);

    std::vector<Column> m_columns;        // the catalogue's columns, empty
    std::vector<int> m_columnOfSignal;    // catalogue index → column
    std::vector<AttributeRole> m_roleOfSignal;   // catalogue index → the attribute it also fills
    QHash<QString, std::int32_t> m_csmCodes, m_segmentCodes;
    std::vector<QHash<QByteArray, std::int32_t>> m_dictionaries;
};

} // namespace tierlab
