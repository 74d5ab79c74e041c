//! Firmware updates, diagnostics and log upload, core and Security
//! Whitepaper.

use crate::OcppEnum;

/// Progress of a diagnostics upload: `status` of
/// `DiagnosticsStatusNotification.req`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum DiagnosticsStatus {
    /// `"Idle"`: No upload in progress (reported when triggered).
    #[ocpp("Idle")]
    Idle,
    /// `"Uploaded"`: The diagnostics file was uploaded.
    #[ocpp("Uploaded")]
    Uploaded,
    /// `"UploadFailed"`: The upload failed.
    #[ocpp("UploadFailed")]
    UploadFailed,
    /// `"Uploading"`: The upload is in progress.
    #[ocpp("Uploading")]
    Uploading,
}

/// Progress of a firmware update: `status` of `FirmwareStatusNotification.req`
/// and of `SignedFirmwareStatusNotification.req`.
///
/// Like the Python library, this merges two specification types: the core
/// `FirmwareStatus` (7 values, for `FirmwareStatusNotification.req`) and the
/// Security Whitepaper's `FirmwareStatusEnumType` (all 14 values, for
/// `SignedFirmwareStatusNotification.req`). Each variant says where it is
/// allowed. The whitepaper's first edition also had `InvalidCertificate`,
/// `RevokedCertificate` and `CertificateVerified`; the second edition dropped
/// them and so does this type (use [`Open<FirmwareStatus>`](crate::Open) to
/// accept them from older firmware).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum FirmwareStatus {
    /// `"Downloaded"`: The new firmware has been downloaded. Both
    /// notifications.
    #[ocpp("Downloaded")]
    Downloaded,
    /// `"DownloadFailed"`: The download failed. Both notifications.
    #[ocpp("DownloadFailed")]
    DownloadFailed,
    /// `"Downloading"`: The firmware is being downloaded. Both notifications.
    #[ocpp("Downloading")]
    Downloading,
    /// `"Idle"`: No update in progress (reported when triggered). Both
    /// notifications.
    #[ocpp("Idle")]
    Idle,
    /// `"InstallationFailed"`: Installing the firmware failed. Both
    /// notifications.
    #[ocpp("InstallationFailed")]
    InstallationFailed,
    /// `"Installing"`: The firmware is being installed. Both notifications.
    #[ocpp("Installing")]
    Installing,
    /// `"Installed"`: The new firmware is installed. Both notifications.
    #[ocpp("Installed")]
    Installed,
    /// `"DownloadScheduled"`: The download will start later. Only in
    /// `SignedFirmwareStatusNotification.req`.
    #[ocpp("DownloadScheduled")]
    DownloadScheduled,
    /// `"DownloadPaused"`: The download is paused, for example during a
    /// transaction. Only in `SignedFirmwareStatusNotification.req`.
    #[ocpp("DownloadPaused")]
    DownloadPaused,
    /// `"InstallRebooting"`: About to reboot to activate the new firmware. Only
    /// in `SignedFirmwareStatusNotification.req`.
    #[ocpp("InstallRebooting")]
    InstallRebooting,
    /// `"InstallScheduled"`: The installation will start later. Only in
    /// `SignedFirmwareStatusNotification.req`.
    #[ocpp("InstallScheduled")]
    InstallScheduled,
    /// `"InstallVerificationFailed"`: The installed firmware failed its
    /// verification. Only in `SignedFirmwareStatusNotification.req`.
    #[ocpp("InstallVerificationFailed")]
    InstallVerificationFailed,
    /// `"InvalidSignature"`: The firmware's signature is not valid. Only in
    /// `SignedFirmwareStatusNotification.req`.
    #[ocpp("InvalidSignature")]
    InvalidSignature,
    /// `"SignatureVerified"`: The firmware's signature checked out. Only in
    /// `SignedFirmwareStatusNotification.req`.
    #[ocpp("SignatureVerified")]
    SignatureVerified,
}

/// Whether a signed firmware update request is taken up: `status` of
/// `SignedUpdateFirmware.conf` (Security Whitepaper
/// `UpdateFirmwareStatusEnumType`).
///
/// Not to be confused with [`UpdateStatus`](super::UpdateStatus), the answer
/// to `SendLocalList.req`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum UpdateFirmwareStatus {
    /// `"Accepted"`: The update will be carried out.
    #[ocpp("Accepted")]
    Accepted,
    /// `"Rejected"`: The update is refused.
    #[ocpp("Rejected")]
    Rejected,
    /// `"AcceptedCanceled"`: The update will be carried out and replaces one
    /// already in progress, which is cancelled.
    #[ocpp("AcceptedCanceled")]
    AcceptedCanceled,
    /// `"InvalidCertificate"`: The signing certificate is not valid.
    #[ocpp("InvalidCertificate")]
    InvalidCertificate,
    /// `"RevokedCertificate"`: The signing certificate has been revoked.
    #[ocpp("RevokedCertificate")]
    RevokedCertificate,
}

/// Which log to upload: `logType` of `GetLog.req` (Security Whitepaper
/// `LogEnumType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum Log {
    /// `"DiagnosticsLog"`: The diagnostics log, as `GetDiagnostics.req` would
    /// upload.
    #[ocpp("DiagnosticsLog")]
    DiagnosticsLog,
    /// `"SecurityLog"`: The security log, which records
    /// [`SecurityEvent`](super::SecurityEvent)s.
    #[ocpp("SecurityLog")]
    SecurityLog,
}

/// Whether a log upload request is taken up: `status` of `GetLog.conf`
/// (Security Whitepaper `LogStatusEnumType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum LogStatus {
    /// `"Accepted"`: The log will be uploaded.
    #[ocpp("Accepted")]
    Accepted,
    /// `"Rejected"`: The request is refused.
    #[ocpp("Rejected")]
    Rejected,
    /// `"AcceptedCanceled"`: The log will be uploaded and an upload already in
    /// progress is cancelled.
    #[ocpp("AcceptedCanceled")]
    AcceptedCanceled,
}

/// Progress of a log upload: `status` of `LogStatusNotification.req`
/// (Security Whitepaper `UploadLogStatusEnumType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum UploadLogStatus {
    /// `"BadMessage"`: The file server rejected the upload request as
    /// malformed.
    #[ocpp("BadMessage")]
    BadMessage,
    /// `"Idle"`: No upload in progress (reported when triggered).
    #[ocpp("Idle")]
    Idle,
    /// `"NotSupportedOperation"`: The file server does not support the
    /// requested operation.
    #[ocpp("NotSupportedOperation")]
    NotSupportedOperation,
    /// `"PermissionDenied"`: The file server refused access.
    #[ocpp("PermissionDenied")]
    PermissionDenied,
    /// `"Uploaded"`: The log was uploaded.
    #[ocpp("Uploaded")]
    Uploaded,
    /// `"UploadFailure"`: The upload failed.
    #[ocpp("UploadFailure")]
    UploadFailure,
    /// `"Uploading"`: The upload is in progress.
    #[ocpp("Uploading")]
    Uploading,
}
