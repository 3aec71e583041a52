//! The translation layer: every user-facing string, in Indonesian and English.
//! The table in `messages.rs` gives both forms side by side, so neither language
//! can fall behind; model vocabulary (sectors, role kinds, ...) is named here too.

/// Declares the message table: each entry has its Indonesian and English text.
macro_rules! message_table {
    ($($key:ident => $id:expr, $en:expr;)*) => {
        /// A user-facing message. `{0}`, `{1}`, ... mark where arguments go.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[allow(missing_docs)]
        pub enum Msg { $($key,)* }

        impl Msg {
            /// Every message, for completeness tests.
            pub const ALL: &'static [Msg] = &[$(Msg::$key,)*];

            /// The message in `lang`.
            pub fn get(self, lang: $crate::model::Lang) -> &'static str {
                match (self, lang) {
                    $(
                        (Msg::$key, $crate::model::Lang::Id) => $id,
                        (Msg::$key, $crate::model::Lang::En) => $en,
                    )*
                }
            }
        }
    };
}

mod describe;
mod describe_import;
mod fill;
mod messages;
mod named;

pub use describe::{describe_load_error, describe_problem, describe_save_error, printable};
pub use describe_import::describe_import_error;
pub use fill::{fill, system_lang};
pub use messages::Msg;
pub use named::{Named, level_text};
