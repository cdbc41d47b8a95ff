//! One language's messages: the Fluent resources of every area of the page,
//! with English behind them for a message a catalog does not have yet.

use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

use std::rc::Rc;

use super::Lang;

/// The page's areas; each has one file per language,
/// `locales/<tag>/<area>.ftl`.
pub const AREAS: [&str; 8] = ["app", "documents", "ask", "run", "settings", "doctor", "evaluation", "errors"];

/// The English catalog, compiled in: the page's first words need no fetch,
/// and every other language falls back to it message by message.
const ENGLISH: [&str; 8] = [
    include_str!("../../../locales/en/app.ftl"),
    include_str!("../../../locales/en/documents.ftl"),
    include_str!("../../../locales/en/ask.ftl"),
    include_str!("../../../locales/en/run.ftl"),
    include_str!("../../../locales/en/settings.ftl"),
    include_str!("../../../locales/en/doctor.ftl"),
    include_str!("../../../locales/en/evaluation.ftl"),
    include_str!("../../../locales/en/errors.ftl"),
];

/// A value put into a message: numbers stay numbers, so that a message can
/// choose its plural form (`{ $count -> [one] … *[other] … }`) and the
/// number is written the language's way.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Number { value: f64, fraction_digits: Option<u8> },
    Text(String),
}

impl Arg {
    /// A number written with exactly `digits` digits after the point.
    pub fn fixed(value: f64, digits: u8) -> Arg {
        Arg::Number { value, fraction_digits: Some(digits) }
    }

    fn to_fluent(&self) -> FluentValue<'static> {
        match self {
            Arg::Text(text) => FluentValue::String(text.clone().into()),
            Arg::Number { value, fraction_digits } => {
                let mut options = FluentNumberOptions::default();
                if let Some(digits) = fraction_digits {
                    options.minimum_fraction_digits = Some(usize::from(*digits));
                    options.maximum_fraction_digits = Some(usize::from(*digits));
                }
                FluentValue::Number(FluentNumber::new(*value, options))
            }
        }
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Arg {
                Arg::Number { value: value as f64, fraction_digits: None }
            }
        }
    )*};
}
number_args!(u8, u16, u32, u64, usize, i32, i64, f32, f64);

impl From<&str> for Arg {
    fn from(value: &str) -> Arg {
        Arg::Text(value.to_string())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Arg {
        Arg::Text(value)
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Arg {
        Arg::Text(value.clone())
    }
}

/// A catalog that could not be read: which file, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct CatalogError {
    pub area: String,
    pub detail: String,
}

impl std::fmt::Display for CatalogError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "locales/{}.ftl: {}", self.area, self.detail)
    }
}

type Bundle = FluentBundle<FluentResource>;

/// The messages of one language, English behind them.
pub struct Catalog {
    lang: Lang,
    bundle: Bundle,
    /// The one English catalog ([`super::english`]), parsed once per page.
    english: Option<Rc<Catalog>>,
}

impl Catalog {
    /// Parses the compiled-in English catalog; the page keeps one
    /// ([`super::english`]).
    pub(super) fn english() -> Catalog {
        let sources = AREAS.iter().copied().zip(ENGLISH.iter().map(|s| s.to_string())).collect();
        // The English files are part of the build: a test parses them, so an error here is a mistake caught there.
        let (bundle, _) = bundle(Lang::En, sources);
        Catalog { lang: Lang::En, bundle, english: None }
    }

    /// `lang`'s catalog from its files' text, one per area in [`AREAS`]'
    /// order. A file with mistakes keeps every message it could read; the
    /// mistakes are returned to be reported.
    pub fn parse(lang: Lang, sources: Vec<(&str, String)>) -> (Catalog, Vec<CatalogError>) {
        let (bundle, errors) = bundle(lang, sources);
        let english = (lang != Lang::En).then(super::english);
        (Catalog { lang, bundle, english }, errors)
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether this language's own files have `key` (not English's).
    pub fn has_own(&self, key: &str) -> bool {
        self.bundle.get_message(key).and_then(|m| m.value()).is_some()
    }

    /// The message `key` with `args` put in: this language's, else
    /// English's, else the key itself (which the catalog test forbids).
    pub fn text(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let fluent_args = (!args.is_empty()).then(|| {
            let mut fa = FluentArgs::with_capacity(args.len());
            for (name, value) in args {
                fa.set(*name, value.to_fluent());
            }
            fa
        });
        [Some(&self.bundle), self.english.as_deref().map(|e| &e.bundle)]
            .into_iter()
            .flatten()
            .find_map(|bundle| {
                let pattern = bundle.get_message(key)?.value()?;
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, fluent_args.as_ref(), &mut errors);
                Some(text.into_owned())
            })
            .unwrap_or_else(|| key.to_string())
    }
}

fn bundle(lang: Lang, sources: Vec<(&str, String)>) -> (Bundle, Vec<CatalogError>) {
    let mut errors = Vec::new();
    let locale = lang.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![locale]);
    // No bidi isolation marks around values: none of the page's languages is written right to left.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(super::format::fluent_number));
    for (area, source) in sources {
        let resource = match FluentResource::try_new(source) {
            Ok(resource) => resource,
            Err((resource, parse_errors)) => {
                errors.extend(
                    parse_errors
                        .into_iter()
                        .map(|e| CatalogError { area: format!("{}/{area}", lang.tag()), detail: format!("{e:?}") }),
                );
                resource
            }
        };
        if let Err(duplicates) = bundle.add_resource(resource) {
            errors.extend(
                duplicates
                    .into_iter()
                    .map(|e| CatalogError { area: format!("{}/{area}", lang.tag()), detail: e.to_string() }),
            );
        }
    }
    (bundle, errors)
}
