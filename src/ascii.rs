//! Byte tests on eight bytes at a time (a little-endian `u64`), for the passes that
//! read every byte of every page: the high bit of each byte lane says whether the
//! test holds for that byte.

/// The high bit of every byte lane.
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;

/// The eight bytes starting at `at`, when there are eight.
pub(crate) fn chunk(bytes: &[u8], at: usize) -> Option<u64> {
    let eight: [u8; 8] = bytes.get(at..at.checked_add(8)?)?.try_into().ok()?;
    Some(u64::from_le_bytes(eight))
}

/// `x` in all eight lanes.
pub(crate) const fn lanes(x: u8) -> u64 {
    0x0101_0101_0101_0101 * x as u64
}

/// Lanes whose byte is `>= x`. Only for words of ASCII bytes (every high bit clear):
/// the sums then never carry into the next lane.
pub(crate) fn at_least(word: u64, x: u8) -> u64 {
    debug_assert!(word & HIGH == 0 && x <= 0x80);
    word.wrapping_add(lanes(0x80 - x)) & HIGH
}

/// Lanes whose byte is `x` (any bytes).
pub(crate) fn equal(word: u64, x: u8) -> u64 {
    let diff = word ^ lanes(x);
    // a lane's high bit ends up set when any of its bits is: the low seven bits add
    // up into it without carrying out of the lane
    !((((diff & !HIGH) + !HIGH) | diff) & HIGH) & HIGH
}

/// How many lanes of `mask` (high bits only, as the lane tests return) are set:
/// `count_ones` by one multiplication, which sums the lanes into the top byte. x86-64's
/// baseline has no POPCNT instruction, and `count_ones` falls back to a dozen.
pub(crate) fn lanes_set(mask: u64) -> u32 {
    debug_assert!(mask & !HIGH == 0);
    ((mask >> 7).wrapping_mul(lanes(1)) >> 56) as u32
}

/// Lanes whose byte is an ASCII digit (any bytes).
pub(crate) fn digit_lanes(word: u64) -> u64 {
    range_lanes(word, b'0', b'9')
}

/// Lanes whose byte is an ASCII upper-case letter (any bytes).
pub(crate) fn upper_lanes(word: u64) -> u64 {
    range_lanes(word, b'A', b'Z')
}

/// Lanes whose byte is in `lo..=hi` (ASCII bounds; any bytes).
pub(crate) fn range_lanes(word: u64, lo: u8, hi: u8) -> u64 {
    debug_assert!(lo <= hi && hi < 0x7F);
    let ascii = !word & HIGH;
    let low = word & !HIGH;
    at_least(low, lo) & !at_least(low, hi + 1) & ascii
}

/// The offsets of the ASCII digits in `bytes`, in order: eight bytes a step, digits
/// being rare in prose.
pub(crate) fn digits(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    // the next byte not looked at; the digits found in the chunk at `base`
    let mut next = 0;
    let (mut base, mut found) = (0, 0u64);
    std::iter::from_fn(move || loop {
        if found != 0 {
            let i = base + (found.trailing_zeros() / 8) as usize;
            found &= found - 1;
            return Some(i);
        }
        if let Some(word) = chunk(bytes, next) {
            (base, found) = (next, digit_lanes(word));
            next += 8;
            continue;
        }
        // the last bytes, fewer than eight, one at a time
        let i = next + bytes.get(next..)?.iter().position(u8::is_ascii_digit)?;
        next = i + 1;
        return Some(i);
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lanes_set_counts_the_set_lanes() {
        for lanes_on in 0u32..256 {
            let mask = (0..8)
                .filter(|i| lanes_on >> i & 1 == 1)
                .fold(0u64, |m, i| m | 0x80 << (8 * i));
            assert_eq!(lanes_set(mask), mask.count_ones(), "{mask:x}");
        }
    }

    /// Every byte value in every lane, beside bytes that could leak into it.
    #[test]
    fn lane_tests_are_the_byte_tests() {
        for b in 0u8..=255 {
            for lane in 0..8 {
                for fill in [0u8, 0x7F, 0x80, 0xFF, b'a'] {
                    let mut bytes = [fill; 8];
                    bytes[lane] = b;
                    let word = u64::from_le_bytes(bytes);
                    let bit = |m: u64, i: usize| m >> (8 * i + 7) & 1 == 1;
                    for x in [0u8, b'\n', b' ', 0x7F, 0x80, 0xFF, b] {
                        for i in 0..8 {
                            assert_eq!(bit(equal(word, x), i), bytes[i] == x, "{bytes:?} {x}");
                        }
                    }
                    if word & HIGH == 0 {
                        for x in [0u8, 1, b'\t', b' ', b'a', b'z' + 1, 0x7F, 0x80, b] {
                            for i in 0..8 {
                                assert_eq!(
                                    bit(at_least(word, x), i),
                                    bytes[i] >= x,
                                    "{bytes:?} {x}"
                                );
                            }
                        }
                    }
                }
            }
        }
        assert_eq!(
            chunk(b"abcdefgh", 0),
            Some(u64::from_le_bytes(*b"abcdefgh"))
        );
        assert_eq!(chunk(b"abcdefgh", 1), None);
        assert_eq!(chunk(b"ab", usize::MAX), None);
        for b in 0u8..=255 {
            for lane in 0..8 {
                let mut bytes = [b'x'; 8];
                bytes[lane] = b;
                let found = digit_lanes(u64::from_le_bytes(bytes));
                assert_eq!(found != 0, b.is_ascii_digit(), "{b:#x} in lane {lane}");
                assert_eq!(found & !(0x80 << (8 * lane)), 0);
            }
        }
    }

    #[test]
    fn upper_lanes_are_the_upper_case_bytes() {
        for b in 0u8..=255 {
            for lane in 0..8 {
                let mut eight = [b'a'; 8];
                eight[lane] = b;
                let got = upper_lanes(u64::from_le_bytes(eight));
                let want = if b.is_ascii_uppercase() {
                    0x80u64 << (8 * lane)
                } else {
                    0
                };
                assert_eq!(got, want, "byte {b:#x} in lane {lane}");
            }
        }
    }

    proptest::proptest! {
        /// Every digit offset, in order, whatever the length and the bytes around.
        #[test]
        fn digits_are_the_digit_bytes(bytes in proptest::collection::vec(
            proptest::prop_oneof![proptest::num::u8::ANY, 0x2Fu8..0x3B], 0..40)
        ) {
            let slow: Vec<usize> = (0..bytes.len()).filter(|&i| bytes[i].is_ascii_digit()).collect();
            proptest::prop_assert_eq!(digits(&bytes).collect::<Vec<_>>(), slow);
        }
    }
}
