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

/// One spelling of an enum, as the runtime's `Spellings` table holds it.
pub struct Spelling<'s> {
    /// The spelling.
    pub text: &'s str,
    /// Position of its variant in `Spec::known`.
    pub variant: usize,
}

impl Spec<'_> {
    /// Every spelling in table order: each variant's canonical spelling, in
    /// declaration order, then the aliases, variant by variant. Position `i`
    /// below the variant count is variant `i`'s canonical spelling, which
    /// `as_str` slices.
    pub fn spellings(&self) -> Vec<Spelling<'_>> {
        let canonical = self.known.iter().enumerate().map(|(variant, k)| Spelling {
            text: &k.wire,
            variant,
        });
        let aliases =
            self.known.iter().enumerate().flat_map(|(variant, k)| {
                k.aliases.iter().map(move |a| Spelling { text: a, variant })
            });
        canonical.chain(aliases).collect()
    }

    /// For a lookup ignoring case: the table positions of the spellings it
    /// holds (of those equal ignoring case, the first in declaration order:
    /// by variant, canonical before aliases), and whether two variants had
    /// spellings equal ignoring case (then an exact match must win).
    pub fn folded(&self) -> (Vec<usize>, bool) {
        let spellings = self.spellings();
        let mut order: Vec<usize> = (0..spellings.len()).collect();
        // Stable: within a variant, the canonical spelling stays first.
        order.sort_by_key(|&i| spellings[i].variant);
        let mut kept: Vec<usize> = Vec::new();
        let mut collided = false;
        for i in order {
            let s = &spellings[i];
            match kept
                .iter()
                .find(|&&k| spellings[k].text.eq_ignore_ascii_case(s.text))
            {
                Some(&first) => collided |= spellings[first].variant != s.variant,
                None => kept.push(i),
            }
        }
        kept.sort_unstable();
        (kept, collided)
    }
}
