#include "store/snapshotcodec.h"
#include "store/snapshotdecoder.h"

#include <QTest>

#include <cmath>
#include <vector>

using namespace tierlab;

class TestSnapshotCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void skipsMissing();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void renewalDayOutOfRange();
};

void TestSnapshotCodec::roundTrip()
{
    SnapshotCodec::Builder b;
    b.addNumber(0, 1.5);
    b.addText(7, QStringLiteral("Zwei Jahre ✓"));
    b.addNumber(65535, -0.0);
    std::vector<std::pair<int, double>> numbers;
    std::vector<std::pair<int, QString>> texts;
    QVERIFY(SnapshotCodec::decode(
        b.data().constData(), int(b.data().size()), [&](int i, double v) { numbers.emplace_back(i, v); },
        [&](int i, const char *s, int n) { texts.emplace_back(i, QString::fromUtf8(s, n)); }));
    QCOMPARE(numbers.size(), std::size_t(2));
    QCOMPARE(numbers[0], (std::pair<int, double>{0, 1.5}));
    QCOMPARE(numbers[1].first, 65535);
    QVERIFY(std::signbit(numbers[1].second));
    QCOMPARE(texts.size(), std::size_t(1));
    QCOMPARE(texts[0].second, QStringLiteral("Zwei Jahre ✓"));
}

void TestSnapshotCodec::skipsMissing()
{
    SnapshotCodec::Builder b;
    b.addNumber(1, std::nan(""));
    b.addText(2, QString());
    QVERIFY(b.isEmpty());
    QCOMPARE(b.data().size(), 1);
}

void TestSnapshotCodec::rejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("blob");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("wrong version") << QByteArray("\x09", 1);
    QTest::newRow("truncated header") << QByteArray("\x01\x00", 2);
    QTest::newRow("unknown tag") << QByteArray("\x01\x00\x00\x07", 4);
    QTest::newRow("truncated number") << QByteArray("\x01\x00\x00\x01\x00\x00", 6);
    QTest::newRow("text longer than blob") << QByteArray("\x01\x00\x00\x02\xff\x00\x00\x00" "ab", 10);
}

void TestSnapshotCodec::rejectsMalformed()
{
    QFETCH(QByteArray, blob);
    int calls = 0;
    QVERIFY(!SnapshotCodec::decode(
        blob.constData(), int(blob.size()), [&](int, double) { ++calls; }, [&](int, const char *, int) { ++calls; }));
    QCOMPARE(calls, 0);
}

// A renewal date beyond what an int64 day holds (fuzz/regressions/snapshot/renewal_huge.bin) keeps the
// account's stored date instead of reaching an undefined conversion.
void TestSnapshotCodec::renewalDayOutOfRange()
{
    QCOMPARE(SnapshotCodec::dayNumber(2460000.75), std::optional<std::int64_t>(2460000));
    QCOMPARE(SnapshotCodec::dayNumber(-0.5), std::optional<std::int64_t>(-1));
    for (double bad : {1e300, -1e300, 0x1p63, std::nan(""), HUGE_VAL})
        QVERIFY(!SnapshotCodec::dayNumber(bad));

    SignalInfo renewal;
    renewal.index = 0;
    renewal.id = QStringLiteral("renewal_date");
    renewal.role = AttributeRole::RenewalDate;
    SnapshotDecoder decoder({renewal});
    Dataset ds;
    const std::vector<double> stored = {1e300, -1e300, 2460000.75};
    decoder.start(ds, QDate(2024, 1, 1), stored.size());
    for (double v : stored) {
        SnapshotCodec::Builder b;
        b.addNumber(0, v);
        QVERIFY(decoder.append(ds, QStringLiteral("a"), QString(), QString(), QString(), 0.0, 2459000,
                               b.data().constData(), int(b.data().size())));
    }
    QCOMPARE(ds.renewalDay, (std::vector<std::int64_t>{2459000, 2459000, 2460000}));
}

QTEST_GUILESS_MAIN(TestSnapshotCodec)
#include "tst_snapshotcodec.moc"
