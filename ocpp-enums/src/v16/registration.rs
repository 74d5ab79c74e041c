//! Registration with the central system (`BootNotification`) and resets.

use crate::OcppEnum;

/// Whether the central system accepts a charge point after it boots:
/// `status` of `BootNotification.conf`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum RegistrationStatus {
    /// `"Accepted"`: The charge point is registered; `interval` is the
    /// heartbeat interval.
    #[ocpp("Accepted")]
    Accepted,
    /// `"Pending"`: Not registered yet; the central system may still query or
    /// configure the charge point, which retries after `interval`.
    #[ocpp("Pending")]
    Pending,
    /// `"Rejected"`: Not registered; the charge point retries after `interval`
    /// and must not send other requests meanwhile.
    #[ocpp("Rejected")]
    Rejected,
}

/// The kind of reset requested: `type` of `Reset.req`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum ResetType {
    /// `"Hard"`: Restart now, hardware included, without waiting for
    /// transactions to be stopped gracefully.
    #[ocpp("Hard")]
    Hard,
    /// `"Soft"`: Stop transactions gracefully, then restart the application
    /// software.
    #[ocpp("Soft")]
    Soft,
}

/// Outcome of a reset request: `status` of `Reset.conf`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum ResetStatus {
    /// `"Accepted"`: The reset will be carried out.
    #[ocpp("Accepted")]
    Accepted,
    /// `"Rejected"`: The reset is refused.
    #[ocpp("Rejected")]
    Rejected,
}
