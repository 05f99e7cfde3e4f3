//! A view mounted by hand into an element already on the page (the index entries into the
//! index when it is first opened), under a child of the
//! component's reactive owner, so that it has the widget's context. Dropped, it is removed.

use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use leptos::tachys::view::{Mountable, Render};

/// A mounted view and the reactive owner of its state.
pub struct Mounted {
    owner: Owner,
    view: AnyViewState,
}

impl Mounted {
    /// Builds `view` under a child of `parent` and appends it to `into`.
    pub fn new(parent: Option<&Owner>, into: &web_sys::Element, view: impl FnOnce() -> AnyView) -> Self {
        let owner = parent.map(Owner::child).unwrap_or_default();
        let mut view = owner.with(|| view().build());
        view.mount(into, None);
        Mounted { owner, view }
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.view.unmount();
        self.owner.cleanup();
    }
}
