//! The binary's offline commands and the demo, run as a user would.

use std::io::Write;
use std::process::{Command, Stdio};

use wirefeed::schema::ArticleEvent;

fn wirefeed(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_wirefeed"))
        .args(args)
        .env_remove("RUST_LOG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn wirefeed");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn process_prints_one_valid_event_for_the_seed_article() {
    let seed = wirefeed::demo::seed_article_json();
    let (code, stdout, stderr) =
        wirefeed(&["process", "--input", "-"], format!("{seed}\n").as_bytes());
    assert_eq!(code, 0, "{stderr}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1, "{stdout}");
    let event: ArticleEvent =
        serde_json::from_str(lines[0]).expect("canonical proto3 JSON of ArticleEvent");
    assert_eq!(event.article_id, "seed-kyiv-independent-2025-04-01");
    assert!(event
        .headline
        .starts_with("Trump’s Team Opposes Phone Call to Putin"));
    assert_eq!(event.published_at.map(|t| t.seconds), Some(1_743_498_000));
    let json: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(json["dedup"]["status"], "DEDUP_STATUS_ORIGINAL");
    assert!(
        stderr.contains("summary: 1 articles, 1 published"),
        "{stderr}"
    );
}

#[test]
fn process_reports_bad_lines_with_numbers_and_keeps_order() {
    let input = "{\"id\":\"a\",\"body\":\"First.\"}\n{\"id\":\"b\"}\n{oops\n{\"id\":\"c\",\"body\":\"Third.\"}\n";
    let (code, stdout, stderr) = wirefeed(&["process"], input.as_bytes());
    assert_eq!(code, 0);
    let ids: Vec<String> = stdout
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["articleId"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids, ["a", "c"]);
    assert!(
        stderr.contains("line 2: invalid article (missing_field)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("line 3: invalid article (not_json)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("2 published") && stderr.contains("2 invalid"),
        "{stderr}"
    );
}

#[test]
fn protobuf_output_decodes_back_to_the_same_json() {
    let input = "{\"id\":\"a\",\"body\":\"First.\"}\n{\"id\":\"b\",\"body\":\"Second.\"}\n";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("events.pb");
    let out = Command::new(env!("CARGO_BIN_EXE_wirefeed"))
        .args(["process", "--output", "protobuf"])
        .stdin(Stdio::piped())
        .stdout(std::fs::File::create(&path).unwrap())
        .stderr(Stdio::null())
        .spawn()
        .and_then(|mut c| {
            c.stdin.take().unwrap().write_all(input.as_bytes())?;
            c.wait()
        })
        .unwrap();
    assert!(out.success());
    let (code, stdout, stderr) = wirefeed(&["decode", "--file", path.to_str().unwrap()], b"");
    assert_eq!(code, 0, "{stderr}");
    let ids: Vec<String> = stdout
        .lines()
        .map(|l| serde_json::from_str::<ArticleEvent>(l).unwrap().article_id)
        .collect();
    assert_eq!(ids, ["a", "b"]);

    std::fs::write(&path, b"\x05\x01").unwrap();
    let (code, _, stderr) = wirefeed(&["decode", "--file", path.to_str().unwrap()], b"");
    assert_ne!(code, 0);
    assert!(
        stderr.contains("not a length-delimited ArticleEvent"),
        "{stderr}"
    );
}

#[test]
fn demo_runs_the_sample_feed_through_the_embedded_broker() {
    let (code, stdout, stderr) = wirefeed(&["demo", "--metrics-listen", "127.0.0.1:0"], b"");
    assert_eq!(code, 0, "{stderr}");
    let feed = wirefeed::demo::feed();
    let events: Vec<ArticleEvent> = stdout
        .lines()
        .filter(|l| l.starts_with('{'))
        .map(|l| serde_json::from_str(l).expect("event JSON"))
        .collect();
    let dead = stdout
        .lines()
        .filter(|l| l.starts_with("# dead-lettered"))
        .count();
    let invalid = feed
        .iter()
        .filter(|l| wirefeed::article::parse_article(l.as_bytes(), Default::default()).is_err())
        .count();
    assert!(invalid >= 3, "the sample feed shows the dead-letter path");
    assert_eq!(events.len() + dead, feed.len());
    assert_eq!(dead, invalid);
    assert!(events
        .iter()
        .any(|e| e.article_id == "seed-kyiv-independent-2025-04-01"));
    assert!(
        stderr.contains("summary:") && stderr.contains("stage dedup"),
        "{stderr}"
    );
}

#[test]
fn healthcheck_exits_by_http_status() {
    use std::io::{Read, Write};
    for (status, expected) in [("200 OK", 0), ("503 Service Unavailable", 1)] {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap().to_string();
        let server = std::thread::spawn(move || {
            let (mut s, _) = listener.accept().unwrap();
            let mut request = Vec::new();
            let mut buf = [0u8; 256];
            while !request.ends_with(b"\r\n\r\n") {
                let n = s.read(&mut buf).unwrap();
                assert!(n > 0, "request ended early");
                request.extend_from_slice(&buf[..n]);
            }
            assert!(String::from_utf8_lossy(&request).starts_with("GET /readyz "));
            // In two segments, as a slow server may send it: the probe must read on.
            s.write_all(b"HTTP/1.1 ").unwrap();
            s.flush().unwrap();
            std::thread::sleep(std::time::Duration::from_millis(50));
            write!(s, "{status}\r\ncontent-length: 0\r\n\r\n").unwrap();
        });
        // A generous timeout: on a loaded machine the test's server thread may be slow.
        let (code, _, stderr) = wirefeed(
            &[
                "healthcheck",
                "--addr",
                &addr,
                "--path",
                "/readyz",
                "--timeout-secs",
                "60",
            ],
            b"",
        );
        server.join().unwrap();
        assert_eq!(code, expected, "{status}: {stderr}");
    }
    let (code, _, stderr) = wirefeed(&["healthcheck", "--addr", "127.0.0.1:1"], b"");
    assert_eq!(code, 1);
    assert!(stderr.contains("cannot connect"), "{stderr}");
}
