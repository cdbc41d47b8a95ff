//! Words for values several panels show: a protocol, a run's status, where
//! a model runs. The values' own names (`Protocol::value`,
//! `RunStatus::label`, `Locality::value`) stay for attributes and storage.

use minions_engine::config::Protocol;
use minions_engine::locality::Locality;

use crate::tr;
use crate::web::state::RunStatus;

/// "Minion", "MinionS", "Local only", "Cloud only".
pub fn protocol(protocol: Protocol) -> String {
    match protocol {
        Protocol::Minion => tr!("app-protocol-minion"),
        Protocol::Minions => tr!("app-protocol-minions"),
        Protocol::Local => tr!("app-protocol-local"),
        Protocol::Cloud => tr!("app-protocol-cloud"),
    }
}

/// "idle", "running", "done", "failed", "cancelled".
pub fn run_status(status: RunStatus) -> String {
    match status {
        RunStatus::Idle => tr!("app-status-idle"),
        RunStatus::Running => tr!("app-status-running"),
        RunStatus::Done => tr!("app-status-done"),
        RunStatus::Failed => tr!("app-status-failed"),
        RunStatus::Cancelled => tr!("app-status-cancelled"),
    }
}

/// "in this tab", "on this machine", "on your local network", "not on this device".
pub fn place(place: Locality) -> String {
    match place {
        Locality::Tab => tr!("app-place-tab"),
        Locality::Machine => tr!("app-place-machine"),
        Locality::Network => tr!("app-place-network"),
        Locality::Elsewhere => tr!("app-place-elsewhere"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_labels_are_the_values_own_words() {
        for p in Protocol::ALL {
            assert_eq!(protocol(p), p.label());
        }
        for s in [RunStatus::Idle, RunStatus::Running, RunStatus::Done, RunStatus::Failed, RunStatus::Cancelled] {
            assert_eq!(run_status(s), s.label());
        }
        for p in [Locality::Tab, Locality::Machine, Locality::Network, Locality::Elsewhere] {
            assert_eq!(place(p), p.label());
        }
    }
}
