//! The browser side of the widget: the JavaScript API that mounts or hydrates the components of
//! [`crate::view`] (`embed`), and reading a document with the engine's `JSON.parse` (`read`).

pub mod embed;
pub mod read;

use std::sync::atomic::{AtomicUsize, Ordering};

/// A number unique to each widget mounted on the page (from 1; 0 is the server-rendered one's),
/// so that DOM ids never collide between them.
fn next_instance() -> usize {
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}
