//! Configuration: the standard keys and the fixed vocabularies of their
//! list-valued settings.
//!
//! Keys travel as free strings (`key` of `GetConfiguration.req`/`.conf` and
//! `ChangeConfiguration.req`, at most 50 characters), and vendors add their
//! own, so type such fields as [`Open<ConfigurationKey>`](crate::Open).

use crate::OcppEnum;

/// A standard configuration key.
///
/// Holds every key of the Python library's `ConfigurationKey` (the core
/// specification's chapter 9, the Security Whitepaper's keys and the ISO
/// 15118 Plug & Charge keys), in its order, followed by the three keys that
/// errata sheet v4 added: `MessageTimeout`, `SupportedFileTransferProtocols`
/// and `StopTransactionMaxMeterValues`.
///
/// The specification makes keys case-insensitive, so parsing ignores ASCII
/// case (`heartbeatinterval` is [`HeartbeatInterval`](Self::HeartbeatInterval))
/// while the canonical spelling is always the one sent. The wire spellings
/// keep the specification's inconsistencies: `MeterValueSampleInterval`
/// beside `MeterValuesSampledData`, `ChargeProfileMaxStackLevel`,
/// `ConnectionTimeOut`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
#[ocpp(ascii_case_insensitive)]
pub enum ConfigurationKey {
    /// `"AllowOfflineTxForUnknownId"`: Core: whether a charge point that is
    /// offline may start transactions for identifiers it does not know.
    #[ocpp("AllowOfflineTxForUnknownId")]
    AllowOfflineTxForUnknownId,
    /// `"AuthorizationCacheEnabled"`: Core: whether the authorization cache is
    /// in use.
    #[ocpp("AuthorizationCacheEnabled")]
    AuthorizationCacheEnabled,
    /// `"AuthorizeRemoteTxRequests"`: Core: whether the identifier of a remote
    /// start must be authorized like a local one before charging begins.
    #[ocpp("AuthorizeRemoteTxRequests")]
    AuthorizeRemoteTxRequests,
    /// `"BlinkRepeat"`: Core: how many times the charge point's lights blink
    /// when signalling.
    #[ocpp("BlinkRepeat")]
    BlinkRepeat,
    /// `"ClockAlignedDataInterval"`: Core: seconds between clock-aligned meter
    /// readings; 0 turns them off.
    #[ocpp("ClockAlignedDataInterval")]
    ClockAlignedDataInterval,
    /// `"ConnectionTimeOut"`: Core: seconds a user has to plug in after
    /// presenting an identifier. Note the capital `O` on the wire.
    #[ocpp("ConnectionTimeOut")]
    ConnectionTimeOut,
    /// `"ConnectorPhaseRotation"`: Core: how each connector's phases are wired
    /// to the grid, a list of `<connector>.<rotation>` items (see
    /// [`PhaseRotation`]).
    #[ocpp("ConnectorPhaseRotation")]
    ConnectorPhaseRotation,
    /// `"ConnectorPhaseRotationMaxLength"`: Core: the most items
    /// `ConnectorPhaseRotation` can hold.
    #[ocpp("ConnectorPhaseRotationMaxLength")]
    ConnectorPhaseRotationMaxLength,
    /// `"GetConfigurationMaxKeys"`: Core: the most keys one
    /// `GetConfiguration.req` may ask for.
    #[ocpp("GetConfigurationMaxKeys")]
    GetConfigurationMaxKeys,
    /// `"HeartbeatInterval"`: Core: seconds of silence after which the charge
    /// point sends a `Heartbeat.req`.
    #[ocpp("HeartbeatInterval")]
    HeartbeatInterval,
    /// `"LightIntensity"`: Core: brightness of the charge point's lights, in
    /// percent.
    #[ocpp("LightIntensity")]
    LightIntensity,
    /// `"LocalAuthorizeOffline"`: Core: whether, while offline, identifiers
    /// valid in the local list or cache may start transactions.
    #[ocpp("LocalAuthorizeOffline")]
    LocalAuthorizeOffline,
    /// `"LocalPreAuthorize"`: Core: whether, while online, locally valid
    /// identifiers may start charging before the central system answers.
    #[ocpp("LocalPreAuthorize")]
    LocalPreAuthorize,
    /// `"MaxEnergyOnInvalidId"`: Core: energy (Wh) still delivered after an
    /// identifier turns out to be invalid once the transaction has started.
    #[ocpp("MaxEnergyOnInvalidId")]
    MaxEnergyOnInvalidId,
    /// `"MeterValuesAlignedData"`: Core: the measurands sent at each
    /// clock-aligned interval.
    #[ocpp("MeterValuesAlignedData")]
    MeterValuesAlignedData,
    /// `"MeterValuesAlignedDataMaxLength"`: Core: the most items
    /// `MeterValuesAlignedData` can hold.
    #[ocpp("MeterValuesAlignedDataMaxLength")]
    MeterValuesAlignedDataMaxLength,
    /// `"MeterValuesSampledData"`: Core: the measurands sampled periodically
    /// during a transaction.
    #[ocpp("MeterValuesSampledData")]
    MeterValuesSampledData,
    /// `"MeterValuesSampledDataMaxLength"`: Core: the most items
    /// `MeterValuesSampledData` can hold.
    #[ocpp("MeterValuesSampledDataMaxLength")]
    MeterValuesSampledDataMaxLength,
    /// `"MeterValueSampleInterval"`: Core: seconds between periodic samples in
    /// a transaction; 0 turns them off. Note the singular `MeterValue` on the
    /// wire.
    #[ocpp("MeterValueSampleInterval")]
    MeterValueSampleInterval,
    /// `"MinimumStatusDuration"`: Core: seconds a status must last before it is
    /// reported.
    #[ocpp("MinimumStatusDuration")]
    MinimumStatusDuration,
    /// `"NumberOfConnectors"`: Core: the number of physical connectors
    /// (read-only).
    #[ocpp("NumberOfConnectors")]
    NumberOfConnectors,
    /// `"ResetRetries"`: Core: how often the charge point retries a failed
    /// reset.
    #[ocpp("ResetRetries")]
    ResetRetries,
    /// `"StopTransactionOnEVSideDisconnect"`: Core: whether unplugging at the
    /// EV ends the transaction.
    #[ocpp("StopTransactionOnEVSideDisconnect")]
    StopTransactionOnEvSideDisconnect,
    /// `"StopTransactionOnInvalidId"`: Core: whether a transaction stops when
    /// its identifier turns out to be invalid.
    #[ocpp("StopTransactionOnInvalidId")]
    StopTransactionOnInvalidId,
    /// `"StopTxnAlignedData"`: Core: the clock-aligned measurands included in
    /// `StopTransaction.req`.
    #[ocpp("StopTxnAlignedData")]
    StopTxnAlignedData,
    /// `"StopTxnAlignedDataMaxLength"`: Core: the most items
    /// `StopTxnAlignedData` can hold.
    #[ocpp("StopTxnAlignedDataMaxLength")]
    StopTxnAlignedDataMaxLength,
    /// `"StopTxnSampledData"`: Core: the periodically sampled measurands
    /// included in `StopTransaction.req`.
    #[ocpp("StopTxnSampledData")]
    StopTxnSampledData,
    /// `"StopTxnSampledDataMaxLength"`: Core: the most items
    /// `StopTxnSampledData` can hold.
    #[ocpp("StopTxnSampledDataMaxLength")]
    StopTxnSampledDataMaxLength,
    /// `"SupportedFeatureProfiles"`: Core: the feature profiles the charge
    /// point implements (see [`FeatureProfile`]).
    #[ocpp("SupportedFeatureProfiles")]
    SupportedFeatureProfiles,
    /// `"SupportedFeatureProfilesMaxLength"`: Core: the most items
    /// `SupportedFeatureProfiles` can hold.
    #[ocpp("SupportedFeatureProfilesMaxLength")]
    SupportedFeatureProfilesMaxLength,
    /// `"TransactionMessageAttempts"`: Core: how many times to try a
    /// transaction message the central system failed to process.
    #[ocpp("TransactionMessageAttempts")]
    TransactionMessageAttempts,
    /// `"TransactionMessageRetryInterval"`: Core: seconds to wait before
    /// retrying such a message, multiplied by the number of attempts so far.
    #[ocpp("TransactionMessageRetryInterval")]
    TransactionMessageRetryInterval,
    /// `"UnlockConnectorOnEVSideDisconnect"`: Core: whether the connector
    /// unlocks when the cable is unplugged at the EV.
    #[ocpp("UnlockConnectorOnEVSideDisconnect")]
    UnlockConnectorOnEvSideDisconnect,
    /// `"WebSocketPingInterval"`: Core: seconds between WebSocket pings
    /// (OCPP-J); 0 turns them off.
    #[ocpp("WebSocketPingInterval")]
    WebSocketPingInterval,
    /// `"LocalAuthListEnabled"`: Local Auth List Management: whether the local
    /// authorization list is in use.
    #[ocpp("LocalAuthListEnabled")]
    LocalAuthListEnabled,
    /// `"LocalAuthListMaxLength"`: Local Auth List Management: the most
    /// identifiers the local list can hold.
    #[ocpp("LocalAuthListMaxLength")]
    LocalAuthListMaxLength,
    /// `"SendLocalListMaxLength"`: Local Auth List Management: the most
    /// identifiers one `SendLocalList.req` may carry.
    #[ocpp("SendLocalListMaxLength")]
    SendLocalListMaxLength,
    /// `"ReserveConnectorZeroSupported"`: Reservation: whether connector 0 (the
    /// whole charge point) can be reserved.
    #[ocpp("ReserveConnectorZeroSupported")]
    ReserveConnectorZeroSupported,
    /// `"ChargeProfileMaxStackLevel"`: Smart Charging: the highest `stackLevel`
    /// a charging profile may have. Note `ChargeProfile`, not
    /// `ChargingProfile`, on the wire.
    #[ocpp("ChargeProfileMaxStackLevel")]
    ChargeProfileMaxStackLevel,
    /// `"ChargingScheduleAllowedChargingRateUnit"`: Smart Charging: the
    /// quantities a schedule may limit (`Current`, `Power`).
    #[ocpp("ChargingScheduleAllowedChargingRateUnit")]
    ChargingScheduleAllowedChargingRateUnit,
    /// `"ChargingScheduleMaxPeriods"`: Smart Charging: the most periods one
    /// charging schedule may have.
    #[ocpp("ChargingScheduleMaxPeriods")]
    ChargingScheduleMaxPeriods,
    /// `"ConnectorSwitch3to1PhaseSupported"`: Smart Charging: whether the
    /// charge point can switch from three phases to one during a transaction.
    #[ocpp("ConnectorSwitch3to1PhaseSupported")]
    ConnectorSwitch3To1PhaseSupported,
    /// `"MaxChargingProfilesInstalled"`: Smart Charging: the most charging
    /// profiles that can be installed at once.
    #[ocpp("MaxChargingProfilesInstalled")]
    MaxChargingProfilesInstalled,
    /// `"CentralContractValidationAllowed"`: ISO 15118 Plug & Charge: whether
    /// the charge point may ask the central system to validate a contract
    /// certificate it cannot validate itself.
    #[ocpp("CentralContractValidationAllowed")]
    CentralContractValidationAllowed,
    /// `"CertificateSignedMaxChainSize"`: Security Whitepaper: the largest
    /// certificate chain, in bytes, that `CertificateSigned.req` may carry.
    /// (The Python library lists it under ISO 15118.)
    #[ocpp("CertificateSignedMaxChainSize")]
    CertificateSignedMaxChainSize,
    /// `"CertSigningWaitMinimum"`: ISO 15118 Plug & Charge: seconds to wait for
    /// a signed certificate before repeating the signing request.
    #[ocpp("CertSigningWaitMinimum")]
    CertSigningWaitMinimum,
    /// `"CertSigningRepeatTimes"`: ISO 15118 Plug & Charge: how often to repeat
    /// an unanswered signing request.
    #[ocpp("CertSigningRepeatTimes")]
    CertSigningRepeatTimes,
    /// `"CertificateStoreMaxLength"`: Security Whitepaper: the most
    /// certificates the charge point can store. (The Python library lists it
    /// under ISO 15118.)
    #[ocpp("CertificateStoreMaxLength")]
    CertificateStoreMaxLength,
    /// `"ContractValidationOffline"`: ISO 15118 Plug & Charge: whether contract
    /// certificates may be validated locally while offline.
    #[ocpp("ContractValidationOffline")]
    ContractValidationOffline,
    /// `"ISO15118PnCEnabled"`: ISO 15118 Plug & Charge: whether Plug & Charge
    /// is enabled. `Iso15118PnCEnabled`, seen in the field, parses too because
    /// keys ignore case.
    #[ocpp("ISO15118PnCEnabled")]
    Iso15118PnCEnabled,
    /// `"AdditionalRootCertificateCheck"`: Security Whitepaper: whether a new
    /// central system root certificate must be checked against the one it
    /// replaces.
    ///
    /// Required unless the charge point implements only security profile 1;
    /// the whitepaper's table says optional, so
    /// [`is_required`](Self::is_required) is `false`.
    #[ocpp("AdditionalRootCertificateCheck")]
    AdditionalRootCertificateCheck,
    /// `"AuthorizationKey"`: Security Whitepaper: the HTTP Basic authentication
    /// password for security profiles 1 and 2 (write-only).
    ///
    /// Required unless the charge point implements only security profile 3;
    /// the whitepaper's table says optional, so
    /// [`is_required`](Self::is_required) is `false`.
    #[ocpp("AuthorizationKey")]
    AuthorizationKey,
    /// `"CpoName"`: Security Whitepaper: the operator's name, as in the
    /// organization of the charge point certificate.
    #[ocpp("CpoName")]
    CpoName,
    /// `"SecurityProfile"`: Security Whitepaper: the security profile in use (0
    /// to 3).
    #[ocpp("SecurityProfile")]
    SecurityProfile,
    /// `"MessageTimeout"`: Core (errata v4): seconds to wait for the answer to
    /// a request before treating it as timed out.
    #[ocpp("MessageTimeout")]
    MessageTimeout,
    /// `"SupportedFileTransferProtocols"`: Firmware Management (errata v4): the
    /// file transfer protocols the charge point supports (see
    /// [`FileTransferProtocol`]).
    #[ocpp("SupportedFileTransferProtocols")]
    SupportedFileTransferProtocols,
    /// `"StopTransactionMaxMeterValues"`: Core (errata v4): the most meter
    /// values `StopTransaction.req` may carry.
    #[ocpp("StopTransactionMaxMeterValues")]
    StopTransactionMaxMeterValues,
}

/// Outcome of changing a configuration key: `status` of
/// `ChangeConfiguration.conf`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum ConfigurationStatus {
    /// `"Accepted"`: The new value is in effect.
    #[ocpp("Accepted")]
    Accepted,
    /// `"Rejected"`: The value was refused, for example because it is out of
    /// range.
    #[ocpp("Rejected")]
    Rejected,
    /// `"RebootRequired"`: The value was stored but takes effect only after a
    /// reboot.
    #[ocpp("RebootRequired")]
    RebootRequired,
    /// `"NotSupported"`: The key is not known to the charge point.
    #[ocpp("NotSupported")]
    NotSupported,
}

/// A feature profile: one item of the comma-separated value of the
/// `SupportedFeatureProfiles` key.
///
/// Not an enumeration of the Python library nor of the schemas.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum FeatureProfile {
    /// `"Core"`: The basic messages every charge point implements.
    #[ocpp("Core")]
    Core,
    /// `"FirmwareManagement"`: Firmware updates and diagnostics upload.
    #[ocpp("FirmwareManagement")]
    FirmwareManagement,
    /// `"LocalAuthListManagement"`: The local authorization list
    /// (`SendLocalList`, `GetLocalListVersion`).
    #[ocpp("LocalAuthListManagement")]
    LocalAuthListManagement,
    /// `"Reservation"`: Reservations (`ReserveNow`, `CancelReservation`).
    #[ocpp("Reservation")]
    Reservation,
    /// `"SmartCharging"`: Charging profiles (`SetChargingProfile`,
    /// `ClearChargingProfile`, `GetCompositeSchedule`).
    #[ocpp("SmartCharging")]
    SmartCharging,
    /// `"RemoteTrigger"`: Messages on request (`TriggerMessage`).
    #[ocpp("RemoteTrigger")]
    RemoteTrigger,
}

/// How a connector's phases are wired relative to its meter (or, for
/// connector 0, the meter relative to the grid): the `<rotation>` part of each
/// `<connector>.<rotation>` item of the `ConnectorPhaseRotation` key (for
/// example `1.RST`).
///
/// R, S and T are the reference phases L1, L2 and L3; the three letters give
/// the reference phase that the connector's first, second and third phase are
/// wired to. Not an enumeration of the Python library nor of the schemas.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum PhaseRotation {
    /// `"NotApplicable"`: Phase rotation does not apply: a single-phase or DC
    /// connector.
    #[ocpp("NotApplicable")]
    NotApplicable,
    /// `"Unknown"`: The rotation is not known.
    #[ocpp("Unknown")]
    Unknown,
    /// `"RST"`: 1-R, 2-S, 3-T: the standard reference phasing.
    #[ocpp("RST")]
    Rst,
    /// `"RTS"`: 1-R, 2-T, 3-S: the reference phasing reversed.
    #[ocpp("RTS")]
    Rts,
    /// `"SRT"`: 1-S, 2-R, 3-T: reversed, rotated by 240 degrees.
    #[ocpp("SRT")]
    Srt,
    /// `"STR"`: 1-S, 2-T, 3-R: standard, rotated by 120 degrees.
    #[ocpp("STR")]
    Str,
    /// `"TRS"`: 1-T, 2-R, 3-S: standard, rotated by 240 degrees.
    #[ocpp("TRS")]
    Trs,
    /// `"TSR"`: 1-T, 2-S, 3-R: reversed, rotated by 120 degrees.
    #[ocpp("TSR")]
    Tsr,
}

/// A file transfer protocol: one item of the comma-separated value of the
/// `SupportedFileTransferProtocols` key (errata v4), which the charge point
/// can use to upload diagnostics or logs and download firmware.
///
/// Not an enumeration of the Python library nor of the schemas.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum FileTransferProtocol {
    /// `"FTP"`: Plain FTP.
    #[ocpp("FTP")]
    Ftp,
    /// `"FTPS"`: FTP over TLS.
    #[ocpp("FTPS")]
    Ftps,
    /// `"HTTP"`: Plain HTTP.
    #[ocpp("HTTP")]
    Http,
    /// `"HTTPS"`: HTTP over TLS.
    #[ocpp("HTTPS")]
    Https,
}
