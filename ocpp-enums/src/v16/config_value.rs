//! What a configuration key accepts: its accessibility, its value type, and
//! [`ConfigurationKey::check_value`].
//!
//! The per-key tables ([`ConfigurationKey::accessibility`],
//! [`ConfigurationKey::value_type`], ...) are generated into `metadata.rs`
//! from the reference data; this file holds the types and the checking.

use core::fmt;

use super::{ConfigurationKey, FeatureProfile, FileTransferProtocol, Measurand, PhaseRotation};
use crate::{split_list, OcppEnum};

/// Who may read and write a configuration key: the "Accessibility" row of
/// its table in OCPP 1.6 chapter 9 (after errata sheet v4), the Security
/// Whitepaper chapter 7 or the ISO 15118 application note chapter 9.
///
/// See [`ConfigurationKey::accessibility`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Accessibility {
    /// `R`: the central system can read the key; a charge point answers a
    /// `ChangeConfiguration.req` for it with `Rejected`.
    ReadOnly,
    /// `RW`: the central system can read and change the key.
    ReadWrite,
    /// `W`: the central system can change the key but never reads its value
    /// (`AuthorizationKey`, a password).
    WriteOnly,
    /// `R` or `RW`, as the charge point's implementation chooses: errata 3.79
    /// (`StopTransactionOnEVSideDisconnect`: "R or RW. Choice is up to Charge
    /// Point implementation."), 3.83 (`UnlockConnectorOnEVSideDisconnect`:
    /// "RW (RO in case of fixed cable)") and, since edition 2,
    /// `AuthorizeRemoteTxRequests`. A central system must expect either.
    ReadOnlyOrReadWrite,
}

/// The type of a configuration key's value: the "Type" row of its table.
///
/// Every value travels as a string (`value` of `ChangeConfiguration.req` and
/// of `KeyValue` in `GetConfiguration.conf`); the type says what the string
/// holds. See [`ConfigurationKey::value_type`] and
/// [`ConfigurationKey::check_value`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ValueType {
    /// `boolean`: `true` or `false`. The ISO 15118 application note writes
    /// the type `Boolean`; it is the same type.
    Boolean,
    /// `integer`: a decimal number.
    Integer,
    /// `CSL`: a comma-separated list of items, such as
    /// `Energy.Active.Import.Register,SoC`.
    Csl,
    /// `String` (Security Whitepaper): any text.
    String,
}

impl ValueType {
    /// The type as the specification writes it: `boolean`, `integer`, `CSL`
    /// or `String`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Boolean => "boolean",
            Self::Integer => "integer",
            Self::Csl => "CSL",
            Self::String => "String",
        }
    }
}

impl fmt::Display for ValueType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// What the items of a CSL key may be (the generated
/// `ConfigurationKey::vocabulary` names one per CSL key).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Vocabulary {
    /// Each item is a [`Measurand`].
    Measurand,
    /// Each item is a [`FeatureProfile`].
    FeatureProfile,
    /// Each item is a [`FileTransferProtocol`].
    FileTransferProtocol,
    /// Each item is `<connector>.<rotation>`: a connector number (decimal
    /// digits, 0 for the whole charge point) and a [`PhaseRotation`].
    ConnectorPhaseRotation,
    /// Each item is one of these strings (the key's allowed values in the
    /// data), described by the second field.
    OneOf(&'static [&'static str], &'static str),
}

impl Vocabulary {
    fn accepts(self, item: &str) -> bool {
        match self {
            Self::Measurand => Measurand::is_valid(item),
            Self::FeatureProfile => FeatureProfile::is_valid(item),
            Self::FileTransferProtocol => FileTransferProtocol::is_valid(item),
            Self::ConnectorPhaseRotation => match item.split_once('.') {
                Some((connector, rotation)) => {
                    !connector.is_empty()
                        && connector.bytes().all(|b| b.is_ascii_digit())
                        && PhaseRotation::is_valid(rotation)
                }
                None => false,
            },
            Self::OneOf(values, _) => values.contains(&item),
        }
    }

    const fn expected(self) -> &'static str {
        match self {
            Self::Measurand => "a Measurand (such as \"Energy.Active.Import.Register\")",
            Self::FeatureProfile => "a FeatureProfile (such as \"Core\")",
            Self::FileTransferProtocol => "a FileTransferProtocol (such as \"HTTPS\")",
            Self::ConnectorPhaseRotation => "<connector>.<PhaseRotation> (such as \"1.RST\")",
            Self::OneOf(_, described) => described,
        }
    }
}

/// A configuration value that does not have its key's type:
/// [`ConfigurationKey::check_value`]'s error.
///
/// It names the key, the offending text (the whole value, or the list item
/// of a CSL value) and what was expected, borrowing the text from the value,
/// so it needs no allocation.
///
/// ```
/// use ocpp_enums::v16::{ConfigurationKey, ValueType};
///
/// let err = ConfigurationKey::MeterValuesSampledData
///     .check_value("Energy.Active.Import.Register,Volts")
///     .unwrap_err();
/// assert_eq!(err.key(), ConfigurationKey::MeterValuesSampledData);
/// assert_eq!(err.value_type(), ValueType::Csl);
/// assert_eq!(err.item(), "Volts");
/// assert_eq!(
///     err.to_string(),
///     "invalid item \"Volts\" in the value of MeterValuesSampledData (CSL): \
///      expected a Measurand (such as \"Energy.Active.Import.Register\")"
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ValueError<'a> {
    key: ConfigurationKey,
    item: &'a str,
    expected: &'static str,
}

impl<'a> ValueError<'a> {
    /// The key whose value was checked.
    pub const fn key(&self) -> ConfigurationKey {
        self.key
    }

    /// The key's value type.
    pub const fn value_type(&self) -> ValueType {
        self.key.value_type()
    }

    /// The offending text: the whole value, or for a CSL key the offending
    /// item without the spaces around it (`""` for an empty item).
    pub const fn item(&self) -> &'a str {
        self.item
    }

    /// What the value (or each item) should have been, as plain text: for
    /// example `"true" or "false"` or
    /// `a Measurand (such as "Energy.Active.Import.Register")`.
    pub const fn expected(&self) -> &'static str {
        self.expected
    }
}

impl fmt::Display for ValueError<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let key = self.key.as_str();
        let ty = self.value_type();
        match ty {
            ValueType::Csl if self.item.is_empty() => {
                write!(f, "empty item in the value of {key} ({ty})")?;
            }
            ValueType::Csl => {
                write!(
                    f,
                    "invalid item {:?} in the value of {key} ({ty})",
                    self.item
                )?;
            }
            _ => write!(f, "invalid value {:?} for {key} ({ty})", self.item)?,
        }
        write!(f, ": expected {}", self.expected)
    }
}

impl core::error::Error for ValueError<'_> {}

impl ConfigurationKey {
    /// Checks that `value` has this key's [`value_type`](Self::value_type),
    /// as a charge point does before it accepts a `ChangeConfiguration.req`.
    ///
    /// - **boolean**: `true` or `false`, ignoring ASCII case (`TRUE` passes).
    /// - **integer**: a decimal [`i64`] as [`str::parse`] reads it: an
    ///   optional `+` or `-` and ASCII digits, nothing else (no spaces).
    /// - **CSL**: comma-separated items, ASCII spaces around each ignored;
    ///   `""` is the empty list and passes; an empty item (`"a,,b"`) fails.
    ///   Each item must belong to the key's vocabulary, exactly (case
    ///   matters, as it does for enumeration values):
    ///   - [`Measurand`] for `MeterValuesAlignedData`,
    ///     `MeterValuesSampledData`, `StopTxnAlignedData` and
    ///     `StopTxnSampledData`;
    ///   - [`FeatureProfile`] for `SupportedFeatureProfiles`;
    ///   - [`FileTransferProtocol`] for `SupportedFileTransferProtocols`;
    ///   - `<connector>.<rotation>` for `ConnectorPhaseRotation`: decimal
    ///     digits, a dot and a [`PhaseRotation`] (`0.RST`, `1.NotApplicable`);
    ///   - `Current` or `Power` for `ChargingScheduleAllowedChargingRateUnit`
    ///     (erratum 3.86: `Current` allows only the charging rate unit `A`,
    ///     `Power` only `W`).
    /// - **String**: any value passes.
    ///
    /// It checks the type only: not [`accessibility`](Self::accessibility)
    /// (a read-only key is `Rejected` whatever its value), not the number of
    /// items against the [`max_length_key`](Self::max_length_key), not
    /// whether the charge point supports the listed items, and not
    /// `ChangeConfiguration.req`'s 500-character limit.
    ///
    /// ```
    /// use ocpp_enums::v16::ConfigurationKey;
    ///
    /// assert!(ConfigurationKey::HeartbeatInterval.check_value("300").is_ok());
    /// assert!(ConfigurationKey::HeartbeatInterval.check_value("5 min").is_err());
    /// assert!(ConfigurationKey::LocalPreAuthorize.check_value("True").is_ok());
    /// assert!(ConfigurationKey::ConnectorPhaseRotation.check_value("0.RST, 1.RTS").is_ok());
    /// assert!(ConfigurationKey::SupportedFeatureProfiles.check_value("Core,Smart").is_err());
    /// ```
    pub fn check_value(self, value: &str) -> Result<(), ValueError<'_>> {
        let fail = |item, expected| ValueError {
            key: self,
            item,
            expected,
        };
        match self.value_type() {
            ValueType::Boolean => {
                if value.eq_ignore_ascii_case("true") || value.eq_ignore_ascii_case("false") {
                    Ok(())
                } else {
                    Err(fail(value, "\"true\" or \"false\""))
                }
            }
            ValueType::Integer => match value.parse::<i64>() {
                Ok(_) => Ok(()),
                Err(_) => Err(fail(value, "a decimal integer (i64)")),
            },
            ValueType::String => Ok(()),
            ValueType::Csl => match self.vocabulary() {
                Some(vocabulary) => {
                    for item in split_list(value) {
                        if !vocabulary.accepts(item) {
                            return Err(fail(item, vocabulary.expected()));
                        }
                    }
                    Ok(())
                }
                None => {
                    for item in split_list(value) {
                        if item.is_empty() {
                            return Err(fail(item, "a non-empty item"));
                        }
                    }
                    Ok(())
                }
            },
        }
    }
}
