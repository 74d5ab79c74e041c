//! A reference model of parsing, and the checks that every derived enum must
//! pass against it for any input.
//!
//! The model is a hash map over the spellings the enum declares, built from
//! `VARIANTS` and an alias list (hand-written for test enums and checked
//! against `ALIASES`, or for the catalogue taken from `ALIASES`), so it
//! shares nothing with the generated lookup it judges. Every
//! check panics with the enum's name and the input on a mismatch, which is
//! what both proptest (it shrinks the input) and libFuzzer (it saves it)
//! need. The fuzz target includes this file by path.

use std::collections::HashMap;
use std::fmt::{Debug, Display};
use std::str::FromStr;

use ocpp_enums::{EnumInfo, OcppEnum, Open, ParseError};
use serde::de::value::{
    BytesDeserializer, Error as ValueError, StrDeserializer, StringDeserializer,
};
use serde::de::{Deserialize, DeserializeOwned};
use serde::Serialize;

/// Everything a derived enum implements, as one bound.
pub trait Subject:
    OcppEnum
    + Clone
    + PartialEq
    + Debug
    + Display
    + AsRef<str>
    + FromStr<Err = ParseError>
    + for<'a> TryFrom<&'a str, Error = ParseError>
    + Serialize
    + DeserializeOwned
{
}

impl<T> Subject for T where
    T: OcppEnum
        + Clone
        + PartialEq
        + Debug
        + Display
        + AsRef<str>
        + FromStr<Err = ParseError>
        + for<'a> TryFrom<&'a str, Error = ParseError>
        + Serialize
        + DeserializeOwned
{
}

/// What an enum declares, written down independently of the derive.
pub struct Model {
    /// `OcppEnum::NAME`.
    pub name: &'static str,
    /// The canonical wire strings, in declaration order.
    pub variants: &'static [&'static str],
    /// Every spelling (canonical first, then its aliases, in declaration
    /// order) and the index of its variant in `ALL`.
    pub spellings: Vec<(&'static str, usize)>,
    /// `#[ocpp(ascii_case_insensitive)]`.
    pub caseless: bool,
    /// Has an `#[ocpp(other)]` catch-all.
    pub other: bool,
    /// Each spelling's first variant, by spelling.
    exact: HashMap<&'static str, usize>,
    /// The first variant with each spelling, ASCII-lowercased.
    lowered: HashMap<String, usize>,
}

impl Model {
    /// The model of `E`, given its aliases as `(alias, canonical)` pairs in
    /// declaration order, whether it ignores case and whether it has a
    /// catch-all. Checks that `E`'s introspection (`ALIASES`,
    /// `ASCII_CASE_INSENSITIVE`, `EnumInfo`) says the same.
    pub fn new<E: OcppEnum>(
        name: &'static str,
        aliases: &[(&'static str, &'static str)],
        caseless: bool,
        other: bool,
    ) -> Self {
        for (alias, canonical) in aliases {
            assert!(
                E::VARIANTS.contains(canonical),
                "{name}: alias {alias:?} names {canonical:?}, which is not a wire string"
            );
        }
        assert_eq!(declared_aliases::<E>(), aliases, "{name}::ALIASES");
        assert_eq!(
            E::ASCII_CASE_INSENSITIVE,
            caseless,
            "{name}::ASCII_CASE_INSENSITIVE"
        );
        let info = EnumInfo::of::<E>();
        assert_eq!(info.name(), E::NAME, "{name}: EnumInfo");
        assert_eq!(info.variants(), E::VARIANTS, "{name}: EnumInfo");
        let indices: Vec<(&str, usize)> = aliases
            .iter()
            .map(|&(alias, canonical)| {
                (
                    alias,
                    E::VARIANTS.iter().position(|&w| w == canonical).unwrap(),
                )
            })
            .collect();
        assert_eq!(info.aliases(), indices, "{name}: EnumInfo");
        assert_eq!(info.ascii_case_insensitive(), caseless, "{name}: EnumInfo");
        assert_eq!(info.has_catch_all(), other, "{name}: EnumInfo");
        let spellings = E::VARIANTS
            .iter()
            .enumerate()
            .flat_map(|(i, &wire)| {
                std::iter::once((wire, i)).chain(
                    aliases
                        .iter()
                        .filter(move |&&(_, canonical)| canonical == wire)
                        .map(move |&(alias, _)| (alias, i)),
                )
            })
            .collect::<Vec<_>>();
        let (mut exact, mut lowered) = (HashMap::new(), HashMap::new());
        for &(w, i) in &spellings {
            exact.entry(w).or_insert(i);
            lowered.entry(w.to_ascii_lowercase()).or_insert(i);
        }
        Model {
            name,
            variants: E::VARIANTS,
            spellings,
            caseless,
            other,
            exact,
            lowered,
        }
    }

    /// The model of `E` as `E` describes itself: its introspection, which
    /// [`new`](Self::new) checks against a hand-written description, taken
    /// as it is (for the catalogue, whose sources are the description).
    pub fn declared<E: OcppEnum>() -> Self {
        let info = EnumInfo::of::<E>();
        Self::new::<E>(
            E::NAME,
            &declared_aliases::<E>(),
            E::ASCII_CASE_INSENSITIVE,
            info.has_catch_all(),
        )
    }

    /// The variant of the spelling equal to `s`.
    fn exact(&self, s: &str) -> Option<usize> {
        self.exact.get(s).copied()
    }

    /// The variant of the first declared spelling equal to `s` ignoring
    /// ASCII case.
    fn first_ignoring_case(&self, s: &str) -> Option<usize> {
        self.lowered.get(&s.to_ascii_lowercase()).copied()
    }

    /// The variant `from_wire(s)` must return: a spelling, compared exactly
    /// or, for a case-insensitive enum, ignoring ASCII case.
    pub fn lookup(&self, s: &str) -> Option<usize> {
        if self.caseless {
            self.first_ignoring_case(s)
        } else {
            self.exact(s)
        }
    }

    /// The variant `from_wire_ignore_ascii_case(s)` must return: an exact
    /// match wins, else the first spelling equal ignoring ASCII case.
    pub fn lookup_ignoring_case(&self, s: &str) -> Option<usize> {
        self.exact(s).or_else(|| self.first_ignoring_case(s))
    }
}

/// `E::ALIASES` as `(alias, canonical wire string)` pairs.
fn declared_aliases<E: OcppEnum>() -> Vec<(&'static str, &'static str)> {
    E::ALIASES
        .iter()
        .map(|(alias, variant)| (*alias, variant.as_str()))
        .collect()
}

fn nth<E: Subject>(i: Option<usize>) -> Option<E> {
    i.map(|i| E::ALL[i].clone())
}

/// Checks every way of parsing `s` as `E`, and `Open<E>`, against the model.
pub fn check<E: Subject>(m: &Model, s: &str) {
    let name = m.name;
    let want: Option<E> = nth(m.lookup(s));
    assert_eq!(E::from_wire(s), want, "{name}::from_wire({s:?})");
    assert_eq!(E::is_valid(s), want.is_some(), "{name}::is_valid({s:?})");
    assert_eq!(
        E::from_wire_ignore_ascii_case(s),
        nth::<E>(m.lookup_ignoring_case(s)),
        "{name}::from_wire_ignore_ascii_case({s:?})"
    );

    let parsed = s.parse::<E>();
    match (&want, &parsed) {
        (Some(v), Ok(p)) => {
            assert_eq!(p, v, "{name}: {s:?}.parse()");
            // A known spelling normalises to the canonical wire string.
            assert_eq!(p.as_str(), m.variants[m.lookup(s).unwrap()]);
        }
        (None, Ok(p)) => {
            assert!(m.other, "{name}: {s:?}.parse() accepted {p:?}");
            // The catch-all keeps any text it does not know byte for byte.
            assert_eq!(p.as_str(), s, "{name}: catch-all of {s:?}");
            assert_eq!(p.as_ref(), s);
            assert_eq!(p.to_string(), s);
            assert!(!E::ALL.contains(p), "{name}: catch-all {p:?} is in ALL");
            assert!(!E::is_valid(p.as_str()));
        }
        (None, Err(e)) => {
            assert!(!m.other, "{name}: {s:?}.parse() failed despite a catch-all");
            assert_eq!(e.input(), s);
            assert_eq!(e.enum_name(), E::NAME);
            assert_eq!(e.expected(), E::VARIANTS);
            let shown = e.to_string();
            assert!(
                shown.starts_with(&format!("unknown {name} ")),
                "{name}: {shown:?}"
            );
            // Long input is echoed cut at a character boundary, and says so.
            let truncated = format!(" (truncated, {} bytes)", s.len());
            assert_eq!(
                shown.contains(&truncated),
                s.chars().count() > 64,
                "{shown}"
            );
            if let Some(hint) = e.suggestion() {
                assert!(E::VARIANTS.contains(&hint), "{name}: suggests {hint:?}");
                assert!(
                    shown.ends_with(&format!("did you mean {hint:?}?")),
                    "{shown}"
                );
            }
            let _ = format!("{e:?}");
        }
        (Some(v), Err(e)) => panic!("{name}: {s:?}.parse() failed ({e}), expected {v:?}"),
    }
    assert_eq!(E::try_from(s), parsed, "{name}::try_from({s:?})");

    // Serde, through each path serde_json takes: a borrowed string (no
    // escapes), a transient one (escapes), and an owned one (`Value`).
    let json = serde_json::to_string(s).unwrap();
    let via_str = serde_json::from_str::<E>(&json);
    assert_eq!(
        via_str.as_ref().ok(),
        parsed.as_ref().ok(),
        "{name}: {json}"
    );
    let via_value = serde_json::from_value::<E>(serde_json::Value::String(s.to_owned()));
    assert_eq!(
        via_value.as_ref().ok(),
        parsed.as_ref().ok(),
        "{name}: {json}"
    );
    if let Ok(v) = &parsed {
        let out = serde_json::to_string(v).unwrap();
        assert_eq!(out, serde_json::to_string(v.as_str()).unwrap());
        assert_eq!(
            &serde_json::from_str::<E>(&out).unwrap(),
            v,
            "{name}: {out}"
        );
    }

    // Serde's own deserializers: a borrowed and an owned string, and the
    // text as bytes (which some formats hand over for strings).
    assert_eq!(
        E::deserialize(StrDeserializer::<ValueError>::new(s)).ok(),
        parsed.as_ref().ok().cloned(),
        "{name}: StrDeserializer({s:?})"
    );
    assert_eq!(
        E::deserialize(StringDeserializer::<ValueError>::new(s.to_owned())).ok(),
        parsed.as_ref().ok().cloned(),
        "{name}: StringDeserializer({s:?})"
    );
    assert_eq!(
        E::deserialize(BytesDeserializer::<ValueError>::new(s.as_bytes())).ok(),
        parsed.as_ref().ok().cloned(),
        "{name}: BytesDeserializer({s:?})"
    );

    // Open<E>: Known exactly when from_wire knows the text, and then
    // written canonical; anything else is kept byte for byte.
    let open = Open::<E>::new(s);
    assert_eq!(open.known(), want.as_ref(), "{name}: Open::new({s:?})");
    assert_eq!(open.is_known(), want.is_some());
    let written = match m.lookup(s) {
        Some(i) => m.variants[i],
        None => s,
    };
    assert_eq!(open.as_str(), written, "{name}: Open::new({s:?})");
    assert_eq!(open.resolve(), want, "{name}: Open({s:?}).resolve()");
    assert_eq!(Open::<E>::from_string(s.to_owned()), open);
    assert_eq!(Open::<E>::from(s), open);
    assert_eq!(s.parse::<Open<E>>(), Ok(open.clone()));
    assert_eq!(open.to_string(), written);
    assert_eq!(open.as_ref(), written);
    let out = serde_json::to_string(&open).unwrap();
    assert_eq!(
        out,
        serde_json::to_string(written).unwrap(),
        "{name}: Open({s:?}) serialized"
    );
    assert_eq!(serde_json::from_str::<Open<E>>(&out).unwrap(), open);
    let owned = serde_json::from_value::<Open<E>>(serde_json::Value::String(s.to_owned()));
    assert_eq!(owned.unwrap(), open);
    // Whatever E accepts, Open<E> accepts too.
    let de = StrDeserializer::<ValueError>::new(s);
    assert_eq!(
        Open::<E>::deserialize(de),
        Ok(open.clone()),
        "{name}: {s:?}"
    );
    let de = StringDeserializer::<ValueError>::new(s.to_owned());
    assert_eq!(
        Open::<E>::deserialize(de),
        Ok(open.clone()),
        "{name}: {s:?}"
    );
    let de = BytesDeserializer::<ValueError>::new(s.as_bytes());
    assert_eq!(
        Open::<E>::deserialize(de),
        Ok(open),
        "{name}: Open from BytesDeserializer({s:?})"
    );
}

/// The core of [`check`], cheap enough for a fast fuzz target: the three
/// lookups and the verdict of `FromStr`, without serde, `Open` or messages.
pub fn check_lookup<E: Subject>(m: &Model, s: &str) {
    let name = m.name;
    let want: Option<E> = nth(m.lookup(s));
    assert_eq!(E::from_wire(s), want, "{name}::from_wire({s:?})");
    assert_eq!(E::is_valid(s), want.is_some(), "{name}::is_valid({s:?})");
    assert_eq!(
        E::from_wire_ignore_ascii_case(s),
        nth::<E>(m.lookup_ignoring_case(s)),
        "{name}::from_wire_ignore_ascii_case({s:?})"
    );
    match (s.parse::<E>(), want) {
        (Ok(p), Some(v)) => assert_eq!(p, v, "{name}: {s:?}.parse()"),
        (Ok(p), None) => assert!(m.other && p.as_str() == s, "{name}: {s:?} gave {p:?}"),
        (Err(e), None) => assert!(!m.other && e.input() == s, "{name}: {s:?}"),
        (Err(e), Some(v)) => panic!("{name}: {s:?}.parse() failed ({e:?}), expected {v:?}"),
    }
}

/// Feeds raw bytes to serde_json as `E` and as `Open<E>`: each must agree
/// with deserializing a `String` and then parsing it.
pub fn check_json<E: Subject>(m: &Model, data: &[u8]) {
    let name = m.name;
    let text = serde_json::from_slice::<String>(data);
    let as_enum = serde_json::from_slice::<E>(data);
    let as_open = serde_json::from_slice::<Open<E>>(data);
    match text {
        Ok(text) => {
            assert_eq!(as_enum.ok(), text.parse::<E>().ok(), "{name}: {data:?}");
            assert_eq!(as_open.unwrap(), Open::new(&text), "{name}: {data:?}");
        }
        Err(_) => {
            assert!(as_enum.is_err(), "{name}: {data:?} is no string");
            assert!(as_open.is_err(), "{name}: {data:?} is no string");
        }
    }
    // The same bytes as a byte string, borrowed or owned: UTF-8 or
    // rejected, by both.
    let borrowed = BytesDeserializer::<ValueError>::new(data);
    let owned = ByteBuf(data.to_vec());
    let results = [
        (E::deserialize(borrowed), Open::<E>::deserialize(borrowed)),
        (E::deserialize(owned.clone()), Open::<E>::deserialize(owned)),
    ];
    for (as_enum, as_open) in results {
        match std::str::from_utf8(data) {
            Ok(text) => {
                assert_eq!(as_enum.ok(), text.parse::<E>().ok(), "{name}: {data:?}");
                assert_eq!(as_open, Ok(Open::new(text)), "{name}: {data:?}");
            }
            Err(_) => {
                assert!(as_enum.is_err(), "{name}: {data:?} is no UTF-8");
                assert!(as_open.is_err(), "{name}: {data:?} is no UTF-8");
            }
        }
    }
}

/// A deserializer that hands over an owned byte buffer (`visit_byte_buf`),
/// which serde's `value` module lacks.
#[derive(Clone)]
struct ByteBuf(Vec<u8>);

impl<'de> serde::Deserializer<'de> for ByteBuf {
    type Error = ValueError;

    fn deserialize_any<V: serde::de::Visitor<'de>>(self, v: V) -> Result<V::Value, ValueError> {
        v.visit_byte_buf(self.0)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

/// Checks every variant's round trip, the constants, and the model's
/// spellings (with their case changed) through [`check`].
pub fn check_variants<E: Subject>(m: &Model) {
    check_round_trips::<E>(m);
    check_casings_sampled::<E>(m, 1);
}

/// Checks the constants and every variant's round trip.
pub fn check_round_trips<E: Subject>(m: &Model) {
    let name = m.name;
    assert_eq!(E::NAME, name);
    assert_eq!(E::VARIANTS, m.variants);
    assert_eq!(E::COUNT, E::ALL.len(), "{name}::COUNT");
    assert_eq!(E::COUNT, E::VARIANTS.len(), "{name}::COUNT");
    assert!(E::COUNT > 0, "{name} is empty");
    assert!(E::iter().eq(E::ALL.iter().cloned()));
    for (i, v) in E::ALL.iter().enumerate() {
        let wire = v.as_str();
        assert_eq!(wire, E::VARIANTS[i], "{name}::ALL[{i}]");
        assert!(!E::VARIANTS[..i].contains(&wire), "{name}: {wire:?} twice");
        assert_eq!(E::from_wire(wire).as_ref(), Some(v), "{name}: {wire:?}");
        assert_eq!(E::from_wire_ignore_ascii_case(wire).as_ref(), Some(v));
        assert_eq!(wire.parse::<E>().as_ref(), Ok(v), "{name}: {wire:?}");
        assert_eq!(E::try_from(wire).as_ref(), Ok(v));
        assert_eq!(v.to_string(), wire);
        assert_eq!(v.as_ref(), wire);
        assert_eq!(format!("{v:>64}"), format!("{wire:>64}"));
        assert_eq!(format!("{v:-<3}"), format!("{wire:-<3}"));
        let json = serde_json::to_string(v).unwrap();
        assert_eq!(json, serde_json::to_string(wire).unwrap());
        assert_eq!(&serde_json::from_str::<E>(&json).unwrap(), v);
        assert_eq!(Open::<E>::new(wire), Open::Known(v.clone()));
        assert_eq!(Open::from(v.clone()).as_str(), wire);
        assert_eq!(serde_json::to_string(&Open::from(v.clone())).unwrap(), json);
    }
}

/// [`check`] of every `stride`-th spelling as declared, in lowercase, in
/// uppercase and with its case swapped.
pub fn check_casings_sampled<E: Subject>(m: &Model, stride: usize) {
    for &(spelling, _) in m.spellings.iter().step_by(stride) {
        for s in [
            spelling.to_owned(),
            spelling.to_ascii_lowercase(),
            spelling.to_ascii_uppercase(),
            flip_case(spelling),
        ] {
            check::<E>(m, &s);
        }
    }
}

/// Every proper prefix and suffix of every spelling: the lookup must reject
/// them all (bar other spellings) whatever its length checks.
pub fn check_affixes<E: Subject>(m: &Model) {
    check_affixes_sampled::<E>(m, 1);
}

/// [`check_affixes`] of every `stride`-th spelling only, for enums so large
/// that all of them would slow the suite down.
pub fn check_affixes_sampled<E: Subject>(m: &Model, stride: usize) {
    for &(spelling, _) in m.spellings.iter().step_by(stride) {
        for (i, _) in spelling.char_indices().skip(1) {
            check::<E>(m, &spelling[..i]);
            check::<E>(m, &spelling[i..]);
        }
    }
}

/// `s` with the ASCII case of every letter swapped.
pub fn flip_case(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_uppercase() {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            }
        })
        .collect()
}

/// Inputs worth checking against every enum: empty, whitespace, control
/// characters, lookalikes of ASCII letters, multi-byte UTF-8, and lengths
/// around the limits of the error message and of the suggestion.
pub fn edge_strings() -> Vec<String> {
    let mut out: Vec<String> = [
        "",
        " ",
        "  ",
        "\t",
        "\n",
        "\r\n",
        "\0",
        "\0\0\0\0\0\0\0\0\0",
        "\u{7f}",
        "\u{80}",
        "\u{a0}",
        "\u{feff}",
        "\u{200b}",
        "\u{fffd}",
        "\u{10ffff}",
        "é",
        "😀",
        "\u{212a}Wh", // KELVIN SIGN, which Unicode lowercases to `k`
        "\u{17f}oC",  // LATIN SMALL LETTER LONG S, which uppercases to `S`
        "\u{130}",
        "\u{131}",
        "@",
        "`",
        "[",
        "{",
        "\"",
        "\\",
        "\\u0000",
        "null",
        "Available\0",
        "\0Available",
        " Available",
        "Available ",
        "Available\n",
        "Available\u{200b}",
        "AVAILABLE",
        "available",
        "Accepted",
        "accepted",
        "kWh",
        "KWH",
        "kwh",
        "\u{212a}wh",
        "Celcius",
        "celcius",
        "FormatViolation",
        "heartbeatinterval",
        "HEARTBEATINTERVAL",
        "HeartbeatInterval",
        "Heartbeatİnterval",
        "Energy.Active.Import.Register",
        "energy.active.import.register",
        "Energy.Active.Import.Registe",
        "Energy.Active.Import.Register.",
        "Energy\u{2024}Active\u{2024}Import\u{2024}Register",
        "L1-N",
        "l1-n",
        "L1\u{2010}N",
        "SoC",
        "SOC",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for n in [7, 8, 9, 63, 64, 65, 66, 200, 5000] {
        out.push("a".repeat(n));
        out.push("é".repeat(n));
        out.push(format!("{}😀", "A".repeat(n)));
        out.push(format!("{}\u{301}", "Available".repeat(n / 9 + 1)));
    }
    out
}
