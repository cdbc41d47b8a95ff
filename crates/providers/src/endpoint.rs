//! Reading base URLs: the host a request goes to, whether it is this
//! machine, and whether a page may reach it at all.

use minions_engine::locality::Locality;

/// `http://localhost:11434/` → `localhost:11434`.
pub fn host_of(base_url: &str) -> String {
    let rest = base_url.split_once("://").map_or(base_url, |(_, rest)| rest);
    rest.split(['/', '?', '#']).next().unwrap_or(rest).to_string()
}

/// The scheme, lowercased (`http` when none is written).
pub fn scheme_of(url: &str) -> String {
    url.split_once("://").map_or("http".to_string(), |(scheme, _)| scheme.to_lowercase())
}

/// localhost, 127.0.0.0/8, `[::1]`: what a secure page may call over http.
pub fn is_loopback(base_url: &str) -> bool {
    Locality::of_url(base_url) == Locality::Machine
}

/// Private networks (10/8, 172.16/12, 192.168/16, link-local, IPv6
/// unique-local, `.local`, `.lan`, `.home.arpa`), loopback excluded.
pub fn is_private_network(base_url: &str) -> bool {
    Locality::of_url(base_url) == Locality::Network
}

/// The URL requests go to: an IPv6 loopback address (`[::1]`) is written
/// `localhost`. A page's connect policy cannot name IPv6 literals (CSP host
/// sources are names and IPv4 addresses; Chromium ignores `http://[::1]:*`
/// as invalid), and browsers resolve `localhost` to loopback, IPv6 first.
pub fn reachable_url(url: &str) -> String {
    let url = url.trim();
    let host = host_of(url);
    let Some(inner) = host.strip_prefix('[').and_then(|h| h.split_once(']')) else { return url.to_string() };
    let (address, port) = inner;
    match address.parse::<std::net::Ipv6Addr>() {
        Ok(ip) if ip.is_loopback() => url.replacen(&host, &format!("localhost{port}"), 1),
        _ => url.to_string(),
    }
}

/// An https page cannot call plain http, except on loopback.
pub fn is_mixed_content(page_origin: &str, base_url: &str) -> bool {
    scheme_of(page_origin) == "https" && scheme_of(base_url) == "http" && !is_loopback(base_url)
}

/// `https://api.example.org/v1` → `https://api.example.org/`.
pub fn root_of(base_url: &str) -> String {
    format!("{}://{}/", scheme_of(base_url), host_of(base_url))
}

/// `base` without trailing slashes, joined to `path`.
pub fn join(base: &str, path: &str) -> String {
    format!("{}/{}", base.trim_end_matches('/'), path.trim_start_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_and_kinds_of_address() {
        assert_eq!(host_of("http://localhost:11434/"), "localhost:11434");
        assert_eq!(host_of("https://api.openai.com/v1"), "api.openai.com");
        assert_eq!(host_of("127.0.0.1:8080"), "127.0.0.1:8080");
        assert!(
            is_loopback("http://localhost:11434")
                && is_loopback("http://127.0.0.1:1")
                && is_loopback("http://[::1]:11434")
        );
        assert!(!is_loopback("http://192.168.1.20:11434"));
        assert!(is_private_network("http://192.168.1.20:11434") && is_private_network("http://172.20.0.5"));
        assert!(!is_private_network("http://172.40.0.5") && !is_private_network("https://api.openai.com"));
    }

    #[test]
    fn mixed_content_is_only_plain_http_off_loopback_from_https() {
        assert!(is_mixed_content("https://me.github.io", "http://192.168.1.20:11434"));
        assert!(!is_mixed_content("https://me.github.io", "http://localhost:11434"));
        assert!(!is_mixed_content("http://127.0.0.1:8080", "http://192.168.1.20:11434"));
        assert!(!is_mixed_content("https://me.github.io", "https://gpu.example.org"));
    }

    #[test]
    fn ipv6_loopback_is_reached_as_localhost() {
        assert_eq!(reachable_url("http://[::1]:11434/v1"), "http://localhost:11434/v1");
        assert_eq!(reachable_url(" http://[0:0:0:0:0:0:0:1]/ "), "http://localhost/");
        assert_eq!(reachable_url("http://[fd00::2]:8000"), "http://[fd00::2]:8000");
        assert_eq!(reachable_url("http://127.0.0.1:8080"), "http://127.0.0.1:8080");
        assert_eq!(reachable_url("http://[::1"), "http://[::1");
    }

    #[test]
    fn paths_join_without_double_slashes() {
        assert_eq!(join("http://localhost:11434/", "/api/chat"), "http://localhost:11434/api/chat");
        assert_eq!(join("https://api.openai.com/v1", "models"), "https://api.openai.com/v1/models");
        assert_eq!(root_of("https://api.openai.com/v1"), "https://api.openai.com/");
        assert_eq!(root_of("http://localhost:11434"), "http://localhost:11434/");
    }
}
