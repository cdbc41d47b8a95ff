//! What the page keeps on this device: settings in `localStorage`, and the
//! API key only when the user ticks "remember on this device".

use super::settings::Settings;

const SETTINGS: &str = "minions-web.settings";
const KEY: &str = "minions-web.api-key";

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn load_settings() -> Settings {
    let Some(storage) = local() else { return Settings::default() };
    let mut settings =
        storage.get_item(SETTINGS).ok().flatten().map(|s| Settings::from_storage(&s)).unwrap_or_default();
    if settings.remember_key {
        settings.supervisor_key = storage.get_item(KEY).ok().flatten().unwrap_or_default();
    }
    settings
}

pub fn save_settings(settings: &Settings) {
    let Some(storage) = local() else { return };
    let _ = storage.set_item(SETTINGS, &settings.to_storage());
    if settings.remember_key && !settings.supervisor_key.is_empty() {
        let _ = storage.set_item(KEY, &settings.supervisor_key);
    } else {
        let _ = storage.remove_item(KEY);
    }
}
