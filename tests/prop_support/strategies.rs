//! Input strategies: arbitrary text, arbitrary bytes, and near misses of the
//! spellings an enum knows (where lookup bugs hide).

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;

/// Characters that trip careless case folding or byte tricks: Unicode
/// lookalikes of ASCII letters, the ASCII neighbours of `A`-`Z` and `a`-`z`
/// (which differ from each other by the 0x20 case bit), control and
/// invisible characters, and multi-byte UTF-8.
const TRICKY: &[char] = &[
    '\u{212a}', // KELVIN SIGN: Unicode lowercases it to `k`
    '\u{17f}',  // LONG S: Unicode uppercases it to `S`
    '\u{130}',
    '\u{131}',
    'é',
    'É',
    'ß',
    '\u{301}',
    '@',
    '[',
    '`',
    '{',
    '\\',
    '|',
    ']',
    '}',
    '^',
    '~',
    '_',
    '\u{7f}',
    '\0',
    '\t',
    '\n',
    '\r',
    ' ',
    '\u{a0}',
    '\u{85}',
    '\u{80}',
    '\u{ff}',
    '\u{200b}',
    '\u{feff}',
    '\u{fffd}',
    '\u{10ffff}',
    '😀',
    '"',
    '.',
    '-',
];

/// Any character, printable ASCII more often, tricky ones often.
pub fn any_char() -> impl Strategy<Value = char> {
    prop_oneof![
        3 => any::<char>(),
        3 => (0x20u8..0x7f).prop_map(char::from),
        2 => select(TRICKY),
    ]
}

/// Arbitrary text: any characters (control and multi-byte included), any
/// bytes made into a string, or printable ASCII.
pub fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        vec(any_char(), 0..40).prop_map(String::from_iter),
        vec(any::<u8>(), 0..64).prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
        "[ -~]{0,40}",
    ]
}

/// One change to a string, at a position taken modulo its length.
#[derive(Debug, Clone)]
pub enum Edit {
    /// Swap the ASCII case of one letter.
    FlipCase(usize),
    /// Flip the 0x20 bit of one ASCII character, letter or not (`@` <-> `` ` ``).
    FlipBit5(usize),
    /// Swap the ASCII case of every letter.
    FlipAll,
    Delete(usize),
    Insert(usize, char),
    Replace(usize, char),
    Truncate(usize),
    Append(char),
    Prepend(char),
    /// Append the string to itself.
    Double,
    /// Append another spelling.
    Concat(&'static str),
}

fn edit(spellings: &[&'static str]) -> impl Strategy<Value = Edit> {
    let at = any::<usize>();
    prop_oneof![
        3 => at.prop_map(Edit::FlipCase),
        2 => at.prop_map(Edit::FlipBit5),
        1 => Just(Edit::FlipAll),
        2 => at.prop_map(Edit::Delete),
        2 => (at, any_char()).prop_map(|(i, c)| Edit::Insert(i, c)),
        3 => (at, any_char()).prop_map(|(i, c)| Edit::Replace(i, c)),
        1 => at.prop_map(Edit::Truncate),
        2 => any_char().prop_map(Edit::Append),
        1 => any_char().prop_map(Edit::Prepend),
        1 => Just(Edit::Double),
        1 => select(spellings.to_vec()).prop_map(Edit::Concat),
    ]
}

/// Applies `edits` to `s`.
pub fn apply(s: &str, edits: &[Edit]) -> String {
    let mut cs: Vec<char> = s.chars().collect();
    for e in edits {
        let n = cs.len();
        let at = |i: usize| if n == 0 { 0 } else { i % n };
        match *e {
            Edit::FlipCase(i) if n > 0 => {
                let c = &mut cs[at(i)];
                *c = if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
            }
            Edit::FlipBit5(i) if n > 0 => {
                let c = &mut cs[at(i)];
                if c.is_ascii() {
                    *c = char::from(*c as u8 ^ 0x20);
                }
            }
            Edit::FlipAll => {
                for c in &mut cs {
                    *c = if c.is_ascii_uppercase() {
                        c.to_ascii_lowercase()
                    } else {
                        c.to_ascii_uppercase()
                    };
                }
            }
            Edit::Delete(i) if n > 0 => {
                cs.remove(at(i));
            }
            Edit::Insert(i, c) => cs.insert(i % (n + 1), c),
            Edit::Replace(i, c) if n > 0 => cs[at(i)] = c,
            Edit::Truncate(i) => cs.truncate(i % (n + 1)),
            Edit::Append(c) => cs.push(c),
            Edit::Prepend(c) => cs.insert(0, c),
            Edit::Double => cs.extend_from_within(..),
            Edit::Concat(t) => cs.extend(t.chars()),
            _ => {}
        }
    }
    cs.into_iter().collect()
}

/// A spelling from `spellings`, unchanged or with up to three edits.
pub fn near(spellings: Vec<&'static str>) -> impl Strategy<Value = String> {
    let edits = vec(edit(&spellings), 0..4);
    (select(spellings), edits).prop_map(|(s, edits)| apply(s, &edits))
}

/// JSON escapes, valid and not (lone surrogates, unknown, unfinished).
const ESCAPES: &[&str] = &[
    "\\\"",
    "\\\\",
    "\\/",
    "\\b",
    "\\f",
    "\\n",
    "\\r",
    "\\t",
    "\\u0000",
    "\\u0041",
    "\\u00e9",
    "\\ud83d\\ude00",
    "\\ud800",
    "\\udc00",
    "\\u212a",
    "\\x",
    "\\",
];

/// Bytes for serde_json: anything, or a JSON string around arbitrary bytes
/// or escapes, or around a spelling.
pub fn json_bytes(spellings: Vec<&'static str>) -> impl Strategy<Value = Vec<u8>> {
    let escape = select(ESCAPES);
    let piece = prop_oneof![
        vec(any::<u8>(), 0..6),
        escape.prop_map(|e| e.as_bytes().to_vec()),
        near(spellings).prop_map(String::into_bytes),
    ];
    prop_oneof![
        1 => vec(any::<u8>(), 0..32),
        3 => vec(piece, 0..4).prop_map(|pieces| {
            let mut out = vec![b'"'];
            out.extend(pieces.concat());
            out.push(b'"');
            out
        }),
    ]
}
