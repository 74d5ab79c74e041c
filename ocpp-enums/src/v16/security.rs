//! Security Whitepaper: certificates and security events.

use crate::OcppEnum;

/// Whether the charge point installed a certificate it asked to have signed:
/// `status` of `CertificateSigned.conf` (Security Whitepaper
/// `CertificateSignedStatusEnumType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum CertificateSignedStatus {
    /// `"Accepted"`: The certificate chain was accepted and installed.
    #[ocpp("Accepted")]
    Accepted,
    /// `"Rejected"`: The certificate chain was refused, for example because it
    /// failed validation.
    #[ocpp("Rejected")]
    Rejected,
}

/// Outcome of installing a root certificate: `status` of
/// `InstallCertificate.conf`.
///
/// The whitepaper text calls this type `CertificateStatusEnumType`, its JSON
/// schema `InstallCertificateStatusEnumType`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum CertificateStatus {
    /// `"Accepted"`: The certificate was installed.
    #[ocpp("Accepted")]
    Accepted,
    /// `"Rejected"`: The certificate was refused, for example because it is not
    /// valid.
    #[ocpp("Rejected")]
    Rejected,
    /// `"Failed"`: The certificate is valid but could not be stored.
    #[ocpp("Failed")]
    Failed,
}

/// The kind of root certificate: `certificateType` of `InstallCertificate.req`
/// and of `GetInstalledCertificateIds.req` (Security Whitepaper
/// `CertificateUseEnumType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum CertificateUse {
    /// `"CentralSystemRootCertificate"`: A root certificate for checking the
    /// central system's certificate.
    #[ocpp("CentralSystemRootCertificate")]
    CentralSystemRootCertificate,
    /// `"ManufacturerRootCertificate"`: A root certificate for checking
    /// firmware signatures.
    #[ocpp("ManufacturerRootCertificate")]
    ManufacturerRootCertificate,
}

/// Outcome of deleting a certificate: `status` of `DeleteCertificate.conf`
/// (Security Whitepaper `DeleteCertificateStatusEnumType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum DeleteCertificateStatus {
    /// `"Accepted"`: The certificate was deleted.
    #[ocpp("Accepted")]
    Accepted,
    /// `"Failed"`: The certificate could not be deleted.
    #[ocpp("Failed")]
    Failed,
    /// `"NotFound"`: No installed certificate matches the given hash data.
    #[ocpp("NotFound")]
    NotFound,
}

/// A plain accept or reject: `status` of `SignCertificate.conf` (Security
/// Whitepaper `GenericStatusEnumType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum GenericStatus {
    /// `"Accepted"`: The signing request will be processed.
    #[ocpp("Accepted")]
    Accepted,
    /// `"Rejected"`: The signing request is refused.
    #[ocpp("Rejected")]
    Rejected,
}

/// Outcome of listing installed certificates: `status` of
/// `GetInstalledCertificateIds.conf` (Security Whitepaper
/// `GetInstalledCertificateStatusEnumType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum GetInstalledCertificateStatus {
    /// `"Accepted"`: Certificates were found; their hash data is in the
    /// response.
    #[ocpp("Accepted")]
    Accepted,
    /// `"NotFound"`: No certificate of the requested kind is installed.
    #[ocpp("NotFound")]
    NotFound,
}

/// The hash function of a certificate's identifying hashes: `hashAlgorithm`
/// of `certificateHashData` in `DeleteCertificate.req` and
/// `GetInstalledCertificateIds.conf` (Security Whitepaper
/// `HashAlgorithmEnumType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum HashAlgorithm {
    /// `"SHA256"`: SHA-256.
    #[ocpp("SHA256")]
    Sha256,
    /// `"SHA384"`: SHA-384.
    #[ocpp("SHA384")]
    Sha384,
    /// `"SHA512"`: SHA-512.
    #[ocpp("SHA512")]
    Sha512,
}

/// A security event type, as listed by the Security Whitepaper: the `type` of
/// `SecurityEventNotification.req`.
///
/// Not an enumeration of the Python library nor of the schemas: the schema
/// types `type` as any string of at most 50 characters, and vendors add their
/// own events, so type that field as [`Open<SecurityEvent>`](crate::Open).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum SecurityEvent {
    /// `"FirmwareUpdated"`: The firmware was updated.
    #[ocpp("FirmwareUpdated")]
    FirmwareUpdated,
    /// `"FailedToAuthenticateAtCentralSystem"`: The charge point could not
    /// authenticate itself to the central system.
    #[ocpp("FailedToAuthenticateAtCentralSystem")]
    FailedToAuthenticateAtCentralSystem,
    /// `"CentralSystemFailedToAuthenticate"`: The central system could not
    /// authenticate itself to the charge point.
    #[ocpp("CentralSystemFailedToAuthenticate")]
    CentralSystemFailedToAuthenticate,
    /// `"SettingSystemTime"`: The system clock was set.
    #[ocpp("SettingSystemTime")]
    SettingSystemTime,
    /// `"StartupOfTheDevice"`: The charge point started up.
    #[ocpp("StartupOfTheDevice")]
    StartupOfTheDevice,
    /// `"ResetOrReboot"`: The charge point was reset or rebooted.
    #[ocpp("ResetOrReboot")]
    ResetOrReboot,
    /// `"SecurityLogWasCleared"`: The security log was cleared.
    #[ocpp("SecurityLogWasCleared")]
    SecurityLogWasCleared,
    /// `"ReconfigurationOfSecurityParameters"`: Security settings (keys,
    /// certificates, profile) were changed.
    #[ocpp("ReconfigurationOfSecurityParameters")]
    ReconfigurationOfSecurityParameters,
    /// `"MemoryExhaustion"`: The charge point ran out of memory or storage.
    #[ocpp("MemoryExhaustion")]
    MemoryExhaustion,
    /// `"InvalidMessages"`: Messages that are not valid OCPP were received.
    #[ocpp("InvalidMessages")]
    InvalidMessages,
    /// `"AttemptedReplayAttacks"`: Replayed messages were detected.
    #[ocpp("AttemptedReplayAttacks")]
    AttemptedReplayAttacks,
    /// `"TamperDetectionActivated"`: Physical tampering was detected.
    #[ocpp("TamperDetectionActivated")]
    TamperDetectionActivated,
    /// `"InvalidFirmwareSignature"`: A firmware image had a signature that is
    /// not valid.
    #[ocpp("InvalidFirmwareSignature")]
    InvalidFirmwareSignature,
    /// `"InvalidFirmwareSigningCertificate"`: A firmware image was signed with
    /// a certificate that is not valid.
    #[ocpp("InvalidFirmwareSigningCertificate")]
    InvalidFirmwareSigningCertificate,
    /// `"InvalidCentralSystemCertificate"`: The central system presented a
    /// certificate that is not valid.
    #[ocpp("InvalidCentralSystemCertificate")]
    InvalidCentralSystemCertificate,
    /// `"InvalidChargePointCertificate"`: The charge point's own certificate is
    /// not valid.
    #[ocpp("InvalidChargePointCertificate")]
    InvalidChargePointCertificate,
    /// `"InvalidTLSVersion"`: A connection offered a TLS version that is not
    /// allowed.
    #[ocpp("InvalidTLSVersion")]
    InvalidTlsVersion,
    /// `"InvalidTLSCipherSuite"`: A connection offered only TLS cipher suites
    /// that are not allowed.
    #[ocpp("InvalidTLSCipherSuite")]
    InvalidTlsCipherSuite,
}
