//! OCPP-J messages: action names, CALLERROR codes, triggering messages on
//! request, and vendor data transfer.

use crate::OcppEnum;

/// The action of an OCPP-J CALL: the third element of
/// `[2, "<uniqueId>", "<Action>", {payload}]`.
///
/// All 39 OCPP 1.6 messages: 28 core and 11 from the Security Whitepaper
/// (marked "Security"). "CP" is the charge point, "CS" the central system;
/// the arrow shows who sends the request. The names are also the base names
/// of the JSON schema files (`<Action>.json`, `<Action>Response.json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
pub enum Action {
    /// CP → CS: may this identifier charge?
    #[ocpp("Authorize")]
    Authorize,
    /// CP → CS: the charge point has booted and wants to register.
    #[ocpp("BootNotification")]
    BootNotification,
    /// CS → CP: cancel a reservation.
    #[ocpp("CancelReservation")]
    CancelReservation,
    /// Security, CS → CP: here is the signed certificate chain you asked for.
    #[ocpp("CertificateSigned")]
    CertificateSigned,
    /// CS → CP: make a connector or the charge point (in)operative.
    #[ocpp("ChangeAvailability")]
    ChangeAvailability,
    /// CS → CP: set a configuration key.
    #[ocpp("ChangeConfiguration")]
    ChangeConfiguration,
    /// CS → CP: clear the authorization cache.
    #[ocpp("ClearCache")]
    ClearCache,
    /// CS → CP: remove charging profiles.
    #[ocpp("ClearChargingProfile")]
    ClearChargingProfile,
    /// Either way: vendor-specific data.
    #[ocpp("DataTransfer")]
    DataTransfer,
    /// Security, CS → CP: delete an installed root certificate.
    #[ocpp("DeleteCertificate")]
    DeleteCertificate,
    /// CP → CS: progress of a diagnostics upload.
    #[ocpp("DiagnosticsStatusNotification")]
    DiagnosticsStatusNotification,
    /// Security, CS → CP: send a given message now (security variant of
    /// `TriggerMessage`).
    #[ocpp("ExtendedTriggerMessage")]
    ExtendedTriggerMessage,
    /// CP → CS: progress of a firmware update.
    #[ocpp("FirmwareStatusNotification")]
    FirmwareStatusNotification,
    /// CS → CP: report the charging schedule that will apply to a connector.
    #[ocpp("GetCompositeSchedule")]
    GetCompositeSchedule,
    /// CS → CP: report configuration keys and values.
    #[ocpp("GetConfiguration")]
    GetConfiguration,
    /// CS → CP: upload a diagnostics file.
    #[ocpp("GetDiagnostics")]
    GetDiagnostics,
    /// Security, CS → CP: list installed root certificates.
    #[ocpp("GetInstalledCertificateIds")]
    GetInstalledCertificateIds,
    /// CS → CP: report the version of the local authorization list.
    #[ocpp("GetLocalListVersion")]
    GetLocalListVersion,
    /// Security, CS → CP: upload a diagnostics or security log.
    #[ocpp("GetLog")]
    GetLog,
    /// CP → CS: still alive; the answer carries the current time.
    #[ocpp("Heartbeat")]
    Heartbeat,
    /// Security, CS → CP: install a root certificate.
    #[ocpp("InstallCertificate")]
    InstallCertificate,
    /// Security, CP → CS: progress of a log upload.
    #[ocpp("LogStatusNotification")]
    LogStatusNotification,
    /// CP → CS: meter readings.
    #[ocpp("MeterValues")]
    MeterValues,
    /// CS → CP: start a transaction for an identifier.
    #[ocpp("RemoteStartTransaction")]
    RemoteStartTransaction,
    /// CS → CP: stop a transaction.
    #[ocpp("RemoteStopTransaction")]
    RemoteStopTransaction,
    /// CS → CP: reserve a connector for an identifier.
    #[ocpp("ReserveNow")]
    ReserveNow,
    /// CS → CP: restart, hard or soft.
    #[ocpp("Reset")]
    Reset,
    /// Security, CP → CS: a security event happened.
    #[ocpp("SecurityEventNotification")]
    SecurityEventNotification,
    /// CS → CP: replace or update the local authorization list.
    #[ocpp("SendLocalList")]
    SendLocalList,
    /// CS → CP: install a charging profile.
    #[ocpp("SetChargingProfile")]
    SetChargingProfile,
    /// Security, CP → CS: have this certificate signing request signed.
    #[ocpp("SignCertificate")]
    SignCertificate,
    /// Security, CP → CS: progress of a signed firmware update.
    #[ocpp("SignedFirmwareStatusNotification")]
    SignedFirmwareStatusNotification,
    /// Security, CS → CP: install signed firmware.
    #[ocpp("SignedUpdateFirmware")]
    SignedUpdateFirmware,
    /// CP → CS: a transaction has started.
    #[ocpp("StartTransaction")]
    StartTransaction,
    /// CP → CS: a connector's status or error changed.
    #[ocpp("StatusNotification")]
    StatusNotification,
    /// CP → CS: a transaction has stopped.
    #[ocpp("StopTransaction")]
    StopTransaction,
    /// CS → CP: send a given message now.
    #[ocpp("TriggerMessage")]
    TriggerMessage,
    /// CS → CP: unlock a connector.
    #[ocpp("UnlockConnector")]
    UnlockConnector,
    /// CS → CP: download and install firmware.
    #[ocpp("UpdateFirmware")]
    UpdateFirmware,
}

/// The error code of an OCPP-J CALLERROR: the third element of
/// `[4, "<uniqueId>", "<errorCode>", "<description>", {details}]`.
///
/// Not an enumeration of the Python library nor of the schemas. OCPP-J 1.6
/// spells two codes oddly, `FormationViolation` and
/// `OccurenceConstraintViolation`, and its errata keep them; those are the
/// strings sent. The spellings of later OCPP versions, `FormatViolation` and
/// `OccurrenceConstraintViolation`, are accepted as aliases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
pub enum CallErrorCode {
    /// The receiver does not know the requested action.
    #[ocpp("NotImplemented")]
    NotImplemented,
    /// The receiver knows the action but does not support it.
    #[ocpp("NotSupported")]
    NotSupported,
    /// The receiver failed while processing the action.
    #[ocpp("InternalError")]
    InternalError,
    /// The payload is incomplete.
    #[ocpp("ProtocolError")]
    ProtocolError,
    /// A security problem kept the receiver from completing the action.
    #[ocpp("SecurityError")]
    SecurityError,
    /// The payload is malformed or does not have the message's structure.
    /// Sent as `FormationViolation` (1.6 spelling); `FormatViolation` is
    /// accepted.
    #[ocpp("FormationViolation", alias = "FormatViolation")]
    FormationViolation,
    /// A field holds a value that is not allowed.
    #[ocpp("PropertyConstraintViolation")]
    PropertyConstraintViolation,
    /// A field occurs too often or too rarely, for example a required field
    /// is missing. Sent as `OccurenceConstraintViolation` (1.6 spelling);
    /// `OccurrenceConstraintViolation` is accepted.
    #[ocpp(
        "OccurenceConstraintViolation",
        alias = "OccurrenceConstraintViolation"
    )]
    OccurenceConstraintViolation,
    /// A field has the wrong data type, for example text where a number is
    /// required.
    #[ocpp("TypeConstraintViolation")]
    TypeConstraintViolation,
    /// Any other error.
    #[ocpp("GenericError")]
    GenericError,
}

/// The message a charge point is asked to send: `requestedMessage` of
/// `TriggerMessage.req` and of `ExtendedTriggerMessage.req`.
///
/// Like the Python library, this merges two specification types: the core
/// `MessageTrigger` (`TriggerMessage.req`, 6 values) and the Security
/// Whitepaper's `MessageTriggerEnumType` (`ExtendedTriggerMessage.req`, 7
/// values). Each variant says which request accepts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
pub enum MessageTrigger {
    /// A `BootNotification.req`. Both requests.
    #[ocpp("BootNotification")]
    BootNotification,
    /// A `FirmwareStatusNotification.req`; through
    /// `ExtendedTriggerMessage.req`, a `SignedFirmwareStatusNotification.req`.
    /// Both requests.
    #[ocpp("FirmwareStatusNotification")]
    FirmwareStatusNotification,
    /// A `Heartbeat.req`. Both requests.
    #[ocpp("Heartbeat")]
    Heartbeat,
    /// A `MeterValues.req`. Both requests.
    #[ocpp("MeterValues")]
    MeterValues,
    /// A `StatusNotification.req`. Both requests.
    #[ocpp("StatusNotification")]
    StatusNotification,
    /// A `DiagnosticsStatusNotification.req`. Only in `TriggerMessage.req`.
    #[ocpp("DiagnosticsStatusNotification")]
    DiagnosticsStatusNotification,
    /// A `LogStatusNotification.req`. Only in `ExtendedTriggerMessage.req`.
    #[ocpp("LogStatusNotification")]
    LogStatusNotification,
    /// A `SignCertificate.req` for a new charge point certificate. Only in
    /// `ExtendedTriggerMessage.req`.
    #[ocpp("SignChargePointCertificate")]
    SignChargePointCertificate,
}

/// Whether the charge point will send the requested message: `status` of
/// `TriggerMessage.conf` and of `ExtendedTriggerMessage.conf`.
///
/// Merges the core `TriggerMessageStatus` with the Security Whitepaper's
/// `TriggerMessageStatusEnumType`; both have these three values, so every
/// variant is allowed in both responses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
pub enum TriggerMessageStatus {
    /// The message will be sent. Both responses.
    #[ocpp("Accepted")]
    Accepted,
    /// The message will not be sent. Both responses.
    #[ocpp("Rejected")]
    Rejected,
    /// The requested message is not implemented. Both responses.
    #[ocpp("NotImplemented")]
    NotImplemented,
}

/// Outcome of a vendor-specific data transfer: `status` of
/// `DataTransfer.conf`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
pub enum DataTransferStatus {
    /// The data was accepted.
    #[ocpp("Accepted")]
    Accepted,
    /// The data was refused.
    #[ocpp("Rejected")]
    Rejected,
    /// The vendor is known but the `messageId` is not.
    #[ocpp("UnknownMessageId")]
    UnknownMessageId,
    /// The `vendorId` is not known.
    #[ocpp("UnknownVendorId")]
    UnknownVendorId,
}
