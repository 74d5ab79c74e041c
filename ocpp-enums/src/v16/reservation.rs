//! Reservations: `ReserveNow` and `CancelReservation`.

use crate::OcppEnum;

/// Outcome of a reservation request: `status` of `ReserveNow.conf`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
pub enum ReservationStatus {
    /// The reservation was made.
    #[ocpp("Accepted")]
    Accepted,
    /// The connector (or charge point) is in a faulted state.
    #[ocpp("Faulted")]
    Faulted,
    /// The connector is occupied or already reserved.
    #[ocpp("Occupied")]
    Occupied,
    /// The charge point does not accept reservations.
    #[ocpp("Rejected")]
    Rejected,
    /// The connector (or charge point) is out of service.
    #[ocpp("Unavailable")]
    Unavailable,
}

/// Outcome of cancelling a reservation: `status` of
/// `CancelReservation.conf`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, OcppEnum)]
#[cfg_attr(feature = "serde", ocpp(serde))]
pub enum CancelReservationStatus {
    /// The reservation was cancelled.
    #[ocpp("Accepted")]
    Accepted,
    /// No reservation with that id exists.
    #[ocpp("Rejected")]
    Rejected,
}
