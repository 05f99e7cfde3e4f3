//! One small sort for every list the widget orders (glossary entries, labels, points, hull
//! corners): a stable merge sort of indexes with the comparison passed as a trait object, so
//! the wasm carries one sort instead of one copy of the standard library's per element type
//! and comparison (four of them were 12.6 KB of code).

use std::cmp::Ordering;

/// The indexes `0..len`, ordered by `cmp` (stable: equal items keep their index order).
pub fn sorted_indexes(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut a: Vec<usize> = (0..len).collect();
    let mut b = a.clone();
    let mut width = 1;
    while width < len {
        let mut start = 0;
        while start < len {
            let mid = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            let (mut i, mut j) = (start, mid);
            for slot in &mut b[start..end] {
                // Take from the right run only when it is strictly smaller: stable.
                if j < end && (i >= mid || cmp(a[j], a[i]) == Ordering::Less) {
                    *slot = a[j];
                    j += 1;
                } else {
                    *slot = a[i];
                    i += 1;
                }
            }
            start = end;
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

/// `items` ordered by `cmp` (stable).
pub fn sort_by<T: Clone>(items: &mut Vec<T>, cmp: &dyn Fn(&T, &T) -> Ordering) {
    let order = sorted_indexes(items.len(), &|x, y| cmp(&items[x], &items[y]));
    *items = order.into_iter().map(|i| items[i].clone()).collect();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        // Pseudo-random lists of every length up to 70, with many equal keys.
        let mut seed = 12345_u64;
        for len in 0..70 {
            let items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    ((seed >> 59) as u8, i)
                })
                .collect();
            let mut ours = items.clone();
            sort_by(&mut ours, &|a, b| a.0.cmp(&b.0));
            let mut std = items.clone();
            std.sort_by(|a, b| a.0.cmp(&b.0));
            assert_eq!(ours, std, "length {len}");
        }
    }

    #[test]
    fn indexes_of_an_empty_or_single_list() {
        assert!(sorted_indexes(0, &|_, _| Ordering::Equal).is_empty());
        assert_eq!(sorted_indexes(1, &|_, _| Ordering::Equal), vec![0]);
        assert_eq!(sorted_indexes(3, &|a, b| b.cmp(&a)), vec![2, 1, 0]);
    }
}
