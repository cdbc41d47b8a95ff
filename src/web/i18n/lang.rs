//! The languages the page speaks, named by their BCP 47 tags, and the choice
//! of one from the browser's preferences.

/// A language the page has a catalog for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    De,
    Fr,
    Es,
    ZhCn,
    Ja,
}

impl Lang {
    /// In the order the language menu lists them.
    pub const ALL: [Lang; 6] = [Lang::En, Lang::De, Lang::Fr, Lang::Es, Lang::ZhCn, Lang::Ja];

    /// The BCP 47 tag: the `language` menu's value, `<html lang>`, the
    /// catalog's folder under `locales/` and the locale `Intl` formats for.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::ZhCn => "zh-CN",
            Lang::Ja => "ja",
        }
    }

    /// The language's name in itself, as a language menu shows it.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::ZhCn => "简体中文",
            Lang::Ja => "日本語",
        }
    }

    /// The exact tag back (what the menu and storage hold).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.tag().eq_ignore_ascii_case(tag))
    }

    /// The language a browser preference such as `de-AT`, `fr_CA`,
    /// `zh-Hans-CN` or `ja-JP` asks for, if the page has it. Chinese in
    /// Traditional script (`zh-TW`, `zh-HK`, `zh-Hant`) is not Simplified
    /// Chinese, so it matches nothing here.
    pub fn matching(preference: &str) -> Option<Lang> {
        let tag = preference.trim().replace('_', "-").to_ascii_lowercase();
        let mut parts = tag.split('-');
        let primary = parts.next().unwrap_or_default();
        match primary {
            "en" => Some(Lang::En),
            "de" => Some(Lang::De),
            "fr" => Some(Lang::Fr),
            "es" => Some(Lang::Es),
            "ja" => Some(Lang::Ja),
            "zh" => {
                let rest: Vec<&str> = parts.collect();
                let traditional = rest.iter().any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo"));
                (!traditional).then_some(Lang::ZhCn)
            }
            _ => None,
        }
    }

    /// The first of the browser's preferences (most wanted first) the page
    /// speaks; English when it speaks none of them.
    pub fn negotiate<'a>(preferences: impl IntoIterator<Item = &'a str>) -> Lang {
        preferences.into_iter().find_map(Lang::matching).unwrap_or_default()
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip_and_are_the_hook_s_values() {
        let tags: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
        assert_eq!(tags, ["en", "de", "fr", "es", "zh-CN", "ja"]);
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
        assert_eq!(Lang::from_tag("zh-cn"), Some(Lang::ZhCn));
        assert_eq!(Lang::from_tag("pt"), None);
    }

    #[test]
    fn browser_preferences_pick_the_first_language_the_page_speaks() {
        assert_eq!(Lang::negotiate(["de-AT", "en-US"]), Lang::De);
        assert_eq!(Lang::negotiate(["pt-BR", "fr_CA", "en"]), Lang::Fr);
        assert_eq!(Lang::negotiate(["zh-Hans-CN"]), Lang::ZhCn);
        assert_eq!(Lang::negotiate(["zh-SG"]), Lang::ZhCn);
        assert_eq!(Lang::negotiate(["zh"]), Lang::ZhCn);
        assert_eq!(Lang::negotiate(["zh-TW", "ja-JP"]), Lang::Ja);
        assert_eq!(Lang::negotiate(["zh-Hant-HK"]), Lang::En);
        assert_eq!(Lang::negotiate(["es-419"]), Lang::Es);
        assert_eq!(Lang::negotiate(["ko", "ru"]), Lang::En);
        assert_eq!(Lang::negotiate([]), Lang::En);
    }
}
