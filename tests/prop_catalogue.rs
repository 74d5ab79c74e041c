//! Property tests over every `ocpp_enums::v16` enumeration.
//!
//! Each input is checked against all 53 enums at once by
//! `prop_support::model::check`: `from_wire`, `is_valid`,
//! `from_wire_ignore_ascii_case`, `FromStr`, `TryFrom`, the `ParseError`
//! and its message, serde through `serde_json` (borrowed, escaped and owned
//! strings) and `Open<E>` must all agree with a reference model (a map over
//! the declared spellings), and none may panic.

mod prop_support;

use proptest::prelude::*;
use proptest::test_runner::Config;

use prop_support::catalogue::{
    check_affixes_all, check_all, check_json_all, check_variants_all, names, spellings, ALIASES,
    CASELESS,
};
use prop_support::model::edge_strings;
use prop_support::strategies::{any_text, json_bytes, near};

/// What the catalogue's sources declare: every enum, every alias as
/// `(enum, alias, canonical)`, and the case-insensitive enums.
type Declared = (Vec<String>, Vec<(String, String, String)>, Vec<String>);

/// Reads `ocpp-enums/src/v16/*.rs` for `pub enum` items and `#[ocpp(...)]`
/// attributes, skipping comments. A deliberately simple scanner: it only has
/// to keep the hand-written tables of `prop_support` honest.
fn declared() -> Declared {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ocpp-enums/src/v16");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    let (mut enums, mut aliases, mut caseless) = (Vec::new(), Vec::new(), Vec::new());
    for file in files {
        let code: String = std::fs::read_to_string(&file)
            .unwrap()
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .map(|l| format!("{l}\n"))
            .collect();
        let mut rest = code.as_str();
        let mut current: Option<String> = None;
        let mut pending_caseless = false;
        loop {
            let attr = rest.find("#[ocpp(");
            let item = rest.find("pub enum ");
            match (attr, item) {
                (Some(a), i) if i.is_none_or(|i| a < i) => {
                    let body = &rest[a + "#[ocpp(".len()..];
                    let end = body.find(")]").expect("attribute ends");
                    let body = &body[..end];
                    if body.contains("ascii_case_insensitive") {
                        pending_caseless = true;
                    }
                    let strings: Vec<&str> = body.split('"').skip(1).step_by(2).collect();
                    if body.contains("alias") {
                        let owner = current.clone().expect("alias inside an enum");
                        for alias in &strings[1..] {
                            aliases.push((
                                owner.clone(),
                                alias.to_string(),
                                strings[0].to_string(),
                            ));
                        }
                    }
                    rest = &rest[a + "#[ocpp(".len() + end..];
                }
                (_, Some(i)) => {
                    // Only the enums that derive `OcppEnum`: plain enums beside
                    // the catalogue (`Accessibility`, `ValueType`) are no part of it.
                    let at = code.len() - rest.len() + i;
                    let derives = code[..at]
                        .rfind("#[derive(")
                        .is_some_and(|d| code[d..at].contains("OcppEnum"));
                    if !derives {
                        rest = &rest[i + "pub enum ".len()..];
                        continue;
                    }
                    let name: String = rest[i + "pub enum ".len()..]
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    if std::mem::take(&mut pending_caseless) {
                        caseless.push(name.clone());
                    }
                    enums.push(name.clone());
                    current = Some(name);
                    rest = &rest[i + "pub enum ".len()..];
                }
                _ => break,
            }
        }
    }
    (enums, aliases, caseless)
}

#[test]
fn the_tables_match_the_catalogue_sources() {
    let (mut enums, mut aliases, mut caseless) = declared();
    let mut listed: Vec<String> = names().iter().map(|s| s.to_string()).collect();
    enums.sort();
    listed.sort();
    assert_eq!(listed, enums, "prop_support/list.rs is not the catalogue");
    assert_eq!(enums.len(), 53);
    let mut expected: Vec<(String, String, String)> = ALIASES
        .iter()
        .map(|&(e, a, c)| (e.to_string(), a.to_string(), c.to_string()))
        .collect();
    expected.sort();
    aliases.sort();
    assert_eq!(expected, aliases, "ALIASES in prop_support/catalogue.rs");
    let mut expected: Vec<String> = CASELESS.iter().map(|s| s.to_string()).collect();
    expected.sort();
    caseless.sort();
    assert_eq!(expected, caseless, "CASELESS in prop_support/catalogue.rs");
}

/// `from_wire(as_str(v)) == Some(v)` for every variant of every enum (all of
/// them, not a sample), with `Display`, serde and `Open` round trips, and
/// every spelling in four casings checked against the model.
#[test]
fn every_variant_round_trips() {
    check_variants_all();
}

/// Empty, whitespace, control characters, lookalikes, multi-byte UTF-8 and
/// lengths around the error message's limits.
#[test]
fn edge_strings_are_parsed_exactly() {
    for s in edge_strings() {
        check_all(&s);
    }
}

/// Every proper prefix and suffix of each enum's own spellings.
#[test]
fn affixes_of_spellings_are_parsed_exactly() {
    check_affixes_all();
}

proptest! {
    #![proptest_config(Config { cases: 384, ..Config::default() })]

    /// Arbitrary characters and arbitrary bytes made into strings.
    #[test]
    fn arbitrary_text_is_parsed_exactly(s in any_text()) {
        check_all(&s);
    }

    /// Spellings with case flips, 0x20-bit flips of punctuation, deletions,
    /// insertions and replacements (tricky characters included), truncation
    /// and concatenation: the inputs a hash over a few bytes could confuse.
    #[test]
    fn near_misses_are_parsed_exactly(s in near(spellings())) {
        check_all(&s);
    }

    /// Raw bytes and JSON strings (escapes, lone surrogates, invalid UTF-8)
    /// through serde_json as each enum and as `Open<E>`.
    #[test]
    fn json_deserializes_exactly(data in json_bytes(spellings())) {
        check_json_all(&data);
    }
}
