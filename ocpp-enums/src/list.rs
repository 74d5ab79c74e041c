//! Comma-separated lists of values, as OCPP 1.6 CSL configuration values
//! (`MeterValuesSampledData`, `SupportedFeatureProfiles`, ...) and OCPP 2.x
//! `MemberList`/`SequenceList` variables carry them.

use core::fmt;
use core::iter::FusedIterator;
use core::marker::PhantomData;

use crate::{OcppEnum, ParseError};

/// Parses the comma-separated items of `s` as `E`, one at a time.
///
/// Each item is parsed as `E`'s `FromStr` parses it (a known value, else the
/// catch-all if `E` has one, else a [`ParseError`]), after ASCII spaces
/// (U+0020) around it are dropped: `"A, B"` is the two items `"A"` and
/// `"B"`. `""` yields nothing; an empty item (`"A,,B"`, `"A,"`, `" "`) is
/// an error, even for an enum with a catch-all. The iterator allocates
/// nothing and works without `alloc`; with `alloc`, an error keeps a copy of
/// its item and a catch-all value owns its text.
///
/// ```
/// use ocpp_enums::parse_list;
/// use ocpp_enums::v16::{FeatureProfile, Measurand};
///
/// let sampled: Result<Vec<Measurand>, _> =
///     parse_list("Energy.Active.Import.Register, SoC").collect();
/// assert_eq!(sampled, Ok(vec![Measurand::EnergyActiveImportRegister, Measurand::Soc]));
///
/// let mut profiles = parse_list::<FeatureProfile>("Core,,Reservation");
/// assert_eq!(profiles.next(), Some(Ok(FeatureProfile::Core)));
/// assert!(profiles.next().unwrap().is_err()); // the empty item
/// assert_eq!(profiles.next(), Some(Ok(FeatureProfile::Reservation)));
/// assert_eq!(profiles.next(), None);
///
/// assert_eq!(parse_list::<Measurand>("").count(), 0);
/// ```
pub fn parse_list<E: OcppEnum>(s: &str) -> ParseList<'_, E> {
    ParseList {
        items: split_list(s),
        marker: PhantomData,
    }
}

/// The iterator [`parse_list`] returns.
pub struct ParseList<'a, E> {
    items: SplitList<'a>,
    marker: PhantomData<fn() -> E>,
}

impl<E: OcppEnum> Iterator for ParseList<'_, E> {
    type Item = Result<E, ParseError>;

    fn next(&mut self) -> Option<Self::Item> {
        let item = self.items.next()?;
        Some(if item.is_empty() {
            Err(ParseError::new::<E>(item))
        } else {
            crate::ocpp_enum::parse::<E>(item)
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.items.size_hint()
    }
}

impl<E: OcppEnum> FusedIterator for ParseList<'_, E> {}

impl<E> Clone for ParseList<'_, E> {
    fn clone(&self) -> Self {
        ParseList {
            items: self.items.clone(),
            marker: PhantomData,
        }
    }
}

impl<E> fmt::Debug for ParseList<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ParseList")
            .field("rest", &self.items.rest)
            .finish()
    }
}

/// The items of the comma-separated list `s`, as text: the splitting rule
/// of [`parse_list`] (and of [`ConfigurationKey::check_value`]) on its own,
/// for lists whose items are no enum (`"1.RST,2.RTS"`, free-form CSL keys).
///
/// ASCII spaces (U+0020) around each item are dropped; `""` yields nothing;
/// an empty item is yielded as `""`, in place.
///
/// ```
/// use ocpp_enums::split_list;
///
/// assert!(split_list("0.RST, 1.RTS").eq(["0.RST", "1.RTS"]));
/// assert!(split_list("a,,b ").eq(["a", "", "b"]));
/// assert_eq!(split_list("").count(), 0);
/// ```
///
#[cfg_attr(
    feature = "v16",
    doc = "[`ConfigurationKey::check_value`]: crate::v16::ConfigurationKey::check_value"
)]
#[cfg_attr(
    not(feature = "v16"),
    doc = "[`ConfigurationKey::check_value`]: crate#features"
)]
pub fn split_list(s: &str) -> SplitList<'_> {
    SplitList {
        rest: (!s.is_empty()).then_some(s),
    }
}

/// The iterator [`split_list`] returns.
#[derive(Debug, Clone)]
pub struct SplitList<'a> {
    /// What is left to split; `None` once the last item is out.
    rest: Option<&'a str>,
}

impl<'a> Iterator for SplitList<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        let (item, next) = match rest.split_once(',') {
            Some((item, next)) => (item, Some(next)),
            None => (rest, None),
        };
        self.rest = next;
        Some(item.trim_matches(' '))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match self.rest {
            // At most one item per byte, plus one after the last comma.
            Some(rest) => (1, Some(rest.len() + 1)),
            None => (0, Some(0)),
        }
    }
}

impl FusedIterator for SplitList<'_> {}

/// Writes values joined by `,` (no spaces), the form OCPP lists take on the
/// wire: the counterpart of [`parse_list`].
///
/// Formatting options (width, fill) do not apply to the list as a whole.
///
/// ```
/// use ocpp_enums::ListDisplay;
/// use ocpp_enums::v16::Measurand;
///
/// let sampled = [Measurand::EnergyActiveImportRegister, Measurand::Soc];
/// assert_eq!(ListDisplay(&sampled).to_string(), "Energy.Active.Import.Register,SoC");
/// assert_eq!(ListDisplay::<Measurand>(&[]).to_string(), "");
/// ```
#[derive(Debug)]
pub struct ListDisplay<'a, E>(pub &'a [E]);

impl<E> Clone for ListDisplay<'_, E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<E> Copy for ListDisplay<'_, E> {}

impl<E: OcppEnum> fmt::Display for ListDisplay<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            f.write_str(e.as_str())?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::v16::{Measurand, Phase};
    use std::string::ToString;
    use std::vec::Vec;

    fn items(s: &str) -> Vec<Result<Phase, ParseError>> {
        parse_list::<Phase>(s).collect()
    }

    #[test]
    fn split_list_keeps_empty_items_and_trims_only_spaces() {
        let items = |s| split_list(s).collect::<Vec<_>>();
        assert_eq!(items(""), [""; 0]);
        assert_eq!(items("a"), ["a"]);
        assert_eq!(items(" a ,b"), ["a", "b"]);
        assert_eq!(items("a,,b"), ["a", "", "b"]);
        assert_eq!(items("a,"), ["a", ""]);
        assert_eq!(items(" "), [""]);
        assert_eq!(items("a,\tb"), ["a", "\tb"]);
    }

    #[test]
    fn items_are_split_on_commas_and_trimmed_of_spaces() {
        assert_eq!(
            items("L1,  L2 ,L3"),
            [Ok(Phase::L1), Ok(Phase::L2), Ok(Phase::L3)]
        );
        assert_eq!(items(""), []);
        assert_eq!(items("L1-N"), [Ok(Phase::L1N)]);
        // Only spaces are dropped; a tab is part of the item.
        assert!(items("L1,\tL2")[1].is_err());
    }

    #[test]
    fn empty_and_unknown_items_are_errors_in_place() {
        let got = items("L1,,L2, ,x,");
        assert_eq!(got.len(), 6);
        assert_eq!(got[0], Ok(Phase::L1));
        assert!(got[1].is_err());
        assert_eq!(got[2], Ok(Phase::L2));
        assert!(got[3].is_err());
        assert!(got[4].is_err());
        assert!(got[5].is_err());
        assert_eq!(items(" ").len(), 1);
    }

    #[test]
    fn the_iterator_is_fused_and_hints_its_length() {
        let mut it = parse_list::<Phase>("L1,L2");
        assert_eq!(it.size_hint(), (1, Some(6)));
        assert!(it.next().is_some());
        assert!(it.next().is_some());
        assert_eq!(it.size_hint(), (0, Some(0)));
        assert!(it.next().is_none());
        assert!(it.next().is_none());
    }

    #[test]
    fn lists_round_trip_through_list_display() {
        let values = [Measurand::Voltage, Measurand::Soc, Measurand::Temperature];
        let text = ListDisplay(&values).to_string();
        assert_eq!(text, "Voltage,SoC,Temperature");
        let back: Result<Vec<Measurand>, _> = parse_list(&text).collect();
        assert_eq!(back.as_deref(), Ok(&values[..]));
    }
}
