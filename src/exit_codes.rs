//! Exit statuses, in one place.

/// Every input was parsed.
pub const SUCCESS: i32 = 0;
/// An input could not be read or was rejected; the others were still parsed.
pub const INPUT_FAILED: i32 = 2;
