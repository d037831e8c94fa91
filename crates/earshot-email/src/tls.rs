//! TLS for the mail servers: the public roots (webpki) and, for a
//! self-hosted server with its own CA, the certificates of `[email]
//! ca_file` (PEM). The IMAP client uses them through rustls directly, the
//! SMTP sender through lettre's TLS parameters.

use crate::EmailError;
use std::path::Path;
use std::sync::Arc;
use tokio_rustls::rustls;
use tokio_rustls::rustls::pki_types::pem::PemObject;
use tokio_rustls::rustls::pki_types::CertificateDer;

/// The CA certificates in `ca_file` (none without one). A file that cannot
/// be read or holds no certificate is a configuration error naming it.
pub(crate) fn extra_roots(
    ca_file: Option<&Path>,
) -> Result<Vec<CertificateDer<'static>>, EmailError> {
    let Some(path) = ca_file else {
        return Ok(Vec::new());
    };
    let shown = path.display();
    let pem =
        std::fs::read(path).map_err(|e| EmailError::Config(format!("ca_file {shown}: {e}")))?;
    let certs = CertificateDer::pem_slice_iter(&pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| EmailError::Config(format!("ca_file {shown}: not PEM certificates: {e}")))?;
    if certs.is_empty() {
        return Err(EmailError::Config(format!(
            "ca_file {shown}: no PEM certificate in it"
        )));
    }
    Ok(certs)
}

/// A rustls client configuration trusting the public roots and `ca_file`.
pub(crate) fn client_config(
    ca_file: Option<&Path>,
) -> Result<Arc<rustls::ClientConfig>, EmailError> {
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    for cert in extra_roots(ca_file)? {
        roots.add(cert).map_err(|e| {
            EmailError::Config(format!(
                "ca_file {}: a certificate rustls cannot use: {e}",
                ca_file.map(|p| p.display().to_string()).unwrap_or_default()
            ))
        })?;
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| EmailError::Tls(e.to_string()))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(Arc::new(config))
}

/// lettre's TLS parameters for `host`: the public roots and `ca_file`.
pub(crate) fn smtp_parameters(
    host: &str,
    ca_file: Option<&Path>,
) -> Result<lettre::transport::smtp::client::TlsParameters, EmailError> {
    use lettre::transport::smtp::client::{Certificate, TlsParameters};
    let mut builder = TlsParameters::builder(host.to_string());
    for cert in extra_roots(ca_file)? {
        let cert = Certificate::from_der(cert.to_vec())
            .map_err(|e| EmailError::Config(format!("ca_file: {e}")))?;
        builder = builder.add_root_certificate(cert);
    }
    builder
        .build_rustls()
        .map_err(|e| EmailError::Tls(format!("SMTP {host}: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_or_empty_ca_file_is_named_in_the_error() {
        assert!(extra_roots(None).unwrap().is_empty());
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("nope.pem");
        let err = extra_roots(Some(&missing)).unwrap_err().to_string();
        assert!(err.contains("nope.pem"), "{err}");
        let empty = dir.path().join("empty.pem");
        std::fs::write(&empty, "just words\n").unwrap();
        let err = extra_roots(Some(&empty)).unwrap_err().to_string();
        assert!(err.contains("empty.pem") && err.contains("no PEM"), "{err}");
    }
}
