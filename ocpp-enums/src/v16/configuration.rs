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
#[ocpp(ascii_case_insensitive)]
pub enum ConfigurationKey {
    /// Core: whether a charge point that is offline may start transactions
    /// for identifiers it does not know.
    #[ocpp("AllowOfflineTxForUnknownId")]
    AllowOfflineTxForUnknownId,
    /// Core: whether the authorization cache is in use.
    #[ocpp("AuthorizationCacheEnabled")]
    AuthorizationCacheEnabled,
    /// Core: whether the identifier of a remote start must be authorized like
    /// a local one before charging begins.
    #[ocpp("AuthorizeRemoteTxRequests")]
    AuthorizeRemoteTxRequests,
    /// Core: how many times the charge point's lights blink when signalling.
    #[ocpp("BlinkRepeat")]
    BlinkRepeat,
    /// Core: seconds between clock-aligned meter readings; 0 turns them off.
    #[ocpp("ClockAlignedDataInterval")]
    ClockAlignedDataInterval,
    /// Core: seconds a user has to plug in after presenting an identifier.
    /// Note the capital `O` on the wire.
    #[ocpp("ConnectionTimeOut")]
    ConnectionTimeOut,
    /// Core: how each connector's phases are wired to the grid, a list of
    /// `<connector>.<rotation>` items (see [`PhaseRotation`]).
    #[ocpp("ConnectorPhaseRotation")]
    ConnectorPhaseRotation,
    /// Core: the most items `ConnectorPhaseRotation` can hold.
    #[ocpp("ConnectorPhaseRotationMaxLength")]
    ConnectorPhaseRotationMaxLength,
    /// Core: the most keys one `GetConfiguration.req` may ask for.
    #[ocpp("GetConfigurationMaxKeys")]
    GetConfigurationMaxKeys,
    /// Core: seconds of silence after which the charge point sends a
    /// `Heartbeat.req`.
    #[ocpp("HeartbeatInterval")]
    HeartbeatInterval,
    /// Core: brightness of the charge point's lights, in percent.
    #[ocpp("LightIntensity")]
    LightIntensity,
    /// Core: whether, while offline, identifiers valid in the local list or
    /// cache may start transactions.
    #[ocpp("LocalAuthorizeOffline")]
    LocalAuthorizeOffline,
    /// Core: whether, while online, locally valid identifiers may start
    /// charging before the central system answers.
    #[ocpp("LocalPreAuthorize")]
    LocalPreAuthorize,
    /// Core: energy (Wh) still delivered after an identifier turns out to be
    /// invalid once the transaction has started.
    #[ocpp("MaxEnergyOnInvalidId")]
    MaxEnergyOnInvalidId,
    /// Core: the measurands sent at each clock-aligned interval.
    #[ocpp("MeterValuesAlignedData")]
    MeterValuesAlignedData,
    /// Core: the most items `MeterValuesAlignedData` can hold.
    #[ocpp("MeterValuesAlignedDataMaxLength")]
    MeterValuesAlignedDataMaxLength,
    /// Core: the measurands sampled periodically during a transaction.
    #[ocpp("MeterValuesSampledData")]
    MeterValuesSampledData,
    /// Core: the most items `MeterValuesSampledData` can hold.
    #[ocpp("MeterValuesSampledDataMaxLength")]
    MeterValuesSampledDataMaxLength,
    /// Core: seconds between periodic samples in a transaction; 0 turns them
    /// off. Note the singular `MeterValue` on the wire.
    #[ocpp("MeterValueSampleInterval")]
    MeterValueSampleInterval,
    /// Core: seconds a status must last before it is reported.
    #[ocpp("MinimumStatusDuration")]
    MinimumStatusDuration,
    /// Core: the number of physical connectors (read-only).
    #[ocpp("NumberOfConnectors")]
    NumberOfConnectors,
    /// Core: how often the charge point retries a failed reset.
    #[ocpp("ResetRetries")]
    ResetRetries,
    /// Core: whether unplugging at the EV ends the transaction.
    #[ocpp("StopTransactionOnEVSideDisconnect")]
    StopTransactionOnEvSideDisconnect,
    /// Core: whether a transaction stops when its identifier turns out to be
    /// invalid.
    #[ocpp("StopTransactionOnInvalidId")]
    StopTransactionOnInvalidId,
    /// Core: the clock-aligned measurands included in `StopTransaction.req`.
    #[ocpp("StopTxnAlignedData")]
    StopTxnAlignedData,
    /// Core: the most items `StopTxnAlignedData` can hold.
    #[ocpp("StopTxnAlignedDataMaxLength")]
    StopTxnAlignedDataMaxLength,
    /// Core: the periodically sampled measurands included in
    /// `StopTransaction.req`.
    #[ocpp("StopTxnSampledData")]
    StopTxnSampledData,
    /// Core: the most items `StopTxnSampledData` can hold.
    #[ocpp("StopTxnSampledDataMaxLength")]
    StopTxnSampledDataMaxLength,
    /// Core: the feature profiles the charge point implements (see
    /// [`FeatureProfile`]).
    #[ocpp("SupportedFeatureProfiles")]
    SupportedFeatureProfiles,
    /// Core: the most items `SupportedFeatureProfiles` can hold.
    #[ocpp("SupportedFeatureProfilesMaxLength")]
    SupportedFeatureProfilesMaxLength,
    /// Core: how many times to try a transaction message the central system
    /// failed to process.
    #[ocpp("TransactionMessageAttempts")]
    TransactionMessageAttempts,
    /// Core: seconds to wait before retrying such a message, multiplied by
    /// the number of attempts so far.
    #[ocpp("TransactionMessageRetryInterval")]
    TransactionMessageRetryInterval,
    /// Core: whether the connector unlocks when the cable is unplugged at the
    /// EV.
    #[ocpp("UnlockConnectorOnEVSideDisconnect")]
    UnlockConnectorOnEvSideDisconnect,
    /// Core: seconds between WebSocket pings (OCPP-J); 0 turns them off.
    #[ocpp("WebSocketPingInterval")]
    WebSocketPingInterval,
    /// Local Auth List Management: whether the local authorization list is in
    /// use.
    #[ocpp("LocalAuthListEnabled")]
    LocalAuthListEnabled,
    /// Local Auth List Management: the most identifiers the local list can
    /// hold.
    #[ocpp("LocalAuthListMaxLength")]
    LocalAuthListMaxLength,
    /// Local Auth List Management: the most identifiers one
    /// `SendLocalList.req` may carry.
    #[ocpp("SendLocalListMaxLength")]
    SendLocalListMaxLength,
    /// Reservation: whether connector 0 (the whole charge point) can be
    /// reserved.
    #[ocpp("ReserveConnectorZeroSupported")]
    ReserveConnectorZeroSupported,
    /// Smart Charging: the highest `stackLevel` a charging profile may have.
    /// Note `ChargeProfile`, not `ChargingProfile`, on the wire.
    #[ocpp("ChargeProfileMaxStackLevel")]
    ChargeProfileMaxStackLevel,
    /// Smart Charging: the quantities a schedule may limit (`Current`,
    /// `Power`).
    #[ocpp("ChargingScheduleAllowedChargingRateUnit")]
    ChargingScheduleAllowedChargingRateUnit,
    /// Smart Charging: the most periods one charging schedule may have.
    #[ocpp("ChargingScheduleMaxPeriods")]
    ChargingScheduleMaxPeriods,
    /// Smart Charging: whether the charge point can switch from three phases
    /// to one during a transaction. Wire string
    /// `ConnectorSwitch3to1PhaseSupported`.
    #[ocpp("ConnectorSwitch3to1PhaseSupported")]
    ConnectorSwitch3To1PhaseSupported,
    /// Smart Charging: the most charging profiles that can be installed at
    /// once.
    #[ocpp("MaxChargingProfilesInstalled")]
    MaxChargingProfilesInstalled,
    /// ISO 15118 Plug & Charge: whether the charge point may ask the central
    /// system to validate a contract certificate it cannot validate itself.
    #[ocpp("CentralContractValidationAllowed")]
    CentralContractValidationAllowed,
    /// Security Whitepaper: the largest certificate chain, in bytes, that
    /// `CertificateSigned.req` may carry. (The Python library lists it under
    /// ISO 15118.)
    #[ocpp("CertificateSignedMaxChainSize")]
    CertificateSignedMaxChainSize,
    /// ISO 15118 Plug & Charge: seconds to wait for a signed certificate
    /// before repeating the signing request.
    #[ocpp("CertSigningWaitMinimum")]
    CertSigningWaitMinimum,
    /// ISO 15118 Plug & Charge: how often to repeat an unanswered signing
    /// request.
    #[ocpp("CertSigningRepeatTimes")]
    CertSigningRepeatTimes,
    /// Security Whitepaper: the most certificates the charge point can store.
    /// (The Python library lists it under ISO 15118.)
    #[ocpp("CertificateStoreMaxLength")]
    CertificateStoreMaxLength,
    /// ISO 15118 Plug & Charge: whether contract certificates may be
    /// validated locally while offline.
    #[ocpp("ContractValidationOffline")]
    ContractValidationOffline,
    /// ISO 15118 Plug & Charge: whether Plug & Charge is enabled. Wire string
    /// `ISO15118PnCEnabled`; `Iso15118PnCEnabled`, seen in the field, parses
    /// too because keys ignore case.
    #[ocpp("ISO15118PnCEnabled")]
    Iso15118PnCEnabled,
    /// Security Whitepaper: whether a new central system root certificate
    /// must be checked against the one it replaces.
    ///
    /// Required unless the charge point implements only security profile 1;
    /// the whitepaper's table says optional, so
    /// [`is_required`](Self::is_required) is `false`.
    #[ocpp("AdditionalRootCertificateCheck")]
    AdditionalRootCertificateCheck,
    /// Security Whitepaper: the HTTP Basic authentication password for
    /// security profiles 1 and 2 (write-only).
    ///
    /// Required unless the charge point implements only security profile 3;
    /// the whitepaper's table says optional, so
    /// [`is_required`](Self::is_required) is `false`.
    #[ocpp("AuthorizationKey")]
    AuthorizationKey,
    /// Security Whitepaper: the operator's name, as in the organization of
    /// the charge point certificate.
    #[ocpp("CpoName")]
    CpoName,
    /// Security Whitepaper: the security profile in use (0 to 3).
    #[ocpp("SecurityProfile")]
    SecurityProfile,
    /// Core (errata v4): seconds to wait for the answer to a request before
    /// treating it as timed out.
    #[ocpp("MessageTimeout")]
    MessageTimeout,
    /// Firmware Management (errata v4): the file transfer protocols the
    /// charge point supports (see [`FileTransferProtocol`]).
    #[ocpp("SupportedFileTransferProtocols")]
    SupportedFileTransferProtocols,
    /// Core (errata v4): the most meter values `StopTransaction.req` may
    /// carry.
    #[ocpp("StopTransactionMaxMeterValues")]
    StopTransactionMaxMeterValues,
}

/// Outcome of changing a configuration key: `status` of
/// `ChangeConfiguration.conf`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
pub enum ConfigurationStatus {
    /// The new value is in effect.
    #[ocpp("Accepted")]
    Accepted,
    /// The value was refused, for example because it is out of range.
    #[ocpp("Rejected")]
    Rejected,
    /// The value was stored but takes effect only after a reboot.
    #[ocpp("RebootRequired")]
    RebootRequired,
    /// The key is not known to the charge point.
    #[ocpp("NotSupported")]
    NotSupported,
}

/// A feature profile: one item of the comma-separated value of the
/// `SupportedFeatureProfiles` key.
///
/// Not an enumeration of the Python library nor of the schemas.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
pub enum FeatureProfile {
    /// The basic messages every charge point implements.
    #[ocpp("Core")]
    Core,
    /// Firmware updates and diagnostics upload.
    #[ocpp("FirmwareManagement")]
    FirmwareManagement,
    /// The local authorization list (`SendLocalList`,
    /// `GetLocalListVersion`).
    #[ocpp("LocalAuthListManagement")]
    LocalAuthListManagement,
    /// Reservations (`ReserveNow`, `CancelReservation`).
    #[ocpp("Reservation")]
    Reservation,
    /// Charging profiles (`SetChargingProfile`, `ClearChargingProfile`,
    /// `GetCompositeSchedule`).
    #[ocpp("SmartCharging")]
    SmartCharging,
    /// Messages on request (`TriggerMessage`).
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
pub enum PhaseRotation {
    /// Phase rotation does not apply: a single-phase or DC connector.
    #[ocpp("NotApplicable")]
    NotApplicable,
    /// The rotation is not known.
    #[ocpp("Unknown")]
    Unknown,
    /// 1-R, 2-S, 3-T: the standard reference phasing. Wire string `RST`.
    #[ocpp("RST")]
    Rst,
    /// 1-R, 2-T, 3-S: the reference phasing reversed. Wire string `RTS`.
    #[ocpp("RTS")]
    Rts,
    /// 1-S, 2-R, 3-T: reversed, rotated by 240 degrees. Wire string `SRT`.
    #[ocpp("SRT")]
    Srt,
    /// 1-S, 2-T, 3-R: standard, rotated by 120 degrees. Wire string `STR`.
    #[ocpp("STR")]
    Str,
    /// 1-T, 2-R, 3-S: standard, rotated by 240 degrees. Wire string `TRS`.
    #[ocpp("TRS")]
    Trs,
    /// 1-T, 2-S, 3-R: reversed, rotated by 120 degrees. Wire string `TSR`.
    #[ocpp("TSR")]
    Tsr,
}

/// A file transfer protocol: one item of the comma-separated value of the
/// `SupportedFileTransferProtocols` key (errata v4), which the charge point
/// can use to upload diagnostics or logs and download firmware.
///
/// Not an enumeration of the Python library nor of the schemas.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
pub enum FileTransferProtocol {
    /// Plain FTP. Wire string `FTP`.
    #[ocpp("FTP")]
    Ftp,
    /// FTP over TLS. Wire string `FTPS`.
    #[ocpp("FTPS")]
    Ftps,
    /// Plain HTTP. Wire string `HTTP`.
    #[ocpp("HTTP")]
    Http,
    /// HTTP over TLS. Wire string `HTTPS`.
    #[ocpp("HTTPS")]
    Https,
}
