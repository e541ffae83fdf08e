//! Markdown to safe HTML.
//!
//! Two layers: the renderer never lets raw HTML through (it becomes visible text) and rewrites
//! or drops links by scheme; then ammonia cleans the result against a small allowlist. Internal
//! links `topic:<slug>` and `contact:<id>` become app addresses.

use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag, TagEnd};

/// Link schemes a page may use. Everything else (javascript:, data:, file:, …) is dropped.
const SAFE_SCHEMES: &[&str] = &["https", "http", "mailto", "tel", "geo"];

/// Where an internal link points, for the validator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkTarget {
    Topic(String),
    Contact(String),
    External(String),
    Unsafe(String),
}

pub fn classify(url: &str) -> LinkTarget {
    if let Some(slug) = url.strip_prefix("topic:") {
        return LinkTarget::Topic(slug.to_string());
    }
    if let Some(id) = url.strip_prefix("contact:") {
        return LinkTarget::Contact(id.to_string());
    }
    let scheme = url.split_once(':').map(|(s, _)| s.to_ascii_lowercase());
    match scheme {
        Some(s) if SAFE_SCHEMES.contains(&s.as_str()) => LinkTarget::External(url.to_string()),
        _ => LinkTarget::Unsafe(url.to_string()),
    }
}

/// Every link target in a Markdown text.
pub fn links(markdown: &str) -> Vec<LinkTarget> {
    Parser::new_ext(markdown, Options::empty())
        .filter_map(|e| match e {
            Event::Start(Tag::Link { dest_url, .. }) | Event::Start(Tag::Image { dest_url, .. }) => {
                Some(classify(&dest_url))
            }
            _ => None,
        })
        .collect()
}

/// Whether the Markdown contains raw HTML (which the app will show as text).
pub fn has_raw_html(markdown: &str) -> bool {
    Parser::new_ext(markdown, Options::empty()).any(|e| matches!(e, Event::Html(_) | Event::InlineHtml(_)))
}

/// Renders Markdown to (safe HTML, plain text for search).
pub fn render(markdown: &str) -> (String, String) {
    let mut text = String::new();
    let mut skip_link_end = Vec::new();
    let events: Vec<Event> = Parser::new_ext(markdown, Options::ENABLE_STRIKETHROUGH)
        .filter_map(|event| match event {
            // Raw HTML is shown as the text it is, never interpreted.
            Event::Html(raw) | Event::InlineHtml(raw) => {
                text.push_str(&raw);
                Some(Event::Text(raw))
            }
            Event::Text(t) => {
                text.push_str(&t);
                Some(Event::Text(t))
            }
            Event::Code(t) => {
                text.push_str(&t);
                Some(Event::Code(t))
            }
            Event::SoftBreak | Event::HardBreak => {
                text.push(' ');
                Some(event)
            }
            Event::End(TagEnd::Paragraph) | Event::End(TagEnd::Heading(_)) | Event::End(TagEnd::Item) => {
                text.push('\n');
                Some(event)
            }
            Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                let dest = match classify(&dest_url) {
                    LinkTarget::Topic(slug) => Some(format!("/topics/{slug}")),
                    LinkTarget::Contact(id) => Some(format!("/contacts/{id}")),
                    LinkTarget::External(url) => Some(url),
                    LinkTarget::Unsafe(_) => None,
                };
                skip_link_end.push(dest.is_none());
                dest.map(|d| Event::Start(Tag::Link { link_type, dest_url: CowStr::from(d), title, id }))
            }
            Event::End(TagEnd::Link) => {
                if skip_link_end.pop().unwrap_or(false) {
                    None
                } else {
                    Some(Event::End(TagEnd::Link))
                }
            }
            // Images are not shown (pictograms come with the app); their alt text stays as text.
            Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => None,
            other => Some(other),
        })
        .collect();
    let mut raw_html = String::new();
    html::push_html(&mut raw_html, events.into_iter());
    let clean = ammonia::Builder::default()
        .tags(["p", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "a", "br", "code", "del", "blockquote"].into())
        .url_schemes(SAFE_SCHEMES.iter().copied().collect())
        .url_relative(ammonia::UrlRelative::PassThrough)
        .link_rel(Some("noopener noreferrer"))
        .clean(&raw_html)
        .to_string();
    (clean, text.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_markdown_renders() {
        let (html, text) = render("## Wann?\n\nMontag **10 bis 12** Uhr.\n\n- Pass\n- Brief\n");
        assert!(html.contains("<h2>Wann?</h2>"), "{html}");
        assert!(html.contains("<strong>10 bis 12</strong>"));
        assert!(html.contains("<li>Pass</li>"));
        assert!(text.contains("Montag 10 bis 12 Uhr."));
    }

    /// The markup of every real tag in `html` (escaped text like `&lt;img` is not a tag).
    fn tags(html: &str) -> Vec<String> {
        html.split('<').skip(1).map(|rest| rest.split('>').next().unwrap_or("").to_string()).collect()
    }

    #[test]
    fn script_injection_is_neutralised() {
        let payloads = [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[klick](javascript:alert(1))",
            "[klick](JaVaScRiPt:alert(1))",
            "[klick](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![x](javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<svg onload=alert(1)>",
            "<style>body{display:none}</style>",
            "[x](https://ok.example \"title\" onclick=alert(1))",
        ];
        for p in payloads {
            let (html, _) = render(p);
            for tag in tags(&html) {
                let name = tag.trim_start_matches('/').split([' ', '>']).next().unwrap_or("").to_ascii_lowercase();
                assert!(["p", "a", "br", "code", "strong", "em"].contains(&name.as_str()), "{p:?} → tag <{tag}>");
                let lower = tag.to_ascii_lowercase();
                assert!(
                    !lower.contains(" on") && !lower.contains("javascript:") && !lower.contains("data:"),
                    "{p:?} → <{tag}>"
                );
            }
        }
        // Raw HTML stays visible as text, so an editor sees the mistake.
        let (html, _) = render("Hallo <b>Welt</b>");
        assert!(html.contains("&lt;b&gt;"), "{html}");
    }

    #[test]
    fn links_are_rewritten_or_dropped() {
        let (html, _) =
            render("[MEB](topic:meb-buero) [Amt](contact:meb-buero) [Web](https://www.neuss.de/) [x](ftp://a/b)");
        assert!(html.contains(r#"href="/topics/meb-buero""#), "{html}");
        assert!(html.contains(r#"href="/contacts/meb-buero""#));
        assert!(html.contains(r#"href="https://www.neuss.de/""#));
        assert!(!html.contains("ftp:"));
        assert!(html.contains('x'), "the text of a dropped link stays");
        assert_eq!(
            links("[a](topic:x) [b](mailto:a@b.de) [c](vbscript:x)"),
            vec![
                LinkTarget::Topic("x".into()),
                LinkTarget::External("mailto:a@b.de".into()),
                LinkTarget::Unsafe("vbscript:x".into())
            ]
        );
    }
}
