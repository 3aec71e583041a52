//! Gives sinergi.exe its icon on Windows (Explorer, the taskbar, the installers'
//! shortcuts and the icon of .sinergi files). Elsewhere it does nothing.

fn main() {
    println!("cargo::rerun-if-changed=assets/icon/sinergi.ico");
    embed_windows_icon();
}

// `winresource` is only a build dependency on Windows hosts, which is where the
// Windows packages are built (see .github/workflows/release.yml).
#[cfg(windows)]
fn embed_windows_icon() {
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows") {
        let mut resource = winresource::WindowsResource::new();
        resource.set_icon("assets/icon/sinergi.ico");
        if let Err(error) = resource.compile() {
            println!("cargo::warning=the icon could not be embedded in sinergi.exe: {error}");
        }
    }
}

#[cfg(not(windows))]
fn embed_windows_icon() {}
