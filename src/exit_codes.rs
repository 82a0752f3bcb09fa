//! Exit statuses, in one place.

/// Every input was parsed.
pub const SUCCESS: i32 = 0;
/// `--get FIELD`: some input lacks the field (nothing was printed for it). An input that
/// failed (`INPUT_FAILED`) outranks this.
pub const FIELD_MISSING: i32 = 1;
/// An input could not be read or was rejected; the others were still parsed.
pub const INPUT_FAILED: i32 = 2;
