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
#[ocpp(initiator = "Self::initiator")]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum Action {
    /// `"Authorize"`: CP → CS: may this identifier charge?
    #[ocpp("Authorize")]
    Authorize,
    /// `"BootNotification"`: CP → CS: the charge point has booted and wants to
    /// register.
    #[ocpp("BootNotification")]
    BootNotification,
    /// `"CancelReservation"`: CS → CP: cancel a reservation.
    #[ocpp("CancelReservation")]
    CancelReservation,
    /// `"CertificateSigned"`: Security, CS → CP: here is the signed certificate
    /// chain you asked for.
    #[ocpp("CertificateSigned")]
    CertificateSigned,
    /// `"ChangeAvailability"`: CS → CP: make a connector or the charge point
    /// (in)operative.
    #[ocpp("ChangeAvailability")]
    ChangeAvailability,
    /// `"ChangeConfiguration"`: CS → CP: set a configuration key.
    #[ocpp("ChangeConfiguration")]
    ChangeConfiguration,
    /// `"ClearCache"`: CS → CP: clear the authorization cache.
    #[ocpp("ClearCache")]
    ClearCache,
    /// `"ClearChargingProfile"`: CS → CP: remove charging profiles.
    #[ocpp("ClearChargingProfile")]
    ClearChargingProfile,
    /// `"DataTransfer"`: Either way: vendor-specific data.
    #[ocpp("DataTransfer")]
    DataTransfer,
    /// `"DeleteCertificate"`: Security, CS → CP: delete an installed root
    /// certificate.
    #[ocpp("DeleteCertificate")]
    DeleteCertificate,
    /// `"DiagnosticsStatusNotification"`: CP → CS: progress of a diagnostics
    /// upload.
    #[ocpp("DiagnosticsStatusNotification")]
    DiagnosticsStatusNotification,
    /// `"ExtendedTriggerMessage"`: Security, CS → CP: send a given message now
    /// (security variant of `TriggerMessage`).
    #[ocpp("ExtendedTriggerMessage")]
    ExtendedTriggerMessage,
    /// `"FirmwareStatusNotification"`: CP → CS: progress of a firmware update.
    #[ocpp("FirmwareStatusNotification")]
    FirmwareStatusNotification,
    /// `"GetCompositeSchedule"`: CS → CP: report the charging schedule that
    /// will apply to a connector.
    #[ocpp("GetCompositeSchedule")]
    GetCompositeSchedule,
    /// `"GetConfiguration"`: CS → CP: report configuration keys and values.
    #[ocpp("GetConfiguration")]
    GetConfiguration,
    /// `"GetDiagnostics"`: CS → CP: upload a diagnostics file.
    #[ocpp("GetDiagnostics")]
    GetDiagnostics,
    /// `"GetInstalledCertificateIds"`: Security, CS → CP: list installed root
    /// certificates.
    #[ocpp("GetInstalledCertificateIds")]
    GetInstalledCertificateIds,
    /// `"GetLocalListVersion"`: CS → CP: report the version of the local
    /// authorization list.
    #[ocpp("GetLocalListVersion")]
    GetLocalListVersion,
    /// `"GetLog"`: Security, CS → CP: upload a diagnostics or security log.
    #[ocpp("GetLog")]
    GetLog,
    /// `"Heartbeat"`: CP → CS: still alive; the answer carries the current
    /// time.
    #[ocpp("Heartbeat")]
    Heartbeat,
    /// `"InstallCertificate"`: Security, CS → CP: install a root certificate.
    #[ocpp("InstallCertificate")]
    InstallCertificate,
    /// `"LogStatusNotification"`: Security, CP → CS: progress of a log upload.
    #[ocpp("LogStatusNotification")]
    LogStatusNotification,
    /// `"MeterValues"`: CP → CS: meter readings.
    #[ocpp("MeterValues")]
    MeterValues,
    /// `"RemoteStartTransaction"`: CS → CP: start a transaction for an
    /// identifier.
    #[ocpp("RemoteStartTransaction")]
    RemoteStartTransaction,
    /// `"RemoteStopTransaction"`: CS → CP: stop a transaction.
    #[ocpp("RemoteStopTransaction")]
    RemoteStopTransaction,
    /// `"ReserveNow"`: CS → CP: reserve a connector for an identifier.
    #[ocpp("ReserveNow")]
    ReserveNow,
    /// `"Reset"`: CS → CP: restart, hard or soft.
    #[ocpp("Reset")]
    Reset,
    /// `"SecurityEventNotification"`: Security, CP → CS: a security event
    /// happened.
    #[ocpp("SecurityEventNotification")]
    SecurityEventNotification,
    /// `"SendLocalList"`: CS → CP: replace or update the local authorization
    /// list.
    #[ocpp("SendLocalList")]
    SendLocalList,
    /// `"SetChargingProfile"`: CS → CP: install a charging profile.
    #[ocpp("SetChargingProfile")]
    SetChargingProfile,
    /// `"SignCertificate"`: Security, CP → CS: have this certificate signing
    /// request signed.
    #[ocpp("SignCertificate")]
    SignCertificate,
    /// `"SignedFirmwareStatusNotification"`: Security, CP → CS: progress of a
    /// signed firmware update.
    #[ocpp("SignedFirmwareStatusNotification")]
    SignedFirmwareStatusNotification,
    /// `"SignedUpdateFirmware"`: Security, CS → CP: install signed firmware.
    #[ocpp("SignedUpdateFirmware")]
    SignedUpdateFirmware,
    /// `"StartTransaction"`: CP → CS: a transaction has started.
    #[ocpp("StartTransaction")]
    StartTransaction,
    /// `"StatusNotification"`: CP → CS: a connector's status or error changed.
    #[ocpp("StatusNotification")]
    StatusNotification,
    /// `"StopTransaction"`: CP → CS: a transaction has stopped.
    #[ocpp("StopTransaction")]
    StopTransaction,
    /// `"TriggerMessage"`: CS → CP: send a given message now.
    #[ocpp("TriggerMessage")]
    TriggerMessage,
    /// `"UnlockConnector"`: CS → CP: unlock a connector.
    #[ocpp("UnlockConnector")]
    UnlockConnector,
    /// `"UpdateFirmware"`: CS → CP: download and install firmware.
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
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum CallErrorCode {
    /// `"NotImplemented"`: The receiver does not know the requested action.
    #[ocpp("NotImplemented")]
    NotImplemented,
    /// `"NotSupported"`: The receiver knows the action but does not support it.
    #[ocpp("NotSupported")]
    NotSupported,
    /// `"InternalError"`: The receiver failed while processing the action.
    #[ocpp("InternalError")]
    InternalError,
    /// `"ProtocolError"`: The payload is incomplete.
    #[ocpp("ProtocolError")]
    ProtocolError,
    /// `"SecurityError"`: A security problem kept the receiver from completing
    /// the action.
    #[ocpp("SecurityError")]
    SecurityError,
    /// `"FormationViolation"` (also read: `"FormatViolation"`): The payload is
    /// malformed or does not have the message's structure. Sent as
    /// `FormationViolation` (1.6 spelling); `FormatViolation` is accepted.
    #[ocpp("FormationViolation", alias = "FormatViolation")]
    FormationViolation,
    /// `"PropertyConstraintViolation"`: A field holds a value that is not
    /// allowed.
    #[ocpp("PropertyConstraintViolation")]
    PropertyConstraintViolation,
    /// `"OccurenceConstraintViolation"` (also read:
    /// `"OccurrenceConstraintViolation"`): A field occurs too often or too
    /// rarely, for example a required field is missing. Sent as
    /// `OccurenceConstraintViolation` (1.6 spelling);
    /// `OccurrenceConstraintViolation` is accepted.
    #[ocpp(
        "OccurenceConstraintViolation",
        alias = "OccurrenceConstraintViolation"
    )]
    OccurenceConstraintViolation,
    /// `"TypeConstraintViolation"`: A field has the wrong data type, for
    /// example text where a number is required.
    #[ocpp("TypeConstraintViolation")]
    TypeConstraintViolation,
    /// `"GenericError"`: Any other error.
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
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum MessageTrigger {
    /// `"BootNotification"`: A `BootNotification.req`. Both requests.
    #[ocpp("BootNotification")]
    BootNotification,
    /// `"FirmwareStatusNotification"`: A `FirmwareStatusNotification.req`;
    /// through `ExtendedTriggerMessage.req`, a
    /// `SignedFirmwareStatusNotification.req`. Both requests.
    #[ocpp("FirmwareStatusNotification")]
    FirmwareStatusNotification,
    /// `"Heartbeat"`: A `Heartbeat.req`. Both requests.
    #[ocpp("Heartbeat")]
    Heartbeat,
    /// `"MeterValues"`: A `MeterValues.req`. Both requests.
    #[ocpp("MeterValues")]
    MeterValues,
    /// `"StatusNotification"`: A `StatusNotification.req`. Both requests.
    #[ocpp("StatusNotification")]
    StatusNotification,
    /// `"DiagnosticsStatusNotification"`: A
    /// `DiagnosticsStatusNotification.req`. Only in `TriggerMessage.req`.
    #[ocpp("DiagnosticsStatusNotification")]
    DiagnosticsStatusNotification,
    /// `"LogStatusNotification"`: A `LogStatusNotification.req`. Only in
    /// `ExtendedTriggerMessage.req`.
    #[ocpp("LogStatusNotification")]
    LogStatusNotification,
    /// `"SignChargePointCertificate"`: A `SignCertificate.req` for a new charge
    /// point certificate. Only in `ExtendedTriggerMessage.req`.
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
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum TriggerMessageStatus {
    /// `"Accepted"`: The message will be sent. Both responses.
    #[ocpp("Accepted")]
    Accepted,
    /// `"Rejected"`: The message will not be sent. Both responses.
    #[ocpp("Rejected")]
    Rejected,
    /// `"NotImplemented"`: The requested message is not implemented. Both
    /// responses.
    #[ocpp("NotImplemented")]
    NotImplemented,
}

/// Outcome of a vendor-specific data transfer: `status` of
/// `DataTransfer.conf`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum DataTransferStatus {
    /// `"Accepted"`: The data was accepted.
    #[ocpp("Accepted")]
    Accepted,
    /// `"Rejected"`: The data was refused.
    #[ocpp("Rejected")]
    Rejected,
    /// `"UnknownMessageId"`: The vendor is known but the `messageId` is not.
    #[ocpp("UnknownMessageId")]
    UnknownMessageId,
    /// `"UnknownVendorId"`: The `vendorId` is not known.
    #[ocpp("UnknownVendorId")]
    UnknownVendorId,
}
