//! Route table. API routes are registered through `utoipa_axum`, so a route
//! and its OpenAPI entry come from the same handler annotation and cannot
//! drift apart.

mod cases;
mod coach;
mod contacts;
mod mentions;
mod outbox;
mod system;
mod users;

use crate::error::{ApiError, ErrorBody};
use crate::AppState;
use axum::Router;
use std::sync::Arc;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "earshot",
        description = "The social customer-care desk: cases, contacts, mentions, users and tokens."
    ),
    components(schemas(ErrorBody)),
    modifiers(&BearerAuth),
    security(("bearer" = []))
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

pub(crate) fn api_router() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(cases::list_cases))
        .routes(routes!(cases::get_case, cases::patch_case))
        .routes(routes!(cases::add_note))
        .routes(routes!(cases::queue_reply))
        .routes(routes!(cases::move_to_private))
        .routes(routes!(outbox::case_outbox))
        .routes(routes!(outbox::retry))
        .routes(routes!(coach::coach))
        .routes(routes!(contacts::list_contacts))
        .routes(routes!(contacts::get_contact))
        .routes(routes!(contacts::merge_contact))
        .routes(routes!(mentions::post_mentions))
        .routes(routes!(users::list_users, users::create_user))
        .routes(routes!(users::update_user))
        .routes(routes!(users::list_tokens, users::create_token))
        .routes(routes!(users::revoke_token))
        .routes(routes!(users::list_teams))
        .routes(routes!(users::me))
        .routes(routes!(system::healthz))
        .routes(routes!(system::metrics))
}

pub(crate) fn system_router(openapi: Arc<utoipa::openapi::OpenApi>) -> Router<AppState> {
    Router::new().route(
        "/api/v1/openapi.json",
        axum::routing::get(move || {
            let doc = openapi.clone();
            async move { axum::Json(doc.as_ref().clone()) }
        }),
    )
}

/// Parse a path id, naming it when it is not a number.
pub(crate) fn parse_id(raw: &str, what: &str) -> Result<i64, ApiError> {
    raw.parse::<i64>().ok().filter(|id| *id > 0).ok_or_else(|| {
        ApiError::bad_field(
            what,
            format!("{what} '{raw}' is not a positive whole number"),
        )
    })
}
