//! The snippets a webmaster pastes: the one-line `<script>` (embed.js reads its `data-*`
//! attributes) and a plain `<iframe>` for CMSs that strip scripts. Every value is
//! attribute-escaped: a host name is text, never markup.

use super::options::EmbedOptions;

/// The frame's title, said by screen readers on the host page.
pub const FRAME_TITLE: &str = "Aiguillage : trouver une formation au numérique près de chez vous";

/// `"`, `<`, `>`, `&` and `'` as entities, for a double-quoted attribute value.
pub fn escape_attribute(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Percent-encodes a query parameter's value (unreserved characters and `/ : , @` kept, as
/// the app's query reader leaves them; everything else as UTF-8 bytes).
pub fn encode_query_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/:,@".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `app_url` without a trailing `/`.
fn base(app_url: &str) -> &str {
    app_url.trim_end_matches('/')
}

/// The frame's address: the app with the options as query parameters.
pub fn frame_src(app_url: &str, options: &EmbedOptions) -> String {
    let query: Vec<String> = options
        .to_params()
        .iter()
        .map(|(n, v)| format!("{n}={}", encode_query_value(v)))
        .collect();
    if query.is_empty() {
        format!("{}/", base(app_url))
    } else {
        format!("{}/?{}", base(app_url), query.join("&"))
    }
}

/// `<script src="…/embed.js" data-territoire="dep:93" … async></script>`.
pub fn script_snippet(app_url: &str, options: &EmbedOptions) -> String {
    let mut s = format!(
        "<script src=\"{}/embed.js\"",
        escape_attribute(base(app_url))
    );
    for (name, value) in options.to_params() {
        s.push_str(&format!(" data-{name}=\"{}\"", escape_attribute(&value)));
    }
    s.push_str(" async></script>");
    s
}

/// A plain `<iframe>` of a fixed height, for CMSs that strip scripts (its height does not
/// follow the content).
pub fn iframe_snippet(app_url: &str, options: &EmbedOptions, height_px: u32) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" allow=\"geolocation; clipboard-write\" loading=\"lazy\" style=\"border:none;width:100%;display:block;height:{height_px}px\"></iframe>",
        escape_attribute(&frame_src(app_url, options)),
        escape_attribute(FRAME_TITLE),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(pairs: &[(&str, &str)]) -> EmbedOptions {
        let (o, ignored) = EmbedOptions::from_params(pairs.iter().copied());
        assert_eq!(ignored, []);
        o
    }

    #[test]
    fn the_script_snippet_carries_the_options_as_data_attributes() {
        let o = options(&[("territoire", "dep:93"), ("couleur", "#005a9c")]);
        assert_eq!(
            script_snippet("https://aiguillage.example/", &o),
            "<script src=\"https://aiguillage.example/embed.js\" data-territoire=\"dep:93\" data-couleur=\"#005a9c\" async></script>"
        );
    }

    #[test]
    fn quotes_angle_brackets_and_ampersands_are_escaped_in_both_snippets() {
        let o = options(&[
            ("nom", "Ville \"A\" & 'B'"),
            ("logo", "https://v.fr/l.png?a=1&b=\"2\""),
        ]);
        let script = script_snippet("https://a.example\"><b>", &o);
        assert_eq!(
            script,
            "<script src=\"https://a.example&quot;&gt;&lt;b&gt;/embed.js\" data-logo=\"https://v.fr/l.png?a=1&amp;b=&quot;2&quot;\" data-nom=\"Ville &quot;A&quot; &amp; &#39;B&#39;\" async></script>"
        );
        let frame = iframe_snippet("https://a.example", &o, 900);
        assert!(frame.contains("src=\"https://a.example/?logo=https://v.fr/l.png%3Fa%3D1%26b%3D%222%22&amp;nom=Ville%20%22A%22%20%26%20%27B%27\""), "{frame}");
        assert!(!frame.contains("\"A\""));
    }

    #[test]
    fn the_iframe_snippet_has_a_title_geolocation_lazy_loading_and_a_fixed_height() {
        let o = options(&[("territoire", "com:54547"), ("nom", "Vandœuvre-lès-Nancy")]);
        assert_eq!(
            iframe_snippet("https://aiguillage.example", &o, 1200),
            "<iframe src=\"https://aiguillage.example/?territoire=com:54547&amp;nom=Vand%C5%93uvre-l%C3%A8s-Nancy\" title=\"Aiguillage : trouver une formation au numérique près de chez vous\" allow=\"geolocation; clipboard-write\" loading=\"lazy\" style=\"border:none;width:100%;display:block;height:1200px\"></iframe>"
        );
        assert_eq!(
            frame_src("https://a.example/", &EmbedOptions::default()),
            "https://a.example/"
        );
    }
}
