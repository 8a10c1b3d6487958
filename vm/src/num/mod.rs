//! Erlang numbers: integers of any size and IEEE doubles, with OTP 25's exact behaviour.
//!
//! This module knows nothing of terms: it works on Rust values, and the VM converts at the
//! boundary (small immediates and heap bignums to [`Int`], boxed floats to `f64`, and back).
//! Every operation that OTP can fail returns `Result<_, NumError>`; nothing here panics on any
//! input, and sizes are bounded by OTP's own limit, so a hostile program gets `system_limit`
//! instead of exhausting memory.
//!
//! # Integers: [`Int`]
//! `Int::Small(i64)` or `Int::Big(IBig)`; a `Big` is always outside the `i64` range, so equal
//! values have equal representations (derived `Eq`/`Hash` are exact, `Ord` is numeric order).
//! The VM's 60-bit small integers fit `Small`; values outside 60 bits but inside `i64` are
//! still `Small` here and go to the heap as one-limb bignums.
//! - Arithmetic: [`Int::add`], [`Int::sub`], [`Int::mul`], [`Int::div`] (`div`, truncating),
//!   [`Int::rem`] (`rem`, sign of the dividend), [`Int::div_rem`], [`Int::neg`], [`Int::abs`].
//!   `div`/`rem` by zero are `badarith`; results over [`int::MAX_BIG_BITS`] are `system_limit`.
//! - Bits (two's complement on negatives): [`Int::band`], [`Int::bor`], [`Int::bxor`],
//!   [`Int::bnot`], [`Int::bsl`], [`Int::bsr`] (shift counts of any size and sign: a nonzero
//!   value shifted left past the limit is `system_limit`, right shifts floor, so a negative
//!   ends at -1).
//! - Order: `Ord`; against floats [`Int::cmp_f64`] (exact, as OTP's term order).
//! - Floats: [`Int::to_f64`] (OTP's rounding, including its limb-by-limb rounding of
//!   bignums; `None` when too big: [`float::int_to_float`] makes that `badarg` for `float/1`,
//!   [`float::int_operand`] `badarith` for arithmetic), [`Int::from_f64_trunc`].
//! - Text: [`Int::to_string_radix`] (`integer_to_list/2`, upper case),
//!   [`Int::to_decimal_string`], [`Int::parse_radix`] (`list_to_integer/1,2` and
//!   `binary_to_integer/1,2`: the whole text, optional sign, either case),
//!   [`Int::parse_decimal_prefix`] (`string:to_integer/1`). Lists of character codes go
//!   through [`radix::chars_to_bytes`] first (a non-byte element is `badarg`).
//! - Heap storage: [`Int::magnitude_limb_count`], [`Int::copy_magnitude_limbs`] (writes the
//!   magnitude as little-endian `u64` limbs, returns the sign), [`Int::to_limbs`],
//!   [`Int::from_limbs`] (normalises to `Small` when the value fits).
//!
//! - Bit syntax: [`Int::to_segment_be`], [`Int::to_segment_le`] (`<<X:N>>`,
//!   `<<X:N/little>>`, truncated as OTP does), [`Int::from_segment_be`],
//!   [`Int::from_segment_le`] (matching, signed or unsigned), for segments of any size.
//!
//! # Either kind: [`Number`]
//! `Number::Int(Int)` or `Number::Float(f64)` with OTP's mixing rules: [`Number::add`],
//! [`Number::sub`], [`Number::mul`] (exact on two integers, otherwise float with `badarith` on
//! overflow or an integer too big to convert), [`Number::fdiv`] (`/`), [`Number::neg`],
//! [`Number::abs`], [`Number::compare`] (exact numeric order across kinds).
//!
//! # Floats: [`float`]
//! - Printing: [`float::format_short`] (`float_to_list(F, [short])`, also `io_lib`'s `~w`/`~p`:
//!   shortest round-trip digits, plain or exponent form at OTP's switch points),
//!   [`float::format_default`] (`float_to_list/1`, `"%.20e"`), [`float::format_with_options`]
//!   (`float_to_list/2` and `float_to_binary/2`; the VM maps the option list to
//!   [`float::FloatOption`]s, anything else in it being `badarg`).
//! - Parsing: [`float::parse_float`] (`list_to_float/1`, `binary_to_float/1`),
//!   [`float::parse_float_prefix`] (`string:to_float/1`).
//! - Arithmetic: [`float::add`], [`float::sub`], [`float::mul`], [`float::div`] (non-finite
//!   results and division by zero are `badarith`); mixed integer/float arithmetic converts the
//!   integer with [`float::int_operand`] first; `/` on two integers converts both.
//! - To integers: [`float::trunc`], [`float::round`] (halves away from zero), [`float::floor`],
//!   [`float::ceil`], exact for any magnitude.
//! - `math`: [`math::Unary`] and [`math::Binary`] (`badarith` for domain errors, poles and
//!   overflow; integer arguments via [`math::int_arg`]).
//!
//! # Bignum backend
//! `dashu-int` (pure Rust, `no_std`). Measured against `num-bigint` 0.4 on the pidigits spigot
//! (big multiply by small, big add, big divide with a small quotient), release build on this
//! machine: 5000 digits in 0.46-0.53 s with dashu against 2.15-2.58 s with num-bigint (erl itself:
//! 5.8 s); 10000 digits 2.4 s against 14.5 s. Multiplying and dividing 300-kbit numbers and
//! printing them in decimal cost about the same in both.
//!
//! Shortest float digits come from the `ryu` crate: the algorithm OTP itself uses, so even
//! ties between two shortest candidates resolve the same way.
//!
//! # `math` accuracy
//! OTP calls glibc. This module uses `libm` (musl's algorithms), except that `exp`, `log` and
//! `pow` results are refined in double-double arithmetic to the correctly rounded value, which
//! is what glibc returns in all but very rare near-halfway cases. The generated test data
//! compares every result bit for bit; `tests.rs` prints the cases that differ in the last place
//! (about 85 of 4,900 `math` cases, spread over the trigonometric, hyperbolic and error
//! functions, plus a few `exp`/`pow` inputs where glibc itself misrounds) and tolerates only
//! those.

pub mod arith;
pub mod bits;
mod dd;
pub mod float;
pub mod int;
pub mod math;
pub mod radix;

#[cfg(test)]
mod tests;

pub use arith::Number;
pub use float::FloatOption;
pub use int::Int;

/// How a numeric operation fails, named after the Erlang error reason it raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumError {
    /// `badarg`: malformed text, a bad base or option, a float that does not fit.
    Badarg,
    /// `badarith`: division by zero, a float result that is infinite or NaN.
    Badarith,
    /// `system_limit`: an integer larger than OTP allows.
    SystemLimit,
}

impl NumError {
    /// The Erlang atom text of the error reason.
    pub fn reason(self) -> &'static str {
        match self {
            NumError::Badarg => "badarg",
            NumError::Badarith => "badarith",
            NumError::SystemLimit => "system_limit",
        }
    }
}
