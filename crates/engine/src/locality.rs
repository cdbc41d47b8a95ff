//! Where a model server is, as far as the documents are concerned: inside
//! this tab, on this machine, on the local network, or anywhere else. The
//! worker reads the documents, so its place decides whether they leave the
//! device; [`Locality::of_host`] reads it from the host a request goes to.
//!
//! Only what the address says counts: a name that is not `localhost` or a
//! local-network suffix may resolve anywhere, so it is "elsewhere".

use std::net::{Ipv4Addr, Ipv6Addr};

use serde::{Deserialize, Serialize};

/// The host of a model that runs inside the page itself.
pub const TAB_HOST: &str = "this-tab";

/// Where a model server is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locality {
    /// Inside this page.
    Tab,
    /// Loopback: localhost, 127.0.0.0/8, `[::1]`.
    Machine,
    /// Private ranges, link-local, IPv6 unique-local, `.local`, `.lan`, `.home.arpa`.
    Network,
    /// Anything else, including names that may resolve anywhere.
    Elsewhere,
}

impl Locality {
    /// The place of `host` as written in a [`super::model::ModelEndpoint`]
    /// (`localhost:11434`, `[fd00::2]:8000`, `gpu.lan`), a port or not.
    pub fn of_host(host: &str) -> Self {
        let host = host.trim().to_ascii_lowercase();
        if host == TAB_HOST {
            return Self::Tab;
        }
        let host = host.rsplit_once('@').map_or(host.as_str(), |(_, h)| h);
        let name = without_port(host).trim_end_matches('.');
        if let Some(inner) = name.strip_prefix('[').and_then(|n| n.strip_suffix(']')) {
            return inner.parse::<Ipv6Addr>().map_or(Self::Elsewhere, of_ipv6);
        }
        if let Ok(ip) = name.parse::<Ipv4Addr>() {
            return of_ipv4(ip);
        }
        if name == "localhost" || name.ends_with(".localhost") {
            Self::Machine
        } else if [".local", ".lan", ".home.arpa"].iter().any(|suffix| name.ends_with(suffix)) {
            Self::Network
        } else {
            Self::Elsewhere
        }
    }

    /// The place of a base URL (`http://192.168.1.20:11434/v1`).
    pub fn of_url(url: &str) -> Self {
        let rest = url.trim().split_once("://").map_or(url.trim(), |(_, rest)| rest);
        Self::of_host(rest.split(['/', '?', '#']).next().unwrap_or(rest))
    }

    /// Whether requests there stay on this device.
    pub fn on_device(self) -> bool {
        matches!(self, Self::Tab | Self::Machine)
    }

    /// The hook value (`data-state`).
    pub fn value(self) -> &'static str {
        match self {
            Self::Tab => "tab",
            Self::Machine => "machine",
            Self::Network => "network",
            Self::Elsewhere => "elsewhere",
        }
    }

    /// In words, for the page.
    pub fn label(self) -> &'static str {
        match self {
            Self::Tab => "in this tab",
            Self::Machine => "on this machine",
            Self::Network => "on your local network",
            Self::Elsewhere => "not on this device",
        }
    }
}

/// `host:port` → `host`; IPv6 brackets kept.
fn without_port(host: &str) -> &str {
    if host.starts_with('[') {
        return host.find(']').map_or(host, |end| &host[..=end]);
    }
    match host.rsplit_once(':') {
        Some((name, port)) if port.chars().all(|c| c.is_ascii_digit()) => name,
        _ => host,
    }
}

fn of_ipv4(ip: Ipv4Addr) -> Locality {
    if ip.is_loopback() {
        Locality::Machine
    } else if ip.is_private() || ip.is_link_local() {
        Locality::Network
    } else {
        Locality::Elsewhere
    }
}

fn of_ipv6(ip: Ipv6Addr) -> Locality {
    if let Some(v4) = ip.to_ipv4_mapped() {
        return of_ipv4(v4);
    }
    let first = ip.segments()[0];
    if ip.is_loopback() {
        Locality::Machine
    } else if first & 0xfe00 == 0xfc00 || first & 0xffc0 == 0xfe80 {
        // Unique-local fc00::/7 and link-local fe80::/10.
        Locality::Network
    } else {
        Locality::Elsewhere
    }
}

#[cfg(test)]
mod tests {
    use super::Locality::*;
    use super::*;

    #[test]
    fn every_kind_of_address_has_its_place() {
        for (host, place) in [
            ("localhost:11434", Machine),
            ("LOCALHOST", Machine),
            ("ollama.localhost:80", Machine),
            ("127.0.0.1:8080", Machine),
            ("127.45.1.2", Machine),
            ("[::1]:11434", Machine),
            ("[::ffff:127.0.0.1]:1", Machine),
            ("10.0.0.7:8000", Network),
            ("172.16.0.1", Network),
            ("172.31.255.255:1", Network),
            ("192.168.1.20:11434", Network),
            ("169.254.10.1", Network),
            ("[fd12:3456::1]:8000", Network),
            ("[fe80::1]", Network),
            ("gpu-box.local:11434", Network),
            ("gpu.lan", Network),
            ("nas.home.arpa:8000", Network),
            ("172.32.0.1", Elsewhere),
            ("8.8.8.8", Elsewhere),
            ("gpu-box.example.test", Elsewhere),
            ("gpu-box", Elsewhere),
            ("api.openai.com", Elsewhere),
            ("localhost.example.org", Elsewhere),
            ("[2001:db8::1]:443", Elsewhere),
            ("[not-an-ip]", Elsewhere),
            ("", Elsewhere),
            (TAB_HOST, Tab),
        ] {
            assert_eq!(Locality::of_host(host), place, "{host}");
        }
    }

    #[test]
    fn urls_are_read_by_their_host() {
        assert_eq!(Locality::of_url("http://192.168.1.20:11434/v1"), Network);
        assert_eq!(Locality::of_url("https://user@localhost:8443/v1?x#y"), Machine);
        assert_eq!(Locality::of_url("http://gpu-box.example.test"), Elsewhere);
        assert!(Machine.on_device() && Tab.on_device() && !Network.on_device() && !Elsewhere.on_device());
    }
}
