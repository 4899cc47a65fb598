//! `list.sort`'s algorithm: CPython 3.11's timsort, step for step, so that a `__lt__` that
//! prints or counts sees the same comparisons as under CPython (Objects/listsort.txt
//! describes the design; this is our own implementation of it).
//!
//! Runs are found left to right (a strictly descending run is reversed), short runs are
//! extended to `minrun` by binary insertion, and pending runs are merged by the powersort
//! policy. Merges skip the prefix of A and the suffix of B already in place (galloping
//! searches), then merge from the shorter side, switching to galloping when one run wins
//! `min_gallop` times in a row.
//!
//! The sort works on indices into `keys`; `lt(i, j)` is `keys[i] < keys[j]`.

use crate::PyResult;

const MIN_GALLOP: usize = 7;

/// Which array a galloping search reads: the list being sorted, or the run moved aside.
#[derive(Clone, Copy)]
enum Src {
    V,
    Tmp,
}

struct Run {
    base: usize,
    len: usize,
    power: u32,
}

struct Sorter<'a> {
    v: Vec<usize>,
    lt: &'a mut dyn FnMut(usize, usize) -> PyResult<bool>,
    min_gallop: usize,
    pending: Vec<Run>,
    tmp: Vec<usize>,
}

/// Sort `0..n` by `lt` (a strict less-than on the items those indices stand for); the
/// returned permutation is stable.
pub fn timsort(n: usize, lt: &mut dyn FnMut(usize, usize) -> PyResult<bool>) -> PyResult<Vec<usize>> {
    let mut s = Sorter { v: (0..n).collect(), lt, min_gallop: MIN_GALLOP, pending: Vec::new(), tmp: Vec::new() };
    if n < 2 {
        return Ok(s.v);
    }
    let minrun = compute_minrun(n);
    let mut lo = 0;
    let mut remaining = n;
    while remaining > 0 {
        let (mut run, descending) = s.count_run(lo, lo + remaining)?;
        if descending {
            s.v[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = remaining.min(minrun);
            s.binary_sort(lo, lo + force, lo + run)?;
            run = force;
        }
        s.found_new_run(run, n)?;
        s.pending.push(Run { base: lo, len: run, power: 0 });
        lo += run;
        remaining -= run;
    }
    s.force_collapse()?;
    Ok(s.v)
}

/// The run length below which runs are extended by insertion: n itself under 64, else a
/// number in 32..=64 that makes n / minrun a power of two or a little less.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// Powersort's node power of the boundary between the run at `s1` (length n1) and the
/// next one (length n2), for a list of n items: the first bit where the binary expansions
/// of the two runs' midpoints (as fractions of n) differ.
fn power_of(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    let mut result = 0;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

impl Sorter<'_> {
    fn lt(&mut self, a: usize, b: usize) -> PyResult<bool> {
        (self.lt)(a, b)
    }

    fn at(&self, src: Src, i: usize) -> usize {
        match src {
            Src::V => self.v[i],
            Src::Tmp => self.tmp[i],
        }
    }

    /// The run starting at lo: its length, and whether it is strictly descending.
    fn count_run(&mut self, lo: usize, hi: usize) -> PyResult<(usize, bool)> {
        if lo + 1 == hi {
            return Ok((1, false));
        }
        let mut n = 2;
        let mut i = lo + 1;
        if self.lt(self.v[i], self.v[i - 1])? {
            i += 1;
            while i < hi && self.lt(self.v[i], self.v[i - 1])? {
                i += 1;
                n += 1;
            }
            Ok((n, true))
        } else {
            i += 1;
            while i < hi && !self.lt(self.v[i], self.v[i - 1])? {
                i += 1;
                n += 1;
            }
            Ok((n, false))
        }
    }

    /// Insert v[start..hi] one by one into the sorted v[lo..start] (binary search for the
    /// place after any equal items).
    fn binary_sort(&mut self, lo: usize, hi: usize, mut start: usize) -> PyResult<()> {
        if lo == start {
            start += 1;
        }
        while start < hi {
            let pivot = self.v[start];
            let (mut l, mut r) = (lo, start);
            while l < r {
                let p = l + ((r - l) >> 1);
                if self.lt(pivot, self.v[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            self.v.copy_within(l..start, l + 1);
            self.v[l] = pivot;
            start += 1;
        }
        Ok(())
    }

    /// Merge pending runs whose boundary power is above the new boundary's.
    fn found_new_run(&mut self, n2: usize, n: usize) -> PyResult<()> {
        if let Some(last) = self.pending.last() {
            let power = power_of(last.base, last.len, n2, n);
            while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
                self.merge_at(self.pending.len() - 2)?;
            }
            let top = self.pending.len() - 1;
            self.pending[top].power = power;
        }
        Ok(())
    }

    fn force_collapse(&mut self) -> PyResult<()> {
        while self.pending.len() > 1 {
            let mut i = self.pending.len() - 2;
            if i > 0 && self.pending[i - 1].len < self.pending[i + 1].len {
                i -= 1;
            }
            self.merge_at(i)?;
        }
        Ok(())
    }

    /// Merge pending runs i and i + 1.
    fn merge_at(&mut self, i: usize) -> PyResult<()> {
        let (mut base_a, mut na) = (self.pending[i].base, self.pending[i].len);
        let (base_b, nb) = (self.pending[i + 1].base, self.pending[i + 1].len);
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);
        // items of A before B's first item are already in place
        let k = self.gallop_right(self.v[base_b], Src::V, base_a, na, 0)?;
        base_a += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        // items of B after A's last item are already in place
        let nb = self.gallop_left(self.v[base_a + na - 1], Src::V, base_b, nb, nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(base_a, na, base_b, nb)
        } else {
            self.merge_hi(base_a, na, base_b, nb)
        }
    }

    /// Where `key` belongs in the sorted src[base..base+n]: before any equal items. The
    /// search starts at `hint` and gallops outwards.
    fn gallop_left(&mut self, key: usize, src: Src, base: usize, n: usize, hint: usize) -> PyResult<usize> {
        let (mut lastofs, mut ofs);
        if self.lt(self.at(src, base + hint), key)? {
            // a[hint] < key: gallop right
            let maxofs = n - hint;
            lastofs = 0;
            ofs = 1;
            while ofs < maxofs {
                if self.lt(self.at(src, base + hint + ofs), key)? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(maxofs);
            lastofs += hint;
            ofs += hint;
        } else {
            // key <= a[hint]: gallop left
            let maxofs = hint + 1;
            lastofs = 0;
            ofs = 1;
            while ofs < maxofs {
                if self.lt(self.at(src, base + hint - ofs), key)? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            let k = lastofs;
            // lastofs may go to -1 here: kept shifted by one (the binary search adds one)
            lastofs = hint + 1 - ofs;
            ofs = hint - k;
            return self.gallop_finish_left(key, src, base, lastofs, ofs);
        }
        self.gallop_finish_left(key, src, base, lastofs + 1, ofs)
    }

    /// The binary search that ends gallop_left, on a[lo..hi] (lo already one past lastofs).
    fn gallop_finish_left(&mut self, key: usize, src: Src, base: usize, mut lo: usize, mut hi: usize) -> PyResult<usize> {
        while lo < hi {
            let m = lo + ((hi - lo) >> 1);
            if self.lt(self.at(src, base + m), key)? {
                lo = m + 1;
            } else {
                hi = m;
            }
        }
        Ok(hi)
    }

    /// Where `key` belongs in the sorted src[base..base+n]: after any equal items.
    fn gallop_right(&mut self, key: usize, src: Src, base: usize, n: usize, hint: usize) -> PyResult<usize> {
        let (mut lastofs, mut ofs);
        if self.lt(key, self.at(src, base + hint))? {
            // key < a[hint]: gallop left
            let maxofs = hint + 1;
            lastofs = 0;
            ofs = 1;
            while ofs < maxofs {
                if self.lt(key, self.at(src, base + hint - ofs))? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(maxofs);
            let k = lastofs;
            lastofs = hint + 1 - ofs;
            ofs = hint - k;
            return self.gallop_finish_right(key, src, base, lastofs, ofs);
        } else {
            // a[hint] <= key: gallop right
            let maxofs = n - hint;
            lastofs = 0;
            ofs = 1;
            while ofs < maxofs {
                if self.lt(key, self.at(src, base + hint + ofs))? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            lastofs += hint;
            ofs += hint;
        }
        self.gallop_finish_right(key, src, base, lastofs + 1, ofs)
    }

    fn gallop_finish_right(&mut self, key: usize, src: Src, base: usize, mut lo: usize, mut hi: usize) -> PyResult<usize> {
        while lo < hi {
            let m = lo + ((hi - lo) >> 1);
            if self.lt(key, self.at(src, base + m))? {
                hi = m;
            } else {
                lo = m + 1;
            }
        }
        Ok(hi)
    }

    /// Merge A = v[pa..pa+na] and B = v[pb..pb+nb] (adjacent, na <= nb) from the left, with A
    /// moved aside. On an error the items still aside go back, so v stays a permutation.
    fn merge_lo(&mut self, base_a: usize, mut na: usize, mut pb: usize, mut nb: usize) -> PyResult<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.v[base_a..base_a + na]);
        let mut pa = 0; // into tmp
        let mut dest = base_a;
        self.v[dest] = self.v[pb];
        dest += 1;
        pb += 1;
        nb -= 1;
        let r = self.merge_lo_body(&mut pa, &mut na, &mut pb, &mut nb, &mut dest);
        match r {
            Ok(true) => {
                // CopyB: the last item of A goes after the rest of B
                self.v.copy_within(pb..pb + nb, dest);
                self.v[dest + nb] = self.tmp[pa];
            }
            _ => {
                let rest = self.tmp[pa..pa + na].to_vec();
                self.v[dest..dest + na].copy_from_slice(&rest);
            }
        }
        r.map(|_| ())
    }

    /// The loop of merge_lo; Ok(true) when it ends with one item of A left (CopyB).
    fn merge_lo_body(&mut self, pa: &mut usize, na: &mut usize, pb: &mut usize, nb: &mut usize, dest: &mut usize) -> PyResult<bool> {
        if *nb == 0 {
            return Ok(false);
        }
        if *na == 1 {
            return Ok(true);
        }
        let mut min_gallop = self.min_gallop;
        loop {
            let (mut acount, mut bcount) = (0usize, 0usize);
            // one at a time, until one run seems to win consistently
            loop {
                if self.lt(self.v[*pb], self.tmp[*pa])? {
                    self.v[*dest] = self.v[*pb];
                    *dest += 1;
                    *pb += 1;
                    bcount += 1;
                    acount = 0;
                    *nb -= 1;
                    if *nb == 0 {
                        return Ok(false);
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                } else {
                    self.v[*dest] = self.tmp[*pa];
                    *dest += 1;
                    *pa += 1;
                    acount += 1;
                    bcount = 0;
                    *na -= 1;
                    if *na == 1 {
                        return Ok(true);
                    }
                    if acount >= min_gallop {
                        break;
                    }
                }
            }
            // galloping, while it pays
            min_gallop += 1;
            loop {
                min_gallop -= (min_gallop > 1) as usize;
                self.min_gallop = min_gallop;
                let key = self.v[*pb];
                let k = self.gallop_right(key, Src::Tmp, *pa, *na, 0)?;
                acount = k;
                if k > 0 {
                    self.v[*dest..*dest + k].copy_from_slice(&self.tmp[*pa..*pa + k]);
                    *dest += k;
                    *pa += k;
                    *na -= k;
                    if *na == 1 {
                        return Ok(true);
                    }
                    if *na == 0 {
                        return Ok(false);
                    }
                }
                self.v[*dest] = self.v[*pb];
                *dest += 1;
                *pb += 1;
                *nb -= 1;
                if *nb == 0 {
                    return Ok(false);
                }
                let key = self.tmp[*pa];
                let k = self.gallop_left(key, Src::V, *pb, *nb, 0)?;
                bcount = k;
                if k > 0 {
                    self.v.copy_within(*pb..*pb + k, *dest);
                    *dest += k;
                    *pb += k;
                    *nb -= k;
                    if *nb == 0 {
                        return Ok(false);
                    }
                }
                self.v[*dest] = self.tmp[*pa];
                *dest += 1;
                *pa += 1;
                *na -= 1;
                if *na == 1 {
                    return Ok(true);
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            self.min_gallop = min_gallop;
        }
    }

    /// Merge A = v[base_a..base_a+na] and B = v[base_b..base_b+nb] (adjacent, na > nb) from
    /// the right, with B moved aside.
    fn merge_hi(&mut self, base_a: usize, mut na: usize, base_b: usize, mut nb: usize) -> PyResult<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.v[base_b..base_b + nb]);
        // positions are kept one past the item they name, so that they never go below zero
        let mut dest = base_b + nb; // one past the next slot to fill
        let mut pa = base_a + na; // one past A's last unmerged item
        let mut pb = nb; // one past tmp's last unmerged item
        self.v[dest - 1] = self.v[pa - 1];
        dest -= 1;
        pa -= 1;
        na -= 1;
        let r = self.merge_hi_body(base_a, &mut pa, &mut na, &mut pb, &mut nb, &mut dest);
        match r {
            Ok(true) => {
                // CopyA: the first item of B goes before the rest of A
                self.v.copy_within(pa - na..pa, dest - na);
                self.v[dest - na - 1] = self.tmp[pb - 1];
            }
            _ => {
                let rest = self.tmp[..nb].to_vec();
                self.v[dest - nb..dest].copy_from_slice(&rest);
            }
        }
        r.map(|_| ())
    }

    /// The loop of merge_hi; Ok(true) when it ends with one item of B left (CopyA).
    fn merge_hi_body(&mut self, base_a: usize, pa: &mut usize, na: &mut usize, pb: &mut usize, nb: &mut usize, dest: &mut usize) -> PyResult<bool> {
        if *na == 0 {
            return Ok(false);
        }
        if *nb == 1 {
            return Ok(true);
        }
        let mut min_gallop = self.min_gallop;
        loop {
            let (mut acount, mut bcount) = (0usize, 0usize);
            loop {
                if self.lt(self.tmp[*pb - 1], self.v[*pa - 1])? {
                    self.v[*dest - 1] = self.v[*pa - 1];
                    *dest -= 1;
                    *pa -= 1;
                    acount += 1;
                    bcount = 0;
                    *na -= 1;
                    if *na == 0 {
                        return Ok(false);
                    }
                    if acount >= min_gallop {
                        break;
                    }
                } else {
                    self.v[*dest - 1] = self.tmp[*pb - 1];
                    *dest -= 1;
                    *pb -= 1;
                    bcount += 1;
                    acount = 0;
                    *nb -= 1;
                    if *nb == 1 {
                        return Ok(true);
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                }
            }
            min_gallop += 1;
            loop {
                min_gallop -= (min_gallop > 1) as usize;
                self.min_gallop = min_gallop;
                let key = self.tmp[*pb - 1];
                let k = self.gallop_right(key, Src::V, base_a, *na, *na - 1)?;
                let k = *na - k;
                acount = k;
                if k > 0 {
                    self.v.copy_within(*pa - k..*pa, *dest - k);
                    *dest -= k;
                    *pa -= k;
                    *na -= k;
                    if *na == 0 {
                        return Ok(false);
                    }
                }
                self.v[*dest - 1] = self.tmp[*pb - 1];
                *dest -= 1;
                *pb -= 1;
                *nb -= 1;
                if *nb == 1 {
                    return Ok(true);
                }
                let key = self.v[*pa - 1];
                let k = self.gallop_left(key, Src::Tmp, 0, *nb, *nb - 1)?;
                let k = *nb - k;
                bcount = k;
                if k > 0 {
                    let src = self.tmp[*pb - k..*pb].to_vec();
                    self.v[*dest - k..*dest].copy_from_slice(&src);
                    *dest -= k;
                    *pb -= k;
                    *nb -= k;
                    if *nb == 1 {
                        return Ok(true);
                    }
                    if *nb == 0 {
                        return Ok(false);
                    }
                }
                self.v[*dest - 1] = self.v[*pa - 1];
                *dest -= 1;
                *pa -= 1;
                *na -= 1;
                if *na == 0 {
                    return Ok(false);
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            self.min_gallop = min_gallop;
        }
    }
}
