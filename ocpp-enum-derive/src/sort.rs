//! One sort for the whole crate.
//!
//! Every `sort_by_key` with its own closure is a copy of the standard
//! library's sort for the compiler to generate: four call sites made a
//! seventh of this crate's LLVM IR. They all sort indices, so they share
//! this one copy.

/// Sorts `indices` by `key`, stably: equal keys keep their order.
pub fn by_key(indices: &mut [usize], key: &dyn Fn(usize) -> u64) {
    indices.sort_by_key(|&i| key(i));
}
