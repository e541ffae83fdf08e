//! iCalendar syntax: bytes to text, unfolding, content lines, components; escaping and folding
//! for writing.

use super::{IcsError, MAX_BYTES, MAX_DEPTH, MAX_EVENTS, MAX_LINE_BYTES};

/// One content line: `NAME;PARAM=a,b;PARAM="x:y":value`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Prop {
    /// Upper case.
    pub name: String,
    /// Names upper case, values with their quotes removed.
    pub params: Vec<(String, Vec<String>)>,
    pub value: String,
    /// Line number (1-based, physical) where the content line starts.
    pub line: usize,
}

impl Prop {
    /// The first value of a parameter.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params.iter().find(|(n, _)| n == name).and_then(|(_, v)| v.first()).map(String::as_str)
    }
}

/// A component (`BEGIN:X` … `END:X`) with its properties and the components inside.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Component {
    /// Upper case.
    pub name: String,
    pub props: Vec<Prop>,
    pub children: Vec<Component>,
    pub line: usize,
}

impl Component {
    pub fn prop(&self, name: &str) -> Option<&Prop> {
        self.props.iter().find(|p| p.name == name)
    }

    pub fn props<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Prop> + 'a {
        self.props.iter().filter(move |p| p.name == name)
    }

    pub fn children<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Component> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }
}

/// Checks size and encoding: UTF-8 (a byte order mark is dropped); UTF-16 and other encodings
/// are refused.
pub(crate) fn decode(bytes: &[u8]) -> Result<&str, IcsError> {
    if bytes.len() > MAX_BYTES {
        return Err(IcsError::TooLarge);
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(IcsError::WrongEncoding);
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| IcsError::WrongEncoding)?;
    if text.contains('\0') {
        // UTF-16 without a byte order mark, or binary.
        return Err(IcsError::WrongEncoding);
    }
    Ok(text)
}

/// Logical lines (unfolded) with the number of the physical line each starts on. Lines end
/// with CRLF or a bare LF; a line starting with a space or a tab continues the previous one.
fn unfold(text: &str) -> Result<Vec<(usize, String)>, IcsError> {
    let mut lines: Vec<(usize, String)> = Vec::new();
    for (i, raw) in text.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if let Some(rest) = raw.strip_prefix([' ', '\t']) {
            if let Some((_, last)) = lines.last_mut() {
                last.push_str(rest);
                if last.len() > MAX_LINE_BYTES {
                    return Err(IcsError::LineTooLong { line: i + 1 });
                }
                continue;
            }
        }
        if raw.len() > MAX_LINE_BYTES {
            return Err(IcsError::LineTooLong { line: i + 1 });
        }
        lines.push((i + 1, raw.to_owned()));
    }
    lines.retain(|(_, l)| !l.trim().is_empty());
    Ok(lines)
}

/// Parses one content line.
pub(crate) fn content_line(line: usize, text: &str) -> Result<Prop, IcsError> {
    let bad = IcsError::BadLine { line };
    let name_end = text.find([';', ':']).ok_or(bad.clone())?;
    let name = &text[..name_end];
    if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return Err(bad);
    }
    let mut params = Vec::new();
    let mut rest = &text[name_end..];
    while let Some(after) = rest.strip_prefix(';') {
        let eq = after.find('=').ok_or(bad.clone())?;
        let pname = &after[..eq];
        if pname.is_empty() || !pname.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return Err(bad);
        }
        let mut values = Vec::new();
        let mut r = &after[eq + 1..];
        loop {
            if let Some(q) = r.strip_prefix('"') {
                let close = q.find('"').ok_or(bad.clone())?;
                values.push(q[..close].to_owned());
                r = &q[close + 1..];
            } else {
                let end = r.find([',', ';', ':']).ok_or(bad.clone())?;
                values.push(r[..end].to_owned());
                r = &r[end..];
            }
            match r.strip_prefix(',') {
                Some(more) => r = more,
                None => break,
            }
        }
        params.push((pname.to_ascii_uppercase(), values));
        rest = r;
    }
    let value = rest.strip_prefix(':').ok_or(bad)?;
    Ok(Prop { name: name.to_ascii_uppercase(), params, value: value.to_owned(), line })
}

/// Parses a whole file into its VCALENDAR components, checking nesting and limits.
pub(crate) fn parse(text: &str) -> Result<Vec<Component>, IcsError> {
    let lines = unfold(text)?;
    let mut calendars = Vec::new();
    let mut stack: Vec<Component> = Vec::new();
    let mut events = 0usize;
    for (line, text) in lines {
        let prop = match content_line(line, &text) {
            Ok(p) => p,
            Err(_) if stack.is_empty() && calendars.is_empty() => return Err(IcsError::NotCalendar),
            Err(e) => return Err(e),
        };
        match prop.name.as_str() {
            "BEGIN" => {
                let name = prop.value.trim().to_ascii_uppercase();
                if stack.is_empty() && name != "VCALENDAR" {
                    return Err(IcsError::NotCalendar);
                }
                if stack.len() >= MAX_DEPTH {
                    return Err(IcsError::TooDeep { line });
                }
                if name == "VEVENT" {
                    events += 1;
                    if events > MAX_EVENTS {
                        return Err(IcsError::TooManyEvents);
                    }
                }
                stack.push(Component { name, line, ..Component::default() });
            }
            "END" => {
                let name = prop.value.trim().to_ascii_uppercase();
                let Some(done) = stack.pop() else { return Err(IcsError::Mismatched { line }) };
                if done.name != name {
                    return Err(IcsError::Mismatched { line });
                }
                match stack.last_mut() {
                    Some(parent) => parent.children.push(done),
                    None => calendars.push(done),
                }
            }
            _ => match stack.last_mut() {
                Some(current) => current.props.push(prop),
                None if calendars.is_empty() => return Err(IcsError::NotCalendar),
                None => return Err(IcsError::BadLine { line }),
            },
        }
    }
    if let Some(open) = stack.first() {
        return Err(IcsError::Unterminated { line: open.line });
    }
    if calendars.is_empty() {
        return Err(IcsError::NotCalendar);
    }
    Ok(calendars)
}

/// Undoes TEXT escaping (`\\`, `\;`, `\,`, `\n`, `\N`; any other escaped character stands for
/// itself) and drops control characters other than line breaks and tabs.
pub(crate) fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            },
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// TEXT escaping for writing; line breaks become `\n` (CRLF and CR count as one break).
pub(crate) fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line folded at 75 octets (never inside a UTF-8 character), with CRLF.
pub(crate) fn push_folded(out: &mut String, line: &str) {
    let mut rest = line;
    let mut limit = 75;
    loop {
        if rest.len() <= limit {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        limit = 74;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_lines_with_quoted_parameters() {
        let p = content_line(3, r#"dtStart;TZID="W. Europe Standard Time";X-A=a,"b;c:d":20260302T100000"#).unwrap();
        assert_eq!(p.name, "DTSTART");
        assert_eq!(p.param("TZID"), Some("W. Europe Standard Time"));
        assert_eq!(p.params[1], ("X-A".into(), vec!["a".into(), "b;c:d".into()]));
        assert_eq!(p.value, "20260302T100000");
        let p = content_line(1, "DESCRIPTION:a:b;c").unwrap();
        assert_eq!(p.value, "a:b;c");
        for bad in ["NO COLON", ":value", "X;=a:b", "X;A=\"open:b", "X;A:b", "NAME WITH SPACE:x"] {
            assert_eq!(content_line(7, bad), Err(IcsError::BadLine { line: 7 }), "{bad}");
        }
    }

    #[test]
    fn unfolding_crlf_lf_space_and_tab() {
        let text = "BEGIN:VCALENDAR\r\nX-A:one\r\n  two\r\n\tthree\nX-B:b\n\nEND:VCALENDAR";
        let cals = parse(text).unwrap();
        assert_eq!(cals[0].props[0].value, "one twothree");
        assert_eq!(cals[0].props[1].line, 5);
    }

    #[test]
    fn escaping_round_trip() {
        let s = "a\\b;c,d\ne\r\nf: g";
        assert_eq!(escape(s), "a\\\\b\\;c\\,d\\ne\\nf: g");
        assert_eq!(unescape(&escape(s)), "a\\b;c,d\ne\nf: g");
        assert_eq!(unescape("x\\Ny\\:z\\"), "x\ny:z");
    }

    #[test]
    fn folding_keeps_characters_whole() {
        for text in ["a".repeat(200), "ä".repeat(100), "ትግርኛ".repeat(30), format!("x{}", "😀".repeat(50))] {
            let mut out = String::new();
            push_folded(&mut out, &format!("SUMMARY:{text}"));
            for l in out.split("\r\n").filter(|l| !l.is_empty()) {
                assert!(l.len() <= 75, "{l}");
            }
            let cals = parse(&format!("BEGIN:VCALENDAR\r\n{out}END:VCALENDAR\r\n")).unwrap();
            assert_eq!(cals[0].props[0].value, text);
        }
    }

    #[test]
    fn structure_errors() {
        assert_eq!(parse("BEGIN:VEVENT\nEND:VEVENT"), Err(IcsError::NotCalendar));
        assert_eq!(parse("SUMMARY:x\n"), Err(IcsError::NotCalendar));
        assert_eq!(parse(""), Err(IcsError::NotCalendar));
        assert_eq!(parse("BEGIN:VCALENDAR\nBEGIN:VEVENT\nEND:VCALENDAR"), Err(IcsError::Mismatched { line: 3 }));
        assert_eq!(parse("BEGIN:VCALENDAR\nBEGIN:VEVENT\n"), Err(IcsError::Unterminated { line: 1 }));
        assert_eq!(parse("BEGIN:VCALENDAR\nEND:VCALENDAR\nEND:VCALENDAR"), Err(IcsError::Mismatched { line: 3 }));
        assert_eq!(parse("BEGIN:VCALENDAR\nEND:VCALENDAR\nX:1"), Err(IcsError::BadLine { line: 3 }));
        let two = parse("BEGIN:VCALENDAR\nEND:VCALENDAR\nBEGIN:VCALENDAR\nEND:VCALENDAR\n").unwrap();
        assert_eq!(two.len(), 2);
    }
}
