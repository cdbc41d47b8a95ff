//! Which addresses the page may connect to: the `connect-src` directive the
//! page sets for itself at start-up from the configured worker and
//! supervisor, and the check the page makes before it calls an address.
//!
//! The built page carries a wide outer policy (`'self' http: https:`); at
//! start-up the page adds a second one naming only this machine's loopback
//! (where Ollama lives, on whatever port) and the origins of the configured
//! servers. Browsers enforce every policy, and a policy can never be
//! removed, so an address configured later takes a reload to be allowed —
//! [`ConnectPolicy::allows`] tells the page when to ask for one.

use super::endpoint::{host_of, is_loopback, reachable_url, scheme_of};
use super::tab::catalog::DOWNLOAD_SOURCES;

/// Loopback on any port, over plain http (what Ollama serves). IPv6
/// loopback cannot be written here (a CSP host source is a name or an IPv4
/// address; Chromium drops `http://[::1]:*` as invalid): the page reaches
/// `[::1]` as `localhost` instead ([`super::endpoint::reachable_url`]).
const LOOPBACK_SOURCES: [&str; 2] = ["http://localhost:*", "http://127.0.0.1:*"];

/// Whether `origin` is one of the built-in models' download hosts (always
/// allowed: the page only ever downloads from them).
fn is_model_download(origin: &str) -> bool {
    let Some(host) = origin.strip_prefix("https://") else { return false };
    host == "huggingface.co" || host.ends_with(".huggingface.co") || host.ends_with(".hf.co")
}

/// The connections one page load allows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ConnectPolicy {
    /// Origins (`https://api.openai.com`) beyond the page's own and loopback.
    origins: Vec<String>,
}

/// `HTTPS://API.Example.org/v1/` → `https://api.example.org`; `None` when
/// the text has no host or a scheme other than http(s).
pub fn origin_of(url: &str) -> Option<String> {
    let url = url.trim();
    let scheme = scheme_of(url);
    if !url.contains("://") || !matches!(scheme.as_str(), "http" | "https") {
        return None;
    }
    let host = host_of(url).to_lowercase();
    let host = host.rsplit_once('@').map_or(host.as_str(), |(_, h)| h).to_string();
    let valid = !host.is_empty()
        && host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']' | '_'));
    valid.then(|| format!("{scheme}://{host}"))
}

/// Whether `url` names a host no connect policy can write: an IPv6 address
/// other than loopback (which goes as `localhost`).
pub fn is_unwritable(url: &str) -> bool {
    host_of(&reachable_url(url)).starts_with('[')
}

impl ConnectPolicy {
    /// The policy for a page configured with these base URLs (blank and
    /// unreadable ones are skipped: nothing can be sent to them anyway).
    pub fn allowing<'a>(base_urls: impl IntoIterator<Item = &'a str>) -> Self {
        let mut origins: Vec<String> = Vec::new();
        for url in base_urls {
            let url = reachable_url(url);
            let url = url.as_str();
            if is_loopback(url) && scheme_of(url) == "http" {
                continue;
            }
            if let Some(origin) = origin_of(url).filter(|_| !is_unwritable(url)) {
                if !origins.contains(&origin) {
                    origins.push(origin);
                }
            }
        }
        Self { origins }
    }

    /// The CSP directive, e.g.
    /// `connect-src 'self' http://localhost:* … https://api.openai.com`.
    pub fn directive(&self) -> String {
        let mut sources = vec!["'self'".to_string()];
        sources.extend(LOOPBACK_SOURCES.iter().map(|s| s.to_string()));
        sources.extend(DOWNLOAD_SOURCES.iter().map(|s| s.to_string()));
        sources.extend(self.origins.iter().cloned());
        format!("connect-src {}", sources.join(" "))
    }

    /// Whether a request to `url` from a page at `page_origin` passes this
    /// policy.
    pub fn allows(&self, page_origin: &str, url: &str) -> bool {
        let url = reachable_url(url);
        let url = url.as_str();
        let Some(origin) = origin_of(url) else { return false };
        (is_loopback(url) && scheme_of(url) == "http")
            || is_model_download(&origin)
            || origin_of(page_origin).as_deref() == Some(origin.as_str())
            || self.origins.contains(&origin)
    }

    /// The first of `base_urls` this policy does not allow.
    pub fn first_refused<'a>(
        &self,
        page_origin: &str,
        base_urls: impl IntoIterator<Item = &'a str>,
    ) -> Option<&'a str> {
        base_urls.into_iter().find(|url| !url.trim().is_empty() && !self.allows(page_origin, url))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "https://me.github.io";

    #[test]
    fn names_loopback_and_the_configured_remote_origins_only() {
        let policy = ConnectPolicy::allowing(["http://localhost:11434", "https://api.openai.com/v1"]);
        assert_eq!(
            policy.directive(),
            "connect-src 'self' http://localhost:* http://127.0.0.1:* https://huggingface.co https://*.huggingface.co https://*.hf.co https://api.openai.com"
        );
        assert!(policy.allows(PAGE, "https://us.aws.cdn.hf.co/xet-bridge-us/abc"));
        assert!(policy.allows(PAGE, "https://huggingface.co/Qwen/x/resolve/main/m.gguf"));
        assert!(!policy.allows(PAGE, "http://huggingface.co/x"));
        assert!(!policy.allows(PAGE, "https://evilhf.co/x"));
        assert!(policy.allows(PAGE, "https://api.openai.com/v1/chat/completions"));
        assert!(policy.allows(PAGE, "http://127.0.0.1:18181"));
        assert!(policy.allows(PAGE, "https://me.github.io/sw.js"));
        assert!(!policy.allows(PAGE, "https://api.groq.com/openai/v1"));
        assert!(!policy.allows(PAGE, "https://api.openai.com:8443/v1"));
        assert!(!policy.allows(PAGE, "http://api.openai.com/v1"));
    }

    #[test]
    fn a_worker_on_the_local_network_is_named_and_duplicates_are_not() {
        let policy = ConnectPolicy::allowing(["http://192.168.1.20:11434/", "HTTP://192.168.1.20:11434", "  "]);
        assert_eq!(
            policy.directive(),
            "connect-src 'self' http://localhost:* http://127.0.0.1:* https://huggingface.co https://*.huggingface.co https://*.hf.co http://192.168.1.20:11434"
        );
        assert_eq!(policy.first_refused(PAGE, ["http://localhost:11434", "https://x.ai/v1"]), Some("https://x.ai/v1"));
        assert_eq!(policy.first_refused(PAGE, ["", "http://192.168.1.20:11434/v1"]), None);
    }

    /// CSP's host-source grammar: `scheme://host[:port]`, the host `*`,
    /// `*.name` or dot-separated labels of letters, digits and `-`, the port
    /// digits or `*`. Browsers ignore a source that breaks it.
    fn is_valid_host_source(source: &str) -> bool {
        let Some((scheme, rest)) = source.split_once("://") else { return false };
        let (host, port) = rest.rsplit_once(':').unwrap_or((rest, ""));
        let label = |l: &str| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        let host = host.strip_prefix("*.").unwrap_or(host);
        scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
            && (host == "*" || host.split('.').all(label))
            && (port.is_empty() || port == "*" || port.chars().all(|c| c.is_ascii_digit()))
    }

    #[test]
    fn every_source_is_one_browsers_accept_and_ipv6_loopback_goes_as_localhost() {
        let policy =
            ConnectPolicy::allowing(["http://[::1]:11434", "http://[fd00::2]:8000", "https://api.openai.com/v1"]);
        let directive = policy.directive();
        let sources: Vec<&str> = directive.split(' ').skip(1).filter(|s| *s != "'self'").collect();
        assert!(sources.iter().all(|s| is_valid_host_source(s)), "{directive}");
        assert!(!is_valid_host_source("http://[::1]:*"));
        assert!(policy.allows(PAGE, "http://[::1]:11434/api/chat"), "reached as localhost");
        assert!(!policy.allows(PAGE, "http://[fd00::2]:8000/v1"), "no source can name it");
        assert!(
            is_unwritable("http://[fd00::2]:8000")
                && !is_unwritable("http://[::1]:1")
                && !is_unwritable("http://x.lan")
        );
    }

    #[test]
    fn text_that_is_not_an_http_origin_is_never_allowed_nor_written() {
        for bad in [
            "javascript:alert(1)",
            "localhost:11434",
            "ftp://x.org",
            "https://",
            "https://a b.org",
            "https://x.org;script-src *",
        ] {
            assert_eq!(origin_of(bad), None, "{bad}");
            assert!(!ConnectPolicy::default().allows(PAGE, bad), "{bad}");
        }
        assert_eq!(ConnectPolicy::allowing(["https://x.org; script-src *"]).directive().matches(';').count(), 0);
        assert_eq!(origin_of("https://user:pw@API.x.org/v1").as_deref(), Some("https://api.x.org"));
    }
}
