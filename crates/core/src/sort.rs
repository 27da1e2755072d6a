//! Stable sorting with one compiled copy of the sort algorithm.
//!
//! `slice::sort_by` is compiled again for every element type and comparator, about 4 KB of
//! WebAssembly each time (see docs/performance.md). These helpers sort *positions* with the
//! comparator behind `dyn`, so the algorithm is compiled once, then move the items into place.
//! Same result as `sort_by`: stable, `O(n log n)` comparisons.

use std::cmp::Ordering;

/// The positions `0..len` in the order `cmp` gives, equal items kept in place order.
// The one standard sort of the wasm: every other sort goes through here (clippy.toml).
#[allow(clippy::disallowed_methods)]
fn order(len: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..len).collect();
    positions.sort_by(|&a, &b| cmp(a, b));
    positions
}

/// Sorts `v` by `cmp`, keeping the order of equal items (like `slice::sort_by`).
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let positions = {
        let items: &[T] = v;
        order(
            items.len(),
            &mut |a, b| match (items.get(a), items.get(b)) {
                (Some(x), Some(y)) => cmp(x, y),
                _ => Ordering::Equal,
            },
        )
    };
    // Position i receives the item at positions[i]: follow each cycle of the permutation,
    // swapping along it.
    let mut placed = vec![false; positions.len()];
    for start in 0..positions.len() {
        let mut at = start;
        while !placed[at] {
            placed[at] = true;
            let from = positions[at];
            if from == start {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

/// Sorts `v` by a key, keeping the order of equal items (like `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn equal_items_keep_their_order() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        sort_by_key(&mut v, |x| x.0);
        assert_eq!(v, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
        let mut cycles = vec!['c', 'a', 'd', 'b', 'e'];
        sort_by(&mut cycles, |a, b| a.cmp(b));
        assert_eq!(cycles, ['a', 'b', 'c', 'd', 'e']);
        let mut empty: Vec<u8> = Vec::new();
        sort_by(&mut empty, |a, b| a.cmp(b));
        assert!(empty.is_empty());
    }

    proptest! {
        #[test]
        fn same_result_as_the_standard_stable_sort(v in proptest::collection::vec((0u8..8, any::<u16>()), 0..200)) {
            let mut ours = v.clone();
            let mut std_sorted = v;
            sort_by(&mut ours, |a, b| b.0.cmp(&a.0));
            std_sorted.sort_by_key(|x| std::cmp::Reverse(x.0));
            prop_assert_eq!(ours, std_sorted);
        }
    }
}
