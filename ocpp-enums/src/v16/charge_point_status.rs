//! Connector status and error codes, as reported by `StatusNotification.req`.

use crate::OcppEnum;

/// The state of a connector (or, for connector 0, the charge point):
/// `status` of `StatusNotification.req`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
pub enum ChargePointStatus {
    /// Free for a new user.
    #[ocpp("Available")]
    Available,
    /// A user has begun (presented an identifier or plugged in) but charging
    /// has not started yet.
    #[ocpp("Preparing")]
    Preparing,
    /// The contactor is closed and the EV may draw energy.
    #[ocpp("Charging")]
    Charging,
    /// The EV is connected, but the charger (EVSE) is not offering energy,
    /// for example because of a charging limit. Wire string `SuspendedEVSE`.
    #[ocpp("SuspendedEVSE")]
    SuspendedEvse,
    /// The charger offers energy but the EV is not taking it. Wire string
    /// `SuspendedEV`.
    #[ocpp("SuspendedEV")]
    SuspendedEv,
    /// The transaction has stopped but the connector is not free yet, for
    /// example because the cable is still plugged in.
    #[ocpp("Finishing")]
    Finishing,
    /// Held for a reservation (`ReserveNow.req`).
    #[ocpp("Reserved")]
    Reserved,
    /// Taken out of service, for example by `ChangeAvailability.req`.
    #[ocpp("Unavailable")]
    Unavailable,
    /// An error prevents use; `errorCode` says which.
    #[ocpp("Faulted")]
    Faulted,
}

/// What is wrong with a connector or the charge point: `errorCode` of
/// `StatusNotification.req`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
pub enum ChargePointErrorCode {
    /// The connector lock failed to lock or unlock.
    #[ocpp("ConnectorLockFailure")]
    ConnectorLockFailure,
    /// Communication with the vehicle failed. Wire string
    /// `EVCommunicationError`.
    #[ocpp("EVCommunicationError")]
    EvCommunicationError,
    /// A ground fault (earth leakage) protection tripped.
    #[ocpp("GroundFailure")]
    GroundFailure,
    /// The temperature inside the charge point is too high.
    #[ocpp("HighTemperature")]
    HighTemperature,
    /// A fault in the charge point's own hardware or software.
    #[ocpp("InternalError")]
    InternalError,
    /// The central system's answer about an identifier contradicts the local
    /// authorization list.
    #[ocpp("LocalListConflict")]
    LocalListConflict,
    /// Nothing is wrong; the usual value.
    #[ocpp("NoError")]
    NoError,
    /// Any other error; `info` and `vendorErrorCode` may tell more.
    #[ocpp("OtherError")]
    OtherError,
    /// Over-current protection tripped.
    #[ocpp("OverCurrentFailure")]
    OverCurrentFailure,
    /// The supply voltage is above an acceptable level.
    #[ocpp("OverVoltage")]
    OverVoltage,
    /// The electricity meter could not be read.
    #[ocpp("PowerMeterFailure")]
    PowerMeterFailure,
    /// The power switch (contactor) could not be controlled.
    #[ocpp("PowerSwitchFailure")]
    PowerSwitchFailure,
    /// The identifier reader failed.
    #[ocpp("ReaderFailure")]
    ReaderFailure,
    /// A reset could not be carried out.
    #[ocpp("ResetFailure")]
    ResetFailure,
    /// The supply voltage is below an acceptable level.
    #[ocpp("UnderVoltage")]
    UnderVoltage,
    /// The wireless link (for example the modem) reports a weak signal.
    #[ocpp("WeakSignal")]
    WeakSignal,
}
