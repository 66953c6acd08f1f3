#pragma once
// Go's sort.Sort (pattern-defeating quicksort, Go >= 1.19, src/sort/zsortinterface.go), ported line by line.
// It is not stable: equal keys end in an order that depends on the algorithm's exact swaps, and the t-digest's
// centroid merging depends on that order, so matching Go's numbers bit for bit takes Go's sort, not std::sort.
#include <bit>
#include <cstdint>
#include <utility>
#include <vector>

namespace loadscope::gosort {

// Go's breakPatterns draws from a 64-bit xorshift generator, and that is the only thing sort.Sort changed since
// pdqsort came in (src/sort/zsortinterface.go is the same text from go1.19 to go1.27). go1.19 to go1.23 shift
// by 13, 17, 5 (Marsaglia's 32-bit triple, golang/go issue 70144); go1.24 and later by 13, 7, 17 (read in the
// sort.go of Debian's golang-1.19, 1.21, 1.22, 1.23, 1.24, 1.26 and 1.27 sources; go1.20 lies between two that
// agree). Only unbalanced partitions reach it, but on tie-heavy samples the digests differ (tests/data/quality/go_ties: 4 of 8 cases), so the choice is explicit.
enum class XorshiftVariant {
    Shift13_17_5,
    Shift13_7_17,
    Go1_19To1_23 = Shift13_17_5,
    CurrentGo = Shift13_7_17, // go1.24 and later
};

namespace detail {

template <typename Less>
class PdqSorter {
public:
    PdqSorter(std::vector<typename Less::value_type>& data, Less less, XorshiftVariant variant)
        : data_(data), less_(less), variant_(variant)
    {
    }

    void sort()
    {
        const int n = static_cast<int>(data_.size());
        if (n <= 1)
            return;
        pdqsort(0, n, bitLength(static_cast<unsigned>(n)));
    }

private:
    enum class Hint { Unknown, Increasing, Decreasing };

    static int bitLength(std::uint64_t x) { return static_cast<int>(std::bit_width(x)); }
    bool less(int i, int j) const { return less_(data_[i], data_[j]); }
    void swap(int i, int j) { std::swap(data_[i], data_[j]); }

    void insertionSort(int a, int b)
    {
        for (int i = a + 1; i < b; i++)
            for (int j = i; j > a && less(j, j - 1); j--)
                swap(j, j - 1);
    }

    void siftDown(int lo, int hi, int first)
    {
        int root = lo;
        for (;;) {
            int child = 2 * root + 1;
            if (child >= hi)
                break;
            if (child + 1 < hi && less(first + child, first + child + 1))
                child++;
            if (!less(first + root, first + child))
                return;
            swap(first + root, first + child);
            root = child;
        }
    }

    void heapSort(int a, int b)
    {
        const int first = a, lo = 0, hi = b - a;
        for (int i = (hi - 1) / 2; i >= 0; i--)
            siftDown(i, hi, first);
        for (int i = hi - 1; i >= 0; i--) {
            swap(first, first + i);
            siftDown(lo, i, first);
        }
    }

    void pdqsort(int a, int b, int limit)
    {
        constexpr int kMaxInsertion = 12;
        bool wasBalanced = true, wasPartitioned = true;
        for (;;) {
            const int length = b - a;
            if (length <= kMaxInsertion) {
                insertionSort(a, b);
                return;
            }
            if (limit == 0) {
                heapSort(a, b);
                return;
            }
            if (!wasBalanced) {
                breakPatterns(a, b);
                limit--;
            }
            auto [pivot, hint] = choosePivot(a, b);
            if (hint == Hint::Decreasing) {
                reverseRange(a, b);
                pivot = (b - 1) - (pivot - a);
                hint = Hint::Increasing;
            }
            if (wasBalanced && wasPartitioned && hint == Hint::Increasing && partialInsertionSort(a, b))
                return;
            if (a > 0 && !less(a - 1, pivot)) {
                a = partitionEqual(a, b, pivot);
                continue;
            }
            auto [mid, alreadyPartitioned] = partition(a, b, pivot);
            wasPartitioned = alreadyPartitioned;
            const int leftLen = mid - a, rightLen = b - mid;
            const int balanceThreshold = length / 8;
            if (leftLen < rightLen) {
                wasBalanced = leftLen >= balanceThreshold;
                pdqsort(a, mid, limit);
                a = mid + 1;
            } else {
                wasBalanced = rightLen >= balanceThreshold;
                pdqsort(mid + 1, b, limit);
                b = mid;
            }
        }
    }

    std::pair<int, bool> partition(int a, int b, int pivot)
    {
        swap(a, pivot);
        int i = a + 1, j = b - 1;
        while (i <= j && less(i, a))
            i++;
        while (i <= j && !less(j, a))
            j--;
        if (i > j) {
            swap(j, a);
            return {j, true};
        }
        swap(i, j);
        i++;
        j--;
        for (;;) {
            while (i <= j && less(i, a))
                i++;
            while (i <= j && !less(j, a))
                j--;
            if (i > j)
                break;
            swap(i, j);
            i++;
            j--;
        }
        swap(j, a);
        return {j, false};
    }

    int partitionEqual(int a, int b, int pivot)
    {
        swap(a, pivot);
        int i = a + 1, j = b - 1;
        for (;;) {
            while (i <= j && !less(a, i))
                i++;
            while (i <= j && less(a, j))
                j--;
            if (i > j)
                break;
            swap(i, j);
            i++;
            j--;
        }
        return i;
    }

    bool partialInsertionSort(int a, int b)
    {
        constexpr int kMaxSteps = 5, kShortestShifting = 50;
        int i = a + 1;
        for (int step = 0; step < kMaxSteps; step++) {
            while (i < b && !less(i, i - 1))
                i++;
            if (i == b)
                return true;
            if (b - a < kShortestShifting)
                return false;
            swap(i, i - 1);
            if (i - a >= 2) { // shift the smaller one to the left (Go stops at 1, not at a)
                for (int j = i - 1; j >= 1; j--) {
                    if (!less(j, j - 1))
                        break;
                    swap(j, j - 1);
                }
            }
            if (b - i >= 2) { // shift the greater one to the right
                for (int j = i + 1; j < b; j++) {
                    if (!less(j, j - 1))
                        break;
                    swap(j, j - 1);
                }
            }
        }
        return false;
    }

    std::uint64_t nextRandom(std::uint64_t& r) const
    {
        if (variant_ == XorshiftVariant::Shift13_17_5) {
            r ^= r << 13;
            r ^= r >> 17;
            r ^= r << 5;
        } else {
            r ^= r << 13;
            r ^= r >> 7;
            r ^= r << 17;
        }
        return r;
    }

    void breakPatterns(int a, int b)
    {
        const int length = b - a;
        if (length < 8)
            return;
        auto random = static_cast<std::uint64_t>(length);
        const std::uint64_t modulus = std::uint64_t{1} << bitLength(static_cast<std::uint64_t>(length));
        for (int idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; idx++) {
            int other = static_cast<int>(nextRandom(random) & (modulus - 1));
            if (other >= length)
                other -= length;
            swap(idx, a + other);
        }
    }

    std::pair<int, Hint> choosePivot(int a, int b)
    {
        constexpr int kShortestNinther = 50, kMaxSwaps = 4 * 3;
        const int l = b - a;
        int swaps = 0;
        int i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
        if (l >= 8) {
            if (l >= kShortestNinther) { // Tukey ninther
                i = medianAdjacent(i, swaps);
                j = medianAdjacent(j, swaps);
                k = medianAdjacent(k, swaps);
            }
            j = median(i, j, k, swaps);
        }
        if (swaps == 0)
            return {j, Hint::Increasing};
        if (swaps == kMaxSwaps)
            return {j, Hint::Decreasing};
        return {j, Hint::Unknown};
    }

    void order2(int& a, int& b, int& swaps) const
    {
        if (less(b, a)) {
            swaps++;
            std::swap(a, b);
        }
    }

    int median(int a, int b, int c, int& swaps) const
    {
        order2(a, b, swaps);
        order2(b, c, swaps);
        order2(a, b, swaps);
        return b;
    }

    int medianAdjacent(int a, int& swaps) const { return median(a - 1, a, a + 1, swaps); }

    void reverseRange(int a, int b)
    {
        for (int i = a, j = b - 1; i < j; i++, j--)
            swap(i, j);
    }

    std::vector<typename Less::value_type>& data_;
    Less less_;
    XorshiftVariant variant_;
};

} // namespace detail

// Sorts `data` exactly as Go's sort.Sort would with the given Less. `Less` must expose `value_type`.
template <typename Less>
void sort(std::vector<typename Less::value_type>& data, Less less, XorshiftVariant variant = XorshiftVariant::CurrentGo)
{
    detail::PdqSorter<Less>(data, less, variant).sort();
}

} // namespace loadscope::gosort
