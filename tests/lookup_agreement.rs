//! The generated lookup agrees with a plain linear search.
//!
//! For every enumeration of the catalogue, and for enums built to take the
//! other paths of the lookup (the linear fallback, long spellings, aliases,
//! spellings that differ only in case), `from_wire` and
//! `from_wire_ignore_ascii_case` must return what a linear search over the
//! spellings returns, on every spelling and on its near misses: one byte
//! changed, added or removed, case flipped, truncated or extended.
//!
//! The catalogue's spellings, aliases included, come from each enum's
//! introspection (`VARIANTS`, `ALIASES`, `ASCII_CASE_INSENSITIVE`), so a new
//! enum or alias is checked without editing this file.

use std::fmt::Debug;

use ocpp_enums::{v16, v201, v21, OcppEnum};

/// The spellings of one enum: `(spelling, variant index)`, canonical
/// spellings first in declaration order, then aliases.
struct Spellings {
    list: Vec<(String, usize)>,
    ignore_case: bool,
}

impl Spellings {
    fn new(variants: &[(&str, &[&str])], ignore_case: bool) -> Self {
        let canonical = variants
            .iter()
            .enumerate()
            .map(|(i, (w, _))| (w.to_string(), i));
        let aliases = variants
            .iter()
            .enumerate()
            .flat_map(|(i, (_, aliases))| aliases.iter().map(move |a| (a.to_string(), i)));
        Spellings {
            list: canonical.chain(aliases).collect(),
            ignore_case,
        }
    }

    /// The variant an exact search finds.
    fn exact(&self, s: &str) -> Option<usize> {
        self.list.iter().find(|(w, _)| w == s).map(|&(_, i)| i)
    }

    /// The variant a search ignoring ASCII case finds: an exact match wins,
    /// then the first declared.
    fn ignoring_case(&self, s: &str) -> Option<usize> {
        self.exact(s).or_else(|| {
            // Declaration order: each variant's canonical spelling, then its
            // aliases, as the derive's keys are ordered.
            let mut best: Option<(usize, usize)> = None;
            for (at, (w, i)) in self.list.iter().enumerate() {
                if w.eq_ignore_ascii_case(s) {
                    let order = (*i, at);
                    if best.is_none_or(|b| order < b) {
                        best = Some(order);
                    }
                }
            }
            best.map(|(i, _)| i)
        })
    }
}

/// Every near miss of `s` this test tries.
fn near_misses(s: &str) -> Vec<String> {
    const SUBSTITUTES: &[&str] = &["a", "Z", ".", "-", "_", "0", "\u{0}", "\u{7f}", "é", "€"];
    let b = s.as_bytes();
    let mut out = vec![
        s.to_ascii_lowercase(),
        s.to_ascii_uppercase(),
        s.bytes()
            .map(|c| {
                (if c.is_ascii_lowercase() {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }) as char
            })
            .collect(),
        format!("{s}{s}"),
        format!(" {s}"),
        format!("{s} "),
        s.repeat(70 / s.len() + 1),
    ];
    for i in 0..b.len() {
        let (head, tail) = (&s[..i], &s[i + 1..]);
        let c = b[i];
        // One byte changed: neighbours, the case bit, and a few others.
        for d in [
            c.wrapping_add(1),
            c.wrapping_sub(1),
            c ^ 0x20,
            c ^ 0x01,
            c ^ 0x10,
        ] {
            if d.is_ascii() {
                out.push(format!("{head}{}{tail}", d as char));
            }
        }
        for sub in SUBSTITUTES {
            out.push(format!("{head}{sub}{tail}"));
        }
        // One byte removed, and the string cut there.
        out.push(format!("{head}{tail}"));
        out.push(head.to_owned());
        out.push(tail.to_owned());
        // One byte added.
        for add in SUBSTITUTES {
            out.push(format!("{head}{add}{}", &s[i..]));
        }
        // Two neighbours swapped.
        if i + 1 < b.len() {
            let mut swapped = b.to_vec();
            swapped.swap(i, i + 1);
            out.push(String::from_utf8(swapped).expect("ASCII"));
        }
    }
    for add in SUBSTITUTES {
        out.push(format!("{s}{add}"));
    }
    out
}

/// Inputs unrelated to any spelling.
fn odd_inputs() -> Vec<String> {
    let mut out: Vec<String> = [
        "",
        " ",
        "\u{0}",
        "é",
        "€uro",
        "\u{7f}\u{7f}\u{7f}\u{7f}\u{7f}\u{7f}\u{7f}\u{7f}\u{7f}",
    ]
    .map(String::from)
    .to_vec();
    for n in 1..=80 {
        out.push("a".repeat(n));
        out.push("\u{0}".repeat(n));
        out.push("\u{ff}".repeat(n / 2 + 1));
    }
    out
}

/// Checks both lookups of `E` on every spelling, near miss and probe.
fn check<E: OcppEnum + PartialEq + Debug>(spellings: &Spellings, probes: &[String]) -> usize {
    let index = |v: Option<E>| {
        v.map(|v| {
            E::ALL
                .iter()
                .position(|x| *x == v)
                .expect("a known variant")
        })
    };
    let mut inputs: Vec<String> = probes.to_vec();
    for (s, _) in &spellings.list {
        inputs.push(s.clone());
        inputs.extend(near_misses(s));
    }
    for s in &inputs {
        let expected = if spellings.ignore_case {
            spellings.ignoring_case(s)
        } else {
            spellings.exact(s)
        };
        assert_eq!(
            index(E::from_wire(s)),
            expected,
            "{}::from_wire({s:?})",
            E::NAME
        );
        assert_eq!(
            index(E::from_wire_ignore_ascii_case(s)),
            spellings.ignoring_case(s),
            "{}::from_wire_ignore_ascii_case({s:?})",
            E::NAME
        );
        assert_eq!(
            E::is_valid(s),
            expected.is_some(),
            "{}::is_valid({s:?})",
            E::NAME
        );
    }
    inputs.len()
}

/// The spellings `E` declares, as `(wire, aliases)` per variant.
fn declared<E: OcppEnum>() -> Vec<(&'static str, Vec<&'static str>)> {
    E::VARIANTS
        .iter()
        .map(|&wire| {
            let aliases = E::ALIASES
                .iter()
                .filter(|(_, v)| v.as_str() == wire)
                .map(|&(alias, _)| alias)
                .collect();
            (wire, aliases)
        })
        .collect()
}

#[test]
fn catalogue_lookups_agree_with_a_linear_search() {
    let registries = [v16::ENUMS, v201::ENUMS, v21::ENUMS];
    let mut probes = odd_inputs();
    for e in registries.iter().copied().flatten() {
        probes.extend(e.variants().iter().map(|s| s.to_string()));
        probes.extend(e.aliases().iter().map(|(s, _)| s.to_string()));
    }
    probes.sort();
    probes.dedup();
    let mut checked = Vec::new();
    let mut inputs = 0;
    macro_rules! check_all {
        ([$m:ident] $($name:ident),* $(,)?) => {$(
            let variants = declared::<$m::$name>();
            let variants: Vec<(&str, &[&str])> = variants.iter().map(|(w, a)| (*w, a.as_slice())).collect();
            let spellings = Spellings::new(&variants, $m::$name::ASCII_CASE_INSENSITIVE);
            assert_eq!(
                spellings.list.len(),
                $m::$name::COUNT + $m::$name::ALIASES.len(),
                "an alias of {} names no variant",
                stringify!($name)
            );
            inputs += check::<$m::$name>(&spellings, &probes);
            checked.push(stringify!($name));
        )*};
    }
    ocpp_enums::for_each_v16_enum!(check_all v16);
    ocpp_enums::for_each_v201_enum!(check_all v201);
    ocpp_enums::for_each_v21_enum!(check_all v21);
    let all: Vec<&str> = registries
        .iter()
        .copied()
        .flatten()
        .map(|e| e.name())
        .collect();
    assert_eq!(checked, all);
    const { assert!(v16::ConfigurationKey::ASCII_CASE_INSENSITIVE) };
    assert!(!v16::UnitOfMeasure::ALIASES.is_empty());
    assert!(inputs > 100_000, "{inputs}");
}

/// Declares the same variants twice: exact, and `ascii_case_insensitive`.
macro_rules! exact_and_ignoring_case {
    ($(#[$doc:meta])* $exact:ident, $ignoring:ident { $($variants:tt)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
        enum $exact { $($variants)* }

        $(#[$doc])*
        /// The same spellings, ignoring case.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
        #[ocpp(ascii_case_insensitive)]
        enum $ignoring { $($variants)* }
    };
}

exact_and_ignoring_case! {
    /// Spellings no three words tell apart (the same as `COLLIDING` in the
    /// derive's `phf` tests, which checks the search gives up on them): the
    /// runtime searches them one by one.
    Colliding, CollidingIgnoringCase {
    #[ocpp("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    A,
    #[ocpp("aaabaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    B,
    #[ocpp("aaaaaaaaaaabaaaaaaaaaaaaaaaaaaaa")]
    C,
    #[ocpp("aaaaaaaaaaaaaaaaaaabaaaaaaaaaaaa")]
    D,
    #[ocpp("aaaaaaaaaaaaaaaaaaaaaaaaaaabaaaa")]
    E,
    }
}

exact_and_ignoring_case! {
    /// Two "rectangles" of spellings, each pair of words differing in bytes
    /// that a rotation lines up, so that some mixes of two words collide:
    /// the search must find one that does not.
    Rectangles, RectanglesIgnoringCase {
    #[ocpp("aaaaaaaaaaaaaaaa")]
    A,
    #[ocpp("aaaaaaaaaaaabaaa")]
    B,
    #[ocpp("baaaaaaaaaaaaaaa")]
    C,
    #[ocpp("baaaaaaaaaaabaaa")]
    D,
    #[ocpp("cccccccccccccccc")]
    E,
    #[ocpp("ccccccccccccccdc")]
    F,
    #[ocpp("dccccccccccccccc")]
    G,
    #[ocpp("dcccccccccccccdc")]
    H,
    }
}

/// Two variants: searched one by one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
enum Tiny {
    #[ocpp("Yes")]
    Yes,
    #[ocpp("No", alias = "NO")]
    No,
}

/// A spelling longer than 64 bytes (eight words, more than the old engine
/// hashed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
enum Long {
    #[ocpp("Vendor.Acme.ThisConfigurationKeyNameIsLongerThanSixtyFourBytesOnPurpose")]
    Longest,
    #[ocpp("Vendor.Acme.Short")]
    Short,
    #[ocpp("Vendor.Acme.Other")]
    Other,
}

/// Aliases, spellings that differ only in case, 1 to 3, 4 to 7 and 8 or
/// more bytes, and punctuation that `| 0x20` would confuse (`@` and `` ` ``,
/// `[` and `{`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
enum Mixed {
    #[ocpp("A", alias = "a1")]
    A,
    #[ocpp("ab")]
    Ab,
    #[ocpp("AB")]
    AbUpper,
    #[ocpp("x@y")]
    At,
    #[ocpp("x`y")]
    Backtick,
    #[ocpp("k[0]")]
    Bracket,
    #[ocpp("k{0]")]
    Brace,
    #[ocpp("Celsius", alias = "Celcius")]
    Celsius,
    #[ocpp("Accepted")]
    Accepted,
    #[ocpp("ACCEPTED")]
    AcceptedUpper,
    #[ocpp("Energy.Active.Import.Register", alias = "Energy.Active.Import.Reg")]
    Register,
    #[ocpp("StopTransactionOnEVSideDisconnect")]
    Stop,
}

/// The same spellings, case-insensitive where no two collide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
#[ocpp(ascii_case_insensitive)]
enum MixedIgnoringCase {
    #[ocpp("A", alias = "a1")]
    A,
    #[ocpp("ab")]
    Ab,
    #[ocpp("x@y")]
    At,
    #[ocpp("x`y")]
    Backtick,
    #[ocpp("k[0]")]
    Bracket,
    #[ocpp("k{0]")]
    Brace,
    #[ocpp("Celsius", alias = "Celcius")]
    Celsius,
    #[ocpp("Accepted")]
    Accepted,
    #[ocpp("Energy.Active.Import.Register", alias = "Energy.Active.Import.Reg")]
    Register,
    #[ocpp("StopTransactionOnEVSideDisconnect")]
    Stop,
}

#[test]
fn fallback_and_edge_enums_agree_with_a_linear_search() {
    let probes = odd_inputs();
    let colliding: &[(&str, &[&str])] = &[
        ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", &[]),
        ("aaabaaaaaaaaaaaaaaaaaaaaaaaaaaaa", &[]),
        ("aaaaaaaaaaabaaaaaaaaaaaaaaaaaaaa", &[]),
        ("aaaaaaaaaaaaaaaaaaabaaaaaaaaaaaa", &[]),
        ("aaaaaaaaaaaaaaaaaaaaaaaaaaabaaaa", &[]),
    ];
    check::<Colliding>(&Spellings::new(colliding, false), &probes);
    check::<CollidingIgnoringCase>(&Spellings::new(colliding, true), &probes);
    let rectangles: &[(&str, &[&str])] = &[
        ("aaaaaaaaaaaaaaaa", &[]),
        ("aaaaaaaaaaaabaaa", &[]),
        ("baaaaaaaaaaaaaaa", &[]),
        ("baaaaaaaaaaabaaa", &[]),
        ("cccccccccccccccc", &[]),
        ("ccccccccccccccdc", &[]),
        ("dccccccccccccccc", &[]),
        ("dcccccccccccccdc", &[]),
    ];
    check::<Rectangles>(&Spellings::new(rectangles, false), &probes);
    check::<RectanglesIgnoringCase>(&Spellings::new(rectangles, true), &probes);
    check::<Tiny>(
        &Spellings::new(&[("Yes", &[]), ("No", &["NO"])], false),
        &probes,
    );
    check::<Long>(
        &Spellings::new(
            &[
                (
                    "Vendor.Acme.ThisConfigurationKeyNameIsLongerThanSixtyFourBytesOnPurpose",
                    &[],
                ),
                ("Vendor.Acme.Short", &[]),
                ("Vendor.Acme.Other", &[]),
            ],
            false,
        ),
        &probes,
    );
    let mixed: &[(&str, &[&str])] = &[
        ("A", &["a1"]),
        ("ab", &[]),
        ("AB", &[]),
        ("x@y", &[]),
        ("x`y", &[]),
        ("k[0]", &[]),
        ("k{0]", &[]),
        ("Celsius", &["Celcius"]),
        ("Accepted", &[]),
        ("ACCEPTED", &[]),
        (
            "Energy.Active.Import.Register",
            &["Energy.Active.Import.Reg"],
        ),
        ("StopTransactionOnEVSideDisconnect", &[]),
    ];
    check::<Mixed>(&Spellings::new(mixed, false), &probes);
    let mixed_ignoring_case: Vec<(&str, &[&str])> = mixed
        .iter()
        .copied()
        .filter(|(w, _)| !["AB", "ACCEPTED"].contains(w))
        .collect();
    check::<MixedIgnoringCase>(&Spellings::new(&mixed_ignoring_case, true), &probes);
    // The reference itself: an exact match wins, then the first declared.
    let reference = Spellings::new(mixed, false);
    assert_eq!(reference.ignoring_case("AB"), Some(2));
    assert_eq!(reference.ignoring_case("Ab"), Some(1));
    assert_eq!(reference.ignoring_case("aCCEPTED"), Some(8));
}

/// The generated lookups name primitive types by absolute path: a user's
/// types called `u8`, `u16`, `u32`, `u64`, `usize` or `str` change nothing.
mod shadowed {
    #![allow(non_camel_case_types, dead_code, clippy::upper_case_acronyms)]

    use ocpp_enums::OcppEnum;

    pub struct u8;
    pub struct u16;
    pub struct u32;
    pub struct u64;
    pub struct usize;
    pub struct str;
    pub struct E;
    pub struct ROWS;
    pub struct SLOTS;

    /// Hashed, one level.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
    pub enum Direct {
        #[ocpp("Accepted")]
        Accepted,
        #[ocpp("Blocked", alias = "Banned")]
        Blocked,
        #[ocpp("Expired")]
        Expired,
        #[ocpp("Invalid")]
        Invalid,
    }

    /// Hashed ignoring case, 62-byte keys: eight compared words.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
    #[ocpp(ascii_case_insensitive)]
    pub enum Indirect {
        #[ocpp("Vendor.Acme.Configuration.Key.000.Value.Padding.To.Sixty.Bytes")]
        K0,
        #[ocpp("Vendor.Acme.Configuration.Key.001.Value.Padding.To.Sixty.Bytes")]
        K1,
        #[ocpp("Vendor.Acme.Configuration.Key.002.Value.Padding.To.Sixty.Bytes")]
        K2,
        #[ocpp("Vendor.Acme.Configuration.Key.003.Value.Padding.To.Sixty.Bytes")]
        K3,
        #[ocpp("Vendor.Acme.Configuration.Key.004.Value.Padding.To.Sixty.Bytes")]
        K4,
        #[ocpp("Vendor.Acme.Configuration.Key.005.Value.Padding.To.Sixty.Bytes")]
        K5,
        #[ocpp("Vendor.Acme.Configuration.Key.006.Value.Padding.To.Sixty.Bytes")]
        K6,
        #[ocpp("Vendor.Acme.Configuration.Key.007.Value.Padding.To.Sixty.Bytes")]
        K7,
        #[ocpp("Vendor.Acme.Configuration.Key.008.Value.Padding.To.Sixty.Bytes")]
        K8,
        #[ocpp("Vendor.Acme.Configuration.Key.009.Value.Padding.To.Sixty.Bytes")]
        K9,
        #[ocpp("Vendor.Acme.Configuration.Key.010.Value.Padding.To.Sixty.Bytes")]
        K10,
        #[ocpp("Vendor.Acme.Configuration.Key.011.Value.Padding.To.Sixty.Bytes")]
        K11,
        #[ocpp("Vendor.Acme.Configuration.Key.012.Value.Padding.To.Sixty.Bytes")]
        K12,
        #[ocpp("Vendor.Acme.Configuration.Key.013.Value.Padding.To.Sixty.Bytes")]
        K13,
        #[ocpp("Vendor.Acme.Configuration.Key.014.Value.Padding.To.Sixty.Bytes")]
        K14,
        #[ocpp("Vendor.Acme.Configuration.Key.015.Value.Padding.To.Sixty.Bytes")]
        K15,
        #[ocpp("Vendor.Acme.Configuration.Key.016.Value.Padding.To.Sixty.Bytes")]
        K16,
        #[ocpp("Vendor.Acme.Configuration.Key.017.Value.Padding.To.Sixty.Bytes")]
        K17,
        #[ocpp("Vendor.Acme.Configuration.Key.018.Value.Padding.To.Sixty.Bytes")]
        K18,
        #[ocpp("Vendor.Acme.Configuration.Key.019.Value.Padding.To.Sixty.Bytes")]
        K19,
        #[ocpp("Vendor.Acme.Configuration.Key.020.Value.Padding.To.Sixty.Bytes")]
        K20,
        #[ocpp("Vendor.Acme.Configuration.Key.021.Value.Padding.To.Sixty.Bytes")]
        K21,
        #[ocpp("Vendor.Acme.Configuration.Key.022.Value.Padding.To.Sixty.Bytes")]
        K22,
        #[ocpp("Vendor.Acme.Configuration.Key.023.Value.Padding.To.Sixty.Bytes")]
        K23,
        #[ocpp("Vendor.Acme.Configuration.Key.024.Value.Padding.To.Sixty.Bytes")]
        K24,
        #[ocpp("Vendor.Acme.Configuration.Key.025.Value.Padding.To.Sixty.Bytes")]
        K25,
        #[ocpp("Vendor.Acme.Configuration.Key.026.Value.Padding.To.Sixty.Bytes")]
        K26,
        #[ocpp("Vendor.Acme.Configuration.Key.027.Value.Padding.To.Sixty.Bytes")]
        K27,
        #[ocpp("Vendor.Acme.Configuration.Key.028.Value.Padding.To.Sixty.Bytes")]
        K28,
        #[ocpp("Vendor.Acme.Configuration.Key.029.Value.Padding.To.Sixty.Bytes")]
        K29,
        #[ocpp("Vendor.Acme.Configuration.Key.030.Value.Padding.To.Sixty.Bytes")]
        K30,
        #[ocpp("Vendor.Acme.Configuration.Key.031.Value.Padding.To.Sixty.Bytes")]
        K31,
        #[ocpp("Vendor.Acme.Configuration.Key.032.Value.Padding.To.Sixty.Bytes")]
        K32,
        #[ocpp("Vendor.Acme.Configuration.Key.033.Value.Padding.To.Sixty.Bytes")]
        K33,
        #[ocpp("Vendor.Acme.Configuration.Key.034.Value.Padding.To.Sixty.Bytes")]
        K34,
        #[ocpp("Vendor.Acme.Configuration.Key.035.Value.Padding.To.Sixty.Bytes")]
        K35,
        #[ocpp("Vendor.Acme.Configuration.Key.036.Value.Padding.To.Sixty.Bytes")]
        K36,
        #[ocpp("Vendor.Acme.Configuration.Key.037.Value.Padding.To.Sixty.Bytes")]
        K37,
        #[ocpp("Vendor.Acme.Configuration.Key.038.Value.Padding.To.Sixty.Bytes")]
        K38,
        #[ocpp("Vendor.Acme.Configuration.Key.039.Value.Padding.To.Sixty.Bytes")]
        K39,
    }

    /// Hashed ignoring case, with words that collide in some mixes.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
    #[ocpp(ascii_case_insensitive)]
    pub enum Fallback {
        #[ocpp("aaaaaaaaaaaaaaaa")]
        A,
        #[ocpp("aaaaaaaaaaaabaaa")]
        B,
        #[ocpp("baaaaaaaaaaaaaaa")]
        C,
        #[ocpp("baaaaaaaaaaabaaa")]
        D,
        #[ocpp("cccccccccccccccc")]
        E,
        #[ocpp("ccccccccccccccdc")]
        F,
        #[ocpp("dccccccccccccccc")]
        G,
        #[ocpp("dcccccccccccccdc")]
        H,
    }
}

#[test]
fn lookups_survive_shadowed_primitive_names() {
    use shadowed::{Direct, Fallback, Indirect};
    let probes = odd_inputs();
    let direct: &[(&str, &[&str])] = &[
        ("Accepted", &[]),
        ("Blocked", &["Banned"]),
        ("Expired", &[]),
        ("Invalid", &[]),
    ];
    check::<Direct>(&Spellings::new(direct, false), &probes);
    let keys: Vec<String> = (0..40)
        .map(|i| format!("Vendor.Acme.Configuration.Key.{i:03}.Value.Padding.To.Sixty.Bytes"))
        .collect();
    let indirect: Vec<(&str, &[&str])> = keys.iter().map(|k| (k.as_str(), &[][..])).collect();
    check::<Indirect>(&Spellings::new(&indirect, true), &probes);
    assert_eq!(Fallback::from_wire("DCCCCCCCCCCCCCDC"), Some(Fallback::H));
}
