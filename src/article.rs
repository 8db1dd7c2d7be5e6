//! The input contract: one raw article per Kafka message or per line, as wirefeed's own JSON
//! shape or as an IPTC ninjs 1.x / 2.x object, validated and normalised into an [`Article`].

use chrono::{DateTime, Utc};
use serde::Deserialize;

/// A validated input article. All char offsets in events index into [`Article::text`].
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    pub id: String,
    pub headline: String,
    pub body: String,
    pub source: String,
    pub url: String,
    pub published_at: Option<DateTime<Utc>>,
    pub language: String,
    /// `headline + "\n\n" + body` (just `body` when there is no headline).
    pub text: String,
    /// Byte offset in `text` at which `body` starts.
    pub body_start: usize,
}

impl Article {
    /// Builds an article, computing the combined text.
    pub fn new(
        id: impl Into<String>,
        headline: impl Into<String>,
        body: impl Into<String>,
    ) -> Self {
        let headline = headline.into();
        let body = body.into();
        let (text, body_start) = if headline.is_empty() {
            (body.clone(), 0)
        } else {
            (format!("{headline}\n\n{body}"), headline.len() + 2)
        };
        Self {
            id: id.into(),
            headline,
            body,
            source: String::new(),
            url: String::new(),
            published_at: None,
            language: String::new(),
            text,
            body_start,
        }
    }
}

/// Why an input record was rejected. The variant name is the `error-kind` DLQ header.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum InputError {
    #[error("record of {size} bytes exceeds the limit of {limit} bytes")]
    TooLarge { size: usize, limit: usize },
    #[error("record is not valid UTF-8: {0}")]
    NotUtf8(String),
    #[error("record is not valid JSON: {0}")]
    NotJson(String),
    #[error("record is JSON but not an article object: {0}")]
    NotAnObject(String),
    #[error("required field `{0}` is missing or empty")]
    MissingField(&'static str),
    #[error("field `{field}` is invalid: {reason}")]
    InvalidField { field: &'static str, reason: String },
}

impl InputError {
    /// A short, stable, bounded label for metrics and the DLQ `error-kind` header.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::TooLarge { .. } => "too_large",
            Self::NotUtf8(_) => "not_utf8",
            Self::NotJson(_) => "not_json",
            Self::NotAnObject(_) => "not_an_article",
            Self::MissingField(_) => "missing_field",
            Self::InvalidField { .. } => "invalid_field",
        }
    }
}

/// Limits applied while parsing.
#[derive(Debug, Clone, Copy)]
pub struct InputLimits {
    /// Maximum record size in bytes.
    pub max_bytes: usize,
}

impl Default for InputLimits {
    fn default() -> Self {
        Self {
            max_bytes: 1024 * 1024,
        }
    }
}

/// Raw wire shape. Accepts wirefeed's own fields and those of ninjs 1.x and 2.x together;
/// which set applies is decided after parsing. Unknown fields are ignored.
#[derive(Deserialize)]
struct RawInput {
    id: Option<String>,
    body: Option<String>,
    headline: Option<String>,
    source: Option<String>,
    url: Option<String>,
    published_at: Option<String>,
    language: Option<String>,
    // ninjs 1.x
    uri: Option<String>,
    body_text: Option<String>,
    body_html: Option<String>,
    versioncreated: Option<String>,
    firstcreated: Option<String>,
    copyrightholder: Option<String>,
    // ninjs 2.x
    headlines: Option<Vec<NinjsText>>,
    bodies: Option<Vec<NinjsBody>>,
    infosources: Option<Vec<NinjsInfoSource>>,
    #[serde(rename = "contentcreated")]
    content_created: Option<String>,
}

#[derive(Deserialize)]
struct NinjsText {
    value: Option<String>,
}

#[derive(Deserialize)]
struct NinjsBody {
    value: Option<String>,
    contenttype: Option<String>,
}

#[derive(Deserialize)]
struct NinjsInfoSource {
    name: Option<String>,
}

/// Parses and validates one input record.
pub fn parse_article(bytes: &[u8], limits: InputLimits) -> Result<Article, InputError> {
    if bytes.len() > limits.max_bytes {
        return Err(InputError::TooLarge {
            size: bytes.len(),
            limit: limits.max_bytes,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| InputError::NotUtf8(e.to_string()))?;
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let raw: RawInput = match serde_path_to_error::deserialize(&mut deserializer) {
        Ok(raw) => raw,
        Err(e) if e.inner().is_data() => return Err(classify_data_error(text, e)),
        Err(e) => return Err(InputError::NotJson(e.inner().to_string())),
    };
    // Trailing garbage after the object.
    deserializer
        .end()
        .map_err(|e| InputError::NotJson(e.to_string()))?;
    let is_native = raw.id.is_some() || raw.body.is_some();
    let article = if is_native {
        from_native(raw)?
    } else {
        from_ninjs(raw)?
    };
    validate_text("body", &article.body)?;
    validate_text("headline", &article.headline)?;
    Ok(article)
}

/// serde reports a non-object top level and wrong-typed fields alike as data errors.
fn classify_data_error(text: &str, e: serde_path_to_error::Error<serde_json::Error>) -> InputError {
    let first = text.trim_start().chars().next();
    if first != Some('{') {
        return InputError::NotAnObject(e.inner().to_string());
    }
    let path = e.path().to_string();
    let top = path.split(['.', '[']).next().unwrap_or_default();
    let field = KNOWN_FIELDS
        .iter()
        .copied()
        .find(|f| *f == top)
        .unwrap_or("?");
    InputError::InvalidField {
        field,
        reason: format!("at `{path}`: {}", e.inner()),
    }
}

const KNOWN_FIELDS: &[&str] = &[
    "id",
    "body",
    "headline",
    "source",
    "url",
    "published_at",
    "language",
    "uri",
    "body_text",
    "body_html",
    "versioncreated",
    "firstcreated",
    "headlines",
    "bodies",
    "infosources",
];

fn from_native(raw: RawInput) -> Result<Article, InputError> {
    let id = non_empty(raw.id).ok_or(InputError::MissingField("id"))?;
    let body = non_empty(raw.body).ok_or(InputError::MissingField("body"))?;
    let published_at = raw
        .published_at
        .as_deref()
        .map(|s| parse_time("published_at", s))
        .transpose()?;
    let mut article = Article::new(id, raw.headline.unwrap_or_default().trim(), body);
    article.source = raw.source.unwrap_or_default();
    article.url = raw.url.unwrap_or_default();
    article.published_at = published_at;
    article.language = raw.language.unwrap_or_default();
    Ok(article)
}

fn from_ninjs(raw: RawInput) -> Result<Article, InputError> {
    let id = non_empty(raw.uri.clone()).ok_or(InputError::MissingField("id"))?;
    let body = if let Some(text) = non_empty(raw.body_text) {
        text
    } else if let Some(html) = non_empty(raw.body_html) {
        html_to_text(&html)?
    } else if let Some(bodies) = raw.bodies {
        ninjs2_body(bodies)?
    } else {
        String::new()
    };
    if body.trim().is_empty() {
        return Err(InputError::MissingField("body"));
    }
    let headline = non_empty(raw.headline)
        .or_else(|| {
            raw.headlines
                .into_iter()
                .flatten()
                .find_map(|h| non_empty(h.value))
        })
        .unwrap_or_default();
    let time = raw
        .versioncreated
        .or(raw.firstcreated)
        .or(raw.content_created);
    let published_at = time
        .as_deref()
        .map(|s| parse_time("versioncreated", s))
        .transpose()?;
    let mut article = Article::new(id, headline.trim(), body);
    article.source = non_empty(raw.copyrightholder)
        .or_else(|| {
            raw.infosources
                .into_iter()
                .flatten()
                .find_map(|s| non_empty(s.name))
        })
        .unwrap_or_default();
    article.url = raw
        .url
        .or_else(|| raw.uri.filter(|u| u.starts_with("http")))
        .unwrap_or_default();
    article.published_at = published_at;
    article.language = raw.language.unwrap_or_default();
    Ok(article)
}

/// ninjs 2.x `bodies`: prefer a plain-text body, else the first HTML one.
fn ninjs2_body(bodies: Vec<NinjsBody>) -> Result<String, InputError> {
    let is_html = |b: &NinjsBody| b.contenttype.as_deref().is_some_and(|c| c.contains("html"));
    if let Some(text) = bodies
        .iter()
        .find(|b| !is_html(b))
        .and_then(|b| b.value.clone())
    {
        return Ok(text);
    }
    match bodies.into_iter().find_map(|b| b.value) {
        Some(html) => html_to_text(&html),
        None => Ok(String::new()),
    }
}

/// Reduces an HTML body to plain paragraphs (no wrapping, no decorations).
pub fn html_to_text(html: &str) -> Result<String, InputError> {
    let text = html2text::config::plain_no_decorate()
        .string_from_read(html.as_bytes(), usize::MAX / 4)
        .map_err(|e| InputError::InvalidField {
            field: "body_html",
            reason: e.to_string(),
        })?;
    // html2text separates block elements with blank lines; keep one newline per paragraph.
    let paragraphs: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    Ok(paragraphs.join("\n"))
}

fn parse_time(field: &'static str, s: &str) -> Result<DateTime<Utc>, InputError> {
    DateTime::parse_from_rfc3339(s.trim())
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| InputError::InvalidField {
            field,
            reason: format!("`{s}` is not RFC 3339: {e}"),
        })
}

fn non_empty(s: Option<String>) -> Option<String> {
    s.filter(|s| !s.trim().is_empty())
}

/// NUL and other C0 controls (except tab and newlines) mark binary junk, not text.
fn validate_text(field: &'static str, s: &str) -> Result<(), InputError> {
    if let Some(c) = s
        .chars()
        .find(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t') && (*c as u32) < 0x20)
    {
        return Err(InputError::InvalidField {
            field,
            reason: format!("contains control character U+{:04X}", c as u32),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<Article, InputError> {
        parse_article(s.as_bytes(), InputLimits::default())
    }

    #[test]
    fn native_article() {
        let a = parse(r#"{"id":"a1","headline":"H","body":"Body.","source":"AP","published_at":"2025-04-01T09:00:00+02:00","extra":1}"#).unwrap();
        assert_eq!(a.id, "a1");
        assert_eq!(a.text, "H\n\nBody.");
        assert_eq!(&a.text[a.body_start..], "Body.");
        assert_eq!(
            a.published_at.unwrap().to_rfc3339(),
            "2025-04-01T07:00:00+00:00"
        );
        assert_eq!(a.source, "AP");
    }

    #[test]
    fn errors_have_kinds() {
        assert_eq!(parse("not json").unwrap_err().kind(), "not_json");
        assert_eq!(parse("[1,2]").unwrap_err().kind(), "not_an_article");
        assert_eq!(
            parse(r#"{"id":"a"}"#).unwrap_err(),
            InputError::MissingField("body")
        );
        assert_eq!(
            parse(r#"{"body":"x"}"#).unwrap_err(),
            InputError::MissingField("id")
        );
        assert_eq!(
            parse(r#"{"id":"a","body":"   "}"#).unwrap_err(),
            InputError::MissingField("body")
        );
        let wrong = parse(r#"{"id":5,"body":"x"}"#).unwrap_err();
        assert!(
            matches!(
                wrong,
                InputError::InvalidField { field: "?", .. }
                    | InputError::InvalidField { field: "id", .. }
            ),
            "{wrong:?}"
        );
        assert_eq!(
            parse(r#"{"id":"a","body":"x","published_at":"yesterday"}"#)
                .unwrap_err()
                .kind(),
            "invalid_field"
        );
        assert_eq!(
            parse(r#"{"id":"a","body":"x\u0000y"}"#).unwrap_err().kind(),
            "invalid_field"
        );
        assert_eq!(
            parse_article(b"{\"id\":\"\xff\"}", InputLimits::default())
                .unwrap_err()
                .kind(),
            "not_utf8"
        );
        let big = format!(r#"{{"id":"a","body":"{}"}}"#, "x".repeat(100));
        assert_eq!(
            parse_article(big.as_bytes(), InputLimits { max_bytes: 50 })
                .unwrap_err()
                .kind(),
            "too_large"
        );
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert!(parse(&deep).is_err());
    }

    #[test]
    fn ninjs_1x_html_body() {
        let a = parse(r#"{"uri":"urn:x:1","headline":"Talks","body_html":"<p>First <b>para</b>.</p><p>Second.</p>","versioncreated":"2025-03-30T12:00:00Z","language":"en"}"#).unwrap();
        assert_eq!(a.id, "urn:x:1");
        assert_eq!(a.body, "First para.\nSecond.");
        assert_eq!(a.language, "en");
        assert!(a.published_at.is_some());
    }

    #[test]
    fn ninjs_2x_renamed_fields() {
        let a = parse(r#"{"uri":"https://x/2","headlines":[{"role":"main","value":"H2"}],"bodies":[{"role":"main","contenttype":"text/html","value":"<p>B</p>"}],"infosources":[{"name":"Agency"}]}"#).unwrap();
        assert_eq!(
            (
                a.headline.as_str(),
                a.body.as_str(),
                a.source.as_str(),
                a.url.as_str()
            ),
            ("H2", "B", "Agency", "https://x/2")
        );
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn json_value() -> impl Strategy<Value = serde_json::Value> {
            let leaf = prop_oneof![
                Just(serde_json::Value::Null),
                any::<bool>().prop_map(serde_json::Value::from),
                any::<i64>().prop_map(serde_json::Value::from),
                ".{0,40}".prop_map(serde_json::Value::from),
            ];
            leaf.prop_recursive(4, 32, 4, |inner| {
                prop_oneof![
                    prop::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::from),
                    prop::collection::hash_map("[a-z_]{1,12}", inner, 0..4)
                        .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
                ]
            })
        }

        proptest! {
            /// Arbitrary bytes never panic; a rejection always has a kind and a message.
            #[test]
            fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
                if let Err(e) = parse_article(&bytes, InputLimits::default()) {
                    prop_assert!(!e.kind().is_empty() && !e.to_string().is_empty());
                }
            }

            /// Objects with the contract's field names holding arbitrary JSON: accepted only
            /// with a non-empty string id and body, never a panic.
            #[test]
            fn arbitrary_field_types_never_panic(
                fields in prop::collection::hash_map(
                    prop_oneof![Just("id"), Just("body"), Just("headline"), Just("published_at"),
                                Just("uri"), Just("body_html"), Just("bodies"), Just("headlines")],
                    json_value(), 0..6)
            ) {
                let object: serde_json::Map<String, serde_json::Value> =
                    fields.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
                let text = serde_json::Value::Object(object.clone()).to_string();
                if let Ok(article) = parse_article(text.as_bytes(), InputLimits::default()) {
                    prop_assert!(!article.id.trim().is_empty());
                    prop_assert!(!article.body.trim().is_empty());
                    prop_assert_eq!(&article.text[article.body_start..], article.body.as_str());
                }
            }
        }
    }
}
