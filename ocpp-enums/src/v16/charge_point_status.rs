//! Connector status and error codes, as reported by `StatusNotification.req`.

use crate::OcppEnum;

/// The state of a connector (or, for connector 0, the charge point):
/// `status` of `StatusNotification.req`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum ChargePointStatus {
    /// `"Available"`: Free for a new user.
    #[ocpp("Available")]
    Available,
    /// `"Preparing"`: A user has begun (presented an identifier or plugged in)
    /// but charging has not started yet.
    #[ocpp("Preparing")]
    Preparing,
    /// `"Charging"`: The contactor is closed and the EV may draw energy.
    #[ocpp("Charging")]
    Charging,
    /// `"SuspendedEVSE"`: The EV is connected, but the charger (EVSE) is not
    /// offering energy, for example because of a charging limit.
    #[ocpp("SuspendedEVSE")]
    SuspendedEvse,
    /// `"SuspendedEV"`: The charger offers energy but the EV is not taking it.
    #[ocpp("SuspendedEV")]
    SuspendedEv,
    /// `"Finishing"`: The transaction has stopped but the connector is not free
    /// yet, for example because the cable is still plugged in.
    #[ocpp("Finishing")]
    Finishing,
    /// `"Reserved"`: Held for a reservation (`ReserveNow.req`).
    #[ocpp("Reserved")]
    Reserved,
    /// `"Unavailable"`: Taken out of service, for example by
    /// `ChangeAvailability.req`.
    #[ocpp("Unavailable")]
    Unavailable,
    /// `"Faulted"`: An error prevents use; `errorCode` says which.
    #[ocpp("Faulted")]
    Faulted,
}

/// What is wrong with a connector or the charge point: `errorCode` of
/// `StatusNotification.req`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum ChargePointErrorCode {
    /// `"ConnectorLockFailure"`: The connector lock failed to lock or unlock.
    #[ocpp("ConnectorLockFailure")]
    ConnectorLockFailure,
    /// `"EVCommunicationError"`: Communication with the vehicle failed.
    #[ocpp("EVCommunicationError")]
    EvCommunicationError,
    /// `"GroundFailure"`: A ground fault (earth leakage) protection tripped.
    #[ocpp("GroundFailure")]
    GroundFailure,
    /// `"HighTemperature"`: The temperature inside the charge point is too
    /// high.
    #[ocpp("HighTemperature")]
    HighTemperature,
    /// `"InternalError"`: A fault in the charge point's own hardware or
    /// software.
    #[ocpp("InternalError")]
    InternalError,
    /// `"LocalListConflict"`: The central system's answer about an identifier
    /// contradicts the local authorization list.
    #[ocpp("LocalListConflict")]
    LocalListConflict,
    /// `"NoError"`: Nothing is wrong; the usual value.
    #[ocpp("NoError")]
    NoError,
    /// `"OtherError"`: Any other error; `info` and `vendorErrorCode` may tell
    /// more.
    #[ocpp("OtherError")]
    OtherError,
    /// `"OverCurrentFailure"`: Over-current protection tripped.
    #[ocpp("OverCurrentFailure")]
    OverCurrentFailure,
    /// `"OverVoltage"`: The supply voltage is above an acceptable level.
    #[ocpp("OverVoltage")]
    OverVoltage,
    /// `"PowerMeterFailure"`: The electricity meter could not be read.
    #[ocpp("PowerMeterFailure")]
    PowerMeterFailure,
    /// `"PowerSwitchFailure"`: The power switch (contactor) could not be
    /// controlled.
    #[ocpp("PowerSwitchFailure")]
    PowerSwitchFailure,
    /// `"ReaderFailure"`: The identifier reader failed.
    #[ocpp("ReaderFailure")]
    ReaderFailure,
    /// `"ResetFailure"`: A reset could not be carried out.
    #[ocpp("ResetFailure")]
    ResetFailure,
    /// `"UnderVoltage"`: The supply voltage is below an acceptable level.
    #[ocpp("UnderVoltage")]
    UnderVoltage,
    /// `"WeakSignal"`: The wireless link (for example the modem) reports a weak
    /// signal.
    #[ocpp("WeakSignal")]
    WeakSignal,
}
