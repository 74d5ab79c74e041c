//! Serde support of derived enums: wire strings both ways, no allocation for
//! known values, errors that name the enum and the input.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use ocpp_enums::{OcppEnum, Open};
use serde::{Deserialize, Serialize};

/// Counts the allocations made by the current thread.
struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: forwards every call to `System` unchanged; only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let before = ALLOCATIONS.with(Cell::get);
    let out = f();
    (out, ALLOCATIONS.with(Cell::get) - before)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
#[ocpp(serde)]
enum Status {
    #[ocpp("Available")]
    Available,
    #[ocpp("SuspendedEVSE", alias = "SuspendedEvse")]
    SuspendedEvse,
    #[ocpp("Faulted")]
    Faulted,
}

#[derive(Debug, Clone, PartialEq, Eq, OcppEnum)]
#[ocpp(ascii_case_insensitive)]
#[ocpp(serde)]
enum Key {
    #[ocpp("HeartbeatInterval")]
    HeartbeatInterval,
    #[ocpp("NumberOfConnectors")]
    NumberOfConnectors,
    #[ocpp("ResetRetries")]
    ResetRetries,
    #[ocpp(other)]
    Vendor(String),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Notification {
    status: Status,
    key: Key,
    open: Open<Status>,
}

#[test]
fn serializes_as_the_wire_string() {
    assert_eq!(
        serde_json::to_string(&Status::SuspendedEvse).unwrap(),
        r#""SuspendedEVSE""#
    );
    assert_eq!(
        serde_json::to_string(&Key::Vendor("Acme.X".into())).unwrap(),
        r#""Acme.X""#
    );
    assert_eq!(
        serde_json::to_string(&Key::HeartbeatInterval).unwrap(),
        r#""HeartbeatInterval""#
    );
}

#[test]
fn deserializes_borrowed_transient_and_owned_strings() {
    // Borrowed: the input outlives the value.
    assert_eq!(
        serde_json::from_str::<Status>(r#""Faulted""#).unwrap(),
        Status::Faulted
    );
    // Transient: an escape forces serde_json to unescape into a scratch buffer.
    assert_eq!(
        serde_json::from_str::<Status>(r#""F\u0061ulted""#).unwrap(),
        Status::Faulted
    );
    assert_eq!(
        serde_json::from_reader::<_, Status>(&br#""Faulted""#[..]).unwrap(),
        Status::Faulted
    );
    // Owned: a `Value` hands over its `String`.
    let owned = serde_json::Value::String("SuspendedEvse".into());
    assert_eq!(
        serde_json::from_value::<Status>(owned).unwrap(),
        Status::SuspendedEvse
    );
    let vendor = serde_json::Value::String("Acme.Custom".into());
    assert_eq!(
        serde_json::from_value::<Key>(vendor).unwrap(),
        Key::Vendor("Acme.Custom".into())
    );
    assert_eq!(
        serde_json::from_str::<Key>(r#""heartbeatinterval""#).unwrap(),
        Key::HeartbeatInterval
    );
}

#[test]
fn known_values_deserialize_without_allocating() {
    let (status, n) = allocations(|| serde_json::from_str::<Status>(r#""SuspendedEVSE""#));
    assert_eq!(status.unwrap(), Status::SuspendedEvse);
    assert_eq!(n, 0);
    let (key, n) = allocations(|| serde_json::from_str::<Key>(r#""NUMBEROFCONNECTORS""#));
    assert_eq!(key.unwrap(), Key::NumberOfConnectors);
    assert_eq!(n, 0);
    let (parsed, n) = allocations(|| "Faulted".parse::<Status>());
    assert_eq!(parsed, Ok(Status::Faulted));
    assert_eq!(n, 0);
}

#[test]
fn building_a_parse_error_allocates_only_the_input() {
    let (err, n) = allocations(|| "Broken".parse::<Status>());
    assert!(err.is_err());
    assert_eq!(n, 1);
}

#[test]
fn unknown_values_name_the_enum_and_the_input() {
    let err = serde_json::from_str::<Status>(r#""Availble""#).unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"unknown Status "Availble"; did you mean "Available"? at line 1 column 10"#
    );
    let err = serde_json::from_value::<Status>(serde_json::json!("Nope")).unwrap_err();
    assert!(
        err.to_string()
            .starts_with(r#"unknown Status "Nope"; expected one of "Available""#),
        "{err}"
    );
    let err = serde_json::from_str::<Status>("17").unwrap_err();
    assert!(err.to_string().contains("a wire string of Status"), "{err}");
}

#[test]
fn structs_round_trip() {
    let json = r#"{"status":"Available","key":"Acme.Volume","open":"Vendor.State"}"#;
    let n: Notification = serde_json::from_str(json).unwrap();
    assert_eq!(
        n,
        Notification {
            status: Status::Available,
            key: Key::Vendor("Acme.Volume".into()),
            open: Open::Unknown("Vendor.State".into()),
        }
    );
    assert_eq!(serde_json::to_string(&n).unwrap(), json);
    let known: Notification =
        serde_json::from_str(r#"{"status":"Faulted","key":"ResetRetries","open":"Faulted"}"#)
            .unwrap();
    assert_eq!(known.open, Open::Known(Status::Faulted));
}

#[test]
fn open_classifies_as_its_enum_and_keeps_only_unknown_text() {
    let alias: Open<Status> = serde_json::from_str(r#""SuspendedEvse""#).unwrap();
    assert_eq!(alias, Open::Known(Status::SuspendedEvse));
    assert_eq!(serde_json::to_string(&alias).unwrap(), r#""SuspendedEVSE""#);
    let other: Open<Status> = serde_json::from_str(r#""suspendedevse""#).unwrap();
    assert_eq!(other, Open::Unknown("suspendedevse".into()));
    assert_eq!(serde_json::to_string(&other).unwrap(), r#""suspendedevse""#);
    let owned: Open<Status> = serde_json::from_value(serde_json::json!("Faulted")).unwrap();
    assert_eq!(owned, Open::Known(Status::Faulted));
}

/// Without `#[ocpp(serde)]` the derive writes no serde impl, although
/// `ocpp-enums/serde` is on in this build: an enum may have its own.
mod own_serde {
    use ocpp_enums::OcppEnum;
    use serde::{Deserialize, Serialize, Serializer};

    /// Serialized by hand, as a number.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
    pub enum Level {
        #[ocpp("Low")]
        Low,
        #[ocpp("High")]
        High,
    }

    impl Serialize for Level {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.serialize_u64(self.index() as u64)
        }
    }

    /// With serde's own derive beside ours, as the Rust names.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum, Serialize, Deserialize)]
    pub enum Mode {
        #[ocpp("mode.fast")]
        Fast,
        #[ocpp("mode.slow")]
        Slow,
    }
}

#[test]
fn enums_without_the_attribute_keep_their_own_serde_impls() {
    use own_serde::{Level, Mode};
    assert_eq!(serde_json::to_string(&Level::High).unwrap(), "1");
    assert_eq!(serde_json::to_string(&Mode::Fast).unwrap(), r#""Fast""#);
    assert_eq!(
        serde_json::from_str::<Mode>(r#""Slow""#).unwrap(),
        Mode::Slow
    );
    assert_eq!(Mode::Slow.to_string(), "mode.slow");
    assert_eq!("mode.fast".parse(), Ok(Mode::Fast));
}
