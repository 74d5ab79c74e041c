//! A generic enum: one error at its parameters, and its use sites stay quiet.
use ocpp_enums::OcppEnum;

#[derive(OcppEnum)]
enum Tagged<'a, T> {
    #[ocpp("A")]
    A,
    #[ocpp(other)]
    Other(&'a T),
}

#[derive(Debug, OcppEnum)]
enum Wrapped<T: Copy> where T: Default {
    #[ocpp("A")]
    A(T),
}

fn main() {
    let _ = Tagged::<u8>::from_wire("A");
    let _: Result<Tagged<'static, u8>, _> = "A".parse();
    let _ = Tagged::<'static, u8>::A.to_string();
    let _ = Tagged::<'static, u8>::try_from("A");
    let _ = <Wrapped<u8> as OcppEnum>::ALL;
    let _ = Wrapped::A(1u8).as_ref().len();
}
