//! The worker's side of the privacy boundary: which worker hosts a run may
//! send the documents to. The worker reads every document, so a worker that
//! is not on this device takes them off it: one elsewhere needs the user's
//! yes, and under "Documents never leave this device" only this machine, this
//! tab and network addresses the user trusts are allowed.

use super::PrivacyConfig;
use crate::error::RunError;
use crate::locality::Locality;

/// Whether `list` names `host` (hosts compare without case or spaces).
pub fn lists_host(list: &[String], host: &str) -> bool {
    let host = host.trim().to_ascii_lowercase();
    list.iter().any(|h| h.trim().to_ascii_lowercase() == host)
}

/// Why the run may not send documents to one of `hosts`, if it may not.
pub fn refusal<S: AsRef<str>>(hosts: &[S], privacy: &PrivacyConfig) -> Option<RunError> {
    hosts.iter().map(AsRef::as_ref).find_map(|host| {
        let host = host.to_string();
        match Locality::of_host(&host) {
            Locality::Tab | Locality::Machine => None,
            Locality::Network if privacy.documents_never_leave && !lists_host(&privacy.trusted_network, &host) => {
                Some(RunError::WorkerNetworkUntrusted { host })
            }
            Locality::Network => None,
            Locality::Elsewhere if privacy.documents_never_leave => Some(RunError::WorkerNotOnDevice { host }),
            Locality::Elsewhere if !lists_host(&privacy.worker_consents, &host) => {
                Some(RunError::WorkerNotConfirmed { host })
            }
            Locality::Elsewhere => None,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn privacy(never_leave: bool, trusted: &[&str], consents: &[&str]) -> PrivacyConfig {
        PrivacyConfig {
            documents_never_leave: never_leave,
            trusted_network: trusted.iter().map(|h| h.to_string()).collect(),
            worker_consents: consents.iter().map(|h| h.to_string()).collect(),
            ..PrivacyConfig::default()
        }
    }

    #[test]
    fn this_device_is_always_allowed() {
        for never_leave in [false, true] {
            assert_eq!(refusal(&["localhost:11434", "[::1]:8080", "this-tab"], &privacy(never_leave, &[], &[])), None);
        }
    }

    #[test]
    fn a_worker_elsewhere_needs_a_yes_and_is_refused_when_documents_never_leave() {
        let host = "gpu-box.example.test";
        assert_eq!(
            refusal(&[host], &privacy(false, &[], &[])),
            Some(RunError::WorkerNotConfirmed { host: host.into() })
        );
        assert_eq!(refusal(&[host], &privacy(false, &[], &["GPU-BOX.example.test"])), None);
        assert_eq!(
            refusal(&[host], &privacy(true, &[host], &[host])),
            Some(RunError::WorkerNotOnDevice { host: host.into() })
        );
    }

    #[test]
    fn a_network_worker_is_allowed_under_never_leave_only_when_trusted() {
        let host = "192.168.1.20:11434";
        assert_eq!(refusal(&[host], &privacy(false, &[], &[])), None);
        assert_eq!(
            refusal(&["localhost:11434", host], &privacy(true, &[], &[])),
            Some(RunError::WorkerNetworkUntrusted { host: host.into() })
        );
        assert_eq!(refusal(&[host], &privacy(true, &[host], &[])), None);
        let sentence = RunError::WorkerNetworkUntrusted { host: host.into() }.to_string();
        assert!(sentence.contains("Settings"), "{sentence}");
    }
}
