//! The typed, checked model of an enum that `expand` turns into code.

use proc_macro2::Span;
use syn::{Generics, Ident, Path, Type};

/// A std trait impl the derive writes unless `#[ocpp(skip(...))]` names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StdImpl {
    /// `Display`.
    Display,
    /// `FromStr`.
    FromStr,
    /// `TryFrom<&str>` and `TryFrom<String>`.
    TryFrom,
    /// `AsRef<str>`.
    AsRef,
    /// `From<E> for &'static str`, for enums without a catch-all.
    Into,
}

impl StdImpl {
    /// Every impl `skip` accepts and how it is written: the one list that
    /// parsing and the error message use.
    pub const ALL: [(&'static str, StdImpl); 5] = [
        ("Display", StdImpl::Display),
        ("FromStr", StdImpl::FromStr),
        ("TryFrom", StdImpl::TryFrom),
        ("AsRef", StdImpl::AsRef),
        ("Into", StdImpl::Into),
    ];

    /// The impl written as `name`.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.iter().find(|(n, _)| *n == name).map(|&(_, t)| t)
    }

    /// Every name, in backticks and comma-separated, for messages.
    pub fn names() -> String {
        let quoted: Vec<String> = Self::ALL.iter().map(|(n, _)| format!("`{n}`")).collect();
        quoted.join(", ")
    }
}

/// What the enum's attributes ask of the impls beside the lookup, shared by
/// the real expansion and the fallback (and kept out of [`Spec`], which the
/// lookup reads).
#[derive(Clone, Default)]
pub struct Options {
    /// `#[ocpp(serde)]`: where it was written, for an error when the runtime
    /// has no `serde` feature.
    pub serde: Option<Span>,
    /// `#[ocpp(schemars)]`: where it was written, for an error when the
    /// runtime has no `schemars` feature.
    pub schemars: Option<Span>,
    /// `#[ocpp(defmt)]`: where it was written, for an error when the runtime
    /// has no `defmt` feature.
    pub defmt: Option<Span>,
    /// The std impls `#[ocpp(skip(...))]` names.
    pub skip: Vec<StdImpl>,
}

impl Options {
    /// True unless `skip(...)` names `imp`.
    pub fn writes(&self, imp: StdImpl) -> bool {
        !self.skip.contains(&imp)
    }
}

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
    /// `#[ocpp(initiator = "path")]`: the function that says who sends each
    /// message, for `EnumInfo::initiator`.
    pub initiator: Option<Path>,
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

/// What `fallback` needs to stand in for the impls of a type with errors.
pub struct Stub<'a> {
    /// The type's name.
    pub ident: &'a Ident,
    /// Its generic parameters, which a valid enum never has.
    pub generics: &'a Generics,
    /// Path to the runtime crate.
    pub krate: Path,
    /// True when every variant is a unit variant (and for structs and
    /// unions, which get the inherent methods too).
    pub all_unit: bool,
    /// `serde`, `schemars` and `skip(...)`, as far as they could be read.
    pub options: Options,
}

pub use ocpp_enum_hash::tables::Spelling;

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
}
