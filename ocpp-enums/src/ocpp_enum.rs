//! The trait every derived enumeration implements.

use core::iter::Cloned;
use core::slice;

/// Iterator over every known variant of `E`, in declaration order.
///
/// A plain slice iterator over [`OcppEnum::ALL`], so it is exact-size,
/// double-ended and fused without any generated iterator type.
pub type Iter<E> = Cloned<slice::Iter<'static, E>>;

/// An enumeration with exact OCPP wire strings.
///
/// Implement it with `#[derive(OcppEnum)]`, never by hand: the derive checks
/// the wire strings at compile time and keeps the constants and the lookup in
/// agreement.
///
/// "Known" below means a unit variant declared with `#[ocpp("...")]`; an
/// `#[ocpp(other)]` catch-all is never known, so it appears in none of the
/// constants and [`from_wire`](Self::from_wire) never returns it.
pub trait OcppEnum: Sized + 'static {
    /// The Rust name of the enumeration, as used in error messages.
    const NAME: &'static str = Self::__INFO.name();
    /// Every known variant, in declaration order.
    const ALL: &'static [Self];
    /// The canonical wire string of each variant of [`ALL`](Self::ALL), same order.
    const VARIANTS: &'static [&'static str] = Self::__INFO.variants();
    /// The number of known variants.
    const COUNT: usize = Self::ALL.len();
    /// Every alias (`alias = "..."`) and the variant it names, in declaration
    /// order. Aliases are accepted when parsing and never written.
    const ALIASES: &'static [(&'static str, Self)] = &[];
    /// True for enums marked `#[ocpp(ascii_case_insensitive)]`, whose
    /// [`from_wire`](Self::from_wire) (and so `FromStr`, serde and
    /// `Open`) ignores ASCII case.
    const ASCII_CASE_INSENSITIVE: bool = Self::__INFO.ascii_case_insensitive();
    /// What [`EnumInfo::of`](crate::EnumInfo::of) returns, and what the
    /// constants above and `from_wire` read. Generated; not public API.
    #[doc(hidden)]
    const __INFO: crate::EnumInfo;

    /// The wire string: canonical for known variants, the received text for
    /// an `#[ocpp(other)]` catch-all.
    fn as_str(&self) -> &str;

    /// Looks up a known variant by its wire string or an alias, without
    /// allocating. Enums marked `#[ocpp(ascii_case_insensitive)]` ignore ASCII
    /// case here; all others compare exactly.
    #[inline]
    fn from_wire(s: &str) -> Option<Self> {
        crate::__private::from_wire(Self::__INFO.lookup(), s, Self::ASCII_CASE_INSENSITIVE)
    }

    /// Like [`from_wire`](Self::from_wire), but ignoring ASCII case for every
    /// enum: lets a strict receiver still recognise (and log) a peer's
    /// `"available"`. When two wire strings differ only in case, an exact
    /// match wins, then the first declared.
    #[inline]
    fn from_wire_ignore_ascii_case(s: &str) -> Option<Self> {
        crate::__private::from_wire(Self::__INFO.lookup(), s, true)
    }

    /// True exactly when [`from_wire`](Self::from_wire) knows `s`.
    #[inline]
    fn is_valid(s: &str) -> bool {
        Self::from_wire(s).is_some()
    }

    /// Every known variant by value, in declaration order.
    #[inline]
    fn iter() -> Iter<Self>
    where
        Self: Clone,
    {
        Self::ALL.iter().cloned()
    }

    /// The known variant at `index` in [`ALL`](Self::ALL). Generated code
    /// overrides this; not public API.
    #[doc(hidden)]
    #[inline]
    fn __from_index(index: usize) -> Option<Self> {
        let _ = index;
        None
    }

    /// The catch-all built from text that no known variant matches, if the
    /// enum has one. Generated code overrides this; not public API.
    #[doc(hidden)]
    #[inline]
    fn __other_from_str(s: &str) -> Option<Self> {
        let _ = s;
        None
    }

    /// As [`__other_from_str`](Self::__other_from_str), reusing an owned buffer.
    #[doc(hidden)]
    #[cfg(feature = "alloc")]
    #[inline]
    fn __other_from_string(s: alloc::string::String) -> Result<Self, alloc::string::String> {
        Err(s)
    }
}

/// Parses `s` as `E`'s `FromStr` does: a known variant, else the catch-all,
/// else a [`ParseError`](crate::ParseError). Shared by every generated
/// `FromStr`/`TryFrom` so the policy lives in one place.
#[doc(hidden)]
#[inline]
pub fn parse<E: OcppEnum>(s: &str) -> Result<E, crate::ParseError> {
    match E::from_wire(s) {
        Some(v) => Ok(v),
        None => match E::__other_from_str(s) {
            Some(v) => Ok(v),
            None => Err(crate::ParseError::new::<E>(s)),
        },
    }
}

/// As [`parse`], taking the text by value: the catch-all, if any, keeps the
/// buffer, and so does the error. Shared by every generated
/// `TryFrom<String>`.
#[doc(hidden)]
#[cfg(feature = "alloc")]
#[inline]
pub fn parse_string<E: OcppEnum>(s: alloc::string::String) -> Result<E, crate::ParseError> {
    if let Some(v) = E::from_wire(&s) {
        return Ok(v);
    }
    match E::__other_from_string(s) {
        Ok(v) => Ok(v),
        Err(s) => Err(crate::ParseError::from_string::<E>(s)),
    }
}
