//! Authorization: the status of an identifier, the local authorization list
//! and the authorization cache.

use crate::OcppEnum;

/// Whether an identifier (`idTag`) may be used, as the central system sees it.
///
/// Carried in `idTagInfo.status` of `Authorize.conf`, `StartTransaction.conf`
/// and `StopTransaction.conf`, and in each entry of `SendLocalList.req`'s
/// `localAuthorizationList`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum AuthorizationStatus {
    /// `"Accepted"`: The identifier may be used to charge.
    #[ocpp("Accepted")]
    Accepted,
    /// `"Blocked"`: The identifier has been blocked.
    #[ocpp("Blocked")]
    Blocked,
    /// `"Expired"`: The identifier is no longer valid: its expiry date has
    /// passed.
    #[ocpp("Expired")]
    Expired,
    /// `"Invalid"`: The identifier is unknown or otherwise not valid.
    #[ocpp("Invalid")]
    Invalid,
    /// `"ConcurrentTx"`: The identifier is already in a transaction and may not
    /// start another one at the same time.
    #[ocpp("ConcurrentTx")]
    ConcurrentTx,
}

/// Outcome of a local authorization list update: `status` of
/// `SendLocalList.conf`.
///
/// Not to be confused with [`UpdateType`] (how the list in
/// `SendLocalList.req` applies) nor with
/// [`UpdateFirmwareStatus`](super::UpdateFirmwareStatus) (the answer to
/// `SignedUpdateFirmware.req`). The specification's own description of this
/// type mistakenly calls it a "type of update".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum UpdateStatus {
    /// `"Accepted"`: The charge point applied the new list.
    #[ocpp("Accepted")]
    Accepted,
    /// `"Failed"`: The charge point could not apply the list.
    #[ocpp("Failed")]
    Failed,
    /// `"NotSupported"`: The charge point does not support a local
    /// authorization list.
    #[ocpp("NotSupported")]
    NotSupported,
    /// `"VersionMismatch"`: A differential update did not fit the list version
    /// the charge point holds; the central system should send a full list.
    #[ocpp("VersionMismatch")]
    VersionMismatch,
}

/// How `SendLocalList.req` changes the local authorization list: its
/// `updateType` field.
///
/// Not a status: the answer is an [`UpdateStatus`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum UpdateType {
    /// `"Differential"`: Only the listed entries change (added, updated, or
    /// removed when they carry no `idTagInfo`); the rest of the list is kept.
    #[ocpp("Differential")]
    Differential,
    /// `"Full"`: The sent list replaces the whole local list.
    #[ocpp("Full")]
    Full,
}

/// Outcome of clearing the authorization cache: `status` of
/// `ClearCache.conf`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum ClearCacheStatus {
    /// `"Accepted"`: The cache was cleared.
    #[ocpp("Accepted")]
    Accepted,
    /// `"Rejected"`: The cache was not cleared, for example because the charge
    /// point has none.
    #[ocpp("Rejected")]
    Rejected,
}
