//! Numbers, money, sizes, durations and dates written the current
//! language's way. In the browser `Intl` does it (no formatting data in the
//! wasm); on the host, where only tests run, a plain English fallback.

use fluent_bundle::FluentValue;

use super::current_lang;

/// A number, with exactly `digits` after the point when given.
pub fn number(value: f64, digits: Option<u8>) -> String {
    let digits = digits.map(|d| d.min(20));
    let mut options = Vec::new();
    if let Some(d) = digits {
        options.push(("minimumFractionDigits", Opt::Num(d.into())));
        options.push(("maximumFractionDigits", Opt::Num(d.into())));
    }
    intl(&options, value).unwrap_or_else(|| plain(value, digits))
}

/// A whole count (tokens, chunks, files).
pub fn count(value: impl Into<f64>) -> String {
    number(value.into(), Some(0))
}

/// US dollars (what the price list is in), with `digits` after the point:
/// a run's cost is often a fraction of a cent.
pub fn money(usd: f64, digits: u8) -> String {
    let d = Opt::Num(digits.min(20).into());
    let options = [
        ("style", Opt::Text("currency")),
        ("currency", Opt::Text("USD")),
        ("minimumFractionDigits", d),
        ("maximumFractionDigits", d),
    ];
    intl(&options, usd).unwrap_or_else(|| format!("${}", plain(usd, Some(digits))))
}

/// A share (0.25 → "25%"), with `digits` after the point.
pub fn percent(ratio: f64, digits: u8) -> String {
    let d = Opt::Num(digits.min(20).into());
    let options = [("style", Opt::Text("percent")), ("minimumFractionDigits", d), ("maximumFractionDigits", d)];
    intl(&options, ratio).unwrap_or_else(|| format!("{}%", plain(ratio * 100.0, Some(digits))))
}

/// A duration in seconds, with `digits` after the point.
pub fn seconds(value: f64, digits: u8) -> String {
    unit(value, "second", digits).unwrap_or_else(|| format!("{} s", plain(value, Some(digits))))
}

/// A size in bytes, in the largest unit that keeps it ≥ 1 (B, kB, MB, GB).
pub fn size(bytes: u64) -> String {
    let b = bytes as f64;
    let (value, name, symbol, digits) = if b >= 1e9 {
        (b / 1e9, "gigabyte", "GB", 1)
    } else if b >= 1e6 {
        (b / 1e6, "megabyte", "MB", 1)
    } else if b >= 1e3 {
        (b / 1e3, "kilobyte", "kB", 0)
    } else {
        (b, "byte", "B", 0)
    };
    unit(value, name, digits).unwrap_or_else(|| format!("{} {symbol}", plain(value, Some(digits))))
}

/// Megabytes (the unit of Settings' file limit and of reading progress).
pub fn megabytes(value: f64, digits: u8) -> String {
    unit(value, "megabyte", digits).unwrap_or_else(|| format!("{} MB", plain(value, Some(digits))))
}

/// A moment (milliseconds since 1970), as date and time.
pub fn date_time(ms: f64) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
        let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
        let format = js_sys::Intl::DateTimeFormat::new(&locales(), &options);
        let date = js_sys::Date::new(&ms.into());
        if let Some(text) = format.format().call1(&format, &date).ok().and_then(|v| v.as_string()) {
            return text;
        }
    }
    format!("{ms:.0} ms since 1970")
}

/// Fluent's formatter: numbers put into messages (counts that also choose
/// a plural form) are written by [`number`].
pub fn fluent_number<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => {
            let digits = n.options.maximum_fraction_digits.map(|d| d.min(20) as u8);
            Some(number(n.value, digits))
        }
        _ => None,
    }
}

/// An `Intl` option's value (read only in the browser: the host has no `Intl`).
#[derive(Clone, Copy)]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
enum Opt {
    Text(&'static str),
    Num(f64),
}

fn unit(value: f64, name: &'static str, digits: u8) -> Option<String> {
    let d = Opt::Num(digits.min(20).into());
    let options = [
        ("style", Opt::Text("unit")),
        ("unit", Opt::Text(name)),
        ("unitDisplay", Opt::Text("short")),
        ("minimumFractionDigits", d),
        ("maximumFractionDigits", d),
    ];
    intl(&options, value)
}

#[cfg(target_arch = "wasm32")]
fn locales() -> js_sys::Array {
    js_sys::Array::of1(&current_lang().tag().into())
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// `Intl.NumberFormat`s made so far, by language and options: making one
    /// costs far more than formatting with it, and a panel formats many figures.
    static NUMBER_FORMATS: std::cell::RefCell<std::collections::HashMap<String, js_sys::Intl::NumberFormat>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

#[cfg(target_arch = "wasm32")]
fn intl(options: &[(&str, Opt)], value: f64) -> Option<String> {
    let mut key = current_lang().tag().to_string();
    for (name, option) in options {
        match option {
            Opt::Text(text) => key.push_str(&format!("|{name}={text}")),
            Opt::Num(n) => key.push_str(&format!("|{name}={n}")),
        }
    }
    let format = NUMBER_FORMATS.with(|formats| {
        formats
            .borrow_mut()
            .entry(key)
            .or_insert_with(|| {
                let object = js_sys::Object::new();
                for (name, option) in options {
                    let v = match option {
                        Opt::Text(text) => wasm_bindgen::JsValue::from_str(text),
                        Opt::Num(n) => wasm_bindgen::JsValue::from_f64(*n),
                    };
                    let _ = js_sys::Reflect::set(&object, &(*name).into(), &v);
                }
                js_sys::Intl::NumberFormat::new(&locales(), &object)
            })
            .clone()
    });
    format.format().call1(&format, &value.into()).ok().and_then(|v| v.as_string())
}

#[cfg(not(target_arch = "wasm32"))]
fn intl(_: &[(&str, Opt)], _: f64) -> Option<String> {
    let _ = current_lang;
    None
}

/// English without grouping: the host's stand-in for `Intl`.
fn plain(value: f64, digits: Option<u8>) -> String {
    match digits {
        Some(d) => format!("{value:.*}", usize::from(d)),
        None => {
            let text = format!("{value:.6}");
            let text = text.trim_end_matches('0').trim_end_matches('.');
            if text == "-0" {
                "0".into()
            } else {
                text.to_string()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_host_fallback_writes_plain_english() {
        assert_eq!(number(1234.5, None), "1234.5");
        assert_eq!(number(2.0, None), "2");
        assert_eq!(count(42u32), "42");
        assert_eq!(money(0.01234, 4), "$0.0123");
        assert_eq!(percent(0.256, 1), "25.6%");
        assert_eq!(seconds(1.25, 1), "1.2 s");
        assert_eq!(size(676_000_000), "676.0 MB");
        assert_eq!(size(1_070_000_000), "1.1 GB");
        assert_eq!(size(2_600), "3 kB");
        assert_eq!(size(12), "12 B");
    }
}
