//! Every OCPP 1.6 enumeration, core and Security Whitepaper.
//!
//! The 48 string enumerations of the Python library `ocpp.v16.enums`, under
//! the same names and with their values in the same order (46 payload
//! enumerations, [`Action`] and [`ConfigurationKey`]), plus five fixed
//! vocabularies that library lacks. The wire strings are those of the OCA
//! JSON schemas; variant names follow the Rust API guidelines
//! ([`Measurand::Soc`] is `SoC`, [`Phase::L1N`] is `L1-N`,
//! [`UnitOfMeasure::KWh`] is `kWh`).
//!
//! Everything is re-exported here, so the path is always
//! `ocpp_enums::v16::<Name>`.
//!
//! | Group | Enumerations |
//! |---|---|
//! | Authorization | [`AuthorizationStatus`], [`UpdateStatus`], [`UpdateType`], [`ClearCacheStatus`] |
//! | Availability | [`AvailabilityStatus`], [`AvailabilityType`] |
//! | Connector status | [`ChargePointStatus`], [`ChargePointErrorCode`] |
//! | Smart charging | [`ChargingProfileKindType`], [`ChargingProfilePurposeType`], [`ChargingProfileStatus`], [`ChargingRateUnitType`], [`ClearChargingProfileStatus`], [`GetCompositeScheduleStatus`], [`RecurrencyKind`] |
//! | Configuration | [`ConfigurationKey`], [`ConfigurationStatus`], [`FeatureProfile`]\*, [`PhaseRotation`]\*, [`FileTransferProtocol`]\* |
//! | Meter values | [`Measurand`], [`UnitOfMeasure`], [`ReadingContext`], [`Location`], [`Phase`], [`ValueFormat`] |
//! | Transactions | [`Reason`], [`RemoteStartStopStatus`], [`UnlockStatus`] |
//! | Reservations | [`ReservationStatus`], [`CancelReservationStatus`] |
//! | Registration and reset | [`RegistrationStatus`], [`ResetType`], [`ResetStatus`] |
//! | Firmware, diagnostics, logs | [`DiagnosticsStatus`], [`FirmwareStatus`], [`UpdateFirmwareStatus`], [`Log`], [`LogStatus`], [`UploadLogStatus`] |
//! | Security | [`CertificateSignedStatus`], [`CertificateStatus`], [`CertificateUse`], [`DeleteCertificateStatus`], [`GenericStatus`], [`GetInstalledCertificateStatus`], [`HashAlgorithm`], [`SecurityEvent`]\* |
//! | Messages | [`Action`], [`CallErrorCode`]\*, [`MessageTrigger`], [`TriggerMessageStatus`], [`DataTransferStatus`] |
//!
//! \* Not in the Python library: [`CallErrorCode`] (OCPP-J CALLERROR codes),
//! [`SecurityEvent`] (the whitepaper's event types), and the item values of
//! the `SupportedFeatureProfiles`, `ConnectorPhaseRotation` and
//! `SupportedFileTransferProtocols` keys.
//!
//! # Deviations and quirks
//! - [`UnitOfMeasure::Celsius`] also parses the schemas' misspelling
//!   `Celcius` (kept by the OCPP-J errata) but always sends `Celsius`.
//! - `Hertz`, listed in one copy of the `MeterValues` schema, is not an
//!   official unit and is rejected.
//! - [`CallErrorCode`] sends the 1.6 spellings `FormationViolation` and
//!   `OccurenceConstraintViolation` and also accepts `FormatViolation` and
//!   `OccurrenceConstraintViolation`.
//! - [`ConfigurationKey`] ignores ASCII case when parsing, as the
//!   specification requires of keys; every other enumeration is exact (use
//!   [`OcppEnum::from_wire_ignore_ascii_case`](crate::OcppEnum::from_wire_ignore_ascii_case)
//!   to recognise a peer's miscased value).
//! - [`MessageTrigger`], [`FirmwareStatus`] and [`TriggerMessageStatus`] each
//!   merge a core type and a whitepaper type; each variant's documentation
//!   says which message accepts it.
//! - [`UpdateStatus`] answers `SendLocalList`, [`UpdateType`] is the kind of
//!   list update, and [`UpdateFirmwareStatus`] answers `SignedUpdateFirmware`.
//! - [`Default`] is implemented only where the specification says what an
//!   absent field means: [`Measurand`], [`UnitOfMeasure`], [`ReadingContext`],
//!   [`Location`], [`ValueFormat`] and [`Reason`].
//!
//! # Metadata
//! [`Action::initiator`], [`Action::feature_profile`] and, per
//! [`ConfigurationKey`], its profile, [`Accessibility`], [`ValueType`], unit
//! and [`check_value`](ConfigurationKey::check_value) ([`ValueError`]):
//! tables generated from the specifications, each documented with its sources.
//!
//! # Open vocabularies
//! Configuration keys and security event types are free strings on the wire,
//! and vendors add their own. Type such fields as
//! [`Open<ConfigurationKey>`](crate::Open) and
//! [`Open<SecurityEvent>`](crate::Open): standard values become `Known` (for
//! keys, in any ASCII case, as the specification requires), any other text
//! is kept verbatim.
//!
//! ```
//! use ocpp_enums::v16::{ConfigurationKey, Measurand, UnitOfMeasure};
//! use ocpp_enums::OcppEnum;
//!
//! assert_eq!("SoC".parse(), Ok(Measurand::Soc));
//! assert_eq!(Measurand::default().as_str(), "Energy.Active.Import.Register");
//! assert_eq!(UnitOfMeasure::from_wire("Celcius"), Some(UnitOfMeasure::Celsius));
//! assert_eq!(UnitOfMeasure::Celsius.to_string(), "Celsius");
//! assert!(!UnitOfMeasure::is_valid("Hertz"));
//! assert_eq!(
//!     ConfigurationKey::from_wire("heartbeatinterval"),
//!     Some(ConfigurationKey::HeartbeatInterval)
//! );
//! ```

mod authorization;
mod availability;
mod charge_point_status;
mod charging_profiles;
mod config_value;
mod configuration;
mod firmware_diagnostics;
mod messages;
mod metadata;
mod meter_values;
mod registration;
mod reservation;
mod security;
mod transactions;

pub use authorization::*;
pub use availability::*;
pub use charge_point_status::*;
pub use charging_profiles::*;
pub use config_value::{Accessibility, ValueError, ValueType};
pub use configuration::*;
pub use firmware_diagnostics::*;
pub use messages::*;
pub use meter_values::*;
pub use registration::*;
pub use reservation::*;
pub use security::*;
pub use transactions::*;

/// Every enumeration of this module, alphabetically by name: what the
/// derive knows of each (wire strings, aliases, case rule), for tools and
/// tests that must not scan Rust source. Built from
/// [`for_each_v16_enum!`](crate::for_each_v16_enum), the one list.
///
/// ```
/// use ocpp_enums::v16;
///
/// assert_eq!(v16::ENUMS.len(), 53);
/// assert_eq!(v16::ENUMS[0].name(), "Action");
/// let total: usize = v16::ENUMS.iter().map(|e| e.variants().len()).sum();
/// assert_eq!(total, 366);
/// ```
pub static ENUMS: &[crate::EnumInfo] = {
    macro_rules! infos {
        ([] $($name:ident),* $(,)?) => {
            &[$(crate::EnumInfo::of::<$name>()),*]
        };
    }
    crate::for_each_v16_enum!(infos)
};

/// Calls `$callback! { [..] Action, AuthorizationStatus, … }` with the name of
/// every enumeration of this module, alphabetically: the one list that tests,
/// examples and tools iterate, so none of them can fall behind the catalogue.
///
/// Tokens after the callback's name are passed first, in brackets, so the
/// callback can take arguments. The names are bare identifiers: bring them
/// into scope with `use ocpp_enums::v16::*;`.
///
/// ```
/// use ocpp_enums::v16::*;
/// use ocpp_enums::OcppEnum;
///
/// macro_rules! total_values {
///     ([] $($name:ident),* $(,)?) => { 0 $(+ <$name as OcppEnum>::COUNT)* };
/// }
/// assert_eq!(ocpp_enums::for_each_v16_enum!(total_values), 366);
/// ```
#[macro_export]
macro_rules! for_each_v16_enum {
    ($callback:ident $($args:tt)*) => {
        $callback! {
            [$($args)*]
            Action,
            AuthorizationStatus,
            AvailabilityStatus,
            AvailabilityType,
            CallErrorCode,
            CancelReservationStatus,
            CertificateSignedStatus,
            CertificateStatus,
            CertificateUse,
            ChargePointErrorCode,
            ChargePointStatus,
            ChargingProfileKindType,
            ChargingProfilePurposeType,
            ChargingProfileStatus,
            ChargingRateUnitType,
            ClearCacheStatus,
            ClearChargingProfileStatus,
            ConfigurationKey,
            ConfigurationStatus,
            DataTransferStatus,
            DeleteCertificateStatus,
            DiagnosticsStatus,
            FeatureProfile,
            FileTransferProtocol,
            FirmwareStatus,
            GenericStatus,
            GetCompositeScheduleStatus,
            GetInstalledCertificateStatus,
            HashAlgorithm,
            Location,
            Log,
            LogStatus,
            Measurand,
            MessageTrigger,
            Phase,
            PhaseRotation,
            ReadingContext,
            Reason,
            RecurrencyKind,
            RegistrationStatus,
            RemoteStartStopStatus,
            ReservationStatus,
            ResetStatus,
            ResetType,
            SecurityEvent,
            TriggerMessageStatus,
            UnitOfMeasure,
            UnlockStatus,
            UpdateFirmwareStatus,
            UpdateStatus,
            UpdateType,
            UploadLogStatus,
            ValueFormat,
        }
    };
}
