//! The same job with the same wire strings (aliases and case-insensitivity
//! included) as strum `EnumString` + `IntoStaticStr` enums, which `build.rs`
//! writes from the catalogue.
#![no_std]
#![no_main]

use core::str::FromStr;

mod peer {
    include!(concat!(env!("OUT_DIR"), "/strum_peer.rs"));
}

macro_rules! parse_and_format_all {
    ([$s:ident $total:ident] $($name:ident),* $(,)?) => {
        $( $total += peer::$name::from_str($s).map_or("", <&'static str>::from).len(); )*
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
