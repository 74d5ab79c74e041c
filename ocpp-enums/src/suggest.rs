//! "Did you mean": the expected value a rejected input most likely meant.
//!
//! Runs only when an error is displayed, never while parsing, and needs no
//! allocation: the edit distance works on fixed rows on the stack.

/// Inputs or candidates longer than this are never compared by edit distance.
const MAX_LEN: usize = 64;

/// True for the characters that separate the words of a wire string, and
/// that a variant's Rust name drops (`L1-N` is `L1N`,
/// `Energy.Active.Import.Register` is `EnergyActiveImportRegister`).
fn is_punctuation(b: u8) -> bool {
    matches!(b, b'.' | b'-' | b'_')
}

/// The outcome of looking for a close expected value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Suggestion {
    /// This value is what the input most likely meant.
    Nearest(&'static str),
    /// Nothing is close enough to suggest.
    None,
}

/// What `input` most likely meant among `expected`, by the first of these
/// that finds anything (ties go to the first declared):
///
/// 1. a value equal to it ignoring ASCII case;
/// 2. a value equal to it ignoring ASCII case and punctuation (`.`, `-`,
///    `_`), which also catches a variant's Rust name;
/// 3. a value it is a prefix of (ignoring case, two characters or more),
///    when there is exactly one, or when all of them are one group: values
///    that differ only after their last punctuation (`Power.Active` is a
///    prefix of `Power.Active.Export` and `Power.Active.Import`);
/// 4. the nearest value within an edit distance (ignoring case) that grows
///    with the input's length: none below three characters, one up to five,
///    two up to nine, three from ten.
///
/// The message of an error must stay cheap (serde builds one for every
/// rejected value), so steps 1 to 3 take one pass in which a value that does
/// not start like the input costs one compare, and every other check looks
/// at a length or a byte or two before it walks; the common case of step 4,
/// one edit, takes a second pass that stops at the first hit; only then is
/// the edit distance computed.
pub(crate) fn suggestion(input: &str, expected: &'static [&'static str]) -> Suggestion {
    let input = input.as_bytes();
    let Some(letters) = Letters::of(input) else {
        return Suggestion::None;
    };
    let limit = match input.len() {
        0..=2 => 0,
        3..=5 => 1,
        6..=9 => 2,
        _ => 3,
    };
    let n = input.len();
    let first = input[0] | 0x20;
    let input_starts_with_punctuation = is_punctuation(input[0]);
    let mut folded: Option<&'static str> = None;
    let mut prefix = Prefix::None;
    for &candidate in expected {
        let c = candidate.as_bytes();
        // Steps 1 and 3 need the same first byte, and so does step 2 unless
        // one side starts with punctuation; most values start differently.
        // (`| 0x20` lowercases letters and keeps equal what is equal
        // ignoring case, so it never rejects a match.)
        let Some(&c0) = c.first() else { continue };
        if (c0 | 0x20) != first && !input_starts_with_punctuation && !is_punctuation(c0) {
            continue;
        }
        if c.len() == n && c.eq_ignore_ascii_case(input) {
            return Suggestion::Nearest(candidate);
        }
        if folded.is_none() && letters.same(input, c) {
            folded = Some(candidate);
        }
        if n >= 2 && starts_with_ignoring_case(c, input) {
            prefix = prefix.add(candidate);
        }
    }
    if let Some(found) = folded.or(prefix.single()) {
        return Suggestion::Nearest(found);
    }
    if limit == 0 {
        return Suggestion::None;
    }
    // Most typos are one edit, and then nothing is closer: the first value
    // one edit away is what the full search would pick, found far faster.
    if let Some(near) = expected
        .iter()
        .find(|e| within_one_edit(input, e.as_bytes()))
    {
        return Suggestion::Nearest(near);
    }
    if limit < 2 {
        return Suggestion::None;
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

/// What step 2 knows of the input up front: its first and last letters
/// (bytes that are not punctuation), lowercased.
#[derive(Clone, Copy)]
struct Letters {
    first: u8,
    last: u8,
}

impl Letters {
    /// The end letters of `input`, unless it has none.
    fn of(input: &[u8]) -> Option<Self> {
        Some(Letters {
            first: end_letter(input.iter())?,
            last: end_letter(input.iter().rev())?,
        })
    }

    /// True when `value` equals `input` (whose letters these are) once
    /// punctuation is dropped from both, ignoring ASCII case. The end
    /// letters reject nearly every value before the walk; each is nearly
    /// always the value's end byte.
    #[inline]
    fn same(self, input: &[u8], value: &[u8]) -> bool {
        let ends_match = |end: Option<&u8>, letter: u8, from_back: bool| match end {
            Some(&b) if !is_punctuation(b) => b.to_ascii_lowercase() == letter,
            Some(_) if from_back => end_letter(value.iter().rev()) == Some(letter),
            Some(_) => end_letter(value.iter()) == Some(letter),
            None => false,
        };
        ends_match(value.last(), self.last, true)
            && ends_match(value.first(), self.first, false)
            && same_ignoring_punctuation(input, value)
    }
}

/// The first letter `bytes` yields, lowercased: nearly always the first byte.
#[inline]
fn end_letter<'a>(mut bytes: impl Iterator<Item = &'a u8>) -> Option<u8> {
    bytes
        .find(|&&b| !is_punctuation(b))
        .map(u8::to_ascii_lowercase)
}

/// True when `a` and `b` are equal once punctuation is dropped from both,
/// ignoring ASCII case: past their common prefix, a walk that skips
/// punctuation.
fn same_ignoring_punctuation(a: &[u8], b: &[u8]) -> bool {
    let at = common_prefix(a, b);
    let mut a = a[at..].iter().filter(|&&c| !is_punctuation(c));
    let mut b = b[at..].iter().filter(|&&c| !is_punctuation(c));
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x.eq_ignore_ascii_case(y) => {}
            _ => return false,
        }
    }
}

/// True when `prefix` is a proper prefix of `value`, ignoring ASCII case;
/// its last byte first, which is where near misses and other values mostly
/// differ from it.
#[inline]
fn starts_with_ignoring_case(value: &[u8], prefix: &[u8]) -> bool {
    let n = prefix.len();
    value.len() > n
        && n > 0
        && value[n - 1].eq_ignore_ascii_case(&prefix[n - 1])
        && value[..n].eq_ignore_ascii_case(prefix)
}

/// The eight bytes of `s` from `at`, as a little-endian word.
#[inline]
fn word(s: &[u8], at: usize) -> Option<u64> {
    let bytes: [u8; 8] = s.get(at..at.checked_add(8)?)?.try_into().ok()?;
    Some(u64::from_le_bytes(bytes))
}

/// How many leading bytes `a` and `b` share, ignoring ASCII case. Eight at
/// a time while they are equal outright, which shared words mostly are.
fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    let mut at = 0;
    while at < n {
        match (word(a, at), word(b, at)) {
            (Some(x), Some(y)) if x == y => {
                at += 8;
                continue;
            }
            (Some(x), Some(y)) => at += ((x ^ y).trailing_zeros() / 8) as usize,
            _ => {
                while at < n && a[at] == b[at] {
                    at += 1;
                }
            }
        }
        // `at` is the first byte that differs outright (or the end): go on
        // past it if it differs only in case.
        if at < n && a[at].eq_ignore_ascii_case(&b[at]) {
            at += 1;
        } else {
            break;
        }
    }
    at.min(n)
}

/// How many trailing bytes `a` and `b` share, ignoring ASCII case; as
/// [`common_prefix`], from the end.
fn common_suffix(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    let mut done = 0;
    while done < n {
        let x = a.len().checked_sub(done + 8).and_then(|at| word(a, at));
        let y = b.len().checked_sub(done + 8).and_then(|at| word(b, at));
        match (x, y) {
            (Some(x), Some(y)) if x == y => {
                done += 8;
                continue;
            }
            (Some(x), Some(y)) => done += ((x ^ y).leading_zeros() / 8) as usize,
            _ => {
                while done < n && a[a.len() - 1 - done] == b[b.len() - 1 - done] {
                    done += 1;
                }
            }
        }
        if done < n && a[a.len() - 1 - done].eq_ignore_ascii_case(&b[b.len() - 1 - done]) {
            done += 1;
        } else {
            break;
        }
    }
    done.min(n)
}

/// The values an input is a prefix of, as far as step 3 cares.
#[derive(Clone, Copy)]
enum Prefix {
    /// None yet.
    None,
    /// One value, or a group of them: the first, and the part before the
    /// last punctuation that every one of them shares (`None` when the first
    /// has no punctuation, which makes it a group of one).
    One {
        first: &'static str,
        parent: Option<&'static [u8]>,
    },
    /// Values of more than one group: no suggestion.
    Many,
}

impl Prefix {
    /// The state after one more value that the input is a prefix of.
    fn add(self, value: &'static str) -> Self {
        match self {
            Prefix::None => Prefix::One {
                first: value,
                parent: parent(value.as_bytes()),
            },
            Prefix::One {
                first,
                parent: Some(p),
            } if parent(value.as_bytes()) == Some(p) => Prefix::One {
                first,
                parent: Some(p),
            },
            Prefix::One { .. } | Prefix::Many => Prefix::Many,
        }
    }

    /// The value to suggest, if the input is a prefix of one value or group.
    fn single(self) -> Option<&'static str> {
        match self {
            Prefix::One { first, .. } => Some(first),
            Prefix::None | Prefix::Many => None,
        }
    }
}

/// `value` up to its last punctuation, if it has any.
fn parent(value: &[u8]) -> Option<&[u8]> {
    let at = value.iter().rposition(|&b| is_punctuation(b))?;
    Some(&value[..at])
}

/// True when `a` and `b` are at most one substitution, insertion, deletion
/// or swap of neighbours apart, ignoring ASCII case: what remains after their
/// common prefix and suffix is that one edit.
#[inline]
fn within_one_edit(a: &[u8], b: &[u8]) -> bool {
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = common_prefix(a, b);
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = common_suffix(a, b);
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

    static MEASURANDS: &[&str] = &[
        "Current.Export",
        "Current.Import",
        "Energy.Active.Export.Register",
        "Energy.Active.Import.Register",
        "Energy.Active.Import.Interval",
        "Power.Active.Export",
        "Power.Active.Import",
        "Power.Factor",
        "SoC",
    ];

    #[test]
    fn punctuation_and_case_are_ignored_second() {
        static PHASES: &[&str] = &["L1", "L2", "L1-N", "L2-N", "L1-L2"];
        assert_eq!(suggestion("L1N", PHASES), Suggestion::Nearest("L1-N"));
        assert_eq!(suggestion("l1_l2", PHASES), Suggestion::Nearest("L1-L2"));
        assert_eq!(
            suggestion("EnergyActiveImportRegister", MEASURANDS),
            Suggestion::Nearest("Energy.Active.Import.Register")
        );
        // A case-insensitive match anywhere wins over an earlier one.
        static BOTH: &[&str] = &["A-B", "ab"];
        assert_eq!(suggestion("AB", BOTH), Suggestion::Nearest("ab"));
        assert_eq!(suggestion("...", PHASES), Suggestion::None);
    }

    #[test]
    fn a_prefix_of_one_value_or_one_group_comes_third() {
        assert_eq!(
            suggestion("Power.Active", MEASURANDS),
            Suggestion::Nearest("Power.Active.Export")
        );
        assert_eq!(
            suggestion("energy.active.import", MEASURANDS),
            Suggestion::Nearest("Energy.Active.Import.Register")
        );
        assert_eq!(
            suggestion("Current", MEASURANDS),
            Suggestion::Nearest("Current.Export")
        );
        assert_eq!(suggestion("So", MEASURANDS), Suggestion::Nearest("SoC"));
        // Two groups, or no punctuation to group by: nothing.
        assert_eq!(suggestion("Power", MEASURANDS), Suggestion::None);
        assert_eq!(suggestion("Energy.Active", MEASURANDS), Suggestion::None);
        static STATES: &[&str] = &["SuspendedEVSE", "SuspendedEV"];
        assert_eq!(suggestion("Suspend", STATES), Suggestion::None);
        // One character is no prefix.
        assert_eq!(suggestion("S", MEASURANDS), Suggestion::None);
    }

    #[test]
    fn the_edit_distance_grows_with_the_input() {
        static UNITS: &[&str] = &["Wh", "kWh", "W", "Percent", "Celsius"];
        assert_eq!(suggestion("%", UNITS), Suggestion::None);
        assert_eq!(suggestion("Wj", UNITS), Suggestion::None);
        assert_eq!(suggestion("kWj", UNITS), Suggestion::Nearest("kWh"));
        assert_eq!(suggestion("Percnet", UNITS), Suggestion::Nearest("Percent"));
        assert_eq!(suggestion("Prcnt", UNITS), Suggestion::None);
        assert_eq!(
            suggestion("Selsiuss", UNITS),
            Suggestion::Nearest("Celsius")
        );
    }

    #[test]
    fn word_wise_prefixes_and_suffixes_agree_with_a_plain_walk() {
        fn prefix(a: &[u8], b: &[u8]) -> usize {
            a.iter()
                .zip(b)
                .take_while(|(x, y)| x.eq_ignore_ascii_case(y))
                .count()
        }
        fn suffix(a: &[u8], b: &[u8]) -> usize {
            prefix(
                &a.iter().rev().copied().collect::<std::vec::Vec<_>>(),
                &b.iter().rev().copied().collect::<std::vec::Vec<_>>(),
            )
        }
        let base = b"Energy.Active.Import.Register.And.More.Words";
        for len in [0, 1, 7, 8, 9, 15, 16, 17, 29, base.len()] {
            let a = &base[..len];
            for at in 0..=len {
                for change in [None, Some(0x20u8), Some(0x01)] {
                    let mut b = a.to_vec();
                    if let (Some(bit), Some(byte)) = (change, b.get_mut(at)) {
                        *byte ^= bit;
                    }
                    for cut in [0, 1, 9] {
                        let b = &b[..b.len().saturating_sub(cut)];
                        assert_eq!(common_prefix(a, b), prefix(a, b), "{a:?} {b:?}");
                        assert_eq!(common_suffix(a, b), suffix(a, b), "{a:?} {b:?}");
                        assert_eq!(common_prefix(b, a), prefix(b, a), "{b:?} {a:?}");
                        assert_eq!(common_suffix(b, a), suffix(b, a), "{b:?} {a:?}");
                    }
                }
            }
        }
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

    /// The four steps written plainly, with none of the shortcuts.
    fn reference(input: &str, expected: &'static [&'static str]) -> Suggestion {
        use std::string::String;
        let fold = |s: &str| -> String {
            s.bytes()
                .filter(|&b| !is_punctuation(b))
                .map(|b| char::from(b.to_ascii_lowercase()))
                .collect()
        };
        let found =
            |s: Option<&&'static str>| s.map_or(Suggestion::None, |&s| Suggestion::Nearest(s));
        if input.is_empty() {
            return Suggestion::None;
        }
        if let Some(s) = expected.iter().find(|e| e.eq_ignore_ascii_case(input)) {
            return Suggestion::Nearest(s);
        }
        if !fold(input).is_empty() {
            if let Some(s) = expected.iter().find(|e| fold(e) == fold(input)) {
                return Suggestion::Nearest(s);
            }
        }
        let longer: std::vec::Vec<&&'static str> = expected
            .iter()
            .filter(|e| {
                input.len() >= 2
                    && e.len() > input.len()
                    && e.as_bytes()[..input.len()].eq_ignore_ascii_case(input.as_bytes())
            })
            .collect();
        let parents: std::vec::Vec<Option<&[u8]>> =
            longer.iter().map(|e| parent(e.as_bytes())).collect();
        let one_group = parents.windows(2).all(|w| w[0].is_some() && w[0] == w[1]);
        if longer.len() == 1 || (!longer.is_empty() && one_group) {
            return found(longer.first().copied());
        }
        let limit = match input.len() {
            0..=2 => return Suggestion::None,
            3..=5 => 1,
            6..=9 => 2,
            _ => 3,
        };
        let mut best: Option<(usize, &'static str)> = None;
        for &e in expected {
            if let Some(d) = distance(input.as_bytes(), e.as_bytes(), limit) {
                if best.is_none_or(|(b, _)| d < b) {
                    best = Some((d, e));
                }
            }
        }
        best.map_or(Suggestion::None, |(_, s)| Suggestion::Nearest(s))
    }

    #[test]
    fn the_shortcuts_change_no_suggestion() {
        use std::format;
        use std::string::String;
        let mut checked = 0;
        for info in crate::v16::ENUMS {
            let expected = info.variants();
            let mut inputs: std::vec::Vec<String> = std::vec::Vec::new();
            for wire in expected.iter().chain(info.aliases().iter().map(|(a, _)| a)) {
                let b = wire.as_bytes();
                inputs.push(wire.to_ascii_lowercase());
                inputs.push(fold_rust_name(wire));
                for i in 0..b.len() {
                    let (head, tail) = (&wire[..i], &wire[i + 1..]);
                    inputs.push(format!("{head}{tail}"));
                    inputs.push(head.into());
                    inputs.push(format!("{head}x{tail}"));
                    inputs.push(format!("{head}.{}", &wire[i..]));
                    inputs.push(format!("{head}{}{tail}", char::from(b[i] ^ 0x20)));
                }
            }
            inputs.extend(["", ".", "-x", "%", "ab", "Zzzzzzzzzzzzzz"].map(String::from));
            for input in &inputs {
                assert_eq!(
                    suggestion(input, expected),
                    reference(input, expected),
                    "{}: {input:?}",
                    info.name()
                );
                checked += 1;
            }
        }
        assert!(checked > 10_000, "{checked}");
    }

    /// `wire` as a Rust name might spell it: punctuation dropped.
    fn fold_rust_name(wire: &str) -> std::string::String {
        wire.chars().filter(|c| !is_punctuation(*c as u8)).collect()
    }
}
