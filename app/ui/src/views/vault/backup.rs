//! The vault's backup: save every document as one encrypted file under a backup passphrase,
//! and restore such a file (after reinstalling, or on a new phone) into this vault.

use super::{call, share, Message, Problem, SecretInput};
use crate::app::{use_app, use_i18n};
use dioxus::prelude::*;
use wm_core::api::{Request, Response};
use wm_core::vault::Bytes;

/// What a finished backup or restore says.
#[derive(Clone, PartialEq)]
enum Outcome {
    Saved { name: String },
    Restored { restored: u32, skipped: u32 },
}

#[component]
pub fn VaultBackup() -> Element {
    let state = use_app();
    let t = use_i18n()();
    let mut pass = use_signal(String::new);
    let mut again = use_signal(String::new);
    let restore_pass = use_signal(String::new);
    let mut file = use_signal(|| None::<dioxus::html::FileData>);
    // Which form is working, and each form's own result, shown beneath that form.
    let mut busy = use_signal(|| None::<Form>);
    let mut saved = use_signal(|| None::<Result<Outcome, Message>>);
    let mut restored = use_signal(|| None::<Result<Outcome, Message>>);
    let s_backup = state.clone();
    let s_restore = state.clone();
    rsx! {
        details { class: "advanced", id: "vault-backup",
            summary { {t.t("vault-backup")} }
            p { class: "hint", {t.t("vault-backup-intro")} }
            form {
                class: "stack",
                onsubmit: move |e: FormEvent| {
                    e.prevent_default();
                    if pass() != again() {
                        saved.set(Some(Err(("vault-secrets-differ".into(), vec![]))));
                        return;
                    }
                    let state = s_backup.clone();
                    spawn(async move {
                        busy.set(Some(Form::Backup));
                        let now = state.platform.now();
                        let at = now.to_string();
                        let outcome = match call(&state, Request::VaultBackup { passphrase: pass(), at }).await {
                            Ok(Response::VaultBackup { file }) => {
                                let day = wm_core::hours::berlin().to_datetime(now).date();
                                let name = format!("willkommensmappe-sicherung-{day}.wmbackup");
                                share(name.clone(), "application/octet-stream".into(), &file).await;
                                pass.set(String::new());
                                again.set(String::new());
                                Ok(Outcome::Saved { name })
                            }
                            Ok(other) => Err(unexpected(other)),
                            Err(m) => Err(m),
                        };
                        saved.set(Some(outcome));
                        busy.set(None);
                    });
                },
                h3 { {t.t("vault-backup-make")} }
                p { id: "backup-pass-hint", class: "hint", {t.t("vault-backup-passphrase-rule")} }
                SecretInput {
                    id: "backup-pass",
                    label: t.t("vault-backup-passphrase"),
                    autocomplete: "new-password",
                    value: pass,
                    described_by: "backup-pass-hint",
                }
                SecretInput { id: "backup-pass-again", label: t.t("vault-secret-again"), autocomplete: "new-password", value: again }
                button { class: "button", r#type: "submit", disabled: busy().is_some(), {t.t("vault-backup-save")} }
                FormOutcome { working: busy() == Some(Form::Backup), result: saved() }
            }
            form {
                class: "stack",
                onsubmit: move |e: FormEvent| {
                    e.prevent_default();
                    let Some(chosen) = file() else {
                        restored.set(Some(Err(("vault-restore-choose".into(), vec![]))));
                        return;
                    };
                    let state = s_restore.clone();
                    let mut restore_pass = restore_pass;
                    spawn(async move {
                        busy.set(Some(Form::Restore));
                        let outcome = match chosen.read_bytes().await {
                            Err(_) => Err(("vault-file-unreadable".to_string(), vec![("name", chosen.name())])),
                            Ok(bytes) => {
                                let request = Request::VaultRestore { file: Bytes(bytes.to_vec()), passphrase: restore_pass() };
                                match call(&state, request).await {
                                    Ok(Response::VaultRestored { restored, skipped, vault }) => {
                                        let mut vault_state = state.vault.state;
                                        vault_state.set(Some(vault));
                                        restore_pass.set(String::new());
                                        Ok(Outcome::Restored { restored, skipped })
                                    }
                                    Ok(other) => Err(unexpected(other)),
                                    Err(m) => Err(m),
                                }
                            }
                        };
                        restored.set(Some(outcome));
                        busy.set(None);
                    });
                },
                h3 { {t.t("vault-restore")} }
                p { class: "hint", {t.t("vault-restore-intro")} }
                label { r#for: "restore-file", {t.t("vault-restore-file")} }
                input { id: "restore-file", r#type: "file", onchange: move |e: FormEvent| file.set(e.files().into_iter().next()) }
                SecretInput { id: "restore-pass", label: t.t("vault-backup-passphrase"), autocomplete: "off", value: restore_pass }
                button { class: "button", r#type: "submit", disabled: busy().is_some(), {t.t("vault-restore-start")} }
                FormOutcome { working: busy() == Some(Form::Restore), result: restored() }
            }
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Form {
    Backup,
    Restore,
}

/// "Working…" while a form's request runs, then what came of it.
#[component]
fn FormOutcome(working: bool, result: Option<Result<Outcome, Message>>) -> Element {
    let t = use_i18n()();
    if working {
        return rsx! { p { role: "status", {t.t("vault-backup-working")} } };
    }
    match result {
        Some(Ok(Outcome::Saved { name })) => rsx! {
            p { class: "notice ok", role: "status", {t.t_args("vault-backup-saved", &[("name", name)])} }
        },
        Some(Ok(Outcome::Restored { restored, skipped })) => rsx! {
            p { class: "notice ok", role: "status",
                {t.t_args("vault-restored", &[("count", restored.to_string()), ("skipped", skipped.to_string())])}
            }
        },
        Some(Err(m)) => rsx! { Problem { message: m } },
        None => rsx! {},
    }
}

fn unexpected(response: Response) -> Message {
    ("vault-error-storage".into(), vec![("detail", response.unexpected())])
}
