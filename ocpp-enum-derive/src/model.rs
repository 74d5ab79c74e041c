//! The typed, checked model of an enum that `expand` turns into code.

use syn::{Ident, Path, Type};

/// An enum that passed every check.
pub struct Spec<'a> {
    /// The enum's name.
    pub ident: &'a Ident,
    /// Path to the runtime crate.
    pub krate: Path,
    /// `#[ocpp(ascii_case_insensitive)]`.
    pub ascii_case_insensitive: bool,
    /// Unit variants with wire strings, in declaration order.
    pub known: Vec<Known<'a>>,
    /// The `#[ocpp(other)]` catch-all, if any.
    pub other: Option<Other<'a>>,
}

/// A unit variant and its spellings.
pub struct Known<'a> {
    /// The variant's name.
    pub ident: &'a Ident,
    /// The canonical wire string.
    pub wire: String,
    /// Further spellings accepted when parsing.
    pub aliases: Vec<String>,
}

/// The catch-all variant holding unmatched text.
pub struct Other<'a> {
    /// The variant's name.
    pub ident: &'a Ident,
    /// The type of its one field (a `String`).
    pub ty: &'a Type,
}

/// What `fallback` needs to stand in for the impls of an enum with errors.
pub struct Stub<'a> {
    /// The enum's name.
    pub ident: &'a Ident,
    /// Path to the runtime crate.
    pub krate: Path,
    /// True when every variant is a unit variant.
    pub all_unit: bool,
}

/// A key of the lookup: one spelling and the variant it names.
pub struct Key {
    /// The spelling, as bytes (lowercased for case-insensitive lookups).
    pub bytes: Vec<u8>,
    /// Position of the variant in `Spec::known`.
    pub variant: usize,
}

impl Spec<'_> {
    /// Every spelling (canonical first, then aliases), in declaration order.
    pub fn keys(&self) -> Vec<Key> {
        self.known
            .iter()
            .enumerate()
            .flat_map(|(variant, k)| {
                std::iter::once(&k.wire)
                    .chain(&k.aliases)
                    .map(move |s| Key {
                        bytes: s.as_bytes().to_vec(),
                        variant,
                    })
            })
            .collect()
    }

    /// Every spelling lowercased, keeping only the first of those that then
    /// coincide, and whether any did.
    pub fn lowered_keys(&self) -> (Vec<Key>, bool) {
        let mut out: Vec<Key> = Vec::new();
        let mut collided = false;
        for mut key in self.keys() {
            key.bytes.make_ascii_lowercase();
            match out.iter().find(|k| k.bytes == key.bytes) {
                Some(first) => collided |= first.variant != key.variant,
                None => out.push(key),
            }
        }
        (out, collided)
    }
}
