//! `defmt::Format` (the `defmt` feature): the catalogue, `#[ocpp(defmt)]`
//! enums, `Open`, `ParseError` and `VersionError` write their wire strings.
//!
//! defmt sends indices of strings kept in the firmware's ELF file, not the
//! strings. This test is its own firmware and its own host: a global logger
//! keeps each thread's bytes, and [`decode`] reads them back with this test
//! binary's symbol table, where defmt names each interned string's `static`
//! after the string (on a microcontroller defmt's linker script lays those
//! statics out from address 1; here they sit wherever the linker put them,
//! and an index is the low 16 bits of the run-time address).

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;

#[path = "robust/printable.rs"]
mod printable;

use ocpp_enums::v16::{ChargePointStatus, ConfigurationKey, UnitOfMeasure};
use ocpp_enums::{OcppEnum, Open, ParseError};

// ---------------------------------------------------------------------------
// The firmware side: a logger that keeps the bytes.
// ---------------------------------------------------------------------------

thread_local! {
    static BYTES: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Keeps what the current thread logs (tests run on threads of their own).
#[defmt::global_logger]
struct Capture;

// SAFETY: nothing to lock: every thread writes to its own buffer.
unsafe impl defmt::Logger for Capture {
    fn acquire() {}
    unsafe fn flush() {}
    unsafe fn release() {}
    unsafe fn write(bytes: &[u8]) {
        BYTES.with(|b| b.borrow_mut().extend_from_slice(bytes));
    }
}

// No timestamp; the decoder below expects none.
defmt::timestamp!("");

/// The raw (unencoded) frame that `defmt::println!("{}", value)` sends.
fn frame<T: defmt::Format>(value: &T) -> Vec<u8> {
    BYTES.with(|b| b.borrow_mut().clear());
    defmt::println!("{}", value);
    BYTES.with(|b| std::mem::take(&mut *b.borrow_mut()))
}

/// What a defmt decoder shows for `value`.
fn shown<T: defmt::Format>(value: &T) -> String {
    decode(&frame(value))
}

// ---------------------------------------------------------------------------
// The host side: interned strings from the symbol table, and a decoder for
// the frames above.
// ---------------------------------------------------------------------------

/// A symbol whose link-time address is known, to find where the binary was
/// loaded.
#[no_mangle]
static OCPP_DEFMT_TEST_ANCHOR: u8 = 0;

/// Every interned string of this binary by index, from the symbols named
/// `{"package":…,"tag":"defmt_…","data":"<the string>",…}`. An index that
/// two strings share maps to neither.
fn strings() -> &'static HashMap<u16, Option<String>> {
    static STRINGS: OnceLock<HashMap<u16, Option<String>>> = OnceLock::new();
    STRINGS.get_or_init(|| {
        let exe = std::fs::read(std::env::current_exe().unwrap()).unwrap();
        let symbols = elf_symbols(&exe);
        let anchor = symbols
            .iter()
            .find(|(name, _)| *name == b"OCPP_DEFMT_TEST_ANCHOR")
            .expect("the anchor is in the symbol table")
            .1;
        let base = (std::ptr::addr_of!(OCPP_DEFMT_TEST_ANCHOR) as u64).wrapping_sub(anchor);
        let mut out: HashMap<u16, Option<String>> = HashMap::new();
        for (name, value) in symbols {
            let Some(data) = defmt_data(name) else {
                continue;
            };
            let index = value.wrapping_add(base) as u16;
            out.entry(index)
                .and_modify(|s| *s = None)
                .or_insert(Some(data));
        }
        out
    })
}

/// The `data` of a defmt symbol name, unescaped.
fn defmt_data(name: &[u8]) -> Option<String> {
    let name = std::str::from_utf8(name).ok()?;
    if !name.starts_with("{\"package\":") || !name.contains("\"tag\":\"defmt_") {
        return None;
    }
    let rest = &name[name.find("\"data\":\"")? + 8..];
    let mut out = String::new();
    let mut chars = rest.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(out),
            '\\' => match chars.next()? {
                'n' => out.push('\n'),
                'u' => {
                    let hex: String = chars.by_ref().take(4).collect();
                    out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                }
                other => out.push(other),
            },
            c => out.push(c),
        }
    }
    None
}

/// `(name, value)` of every entry of the ELF64 little-endian symbol tables.
fn elf_symbols(elf: &[u8]) -> Vec<(&[u8], u64)> {
    let u16_at = |at: usize| u16::from_le_bytes(elf[at..at + 2].try_into().unwrap()) as usize;
    let u32_at = |at: usize| u32::from_le_bytes(elf[at..at + 4].try_into().unwrap()) as usize;
    let u64_at = |at: usize| u64::from_le_bytes(elf[at..at + 8].try_into().unwrap());
    assert_eq!(
        &elf[..6],
        b"\x7fELF\x02\x01",
        "an ELF64 little-endian binary"
    );
    let (shoff, shentsize, shnum) = (u64_at(0x28) as usize, u16_at(0x3a), u16_at(0x3c));
    let section = |i: usize| shoff + i * shentsize;
    let mut out = Vec::new();
    for i in 0..shnum {
        let sh = section(i);
        if u32_at(sh + 4) != 2 {
            continue; // not SHT_SYMTAB
        }
        let (offset, size) = (u64_at(sh + 0x18) as usize, u64_at(sh + 0x20) as usize);
        let strtab = section(u32_at(sh + 0x28));
        let names = u64_at(strtab + 0x18) as usize;
        for sym in (offset..offset + size).step_by(24) {
            let start = names + u32_at(sym);
            let len = elf[start..].iter().position(|&b| b == 0).unwrap();
            out.push((&elf[start..start + len], u64_at(sym + 8)));
        }
    }
    out
}

/// Reads a frame of `defmt::println!("{}", value)`: the message's index,
/// the index of the format sequence, then format strings (with their
/// `{=str}` arguments) up to a zero index. Panics on anything else.
///
/// The zero index ends the sequence only as the frame's last two bytes: here,
/// unlike on a microcontroller, an interned string can sit at an address
/// whose low 16 bits are zero (where depends on ASLR), and its index is 0.
fn decode(bytes: &[u8]) -> String {
    let at = std::cell::Cell::new(0);
    let next = |n: usize| {
        let out = &bytes[at.get()..at.get() + n];
        at.set(at.get() + n);
        out
    };
    let string = |index: u16| -> String {
        strings()
            .get(&index)
            .cloned()
            .flatten()
            .unwrap_or_else(|| panic!("no interned string {index:#06x} in {bytes:?}"))
    };
    let u16_of = |b: &[u8]| u16::from_le_bytes(b.try_into().unwrap());
    assert_eq!(string(u16_of(next(2))), "{}");
    assert_eq!(string(u16_of(next(2))), "{=__internal_FormatSequence}");
    let mut out = String::new();
    loop {
        let index = u16_of(next(2));
        if index == 0 && at.get() == bytes.len() {
            break;
        }
        let format = string(index);
        let mut rest = format.as_str();
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix("{=str}") {
                let len = u32::from_le_bytes(next(4).try_into().unwrap()) as usize;
                out.push_str(std::str::from_utf8(next(len)).unwrap());
                rest = after;
            } else if let Some(after) = rest.strip_prefix("{{") {
                out.push('{');
                rest = after;
            } else if let Some(after) = rest.strip_prefix("}}") {
                out.push('}');
                rest = after;
            } else {
                let c = rest.chars().next().unwrap();
                assert!(c != '{' && c != '}', "unexpected parameter in {format:?}");
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    assert_eq!(at.get(), bytes.len(), "trailing bytes in {bytes:?}");
    out
}

// ---------------------------------------------------------------------------
// Derived enums.
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, OcppEnum)]
#[ocpp(defmt)]
enum Status {
    #[ocpp("Available")]
    Available,
    #[ocpp("SuspendedEVSE", alias = "SuspendedEvse")]
    SuspendedEvse,
    /// Braces are doubled for defmt, which reads the wire string as a
    /// format string.
    #[ocpp("Acme.{x}}{")]
    Braces,
}

#[derive(Debug, Clone, PartialEq, Eq, OcppEnum)]
#[ocpp(defmt, ascii_case_insensitive)]
enum Key {
    #[ocpp("HeartbeatInterval")]
    HeartbeatInterval,
    #[ocpp(other)]
    Vendor(String),
}

/// Wants `defmt::Format`; compiles only for types that have it.
fn assert_format<T: defmt::Format>() {}

/// Every catalogue enum is `Format` too: see
/// `every_catalogue_value_shows_its_wire_string`, whose bound requires it.
#[test]
fn every_type_that_should_is_format() {
    assert_format::<Open<ConfigurationKey>>();
    assert_format::<Open<Status>>();
    assert_format::<ParseError>();
    assert_format::<ocpp_enums::VersionError>();
    assert_format::<Status>();
    assert_format::<Key>();
}

#[test]
fn a_known_variant_is_its_interned_wire_string() {
    // Message, sequence, the variant's string, end: two bytes each, whatever
    // the length of the wire string.
    let bytes = frame(&Status::SuspendedEvse);
    assert_eq!(bytes.len(), 8, "{bytes:?}");
    assert_eq!(&bytes[6..], [0, 0]);
    assert_eq!(decode(&bytes), "SuspendedEVSE");
    assert_eq!(shown(&Status::Available), "Available");
    assert_eq!(shown(&Status::Braces), "Acme.{x}}{");
    assert_eq!(shown(&Key::HeartbeatInterval), "HeartbeatInterval");
}

#[test]
fn every_printable_character_survives() {
    fn each<E: OcppEnum + defmt::Format>() {
        for value in E::ALL {
            assert_eq!(shown(value), value.as_str());
        }
    }
    each::<printable::Printable>();
    each::<printable::PrintableCaseless>();
    assert_eq!(shown(&printable::Printable::All), printable::ALL_PRINTABLE);
}

#[test]
fn a_catch_all_writes_its_text() {
    let key = Key::Vendor("Acme.FanMode".into());
    let bytes = frame(&key);
    assert!(bytes.windows(12).any(|w| w == b"Acme.FanMode"), "{bytes:?}");
    assert_eq!(decode(&bytes), "Acme.FanMode");
}

#[test]
fn every_catalogue_value_shows_its_wire_string() {
    fn each<E: OcppEnum + defmt::Format>() {
        for value in E::ALL {
            assert_eq!(frame(value).len(), 8, "{}::{}", E::NAME, value.as_str());
            assert_eq!(shown(value), value.as_str(), "{}", E::NAME);
        }
    }
    macro_rules! all {
        ([$module:ident] $($name:ident),* $(,)?) => {
            $(each::<ocpp_enums::$module::$name>();)*
        };
    }
    ocpp_enums::for_each_v16_enum!(all v16);
    ocpp_enums::for_each_v201_enum!(all v201);
    ocpp_enums::for_each_v21_enum!(all v21);
    each::<ocpp_enums::Subprotocol>();
}

#[test]
fn open_writes_the_wire_string() {
    let known = Open::<ConfigurationKey>::from("heartbeatinterval");
    assert_eq!(frame(&known).len(), 8);
    assert_eq!(shown(&known), "HeartbeatInterval");
    let unknown = Open::<ConfigurationKey>::from("Acme.FanMode");
    assert_eq!(shown(&unknown), "Acme.FanMode");
    assert_eq!(
        shown(&Open::Known(ChargePointStatus::SuspendedEvse)),
        "SuspendedEVSE"
    );
}

#[test]
fn errors_name_the_enum_and_the_input() {
    let err = "kwh".parse::<UnitOfMeasure>().unwrap_err();
    assert_eq!(shown(&err), r#"unknown UnitOfMeasure "kwh""#);
    let err = ocpp_enums::v201::MeasurandEnumType::try_from(
        ocpp_enums::v21::MeasurandEnumType::DisplayPresentSoc,
    )
    .unwrap_err();
    assert_eq!(shown(&err), err.to_string());
}
