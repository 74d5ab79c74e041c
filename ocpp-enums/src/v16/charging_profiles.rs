//! Smart charging: charging profiles, schedules and composite schedules.
//!
//! A charging profile appears as `csChargingProfiles` in
//! `SetChargingProfile.req` and as `chargingProfile` in
//! `RemoteStartTransaction.req`.

use crate::OcppEnum;

/// How a charging profile's schedule is anchored in time:
/// `chargingProfileKind` of a charging profile (`SetChargingProfile.req`,
/// `RemoteStartTransaction.req`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum ChargingProfileKindType {
    /// `"Absolute"`: The schedule starts at a fixed point in time
    /// (`startSchedule`).
    #[ocpp("Absolute")]
    Absolute,
    /// `"Recurring"`: The schedule repeats daily or weekly, see
    /// [`RecurrencyKind`].
    #[ocpp("Recurring")]
    Recurring,
    /// `"Relative"`: The schedule starts when the transaction starts.
    #[ocpp("Relative")]
    Relative,
}

/// What a charging profile limits: `chargingProfilePurpose` of a charging
/// profile (`SetChargingProfile.req`, `RemoteStartTransaction.req`) and of
/// the selection in `ClearChargingProfile.req`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum ChargingProfilePurposeType {
    /// `"ChargePointMaxProfile"`: A limit for the whole charge point (set on
    /// connector 0).
    #[ocpp("ChargePointMaxProfile")]
    ChargePointMaxProfile,
    /// `"TxDefaultProfile"`: The default limit for new transactions on a
    /// connector (or on all connectors, via connector 0).
    #[ocpp("TxDefaultProfile")]
    TxDefaultProfile,
    /// `"TxProfile"`: A limit for one transaction; it overrides the default
    /// profile.
    #[ocpp("TxProfile")]
    TxProfile,
}

/// Outcome of installing a charging profile: `status` of
/// `SetChargingProfile.conf`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum ChargingProfileStatus {
    /// `"Accepted"`: The profile was installed.
    #[ocpp("Accepted")]
    Accepted,
    /// `"Rejected"`: The profile was refused.
    #[ocpp("Rejected")]
    Rejected,
    /// `"NotSupported"`: The charge point does not support smart charging.
    #[ocpp("NotSupported")]
    NotSupported,
}

/// The unit of a charging schedule's limits: `chargingRateUnit` of the
/// schedule in `SetChargingProfile.req`, `RemoteStartTransaction.req` and
/// `GetCompositeSchedule.conf`, and the unit requested in
/// `GetCompositeSchedule.req`.
///
/// The Python library names the members `watts` and `amps`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum ChargingRateUnitType {
    /// `"W"`: Limits in watts (power).
    #[ocpp("W")]
    W,
    /// `"A"`: Limits in amperes (current per phase).
    #[ocpp("A")]
    A,
}

/// Outcome of removing charging profiles: `status` of
/// `ClearChargingProfile.conf`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum ClearChargingProfileStatus {
    /// `"Accepted"`: Matching profiles were removed.
    #[ocpp("Accepted")]
    Accepted,
    /// `"Unknown"`: No profile matched the request.
    #[ocpp("Unknown")]
    Unknown,
}

/// Outcome of a composite schedule request: `status` of
/// `GetCompositeSchedule.conf`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum GetCompositeScheduleStatus {
    /// `"Accepted"`: The schedule is included in the response.
    #[ocpp("Accepted")]
    Accepted,
    /// `"Rejected"`: The charge point could not compute the schedule.
    #[ocpp("Rejected")]
    Rejected,
}

/// How often a recurring charging profile repeats: `recurrencyKind` of a
/// charging profile (`SetChargingProfile.req`, `RemoteStartTransaction.req`).
///
/// The specification calls this type `RecurrencyKindType`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum RecurrencyKind {
    /// `"Daily"`: The schedule restarts every 24 hours from `startSchedule`.
    #[ocpp("Daily")]
    Daily,
    /// `"Weekly"`: The schedule restarts every 7 days from `startSchedule`.
    #[ocpp("Weekly")]
    Weekly,
}
