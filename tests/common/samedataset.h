#pragma once

#include "dataset/dataset.h"

#include <QTest>

#include <bit>
#include <cmath>
#include <cstdint>
#include <vector>

namespace tierlab::test {

// Bit-equal, so a NaN (a missing value) compares equal to another NaN and -0.0 differs from 0.0.
inline bool sameBits(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

inline bool sameBits(const std::vector<double> &a, const std::vector<double> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!sameBits(a[i], b[i]))
            return false;
    return true;
}

// Every field of two snapshots, numbers bit for bit. QCOMPARE/QVERIFY return from this helper only;
// callers check QTest::currentTestFailed().
inline void sameDataset(const Dataset &got, const Dataset &want)
{
    QCOMPARE(got.asOf, want.asOf);
    QCOMPARE(got.accountIds, want.accountIds);
    QCOMPARE(got.names, want.names);
    QCOMPARE(got.csm, want.csm);
    QCOMPARE(got.csmNames, want.csmNames);
    QCOMPARE(got.segment, want.segment);
    QCOMPARE(got.segmentNames, want.segmentNames);
    QVERIFY(sameBits(got.arr, want.arr));
    QCOMPARE(got.renewalDay, want.renewalDay);
    QCOMPARE(got.columns.size(), want.columns.size());
    for (std::size_t c = 0; c < got.columns.size(); ++c) {
        const Column &a = got.columns[c];
        const Column &b = want.columns[c];
        QCOMPARE(a.info.id, b.info.id);
        QCOMPARE(a.info.index, b.info.index);
        QVERIFY2(sameBits(a.numbers, b.numbers), qPrintable(a.info.id));
        QCOMPARE(a.codes, b.codes);
        QCOMPARE(a.dictionary, b.dictionary);
    }
}

} // namespace tierlab::test
