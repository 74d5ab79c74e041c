//! "Did you mean": the nearest expected value to a rejected input.
//!
//! Runs only when an error is displayed, never while parsing, and needs no
//! allocation: the edit distance works on fixed rows on the stack.

/// Inputs or candidates longer than this are never compared by edit distance.
const MAX_LEN: usize = 64;

/// The outcome of looking for a close expected value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Suggestion {
    /// This value is what the input most likely meant.
    Nearest(&'static str),
    /// Nothing is close enough to suggest.
    None,
}

/// A case-insensitive match first, else the nearest value within a small edit
/// distance (ignoring ASCII case), else nothing. Ties go to the first declared.
pub(crate) fn suggestion(input: &str, expected: &'static [&'static str]) -> Suggestion {
    let input = input.as_bytes();
    if let Some(same) = expected
        .iter()
        .find(|e| e.as_bytes().eq_ignore_ascii_case(input))
    {
        return Suggestion::Nearest(same);
    }
    let limit = match input.len() {
        0 => return Suggestion::None,
        1..=3 => 1,
        4..=8 => 2,
        _ => 3,
    };
    // Most typos are one edit, and then nothing is closer: the first value
    // one edit away is what the full search would pick, found far faster.
    if let Some(near) = expected
        .iter()
        .find(|e| within_one_edit(input, e.as_bytes()))
    {
        return Suggestion::Nearest(near);
    }
    let mut best: Option<(usize, &'static str)> = None;
    for &candidate in expected {
        let closer_than = best.map_or(limit, |(d, _)| d - 1);
        if let Some(d) = distance(input, candidate.as_bytes(), closer_than) {
            best = Some((d, candidate));
        }
    }
    match best {
        Some((_, s)) => Suggestion::Nearest(s),
        None => Suggestion::None,
    }
}

/// True when `a` and `b` are at most one substitution, insertion, deletion
/// or swap of neighbours apart, ignoring ASCII case: what remains after their
/// common prefix and suffix is that one edit.
fn within_one_edit(a: &[u8], b: &[u8]) -> bool {
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let same = |(x, y): (&u8, &u8)| x.eq_ignore_ascii_case(y);
    let prefix = a.iter().zip(b).take_while(|&p| same(p)).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|&p| same(p))
        .count();
    match (&a[..a.len() - suffix], &b[..b.len() - suffix]) {
        ([], []) | ([_], []) | ([], [_]) | ([_], [_]) => true,
        ([a0, a1], [b0, b1]) => a0.eq_ignore_ascii_case(b1) && a1.eq_ignore_ascii_case(b0),
        _ => false,
    }
}

/// Optimal-string-alignment distance between `a` and `b`, ignoring ASCII
/// case, or `None` when it exceeds `limit` (or either side is too long).
///
/// Only the diagonal band `|i - j| <= limit` can hold distances within the
/// limit, so only it is computed; the rows live on the stack and rotate by
/// reference.
pub(crate) fn distance(a: &[u8], b: &[u8], limit: usize) -> Option<usize> {
    if a.len() > MAX_LEN || b.len() > MAX_LEN || a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let over = limit + 1;
    let (mut r0, mut r1, mut r2) = (
        [over; MAX_LEN + 1],
        [over; MAX_LEN + 1],
        [over; MAX_LEN + 1],
    );
    let (mut two_back, mut prev, mut cur) = (&mut r0, &mut r1, &mut r2);
    for (j, slot) in prev.iter_mut().enumerate().take(b.len().min(limit) + 1) {
        *slot = j;
    }
    for i in 1..=a.len() {
        let lo = i.saturating_sub(limit).max(1);
        let hi = (i + limit).min(b.len());
        cur[lo - 1] = if lo == 1 && i <= limit { i } else { over };
        let mut row_min = cur[lo - 1];
        for j in lo..=hi {
            let cost = usize::from(!a[i - 1].eq_ignore_ascii_case(&b[j - 1]));
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1
                && j > 1
                && a[i - 1].eq_ignore_ascii_case(&b[j - 2])
                && a[i - 2].eq_ignore_ascii_case(&b[j - 1])
            {
                d = d.min(two_back[j - 2] + 1);
            }
            cur[j] = d.min(over);
            row_min = row_min.min(cur[j]);
        }
        if hi < b.len() {
            cur[hi + 1] = over;
        }
        if row_min > limit {
            return None;
        }
        (two_back, prev, cur) = (prev, cur, two_back);
    }
    let d = prev[b.len()];
    (d <= limit).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_counts_edits_and_transpositions() {
        assert_eq!(distance(b"Celsius", b"Celsius", 2), Some(0));
        assert_eq!(distance(b"Celsuis", b"Celsius", 2), Some(1));
        assert_eq!(distance(b"Celcius", b"Celsius", 2), Some(1));
        assert_eq!(distance(b"Avaliable", b"Available", 3), Some(1));
        assert_eq!(distance(b"Charg", b"Charging", 3), Some(3));
        assert_eq!(distance(b"abc", b"xyz", 2), None);
        assert_eq!(distance(b"KWH", b"kWh", 0), Some(0));
    }

    #[test]
    fn suggestion_prefers_case_then_distance() {
        static V: &[&str] = &["Available", "Charging", "Faulted"];
        assert_eq!(suggestion("available", V), Suggestion::Nearest("Available"));
        assert_eq!(suggestion("Charing", V), Suggestion::Nearest("Charging"));
        assert_eq!(suggestion("Unknown", V), Suggestion::None);
        assert_eq!(suggestion("", V), Suggestion::None);
    }

    #[test]
    fn one_edit_agrees_with_the_distance() {
        let words: &[&[u8]] = &[
            b"",
            b"a",
            b"ab",
            b"ba",
            b"abc",
            b"acb",
            b"Celsius",
            b"Celsuis",
            b"Celcius",
            b"celsiu",
            b"CCelsius",
            b"aab",
            b"aba",
            b"abb",
            b"bab",
            b"cba",
            b"Clesuis",
            b"Celsius2",
        ];
        for a in words {
            for b in words {
                assert_eq!(
                    within_one_edit(a, b),
                    distance(a, b, 1).is_some(),
                    "{a:?} {b:?}"
                );
            }
        }
    }

    #[test]
    fn banded_distance_matches_the_full_table() {
        fn full(a: &[u8], b: &[u8]) -> usize {
            let mut d = std::vec![std::vec![0usize; b.len() + 1]; a.len() + 1];
            for i in 0..=a.len() {
                for j in 0..=b.len() {
                    d[i][j] = if i == 0 || j == 0 {
                        i + j
                    } else {
                        let cost = usize::from(!a[i - 1].eq_ignore_ascii_case(&b[j - 1]));
                        let mut v = (d[i - 1][j] + 1)
                            .min(d[i][j - 1] + 1)
                            .min(d[i - 1][j - 1] + cost);
                        if i > 1
                            && j > 1
                            && a[i - 1].eq_ignore_ascii_case(&b[j - 2])
                            && a[i - 2].eq_ignore_ascii_case(&b[j - 1])
                        {
                            v = v.min(d[i - 2][j - 2] + 1);
                        }
                        v
                    };
                }
            }
            d[a.len()][b.len()]
        }
        let words: &[&[u8]] = &[
            b"",
            b"x",
            b"kWh",
            b"kvarh",
            b"varh",
            b"Wh",
            b"Energy.Active.Import.Register",
            b"Energy.Active.Export.Register",
            b"Energy.Reactive.Import.Interval",
            b"Enrgy.Actve.Imprt.Regster",
            b"Available",
            b"Avaliable",
            b"Unavailable",
            b"abcdef",
            b"badcfe",
            b"fedcba",
        ];
        for a in words {
            for b in words {
                for limit in 0..4 {
                    let want = full(a, b);
                    assert_eq!(
                        distance(a, b, limit),
                        (want <= limit).then_some(want),
                        "{a:?} {b:?} {limit}"
                    );
                }
            }
        }
    }

    #[test]
    fn long_inputs_are_not_compared() {
        let long = "A".repeat(MAX_LEN + 1);
        assert_eq!(distance(long.as_bytes(), b"A", 3), None);
    }
}
