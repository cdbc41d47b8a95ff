//! A model file host on 127.0.0.1 that serves GGUF files the way Hugging
//! Face does: `/<repo>/resolve/main/<file>` answers `302` to a CDN path
//! (with `X-Linked-Size`, `X-Linked-Etag` and the exposed headers), the CDN
//! path answers `200` or `206` for a `Range`, with an `ETag`, CORS for any
//! origin and `Accept-Ranges: bytes`. It counts what it sent, and can send
//! slowly (a rate in bytes a second) so a download can be cancelled midway.
#![allow(dead_code)]

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Full, StreamBody};
use hyper::body::Frame;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;

const EXPOSED: &str = "X-Repo-Commit,X-Request-Id,X-Error-Code,X-Error-Message,X-Total-Count,ETag,Link,Accept-Ranges,Content-Range,X-Linked-Size,X-Linked-ETag,X-Xet-Hash";

type Body = BoxBody<Bytes, Infallible>;

/// One request the host answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Served {
    pub method: String,
    pub path: String,
    /// The `Range` header, if any.
    pub range: Option<String>,
    pub status: u16,
}

struct Hosted {
    path: PathBuf,
    /// Bytes a second, or unlimited.
    rate: Option<u64>,
}

#[derive(Default)]
struct State {
    files: HashMap<String, Hosted>,
    served: Vec<Served>,
}

/// The host; clones share it.
#[derive(Clone)]
pub struct ModelHost {
    pub address: SocketAddr,
    state: Arc<Mutex<State>>,
}

impl ModelHost {
    pub async fn start() -> ModelHost {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a free port");
        let address = listener.local_addr().expect("bound");
        let host = ModelHost { address, state: Arc::new(Mutex::new(State::default())) };
        let server = host.clone();
        tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else { continue };
                let server = server.clone();
                tokio::spawn(async move {
                    let service = service_fn(move |request| {
                        let server = server.clone();
                        async move { Ok::<_, Infallible>(server.answer(request)) }
                    });
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
        host
    }

    /// Hosts `path` as `/<repo>/resolve/main/<file>`; returns that URL.
    pub fn host(&self, repo: &str, file: &str, path: PathBuf, rate: Option<u64>) -> String {
        self.state.lock().unwrap().files.insert(file.to_string(), Hosted { path, rate });
        format!("http://{}/{repo}/resolve/main/{file}", self.address)
    }

    pub fn origin(&self) -> String {
        format!("http://{}", self.address)
    }

    pub fn served(&self) -> Vec<Served> {
        self.state.lock().unwrap().served.clone()
    }

    /// GETs of the file's bytes (on the CDN path).
    pub fn downloads(&self, file: &str) -> Vec<Served> {
        self.served().into_iter().filter(|s| s.method == "GET" && s.path == format!("/cdn/{file}")).collect()
    }

    fn answer(&self, request: Request<hyper::body::Incoming>) -> Response<Body> {
        let path = request.uri().path().to_string();
        let method = request.method().to_string();
        let range = request.headers().get("range").and_then(|v| v.to_str().ok()).map(str::to_string);
        let response = self.route(&method, &path, range.as_deref());
        self.state.lock().unwrap().served.push(Served { method, path, range, status: response.status().as_u16() });
        response
    }

    fn route(&self, method: &str, path: &str, range: Option<&str>) -> Response<Body> {
        if method == "OPTIONS" {
            return cors(empty(StatusCode::NO_CONTENT));
        }
        let file = path.rsplit('/').next().unwrap_or_default().to_string();
        let (bytes_path, rate) = {
            let state = self.state.lock().unwrap();
            match state.files.get(&file) {
                Some(hosted) => (hosted.path.clone(), hosted.rate),
                None => return cors(empty(StatusCode::NOT_FOUND)),
            }
        };
        let size = std::fs::metadata(&bytes_path).map(|m| m.len()).unwrap_or(0);
        let etag = format!("\"{size:x}-{}\"", file.len());
        if path.contains("/resolve/main/") {
            let mut response = empty(StatusCode::FOUND);
            let headers = response.headers_mut();
            headers.insert("location", format!("/cdn/{file}").parse().unwrap());
            headers.insert("x-linked-size", size.to_string().parse().unwrap());
            headers.insert("x-linked-etag", etag.parse().unwrap());
            headers.insert("accept-ranges", "bytes".parse().unwrap());
            return cors(response);
        }
        if !path.starts_with("/cdn/") {
            return cors(empty(StatusCode::NOT_FOUND));
        }
        let start = range
            .and_then(|r| r.strip_prefix("bytes="))
            .and_then(|r| r.split('-').next())
            .and_then(|s| s.parse::<u64>().ok())
            .filter(|s| *s < size);
        let from = start.unwrap_or(0);
        let mut response =
            if method == "HEAD" { empty(StatusCode::OK) } else { Response::new(file_body(bytes_path, from, rate)) };
        if start.is_some() {
            *response.status_mut() = StatusCode::PARTIAL_CONTENT;
            let range = format!("bytes {from}-{}/{size}", size - 1);
            response.headers_mut().insert("content-range", range.parse().unwrap());
        }
        let headers = response.headers_mut();
        headers.insert("content-type", "application/octet-stream".parse().unwrap());
        headers.insert("content-length", (size - from).to_string().parse().unwrap());
        headers.insert("etag", etag.parse().unwrap());
        headers.insert("accept-ranges", "bytes".parse().unwrap());
        cors(response)
    }
}

fn empty(status: StatusCode) -> Response<Body> {
    let mut response = Response::new(Full::new(Bytes::new()).boxed());
    *response.status_mut() = status;
    response
}

fn cors(mut response: Response<Body>) -> Response<Body> {
    let headers = response.headers_mut();
    headers.insert("access-control-allow-origin", "*".parse().unwrap());
    headers.insert("access-control-expose-headers", EXPOSED.parse().unwrap());
    headers.insert("access-control-allow-headers", "range, if-range".parse().unwrap());
    headers.insert("access-control-max-age", "86400".parse().unwrap());
    response
}

/// The file from `from`, in 1 MiB pieces, paced to `rate` bytes a second.
fn file_body(path: PathBuf, from: u64, rate: Option<u64>) -> Body {
    let (sender, receiver) = tokio::sync::mpsc::channel::<Result<Frame<Bytes>, Infallible>>(4);
    tokio::spawn(async move {
        let Ok(bytes) = std::fs::read(&path) else { return };
        let piece = 1 << 20;
        let mut at = from as usize;
        while at < bytes.len() {
            let end = (at + piece).min(bytes.len());
            if sender.send(Ok(Frame::data(Bytes::copy_from_slice(&bytes[at..end])))).await.is_err() {
                return;
            }
            if let Some(rate) = rate {
                tokio::time::sleep(Duration::from_secs_f64((end - at) as f64 / rate as f64)).await;
            }
            at = end;
        }
    });
    StreamBody::new(tokio_stream_from(receiver)).boxed()
}

fn tokio_stream_from(
    mut receiver: tokio::sync::mpsc::Receiver<Result<Frame<Bytes>, Infallible>>,
) -> impl futures::Stream<Item = Result<Frame<Bytes>, Infallible>> {
    futures::stream::poll_fn(move |cx| receiver.poll_recv(cx))
}
