//! Reservations: `ReserveNow` and `CancelReservation`.

use crate::OcppEnum;

/// Outcome of a reservation request: `status` of `ReserveNow.conf`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum ReservationStatus {
    /// `"Accepted"`: The reservation was made.
    #[ocpp("Accepted")]
    Accepted,
    /// `"Faulted"`: The connector (or charge point) is in a faulted state.
    #[ocpp("Faulted")]
    Faulted,
    /// `"Occupied"`: The connector is occupied or already reserved.
    #[ocpp("Occupied")]
    Occupied,
    /// `"Rejected"`: The charge point does not accept reservations.
    #[ocpp("Rejected")]
    Rejected,
    /// `"Unavailable"`: The connector (or charge point) is out of service.
    #[ocpp("Unavailable")]
    Unavailable,
}

/// Outcome of cancelling a reservation: `status` of
/// `CancelReservation.conf`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
#[cfg_attr(feature = "schemars", ocpp(schemars))]
#[cfg_attr(feature = "defmt", ocpp(defmt))]
pub enum CancelReservationStatus {
    /// `"Accepted"`: The reservation was cancelled.
    #[ocpp("Accepted")]
    Accepted,
    /// `"Rejected"`: No reservation with that id exists.
    #[ocpp("Rejected")]
    Rejected,
}
