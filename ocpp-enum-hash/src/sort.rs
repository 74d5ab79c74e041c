//! One sort for the hash search and the tables.
//!
//! Every `sort_by_key` with its own closure is a copy of the standard
//! library's sort for the compiler to generate: four call sites made a
//! seventh of the derive's LLVM IR when this code was part of it. They all
//! sort indices, so they share this one copy.

/// Sorts `indices` by `key`, stably: equal keys keep their order.
pub fn by_key(indices: &mut [usize], key: &dyn Fn(usize) -> u64) {
    indices.sort_by_key(|&i| key(i));
}
