//! `exp`, `log` and `pow` rounded correctly (barring astronomically rare hard cases), computed in
//! double-double arithmetic (about 106 bits). OTP's glibc gets these right where `libm`
//! (musl's older algorithms) is sometimes one unit in the last place off, as for `exp(1.0)`.
//! Only finite, normal results are refined; every special case keeps `libm`'s answer.

/// An unevaluated sum `hi + lo` with `|lo| <= ulp(hi) / 2`.
#[derive(Clone, Copy, Debug)]
struct Dd {
    hi: f64,
    lo: f64,
}

const LN2: Dd = Dd {
    hi: f64::from_bits(0x3FE62E42FEFA39EF),
    lo: f64::from_bits(0x3C7ABC9E3B39803F),
};

fn two_sum(a: f64, b: f64) -> Dd {
    let s = a + b;
    let bb = s - a;
    let err = (a - (s - bb)) + (b - bb);
    Dd { hi: s, lo: err }
}

fn quick_two_sum(a: f64, b: f64) -> Dd {
    let s = a + b;
    Dd {
        hi: s,
        lo: b - (s - a),
    }
}

/// Dekker's split of a double into two 26-bit halves.
fn split(a: f64) -> (f64, f64) {
    let t = 134217729.0 * a;
    let hi = t - (t - a);
    (hi, a - hi)
}

fn two_prod(a: f64, b: f64) -> Dd {
    let p = a * b;
    let (ah, al) = split(a);
    let (bh, bl) = split(b);
    let err = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
    Dd { hi: p, lo: err }
}

impl Dd {
    fn from(a: f64) -> Dd {
        Dd { hi: a, lo: 0.0 }
    }

    fn add(self, o: Dd) -> Dd {
        let s = two_sum(self.hi, o.hi);
        let t = two_sum(self.lo, o.lo);
        let s = quick_two_sum(s.hi, s.lo + t.hi);
        quick_two_sum(s.hi, s.lo + t.lo)
    }

    fn mul(self, o: Dd) -> Dd {
        let p = two_prod(self.hi, o.hi);
        quick_two_sum(p.hi, p.lo + (self.hi * o.lo + self.lo * o.hi))
    }

    fn mul_f64(self, b: f64) -> Dd {
        let p = two_prod(self.hi, b);
        quick_two_sum(p.hi, p.lo + self.lo * b)
    }

    fn div(self, o: Dd) -> Dd {
        let q1 = self.hi / o.hi;
        let r = self.add(o.mul_f64(-q1));
        let q2 = r.hi / o.hi;
        let r = r.add(o.mul_f64(-q2));
        let q3 = r.hi / o.hi;
        quick_two_sum(q1, q2).add(Dd::from(q3))
    }

    /// Division by a double: one correction step, about 104 bits.
    fn div_f64(self, b: f64) -> Dd {
        let q1 = self.hi / b;
        let p = two_prod(q1, b);
        let r = ((self.hi - p.hi) - p.lo) + self.lo;
        quick_two_sum(q1, r / b)
    }

    fn scale(self, k: i32) -> Dd {
        Dd {
            hi: libm::scalbn(self.hi, k),
            lo: libm::scalbn(self.lo, k),
        }
    }
}

/// `e^r` for `|r| <= 0.35`: the Taylor series of `e^(r/1024)` (ten terms reach 2^-120), then
/// ten squarings.
fn exp_reduced(r: Dd) -> Dd {
    let small = r.scale(-10);
    let mut sum = Dd::from(1.0);
    for n in (1..=10).rev() {
        sum = sum.mul(small).div_f64(f64::from(n)).add(Dd::from(1.0));
    }
    for _ in 0..10 {
        sum = sum.mul(sum);
    }
    sum
}

/// `e^x` in double-double for `x` in the range where the result is a normal double.
fn exp_dd(x: Dd) -> Dd {
    let k = libm::round(x.hi / LN2.hi);
    let r = x.add(LN2.mul_f64(-k));
    exp_reduced(r).scale(k as i32)
}

/// `ln x` in double-double for a finite `x > 0`.
fn log_dd(x: f64) -> Dd {
    // x = m * 2^e with m in [sqrt(1/2), sqrt(2)).
    let (mut m, mut e) = libm::frexp(x); // m in [0.5, 1)
    if m < core::f64::consts::FRAC_1_SQRT_2 {
        m *= 2.0;
        e -= 1;
    }
    // ln m = 2 atanh(s), s = (m - 1) / (m + 1); m - 1 is exact here.
    let s = Dd::from(m - 1.0).div(two_sum(m, 1.0));
    let s2 = s.mul(s);
    // Enough odd terms for |s| <= 0.172: s^45/45 < 2^-118.
    let mut sum = Dd::from(0.0);
    for k in (0..=22).rev() {
        let coefficient = Dd::from(1.0).div_f64(f64::from(2 * k + 1));
        sum = sum.mul(s2).add(coefficient);
    }
    let ln_m = sum.mul(s).mul_f64(2.0);
    LN2.mul_f64(f64::from(e)).add(ln_m)
}

fn is_refinable(r: f64) -> bool {
    r.is_finite() && r.abs() >= f64::MIN_POSITIVE
}

/// `exp(x)`: `libm`'s value, refined to the correctly rounded one when it is a normal double.
pub fn exp(x: f64) -> f64 {
    let r = libm::exp(x);
    if !is_refinable(r) || x.abs() < 1e-300 {
        return r;
    }
    exp_dd(Dd::from(x)).hi
}

/// `log(x)`, refined likewise.
pub fn log(x: f64) -> f64 {
    let r = libm::log(x);
    if !is_refinable(r) || x.is_nan() || x <= 0.0 || x == 1.0 || x.is_infinite() {
        return r;
    }
    log_dd(x).hi
}

/// `pow(x, y)`, refined likewise for finite `x != 0` and finite `y` (a negative `x` only
/// has a real power for integer `y`, whose sign `libm` already found).
pub fn pow(x: f64, y: f64) -> f64 {
    let r = libm::pow(x, y);
    if !is_refinable(r) || x == 0.0 || !x.is_finite() || !y.is_finite() || x.abs() == 1.0 {
        return r;
    }
    let ax = x.abs();
    if ax < f64::MIN_POSITIVE {
        // Subnormal bases are rare; keep libm's answer rather than widen log_dd's range.
        return r;
    }
    let p = log_dd(ax).mul_f64(y);
    let v = exp_dd(p).hi;
    if r < 0.0 {
        -v
    } else {
        v
    }
}

#[cfg(test)]
mod tests {
    /// Near-halfway cases where glibc (and so OTP) rounds the wrong way; the expected bits
    /// are the correctly rounded values, computed with 80-digit decimal arithmetic.
    #[test]
    fn hard_cases_round_correctly() {
        let f = f64::from_bits;
        assert_eq!(
            super::exp(f(0xc06223d1f0567230)).to_bits(),
            0x32d8e1a17bd70eec
        );
        assert_eq!(
            super::pow(f(0x41efa464f2336585), f(0xbf33fdcdade705a8)).to_bits(),
            0x3fefc8c97a32dc10
        );
        // And plain values OTP prints: math:exp(1) and math:log(3).
        assert_eq!(super::exp(1.0).to_bits(), 0x4005bf0a8b145769);
        assert_eq!(super::log(3.0).to_bits(), 0x3ff193ea7aad030b);
    }
}
