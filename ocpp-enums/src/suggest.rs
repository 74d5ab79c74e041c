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
    if let Some(exact) = expected.iter().find(|e| e.eq_ignore_ascii_case(input)) {
        return Suggestion::Nearest(exact);
    }
    let limit = match input.len() {
        0 => return Suggestion::None,
        1..=3 => 1,
        4..=8 => 2,
        _ => 3,
    };
    let mut best: Option<(usize, &'static str)> = None;
    for &candidate in expected {
        if let Some(d) = distance(input.as_bytes(), candidate.as_bytes(), limit) {
            if best.is_none_or(|(b, _)| d < b) {
                best = Some((d, candidate));
            }
        }
    }
    match best {
        Some((_, s)) => Suggestion::Nearest(s),
        None => Suggestion::None,
    }
}

/// Optimal-string-alignment distance between `a` and `b`, ignoring ASCII
/// case, or `None` when it exceeds `limit` (or either side is too long).
pub(crate) fn distance(a: &[u8], b: &[u8], limit: usize) -> Option<usize> {
    if a.len() > MAX_LEN || b.len() > MAX_LEN || a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let mut two_back = [0usize; MAX_LEN + 1];
    let mut prev = [0usize; MAX_LEN + 1];
    let mut cur = [0usize; MAX_LEN + 1];
    for (j, slot) in prev.iter_mut().enumerate().take(b.len() + 1) {
        *slot = j;
    }
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(!a[i - 1].eq_ignore_ascii_case(&b[j - 1]));
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1
                && j > 1
                && a[i - 1].eq_ignore_ascii_case(&b[j - 2])
                && a[i - 2].eq_ignore_ascii_case(&b[j - 1])
            {
                d = d.min(two_back[j - 2] + 1);
            }
            cur[j] = d;
            row_min = row_min.min(d);
        }
        if row_min > limit {
            return None;
        }
        two_back = prev;
        prev = cur;
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
    fn long_inputs_are_not_compared() {
        let long = "A".repeat(MAX_LEN + 1);
        assert_eq!(distance(long.as_bytes(), b"A", 3), None);
    }
}
