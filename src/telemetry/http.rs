//! The operations endpoint: `/metrics` (Prometheus text format), `/healthz` (the process is
//! alive) and `/readyz` (connected to Kafka with partitions assigned, and not draining).

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

use axum::http::StatusCode;
use axum::routing::get;
use axum::Router;
use metrics_exporter_prometheus::PrometheusHandle;

/// Liveness and readiness, shared between the Kafka runtime and the endpoint.
#[derive(Debug, Default)]
pub struct Health {
    connected: AtomicBool,
    assigned_partitions: AtomicUsize,
    draining: AtomicBool,
}

impl Health {
    pub fn set_connected(&self, connected: bool) {
        self.connected.store(connected, Ordering::Relaxed);
        self.publish();
    }
    pub fn add_partitions(&self, n: usize) {
        self.assigned_partitions.fetch_add(n, Ordering::Relaxed);
        self.publish();
    }
    pub fn remove_partitions(&self, n: usize) {
        let _ = self
            .assigned_partitions
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |v| {
                Some(v.saturating_sub(n))
            });
        self.publish();
    }
    pub fn clear_partitions(&self) {
        self.assigned_partitions.store(0, Ordering::Relaxed);
        self.publish();
    }
    pub fn set_draining(&self) {
        self.draining.store(true, Ordering::Relaxed);
        self.publish();
    }
    pub fn assigned_partitions(&self) -> usize {
        self.assigned_partitions.load(Ordering::Relaxed)
    }
    pub fn is_ready(&self) -> bool {
        self.connected.load(Ordering::Relaxed)
            && self.assigned_partitions() > 0
            && !self.draining.load(Ordering::Relaxed)
    }
    fn publish(&self) {
        metrics::gauge!(super::names::READY).set(if self.is_ready() { 1.0 } else { 0.0 });
        metrics::gauge!(super::names::ASSIGNED_PARTITIONS).set(self.assigned_partitions() as f64);
    }
}

#[derive(Debug, thiserror::Error)]
pub enum HttpError {
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: String,
        source: std::io::Error,
    },
}

/// Binds the endpoint and serves it until the task is dropped. Returns the bound address.
pub async fn serve(
    listen: &str,
    metrics: PrometheusHandle,
    health: Arc<Health>,
) -> Result<SocketAddr, HttpError> {
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|source| HttpError::Bind {
            addr: listen.to_string(),
            source,
        })?;
    let addr = listener.local_addr().map_err(|source| HttpError::Bind {
        addr: listen.to_string(),
        source,
    })?;
    let ready = health.clone();
    let app = Router::new()
        .route(
            "/metrics",
            get(move || {
                let metrics = metrics.clone();
                async move {
                    metrics.run_upkeep();
                    (
                        [("content-type", "text/plain; version=0.0.4")],
                        metrics.render(),
                    )
                }
            }),
        )
        .route("/healthz", get(|| async { "ok\n" }))
        .route(
            "/readyz",
            get(move || {
                let ready = ready.is_ready();
                async move {
                    if ready {
                        (StatusCode::OK, "ready\n")
                    } else {
                        (StatusCode::SERVICE_UNAVAILABLE, "not ready\n")
                    }
                }
            }),
        );
    tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, app).await {
            tracing::error!(error = %e, "http endpoint stopped");
        }
    });
    tracing::info!(%addr, "serving /metrics, /healthz, /readyz");
    Ok(addr)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ready_needs_connection_partitions_and_no_drain() {
        let h = Health::default();
        assert!(!h.is_ready());
        h.set_connected(true);
        assert!(!h.is_ready());
        h.add_partitions(3);
        assert!(h.is_ready());
        h.remove_partitions(5);
        assert_eq!(h.assigned_partitions(), 0);
        h.add_partitions(1);
        h.set_draining();
        assert!(!h.is_ready());
    }
}
