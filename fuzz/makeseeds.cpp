// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the seeds that tests/data holds only as CSV: snapshot blobs (SnapshotCodec), one per data row
// of tests/data/csv/snap_*.csv, encoded as the import stores them; and import mappings (the JSON the
// wizard saves), two per CSV file of tests/data/csv, as CsvProfile::suggestMapping makes them.
// Usage: tierlab_fuzz_seeds <tests/data/csv> <snapshot seed dir> <mapping seed dir>
#include "io/csvprofiler.h"
#include "io/csvreader.h"
#include "io/importmapping.h"
#include "io/valueparser.h"
#include "store/snapshotcodec.h"

#include <QDir>
#include <QFile>

#include <cstdio>

using namespace tierlab;

namespace {

bool write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
        std::fprintf(stderr, "tierlab_fuzz_seeds: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: tierlab_fuzz_seeds CSV_DIR SNAPSHOT_SEEDS MAPPING_SEEDS\n");
        return 2;
    }
    const QDir csvDir(QString::fromLocal8Bit(argv[1]));
    const QString snapshotDir = QString::fromLocal8Bit(argv[2]);
    const QString mappingDir = QString::fromLocal8Bit(argv[3]);
    QDir().mkpath(snapshotDir);
    QDir().mkpath(mappingDir);
    int written = 0;
    const QStringList files = csvDir.entryList({QStringLiteral("*.csv"), QStringLiteral("*.tsv")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QString path = csvDir.filePath(name);
        if (auto profile = CsvProfiler::profile(path)) {
            for (ImportKind kind : {ImportKind::Snapshots, ImportKind::Outcomes}) {
                const QString out = QStringLiteral("%1/%2.%3.json").arg(mappingDir, name, importKindName(kind));
                if (!write(out, profile->suggestMapping(kind).toJson()))
                    return 1;
                ++written;
            }
        }
        if (!name.startsWith(u"snap_"))
            continue;
        CsvReader reader;
        if (!reader.open(path))
            continue;
        const DecimalStyle style = reader.delimiter() == ';' ? DecimalStyle::Comma : DecimalStyle::Point;
        (void)reader.next();   // the header
        for (int row = 0; row < 8; ++row) {
            auto more = reader.next();
            if (!more || !*more)
                break;
            SnapshotCodec::Builder b;
            // Column i is signal i: the fuzz target's catalogue covers 0–8 with every type and role.
            for (int i = 0; i < reader.fieldCount(); ++i) {
                if (const auto v = ValueParser::parseNumber(reader.field(i), style))
                    b.addNumber(i, *v);
                else
                    b.addText(i, reader.text(i));
            }
            const QString out = QStringLiteral("%1/%2.row%3.bin").arg(snapshotDir, name).arg(row + 1);
            if (!write(out, b.data()))
                return 1;
            ++written;
        }
    }
    std::printf("tierlab_fuzz_seeds: %d seeds written\n", written);
    return written > 0 ? 0 : 1;
}
