//! The GIL timeline picture: a self-contained SVG (or an HTML page around one) drawn from a
//! gil-trace file, one lane per thread, grouped by process.
//!
//! It reads the trace's "X" slices (holding / waiting / without GIL) and a few instants
//! (drop requests, forks), so a saved trace and `-X gil-timeline` draw the same picture
//! through one path. Slices closer together than half a pixel merge: a five-second run
//! switching every 5 ms stays a few hundred rectangles per lane, and legacy mode's
//! microsecond hand-overs become a striped band rather than megabytes of SVG.

use serde_json::Value as J;
use std::collections::BTreeMap;
use std::fmt::Write as _;

const WIDTH: f64 = 1100.0;
const LEFT: f64 = 190.0;
const LANE: f64 = 22.0;
const GAP: f64 = 8.0;
const TOP: f64 = 70.0;

const HOLD: &str = "#2e7d32";
const WAIT: &str = "#e53935";
const FREE: &str = "#90caf9";
const REQ: &str = "#ff9800";

struct Slice {
    state: u8,
    start: f64,
    end: f64,
}

#[derive(Default)]
struct Lane {
    name: String,
    sort: f64,
    slices: Vec<Slice>,
    requests: Vec<f64>,
}

#[derive(Default)]
struct Proc {
    name: String,
    lanes: BTreeMap<u64, Lane>,
    forks: Vec<f64>,
    origin: String,
}

fn num(v: &J) -> Option<f64> {
    v.as_f64()
}

/// Render a trace (the JSON text `-X gil-trace` writes) as SVG, or HTML when `html`.
pub fn render_json(text: &str, html: bool) -> Result<String, String> {
    let doc: J = serde_json::from_str(text).map_err(|e| format!("not a trace file: {}", e))?;
    let events = match &doc {
        J::Object(m) => m.get("traceEvents").and_then(|e| e.as_array()).ok_or("no traceEvents list")?,
        J::Array(a) => a,
        _ => return Err("not a trace file".into()),
    };
    let mode = doc.get("otherData").and_then(|o| o.get("mode")).and_then(|m| m.as_str()).unwrap_or("?").to_string();
    let mut procs: BTreeMap<u64, Proc> = BTreeMap::new();
    let mut t0 = f64::INFINITY;
    let mut t1 = f64::NEG_INFINITY;
    for e in events {
        let name = e.get("name").and_then(|n| n.as_str()).unwrap_or("");
        let ph = e.get("ph").and_then(|n| n.as_str()).unwrap_or("");
        let pid = e.get("pid").and_then(|p| p.as_u64()).unwrap_or(0);
        let tid = e.get("tid").and_then(|p| p.as_u64()).unwrap_or(0);
        let p = procs.entry(pid).or_default();
        match (ph, name) {
            ("M", "process_name") => p.name = e["args"]["name"].as_str().unwrap_or("").to_string(),
            ("M", "thread_name") => p.lanes.entry(tid).or_default().name = e["args"]["name"].as_str().unwrap_or("").to_string(),
            ("M", "thread_sort_index") => p.lanes.entry(tid).or_default().sort = num(&e["args"]["sort_index"]).unwrap_or(0.0),
            ("X", _) => {
                let (Some(ts), Some(dur)) = (num(&e["ts"]), num(&e["dur"])) else { continue };
                let state = match name {
                    "holding" => 0,
                    "waiting" => 1,
                    _ => 2,
                };
                t0 = t0.min(ts);
                t1 = t1.max(ts + dur);
                p.lanes.entry(tid).or_default().slices.push(Slice { state, start: ts, end: ts + dur });
            }
            ("i", _) => {
                let Some(ts) = num(&e["ts"]) else { continue };
                match name {
                    "drop_request" => {
                        let holder = e["args"]["holder"].as_u64().unwrap_or(tid);
                        p.lanes.entry(holder).or_default().requests.push(ts);
                    }
                    "fork" => p.forks.push(ts),
                    "forked" | "spawned" => {
                        let parent = e["args"]["parent"].as_u64().unwrap_or(0);
                        p.origin = format!(", {} by {}", name, parent);
                    }
                    "process_exit" => t1 = t1.max(ts),
                    _ => {}
                }
            }
            _ => {}
        }
    }
    procs.retain(|_, p| {
        p.lanes.retain(|_, l| !l.slices.is_empty());
        !p.lanes.is_empty()
    });
    if procs.is_empty() || !t0.is_finite() {
        return Err("the trace has no GIL intervals".into());
    }
    let span = (t1 - t0).max(1.0);
    let scale = (WIDTH - LEFT - 20.0) / span;
    let x = |t: f64| LEFT + (t - t0) * scale;
    let lanes: usize = procs.values().map(|p| p.lanes.len()).sum();
    let height = TOP + procs.len() as f64 * 24.0 + lanes as f64 * (LANE + GAP) + 70.0;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h:.0}\" viewBox=\"0 0 {w} {h:.0}\" font-family=\"sans-serif\" font-size=\"12\">",
        w = WIDTH,
        h = height
    );
    let _ = writeln!(s, "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>");
    let _ = writeln!(
        s,
        "<text x=\"10\" y=\"20\" font-size=\"15\" font-weight=\"bold\">GIL timeline: {} ({}), {:.3} s</text>",
        match mode.as_str() {
            "legacy" => "legacy GIL",
            "deterministic" => "deterministic GIL",
            _ => "GIL",
        },
        procs.len().to_string() + if procs.len() == 1 { " process" } else { " processes" },
        span / 1e6
    );
    axis(&mut s, t0, span, &x, height);
    let mut y = TOP;
    for p in procs.values() {
        let _ = writeln!(s, "<text x=\"10\" y=\"{:.1}\" font-weight=\"bold\">{}{}</text>", y + 14.0, esc(&p.name), esc(&p.origin));
        let mut last = f64::NEG_INFINITY;
        for &f in &p.forks {
            if x(f) - last < 30.0 {
                continue;
            }
            last = x(f);
            let _ = writeln!(s, "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" fill=\"#555\">fork</text>", x(f).max(LEFT + 120.0), y + 14.0);
        }
        y += 24.0;
        let mut lanes: Vec<&Lane> = p.lanes.values().collect();
        lanes.sort_by(|a, b| a.sort.partial_cmp(&b.sort).unwrap_or(std::cmp::Ordering::Equal));
        let mut lane_y: Vec<f64> = Vec::new();
        for l in &lanes {
            let _ = writeln!(s, "<text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>", LEFT - 8.0, y + 15.0, esc(&short(&l.name)));
            let _ = writeln!(s, "<rect x=\"{}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{}\" fill=\"#f4f4f4\"/>", LEFT, y, WIDTH - LEFT - 20.0, LANE);
            draw_lane(&mut s, l, y, &x);
            lane_y.push(y);
            y += LANE + GAP;
        }
        hand_overs(&mut s, &lanes, &lane_y, &x);
        y += 4.0;
    }
    legend(&mut s, height - 30.0);
    s.push_str("</svg>\n");
    if !html {
        return Ok(s);
    }
    let mut h = String::new();
    let _ = writeln!(h, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>GIL timeline</title>");
    let _ = writeln!(h, "<style>body{{font-family:sans-serif;margin:20px}} p{{max-width:1100px}}</style></head><body>");
    let _ = writeln!(h, "<h1>GIL timeline</h1>");
    let _ = writeln!(
        h,
        "<p>One lane per thread. Green: the thread holds the GIL and runs bytecode. Red: it wants the GIL and waits. \
         Blue: it runs or blocks without the GIL (sleep, I/O, a lock, hashing). Orange ticks: another thread asked the holder \
         to drop the GIL (the switch interval expired). Grey lines: the GIL passing from one thread to another.</p>"
    );
    h.push_str(&s);
    h.push_str("</body></html>\n");
    Ok(h)
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn short(s: &str) -> String {
    if s.chars().count() > 26 {
        s.chars().take(25).collect::<String>() + "…"
    } else {
        s.to_string()
    }
}

fn nice_step(span_us: f64) -> f64 {
    let raw = span_us / 8.0;
    let p = 10f64.powf(raw.log10().floor());
    for m in [1.0, 2.0, 5.0, 10.0] {
        if p * m >= raw {
            return p * m;
        }
    }
    p * 10.0
}

fn axis(s: &mut String, t0: f64, span: f64, x: &dyn Fn(f64) -> f64, height: f64) {
    let step = nice_step(span);
    let mut t = 0.0;
    while t <= span + 1e-9 {
        let px = x(t0 + t);
        let label = if step >= 1e6 {
            format!("{:.0} s", t / 1e6)
        } else if step >= 1e3 {
            format!("{} ms", trim(t / 1e3))
        } else {
            format!("{} µs", trim(t))
        };
        let _ = writeln!(s, "<line x1=\"{px:.1}\" y1=\"{}\" x2=\"{px:.1}\" y2=\"{:.0}\" stroke=\"#ddd\"/>", TOP - 18.0, height - 45.0);
        let _ = writeln!(s, "<text x=\"{px:.1}\" y=\"{}\" text-anchor=\"middle\" font-size=\"10\" fill=\"#555\">{}</text>", TOP - 22.0, label);
        t += step;
    }
}

fn trim(v: f64) -> String {
    let s = format!("{:.3}", v);
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn draw_lane(s: &mut String, l: &Lane, y: f64, x: &dyn Fn(f64) -> f64) {
    let mut sl: Vec<&Slice> = l.slices.iter().collect();
    sl.sort_by(|a, b| a.start.partial_cmp(&b.start).unwrap_or(std::cmp::Ordering::Equal));
    // merge runs of one state closer than half a pixel; a rectangle is at least 0.5 px wide
    let mut cur: Option<(u8, f64, f64)> = None;
    let flush = |s: &mut String, c: (u8, f64, f64)| {
        let color = [HOLD, WAIT, FREE][c.0 as usize];
        let w = (c.2 - c.1).max(0.5);
        let _ = writeln!(s, "<rect x=\"{:.2}\" y=\"{:.1}\" width=\"{:.2}\" height=\"{}\" fill=\"{}\"/>", c.1, y + 2.0, w, LANE - 4.0, color);
    };
    for sc in sl {
        let (a, b) = (x(sc.start), x(sc.end));
        cur = match cur {
            Some((st, c0, c1)) if st == sc.state && a - c1 < 0.5 => Some((st, c0, c1.max(b))),
            Some(c) => {
                if b - a < 0.05 && b <= c.2 + 0.5 {
                    // a sliver inside what is already drawn
                    Some(c)
                } else {
                    flush(s, c);
                    Some((sc.state, a, b))
                }
            }
            None => Some((sc.state, a, b)),
        };
    }
    if let Some(c) = cur {
        flush(s, c);
    }
    let mut last = f64::NEG_INFINITY;
    for &r in &l.requests {
        let px = x(r);
        if px - last < 2.0 {
            continue;
        }
        last = px;
        let _ = writeln!(s, "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"1.5\" height=\"6\" fill=\"{}\"/>", px - 0.75, y - 3.0, REQ);
    }
}

/// Grey lines where the GIL passes from one thread to another (at most one per 3 px).
fn hand_overs(s: &mut String, lanes: &[&Lane], ys: &[f64], x: &dyn Fn(f64) -> f64) {
    let mut holds: Vec<(f64, f64, usize)> = Vec::new();
    for (i, l) in lanes.iter().enumerate() {
        for sc in &l.slices {
            if sc.state == 0 {
                holds.push((sc.start, sc.end, i));
            }
        }
    }
    holds.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap_or(std::cmp::Ordering::Equal));
    let mut last_px = f64::NEG_INFINITY;
    for w in holds.windows(2) {
        let (prev, next) = (w[0], w[1]);
        if prev.2 == next.2 {
            continue;
        }
        let (xa, xb) = (x(prev.1), x(next.0));
        if xb - last_px < 3.0 {
            continue;
        }
        last_px = xb;
        let (ya, yb) = (ys[prev.2] + LANE / 2.0, ys[next.2] + LANE / 2.0);
        let _ = writeln!(s, "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#777\" stroke-width=\"0.7\"/>", xa, ya, xb, yb);
    }
}

fn legend(s: &mut String, y: f64) {
    let items = [(HOLD, "holding the GIL"), (WAIT, "waiting for the GIL"), (FREE, "running or blocked without the GIL"), (REQ, "drop request")];
    let mut x = LEFT;
    for (c, label) in items {
        let _ = writeln!(s, "<rect x=\"{x:.0}\" y=\"{:.0}\" width=\"14\" height=\"14\" fill=\"{c}\"/>", y);
        let _ = writeln!(s, "<text x=\"{:.0}\" y=\"{:.0}\">{}</text>", x + 19.0, y + 12.0, label);
        x += 40.0 + label.len() as f64 * 6.5;
    }
    let _ = writeln!(s, "<line x1=\"{x:.0}\" y1=\"{:.0}\" x2=\"{:.0}\" y2=\"{:.0}\" stroke=\"#777\"/>", y + 12.0, x + 14.0, y + 2.0);
    let _ = writeln!(s, "<text x=\"{:.0}\" y=\"{:.0}\">hand-over</text>", x + 19.0, y + 12.0);
}
