//! The desk's templates (`templates/*.html`, embedded in the binary) and
//! rendering them. Every template is HTML-auto-escaped, whatever its name:
//! a value reaches the page escaped unless a template marks it `|safe`,
//! which none does with anything that came from outside.

use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use minijinja::{AutoEscape, Environment, Value};
use serde::Serialize;
use std::sync::OnceLock;

/// Who is signed in, for the header and the forms of every desk page.
#[derive(Debug, Clone, Serialize)]
pub struct Page {
    pub username: String,
    pub role: &'static str,
    pub csrf: String,
    /// Whether automatic assignment gives this user new cases now.
    pub available: bool,
}

const TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../../templates/base.html")),
    ("login.html", include_str!("../../templates/login.html")),
    ("error.html", include_str!("../../templates/error.html")),
    ("inbox.html", include_str!("../../templates/inbox.html")),
    (
        "inbox_rows.html",
        include_str!("../../templates/inbox_rows.html"),
    ),
    ("case.html", include_str!("../../templates/case.html")),
    (
        "case_parts.html",
        include_str!("../../templates/case_parts.html"),
    ),
    (
        "case_header.html",
        include_str!("../../templates/case_header.html"),
    ),
    (
        "case_timeline.html",
        include_str!("../../templates/case_timeline.html"),
    ),
    ("keys.html", include_str!("../../templates/keys.html")),
    (
        "dashboard.html",
        include_str!("../../templates/dashboard.html"),
    ),
    ("admin.html", include_str!("../../templates/admin.html")),
];

pub struct Templates {
    env: Environment<'static>,
}

impl Templates {
    pub fn new() -> Templates {
        let mut env = Environment::new();
        env.set_auto_escape_callback(|_| AutoEscape::Html);
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Chainable);
        for (name, source) in TEMPLATES {
            if let Err(e) = env.add_template(name, source) {
                // Caught by the tests that render every page.
                tracing::error!(template = name, error = %e, "template does not compile");
            }
        }
        Templates { env }
    }

    /// Render `name` with `ctx`; a template error is logged and becomes a
    /// plain 500 page (the render tests keep that from happening).
    pub fn render(&self, name: &str, ctx: Value) -> Response {
        match self.render_string(name, ctx) {
            Ok(html) => Html(html).into_response(),
            Err(e) => {
                tracing::error!(template = name, error = %e, "rendering failed");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    Html("<!doctype html><title>Error</title><p>This page could not be shown.</p>"),
                )
                    .into_response()
            }
        }
    }

    pub fn render_string(&self, name: &str, ctx: Value) -> Result<String, minijinja::Error> {
        self.env.get_template(name)?.render(ctx)
    }
}

impl Default for Templates {
    fn default() -> Self {
        Templates::new()
    }
}

/// The desk's one template environment.
pub fn templates() -> &'static Templates {
    static T: OnceLock<Templates> = OnceLock::new();
    T.get_or_init(Templates::new)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_compiles() {
        let t = Templates::new();
        for (name, _) in TEMPLATES {
            assert!(t.env.get_template(name).is_ok(), "{name}");
        }
    }

    #[test]
    fn untrusted_text_is_escaped() {
        let html = templates()
            .render_string(
                "error.html",
                minijinja::context! {
                    title => "t",
                    heading => "h",
                    message => "<img src=x onerror=alert(1)>",
                    link => "/",
                    link_text => "back",
                },
            )
            .unwrap();
        assert!(
            html.contains("&lt;img src=x onerror=alert(1)&gt;"),
            "{html}"
        );
        assert!(!html.contains("<img src=x"));
    }
}
