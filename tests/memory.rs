//! Memory layout of the catalogue: every enum is one byte and leaves a niche,
//! so `Option<E>` is one byte too, and `Open<E>` costs no more than a
//! `String` plus a word (today's rustc even fits it in the `String`'s
//! capacity niche, but that layout is not guaranteed, so not asserted).
//!
//! Checked at compile time (`const` assertions) and again at run time, where
//! a failure names the enum and its sizes.

mod prop_support {
    pub mod list;
}

use std::mem::size_of;

use ocpp_enums::Open;
use prop_support::list::catalogue;

macro_rules! assert_layout {
    ([] $($e:ident),* $(,)?) => {
        $(
            const _: () = {
                use ocpp_enums::v16::$e;
                assert!(size_of::<$e>() == 1);
                assert!(size_of::<Option<$e>>() == 1);
                assert!(size_of::<Open<$e>>() <= size_of::<String>() + size_of::<usize>());
            };
        )*

        /// `(name, size of E, of Option<E>, of Open<E>)` for every catalogue enum.
        fn layouts() -> Vec<(&'static str, usize, usize, usize)> {
            vec![$((
                stringify!($e),
                size_of::<ocpp_enums::v16::$e>(),
                size_of::<Option<ocpp_enums::v16::$e>>(),
                size_of::<Open<ocpp_enums::v16::$e>>(),
            )),*]
        }
    };
}

catalogue!(assert_layout);

#[test]
fn option_of_every_catalogue_enum_is_one_byte() {
    let layouts = layouts();
    assert_eq!(layouts.len(), 53);
    for (name, size, option, _) in layouts {
        assert_eq!(size, 1, "size_of::<{name}>()");
        assert_eq!(option, 1, "size_of::<Option<{name}>>()");
    }
}

#[test]
fn open_of_every_catalogue_enum_is_at_most_a_string_and_a_word() {
    let limit = size_of::<String>() + size_of::<usize>();
    for (name, _, _, open) in layouts() {
        assert!(
            open <= limit,
            "size_of::<Open<{name}>>() is {open}, more than {limit}"
        );
    }
}
