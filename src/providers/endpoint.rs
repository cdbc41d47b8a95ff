//! Reading base URLs: the host a request goes to, whether it is this
//! machine, and whether a page may reach it at all.

/// `http://localhost:11434/` → `localhost:11434`.
pub fn host_of(base_url: &str) -> String {
    let rest = base_url.split_once("://").map_or(base_url, |(_, rest)| rest);
    rest.split(['/', '?', '#']).next().unwrap_or(rest).to_string()
}

/// The scheme, lowercased (`http` when none is written).
pub fn scheme_of(url: &str) -> String {
    url.split_once("://").map_or("http".to_string(), |(scheme, _)| scheme.to_lowercase())
}

/// The host without its port (IPv6 brackets kept).
fn hostname(host: &str) -> &str {
    if host.starts_with('[') {
        host.split_once(']').map_or(host, |(h, _)| &host[..h.len() + 1])
    } else {
        host.rsplit_once(':').map_or(host, |(h, _)| h)
    }
}

/// localhost, 127.0.0.0/8, `[::1]`: what a secure page may call over http.
pub fn is_loopback(base_url: &str) -> bool {
    let host = host_of(base_url).to_lowercase();
    let name = hostname(&host);
    name == "localhost" || name.ends_with(".localhost") || name.starts_with("127.") || name == "[::1]"
}

/// Private networks (10/8, 172.16/12, 192.168/16, `.local`), loopback excluded.
pub fn is_private_network(base_url: &str) -> bool {
    let host = host_of(base_url).to_lowercase();
    let name = hostname(&host);
    let octets: Vec<u8> = name.split('.').filter_map(|p| p.parse().ok()).collect();
    let private_ip = octets.len() == 4
        && match (octets[0], octets[1]) {
            (10, _) | (192, 168) => true,
            (172, second) => (16..=31).contains(&second),
            _ => false,
        };
    private_ip || name.ends_with(".local")
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
    fn paths_join_without_double_slashes() {
        assert_eq!(join("http://localhost:11434/", "/api/chat"), "http://localhost:11434/api/chat");
        assert_eq!(join("https://api.openai.com/v1", "models"), "https://api.openai.com/v1/models");
        assert_eq!(root_of("https://api.openai.com/v1"), "https://api.openai.com/");
        assert_eq!(root_of("http://localhost:11434"), "http://localhost:11434/");
    }
}
