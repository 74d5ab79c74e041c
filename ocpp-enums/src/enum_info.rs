//! `EnumInfo`: what the derive knows about an enumeration, as plain data.

use core::fmt;

use crate::lookup::{find, Lookup};
use crate::{Initiator, OcppEnum};

/// A plain description of one enumeration: its name, wire strings, aliases,
/// case rule and catch-all, and a parser to the index of a known variant.
///
/// Everything here is also on the [`OcppEnum`] trait; `EnumInfo` erases the
/// type, so that tools, tests and generated code can list enumerations in
/// one slice and read them without naming each type (and without scanning
/// Rust source). [`EnumInfo::of`] is a `const fn`, so such a list can be a
/// `static`: [`v16::ENUMS`](crate::v16::ENUMS) is every catalogue
/// enumeration.
///
/// ```
/// use ocpp_enums::{v16, EnumInfo};
///
/// const UNIT: EnumInfo = EnumInfo::of::<v16::UnitOfMeasure>();
/// assert_eq!(UNIT.name(), "UnitOfMeasure");
/// assert_eq!(UNIT.variants()[0], "Wh");
/// let celsius = UNIT.parse("Celsius").unwrap();
/// assert_eq!(UNIT.aliases(), [("Celcius", celsius)]);
/// assert_eq!(UNIT.parse("Celcius"), Some(celsius));
/// assert!(!UNIT.ascii_case_insensitive());
///
/// let keys = v16::ENUMS.iter().find(|e| e.name() == "ConfigurationKey").unwrap();
/// assert!(keys.ascii_case_insensitive());
/// assert_eq!(keys.parse("heartbeatinterval").map(|i| keys.variants()[i]), Some("HeartbeatInterval"));
/// ```
#[derive(Clone, Copy)]
pub struct EnumInfo {
    name: &'static str,
    variants: &'static [&'static str],
    aliases: &'static [(&'static str, usize)],
    ascii_case_insensitive: bool,
    has_catch_all: bool,
    /// The table `from_wire` reads, which `parse` reads too.
    lookup: &'static Lookup,
    initiator: Option<fn(usize) -> Option<Initiator>>,
}

impl EnumInfo {
    /// The description of `E`.
    #[must_use]
    pub const fn of<E: OcppEnum>() -> Self {
        E::__INFO
    }

    /// Built by generated code only; not public API.
    #[doc(hidden)]
    pub const fn __new(
        name: &'static str,
        variants: &'static [&'static str],
        aliases: &'static [(&'static str, usize)],
        ascii_case_insensitive: bool,
        has_catch_all: bool,
        lookup: &'static Lookup,
        initiator: Option<fn(usize) -> Option<Initiator>>,
    ) -> Self {
        EnumInfo {
            name,
            variants,
            aliases,
            ascii_case_insensitive,
            has_catch_all,
            lookup,
            initiator,
        }
    }

    /// The Rust name of the enumeration: [`OcppEnum::NAME`].
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The canonical wire string of every known variant, in declaration
    /// order: [`OcppEnum::VARIANTS`]. A variant's index is its position here.
    #[must_use]
    pub const fn variants(&self) -> &'static [&'static str] {
        self.variants
    }

    /// Every alias and the index of the variant it names, in declaration
    /// order: [`OcppEnum::ALIASES`].
    #[must_use]
    pub const fn aliases(&self) -> &'static [(&'static str, usize)] {
        self.aliases
    }

    /// True when parsing ignores ASCII case:
    /// [`OcppEnum::ASCII_CASE_INSENSITIVE`].
    #[must_use]
    pub const fn ascii_case_insensitive(&self) -> bool {
        self.ascii_case_insensitive
    }

    /// The table `from_wire` reads.
    pub(crate) const fn lookup(&self) -> &'static Lookup {
        self.lookup
    }

    /// True when the enumeration has an `#[ocpp(other)]` catch-all, so that
    /// its `FromStr` accepts any text.
    #[must_use]
    pub const fn has_catch_all(&self) -> bool {
        self.has_catch_all
    }

    /// The index of the known variant that `s` names, as
    /// [`OcppEnum::from_wire`] reads it: canonical strings, aliases and, for
    /// case-insensitive enumerations, any ASCII case. Never the catch-all.
    #[must_use]
    pub fn parse(&self, s: &str) -> Option<usize> {
        find(self.lookup, s.as_bytes(), self.ascii_case_insensitive)
    }

    /// True for an enumeration of message names that knows who sends each
    /// message (`#[ocpp(initiator = "...")]`): every version's `Action`.
    #[must_use]
    pub const fn has_initiator(&self) -> bool {
        self.initiator.is_some()
    }

    /// Who sends the request named by the variant at `index`, for an
    /// enumeration of message names ([`has_initiator`](Self::has_initiator));
    /// `None` for any other enumeration and for an index past the last
    /// variant. For a catalogue `Action` it is `Action::initiator`, so a tool
    /// can route by it without naming the version's type:
    ///
    /// ```
    /// use ocpp_enums::{v16, Initiator};
    ///
    /// let actions = v16::ENUMS.iter().find(|e| e.has_initiator()).unwrap();
    /// let boot = actions.parse("BootNotification").unwrap();
    /// assert_eq!(actions.initiator(boot), Some(Initiator::ChargingStation));
    /// assert_eq!(v16::ENUMS[1].initiator(0), None);
    /// ```
    #[must_use]
    pub fn initiator(&self, index: usize) -> Option<Initiator> {
        self.initiator.and_then(|f| f(index))
    }
}

impl fmt::Debug for EnumInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EnumInfo")
            .field("name", &self.name)
            .field("variants", &self.variants)
            .field("aliases", &self.aliases)
            .field("ascii_case_insensitive", &self.ascii_case_insensitive)
            .field("has_catch_all", &self.has_catch_all)
            .field("has_initiator", &self.has_initiator())
            .finish_non_exhaustive()
    }
}
