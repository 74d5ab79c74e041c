//! Who sends the request of an OCPP message.

/// Which side of an OCPP connection sends the request (CALL) of a message;
/// the other side answers it.
///
/// Every version's `Action` says it with `const fn initiator(self)`:
/// `ocpp_enums::v16::Action::initiator`, `ocpp_enums::v201::Action::initiator`
/// and `ocpp_enums::v21::Action::initiator`, each documenting its sources and
/// how strong they are. A central system can use it to refuse a CALL that
/// arrives from the wrong side.
///
/// OCPP 1.6 calls the two sides "Charge Point" and "Central System"; they are
/// [`ChargingStation`](Self::ChargingStation) and [`Csms`](Self::Csms) here,
/// the names of OCPP 2.0.1 and 2.1.
///
/// ```
/// use ocpp_enums::v16::Action;
/// use ocpp_enums::Initiator;
///
/// assert_eq!(Action::BootNotification.initiator(), Initiator::ChargingStation);
/// assert_eq!(Action::Reset.initiator(), Initiator::Csms);
/// assert_eq!(Action::DataTransfer.initiator(), Initiator::Both);
///
/// // A central system receiving a CALL:
/// assert!(Action::Heartbeat.initiator().charging_station_sends());
/// assert!(!Action::Reset.initiator().charging_station_sends());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Initiator {
    /// The charging station (OCPP 1.6: the charge point) sends the request
    /// and the CSMS answers.
    ChargingStation,
    /// The CSMS (Charging Station Management System; OCPP 1.6: the central
    /// system) sends the request and the charging station answers.
    Csms,
    /// Either side may send the request (`DataTransfer` in every version).
    Both,
}

impl Initiator {
    /// Whether the charging station may send the request:
    /// [`ChargingStation`](Self::ChargingStation) or [`Both`](Self::Both).
    pub const fn charging_station_sends(self) -> bool {
        matches!(self, Self::ChargingStation | Self::Both)
    }

    /// Whether the CSMS may send the request: [`Csms`](Self::Csms) or
    /// [`Both`](Self::Both).
    pub const fn csms_sends(self) -> bool {
        matches!(self, Self::Csms | Self::Both)
    }
}
