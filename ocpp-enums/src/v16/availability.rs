//! Availability: taking connectors or the whole charge point in and out of
//! service.

use crate::OcppEnum;

/// Outcome of a request to change availability: `status` of
/// `ChangeAvailability.conf`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum AvailabilityStatus {
    /// `"Accepted"`: The change was made.
    #[ocpp("Accepted")]
    Accepted,
    /// `"Rejected"`: The change cannot be made.
    #[ocpp("Rejected")]
    Rejected,
    /// `"Scheduled"`: The change will be made once the running transaction(s)
    /// end.
    #[ocpp("Scheduled")]
    Scheduled,
}

/// The availability requested for a connector (or, with connector 0, the
/// whole charge point): `type` of `ChangeAvailability.req`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum AvailabilityType {
    /// `"Inoperative"`: Out of service: no new transactions may start.
    #[ocpp("Inoperative")]
    Inoperative,
    /// `"Operative"`: In service: charging is allowed again.
    #[ocpp("Operative")]
    Operative,
}
