//! Transactions: why they stop, remote start and stop, and unlocking the
//! connector.

use crate::OcppEnum;

/// Why a transaction stopped: `reason` of `StopTransaction.req`.
///
/// The field may be left out only when the reason is `Local`, so that is the
/// [`Default`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum Reason {
    /// `"EmergencyStop"`: An emergency stop button was pressed.
    #[ocpp("EmergencyStop")]
    EmergencyStop,
    /// `"EVDisconnected"`: The cable was unplugged at the EV.
    #[ocpp("EVDisconnected")]
    EvDisconnected,
    /// `"HardReset"`: A hard reset (`Reset.req` of type `Hard`).
    #[ocpp("HardReset")]
    HardReset,
    /// `"Local"`: Stopped at the charge point, for example by the user
    /// presenting their identifier again; the default when `reason` is absent.
    #[default]
    #[ocpp("Local")]
    Local,
    /// `"Other"`: Any other reason.
    #[ocpp("Other")]
    Other,
    /// `"PowerLoss"`: The charge point lost power.
    #[ocpp("PowerLoss")]
    PowerLoss,
    /// `"Reboot"`: The charge point rebooted for a reason of its own, for
    /// example an operator on site.
    #[ocpp("Reboot")]
    Reboot,
    /// `"Remote"`: Stopped by the central system (`RemoteStopTransaction.req`).
    #[ocpp("Remote")]
    Remote,
    /// `"SoftReset"`: A soft reset (`Reset.req` of type `Soft`).
    #[ocpp("SoftReset")]
    SoftReset,
    /// `"UnlockCommand"`: An `UnlockConnector.req` ended the transaction.
    #[ocpp("UnlockCommand")]
    UnlockCommand,
    /// `"DeAuthorized"`: The identifier was found invalid during the
    /// transaction (see the `StopTransactionOnInvalidId` key). Note the capital
    /// `A` on the wire.
    #[ocpp("DeAuthorized")]
    DeAuthorized,
}

/// Whether the charge point takes up a remote start or stop: `status` of
/// `RemoteStartTransaction.conf` and of `RemoteStopTransaction.conf`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum RemoteStartStopStatus {
    /// `"Accepted"`: The charge point will try to start or stop the
    /// transaction.
    #[ocpp("Accepted")]
    Accepted,
    /// `"Rejected"`: The charge point will not.
    #[ocpp("Rejected")]
    Rejected,
}

/// Outcome of unlocking a connector: `status` of `UnlockConnector.conf`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum UnlockStatus {
    /// `"Unlocked"`: The connector is unlocked.
    #[ocpp("Unlocked")]
    Unlocked,
    /// `"UnlockFailed"`: The connector could not be unlocked.
    #[ocpp("UnlockFailed")]
    UnlockFailed,
    /// `"NotSupported"`: The connector has no lock that could be released.
    #[ocpp("NotSupported")]
    NotSupported,
}
