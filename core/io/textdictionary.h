#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace tierlab {

// Text values numbered in the order they first appear, over one byte arena: an event table's per-chunk
// dictionaries (import) and a loaded column's dictionary. Open addressing.
//
// A slot holds a value of up to 16 bytes whole (two 8-byte words and the length), so a probe decides
// without reading the arena: a look-up used to miss the cache three times in a row (slot, offsets,
// arena) on mid-cardinality columns (user ids, 11 k distinct per chunk), most of an import's
// parsing thread. Longer values keep a 64-bit hash there and are compared in the arena on a match.
//
// While every value added is greater than the one before (ids in file order: event ids, ticket ids) a
// new value is known to be new without a look-up, and the slots are not filled at all: a column of
// unique values would otherwise miss the cache on nearly every cell. The first value out of order
// fills them and the dictionary stays hashed until clear().
class TextDictionary
{
public:
    std::size_t size() const { return m_offsets.size() - 1; }
    std::string_view entry(std::size_t i) const
    {
        return std::string_view(m_arena.data() + m_offsets[i], m_offsets[i + 1] - m_offsets[i]);
    }
    std::size_t arenaBytes() const { return m_arena.size(); }

    void clear()
    {
        m_arena.clear();
        m_offsets.assign(1, 0);
        m_sorted = true;   // the slots are refilled when they are needed again
    }

    // The code of `t` (0, 1, … in order of first appearance), adding it when new.
    std::int32_t add(std::string_view t)
    {
        if (m_sorted) {
            const std::size_t n = size();
            if (n == 0 || t > entry(n - 1))
                return append(t);
            if (t == entry(n - 1))
                return std::int32_t(n - 1);
            m_sorted = false;
            // As many slots as before clear(): the next chunk of a column is about as varied, and
            // growing there again was a rehash per doubling.
            rehash(std::max(slotsFor(n + 1), m_slots.size()));
        } else if (2 * (size() + 1) > m_slots.size()) {
            rehash(m_slots.size() * 2);
        }
        const Key k = keyOf(t);
        const std::size_t mask = m_slots.size() - 1;
        std::size_t s = std::size_t(k.hash) & mask;
        for (;; s = (s + 1) & mask) {
            const Slot &slot = m_slots[s];
            if (slot.entry < 0)
                break;
            if (slot.head == k.head && slot.tail == k.tail && slot.length == std::uint32_t(t.size())
                && (t.size() <= kInline || entry(std::size_t(slot.entry)) == t))
                return slot.entry;
        }
        const std::int32_t code = append(t);
        m_slots[s] = Slot{k.head, k.tail, std::uint32_t(t.size()), code};
        return code;
    }

    // Cells are short (ids, dates, names): eight bytes a step rather than one.
    static std::uint64_t hash(std::string_view t)
    {
        const char *p = t.data();
        std::size_t n = t.size();
        std::uint64_t h = 0x243f6a8885a308d3ull ^ n;
        for (; n >= 8; p += 8, n -= 8)
            h = mix(h ^ load8(p));
        return mix(mix(h ^ shortWord(p, n)) ^ 0x452821e638d01377ull);
    }

private:
    static constexpr std::size_t kInline = 16;   // values up to this length are held whole in a slot

    struct Slot
    {
        std::uint64_t head = 0;    // up to 16 bytes: the value (see keyOf); longer: its first 8 bytes
        std::uint64_t tail = 0;    // … and its last 8; longer: hash()
        std::uint32_t length = 0;
        std::int32_t entry = -1;   // -1: empty
    };
    struct Key
    {
        std::uint64_t head, tail, hash;
    };

    static std::uint64_t mix(std::uint64_t x)
    {
        x *= 0x9e3779b97f4a7c15ull;
        return x ^ (x >> 32);
    }
    static std::uint64_t load8(const char *p)
    {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        return w;
    }
    // Up to 8 bytes as one word, a different word for different bytes of the same length: from 4
    // bytes on the first and last four overlap and cover every byte, below that bytes 0, n/2, n-1 do.
    static std::uint64_t shortWord(const char *p, std::size_t n)
    {
        if (n >= 8)
            return load8(p);
        if (n >= 4) {
            std::uint32_t a, b;
            std::memcpy(&a, p, 4);
            std::memcpy(&b, p + n - 4, 4);
            return (std::uint64_t(a) << 32) | b;
        }
        if (n > 0)
            return (std::uint64_t(std::uint8_t(p[0])) << 16) | (std::uint64_t(std::uint8_t(p[n >> 1])) << 8) | std::uint8_t(p[n - 1]);
        return 0;
    }
    static Key keyOf(std::string_view t)
    {
        const char *p = t.data();
        const std::size_t n = t.size();
        if (n > kInline) {
            const std::uint64_t h = hash(t);
            return Key{load8(p), h, h};
        }
        // Nine to sixteen bytes: the first and the last eight overlap and cover every byte.
        const std::uint64_t head = shortWord(p, n), tail = n > 8 ? load8(p + n - 8) : 0;
        return Key{head, tail, mix(mix(head ^ 0x243f6a8885a308d3ull ^ n) ^ tail)};
    }
    static std::size_t slotsFor(std::size_t entries)
    {
        std::size_t n = 1024;
        while (n < 2 * entries)
            n *= 2;
        return n;
    }
    std::int32_t append(std::string_view t)
    {
        const auto code = std::int32_t(size());
        m_arena.append(t);
        m_offsets.push_back(m_arena.size());
        return code;
    }
    void rehash(std::size_t slots)
    {
        m_slots.assign(std::max<std::size_t>(slots, 1024), Slot());
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = 0; i < size(); ++i) {
            const std::string_view t = entry(i);
            const Key k = keyOf(t);
            std::size_t s = std::size_t(k.hash) & mask;
            while (m_slots[s].entry >= 0)
                s = (s + 1) & mask;
            m_slots[s] = Slot{k.head, k.tail, std::uint32_t(t.size()), std::int32_t(i)};
        }
    }

    std::string m_arena;                        // the entries, back to back
    std::vector<std::size_t> m_offsets{0};      // entry i is m_arena[m_offsets[i], m_offsets[i + 1])
    std::vector<Slot> m_slots;
    bool m_sorted = true;                       // every entry is greater than the one before
};

} // namespace tierlab
