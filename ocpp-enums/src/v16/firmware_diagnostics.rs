//! Firmware updates, diagnostics and log upload, core and Security
//! Whitepaper.

use crate::OcppEnum;

/// Progress of a diagnostics upload: `status` of
/// `DiagnosticsStatusNotification.req`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
pub enum DiagnosticsStatus {
    /// No upload in progress (reported when triggered).
    #[ocpp("Idle")]
    Idle,
    /// The diagnostics file was uploaded.
    #[ocpp("Uploaded")]
    Uploaded,
    /// The upload failed.
    #[ocpp("UploadFailed")]
    UploadFailed,
    /// The upload is in progress.
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
pub enum FirmwareStatus {
    /// The new firmware has been downloaded. Both notifications.
    #[ocpp("Downloaded")]
    Downloaded,
    /// The download failed. Both notifications.
    #[ocpp("DownloadFailed")]
    DownloadFailed,
    /// The firmware is being downloaded. Both notifications.
    #[ocpp("Downloading")]
    Downloading,
    /// No update in progress (reported when triggered). Both notifications.
    #[ocpp("Idle")]
    Idle,
    /// Installing the firmware failed. Both notifications.
    #[ocpp("InstallationFailed")]
    InstallationFailed,
    /// The firmware is being installed. Both notifications.
    #[ocpp("Installing")]
    Installing,
    /// The new firmware is installed. Both notifications.
    #[ocpp("Installed")]
    Installed,
    /// The download will start later. Only in
    /// `SignedFirmwareStatusNotification.req`.
    #[ocpp("DownloadScheduled")]
    DownloadScheduled,
    /// The download is paused, for example during a transaction. Only in
    /// `SignedFirmwareStatusNotification.req`.
    #[ocpp("DownloadPaused")]
    DownloadPaused,
    /// About to reboot to activate the new firmware. Only in
    /// `SignedFirmwareStatusNotification.req`.
    #[ocpp("InstallRebooting")]
    InstallRebooting,
    /// The installation will start later. Only in
    /// `SignedFirmwareStatusNotification.req`.
    #[ocpp("InstallScheduled")]
    InstallScheduled,
    /// The installed firmware failed its verification. Only in
    /// `SignedFirmwareStatusNotification.req`.
    #[ocpp("InstallVerificationFailed")]
    InstallVerificationFailed,
    /// The firmware's signature is not valid. Only in
    /// `SignedFirmwareStatusNotification.req`.
    #[ocpp("InvalidSignature")]
    InvalidSignature,
    /// The firmware's signature checked out. Only in
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
pub enum UpdateFirmwareStatus {
    /// The update will be carried out.
    #[ocpp("Accepted")]
    Accepted,
    /// The update is refused.
    #[ocpp("Rejected")]
    Rejected,
    /// The update will be carried out and replaces one already in progress,
    /// which is cancelled.
    #[ocpp("AcceptedCanceled")]
    AcceptedCanceled,
    /// The signing certificate is not valid.
    #[ocpp("InvalidCertificate")]
    InvalidCertificate,
    /// The signing certificate has been revoked.
    #[ocpp("RevokedCertificate")]
    RevokedCertificate,
}

/// Which log to upload: `logType` of `GetLog.req` (Security Whitepaper
/// `LogEnumType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
pub enum Log {
    /// The diagnostics log, as `GetDiagnostics.req` would upload.
    #[ocpp("DiagnosticsLog")]
    DiagnosticsLog,
    /// The security log, which records [`SecurityEvent`](super::SecurityEvent)s.
    #[ocpp("SecurityLog")]
    SecurityLog,
}

/// Whether a log upload request is taken up: `status` of `GetLog.conf`
/// (Security Whitepaper `LogStatusEnumType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
pub enum LogStatus {
    /// The log will be uploaded.
    #[ocpp("Accepted")]
    Accepted,
    /// The request is refused.
    #[ocpp("Rejected")]
    Rejected,
    /// The log will be uploaded and an upload already in progress is
    /// cancelled.
    #[ocpp("AcceptedCanceled")]
    AcceptedCanceled,
}

/// Progress of a log upload: `status` of `LogStatusNotification.req`
/// (Security Whitepaper `UploadLogStatusEnumType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
pub enum UploadLogStatus {
    /// The file server rejected the upload request as malformed.
    #[ocpp("BadMessage")]
    BadMessage,
    /// No upload in progress (reported when triggered).
    #[ocpp("Idle")]
    Idle,
    /// The file server does not support the requested operation.
    #[ocpp("NotSupportedOperation")]
    NotSupportedOperation,
    /// The file server refused access.
    #[ocpp("PermissionDenied")]
    PermissionDenied,
    /// The log was uploaded.
    #[ocpp("Uploaded")]
    Uploaded,
    /// The upload failed.
    #[ocpp("UploadFailure")]
    UploadFailure,
    /// The upload is in progress.
    #[ocpp("Uploading")]
    Uploading,
}
