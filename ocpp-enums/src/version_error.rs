//! The error of a conversion between two OCPP versions' enumerations.

use core::fmt;

/// A value that one OCPP version's enumeration has and the other's lacks:
/// the error of `TryFrom` between `ocpp_enums::v201` and `ocpp_enums::v21`
/// types.
///
/// It names the enumeration, the value's wire string and the version that
/// does not define it; nothing is allocated.
///
/// ```
/// use ocpp_enums::{v201, v21};
///
/// let err = v201::MeasurandEnumType::try_from(v21::MeasurandEnumType::DisplayPresentSoc).unwrap_err();
/// assert_eq!(err.enum_name(), "MeasurandEnumType");
/// assert_eq!(err.value(), "Display.PresentSOC");
/// assert_eq!(err.version(), "OCPP 2.0.1");
/// assert_eq!(
///     err.to_string(),
///     r#"MeasurandEnumType "Display.PresentSOC" does not exist in OCPP 2.0.1"#
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct VersionError {
    enum_name: &'static str,
    value: &'static str,
    version: &'static str,
}

impl VersionError {
    pub(crate) const fn new(
        enum_name: &'static str,
        value: &'static str,
        version: &'static str,
    ) -> Self {
        Self {
            enum_name,
            value,
            version,
        }
    }

    /// The name of the enumeration the value belongs to, e.g.
    /// `"MeasurandEnumType"`.
    pub const fn enum_name(&self) -> &'static str {
        self.enum_name
    }

    /// The wire string of the value that could not be converted.
    pub const fn value(&self) -> &'static str {
        self.value
    }

    /// The version that lacks the value: `"OCPP 2.0.1"` or `"OCPP 2.1"`.
    pub const fn version(&self) -> &'static str {
        self.version
    }
}

impl fmt::Display for VersionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} \"{}\" does not exist in {}",
            self.enum_name, self.value, self.version
        )
    }
}

impl core::error::Error for VersionError {}
