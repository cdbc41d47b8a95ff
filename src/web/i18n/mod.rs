//! The page's words in the reader's language. Every string the page shows
//! comes from a Fluent catalog, `locales/<tag>/<area>.ftl`, through [`tr!`]:
//! English is compiled in, the other languages are fetched the first time
//! they are chosen ([`load`], in the browser). Numbers, money, sizes and
//! dates are written the language's way by [`format`].
//!
//! The current catalog is a per-thread value rather than a signal: the page
//! is drawn anew when the language changes (`app.rs`), so a message need
//! not be a closure to follow it.

mod catalog;
pub mod format;
pub mod labels;
mod lang;
#[cfg(target_arch = "wasm32")]
mod load;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub use catalog::{Arg, Catalog, CatalogError, AREAS};
pub use lang::Lang;
#[cfg(target_arch = "wasm32")]
pub use load::{preferred, remember, switch};

thread_local! {
    static ENGLISH: Rc<Catalog> = Rc::new(Catalog::english());
    static CURRENT: RefCell<Rc<Catalog>> = RefCell::new(english());
    static LANG: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// The language the page speaks now.
pub fn current_lang() -> Lang {
    LANG.with(Cell::get)
}

/// The English catalog, parsed once: the page's first words, and what every
/// other language falls back to message by message.
pub fn english() -> Rc<Catalog> {
    ENGLISH.with(Rc::clone)
}

/// Makes `catalog` the one messages come from.
pub fn install(catalog: Rc<Catalog>) {
    LANG.with(|l| l.set(catalog.lang()));
    CURRENT.with(|c| *c.borrow_mut() = catalog);
}

/// Whether a message can be read now: not while the catalog is being
/// replaced (what the panic notice checks before it asks for words).
pub fn readable() -> bool {
    CURRENT.try_with(|c| c.try_borrow().is_ok()).unwrap_or(false)
}

/// The message `key` in the current language with `args` put in; use
/// [`tr!`], which names the arguments.
pub fn text(key: &str, args: &[(&str, Arg)]) -> String {
    // Cloned out first: formatting a number reads the language again.
    let catalog = CURRENT.with(|c| Rc::clone(&c.borrow()));
    catalog.text(key, args)
}

/// A message from the catalog: `tr!("run-done")`, or with arguments
/// `tr!("run-chunks", count = n, name = &doc.name)`. Numbers stay numbers
/// (plural forms, the language's digits); text goes in as it is.
#[macro_export]
macro_rules! tr {
    ($key:literal) => {
        $crate::web::i18n::text($key, &[])
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::web::i18n::text($key, &[$((stringify!($name), $crate::web::i18n::Arg::from($value))),+])
    };
    // Arguments made once for several messages: `tr!("key", args)` with `args: [(&str, Arg); N]`.
    ($key:literal, $args:expr) => {
        $crate::web::i18n::text($key, &$args)
    };
}
