//! Parses and formats every `ocpp_enums::v16` enumeration, nothing else.
#![no_std]
#![no_main]

use ocpp_enums::v16::*;
use ocpp_enums::OcppEnum;

macro_rules! parse_and_format_all {
    ([$s:ident $total:ident] $($name:ident),* $(,)?) => {
        $( $total += <$name as OcppEnum>::from_wire($s).map_or("", |e| e.as_str()).len(); )*
    };
}

#[no_mangle]
pub extern "C" fn _start() -> ! {
    let s: &str = core::hint::black_box("Accepted");
    let mut total = 0usize;
    ocpp_enums::for_each_v16_enum!(parse_and_format_all s total);
    core::hint::black_box(total);
    loop {}
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}
