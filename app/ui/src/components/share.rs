//! Handing a file out of the app on purpose: a decrypted vault page, a calendar file.

use dioxus::prelude::*;

/// The platform's share sheet where there is one (phones), otherwise a download. Resolves with
/// what happened: `shared`, `downloaded` or `cancelled`.
pub async fn share_file(name: String, mime: String, bytes: &[u8]) -> String {
    use base64::Engine;
    let mut eval = document::eval(
        r#"
        const [b64, mime, name] = await dioxus.recv();
        const bin = atob(b64); const a = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) a[i] = bin.charCodeAt(i);
        const file = new File([a], name, { type: mime });
        if (navigator.canShare && navigator.share && navigator.canShare({ files: [file] })) {
          try { await navigator.share({ files: [file], title: name }); dioxus.send('shared'); }
          catch (e) { dioxus.send('cancelled'); }
        } else {
          const link = document.createElement('a');
          link.href = URL.createObjectURL(file); link.download = name;
          document.body.appendChild(link); link.click(); link.remove();
          setTimeout(() => URL.revokeObjectURL(link.href), 60000);
          dioxus.send('downloaded');
        }
        "#,
    );
    let b64 = base64::engine::general_purpose::STANDARD.encode(bytes);
    if eval.send((b64, mime, name)).is_err() {
        return "cancelled".into();
    }
    eval.recv::<String>().await.unwrap_or_else(|_| "cancelled".into())
}
